package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a long sentence into clauses, so that a clause said elsewhere can be matched alone. */
final class Clauses {
  /** Fewest words of a clause; a shorter piece joins its neighbour. */
  static final int MIN_WORDS = 4;
  /** Fewest words of a sentence worth splitting. */
  static final int MIN_SENTENCE_WORDS = 2 * MIN_WORDS;

  /**
   * Clause boundaries: comma, semicolon, colon, a spaced dash, the end of a sentence inside a
   * quote of several, or before "that", "and", "but", "as", "because" or "if".
   */
  private static final Pattern BOUNDARY =
      Pattern.compile(
          "\\s*[,;:]\\s+|\\s+[-\u2013\u2014]+\\s+|(?<=[.!?])[\"\u201D]?\\s+"
              + "|\\s+(?=(?:that|and|but|as|because|if)\\s)");

  /**
   * Verbs that frame a report: who said, alleged or suspected what. Written here from common news
   * usage; the frame around a claim differs between outlets while the claim itself is shared.
   */
  private static final String REPORT_VERB =
      "(?:said|says|say|told|tells|added|adds|accused|accuses|accusing|alleged|alleges|claimed|claims"
          + "|suspects|suspect|suspected|believes|believe|believed|thinks|think|thought|warned|warns"
          + "|argued|argues|insisted|insists|charged|charges|denied|denies|stressed|stresses|noted|notes"
          + "|stated|states|reported|reports|suggested|suggests|announced|announces|acknowledged"
          + "|admitted|admits|complained|complains|contended|contends|maintained|maintains|asserted"
          + "|asserts|wrote|writes|explained|explains)";

  /**
   * A speaker: a pronoun, up to three words after an article ("the union", "the foreign ministry"),
   * or up to four capitalized words (a name, an outlet, a capital city).
   */
  private static final String SPEAKER =
      "(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|(?:[Tt]he|[Aa]n?)(?:\\s+[^\\s,;]+){1,3}?|\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3})";

  /**
   * An attribution after the claim, at the end of a sentence: ", he said.", ", Reuters reports.",
   * ", said Lavrov.", ", he told journalists on Thursday.", ", according to the ministry."
   */
  private static final Pattern TAIL =
      Pattern.compile(
          "[,;][\"\u201D\u2019]?\\s+(?:" + SPEAKER + "\\s+" + REPORT_VERB + "(?:\\s+[^,;]{0,40})?"
              + "|" + REPORT_VERB + "\\s+" + SPEAKER + "|according\\s+to\\s+[^,;]{1,50})"
              + "[.!?\"\u201D\u2019]*\\s*$");

  /** An attribution before the claim, at the start of a sentence: "According to the ministry, ...". */
  private static final Pattern LEAD = Pattern.compile("^[Aa]ccording\\s+to\\s+[^,;]{1,50},\\s+");

  /**
   * An attribution at the start of a clause: up to six words and a report verb, then what it
   * frames, after "that" or, for "accused X of", after "of": "and flat-out accused Trump of",
   * "Moscow suspects", "Lavrov said that".
   */
  private static final Pattern HEAD =
      Pattern.compile(
          "^(?:(?:and|but|while|so|as)\\s+)?(?:[^\\s,;:\"\u201C\u201D]+\\s+){0,6}?" + REPORT_VERB
              + "\\b(?:\\s+(?:[^\\s,;]+\\s+){1,4}?of\\b|\\s+that\\b)?\\s*");

  /** Fewest words left of a claim once its frame is removed; with fewer, the frame stays. */
  private static final int MIN_CORE_WORDS = 4;

  private Clauses() {}

  /**
   * Returns the claim of {@code sentence} without the attribution around it (see {@link #TAIL},
   * {@link #LEAD} and {@link #HEAD}); the sentence itself when removing the frame would leave fewer
   * than four words.
   */
  static String core(String sentence) {
    String s = sentence.strip();
    String t = TAIL.matcher(s).replaceFirst("");
    t = LEAD.matcher(t).replaceFirst("");
    Matcher m = HEAD.matcher(t);
    if (m.lookingAt() && words(t.substring(m.end())) >= MIN_CORE_WORDS) {
      t = t.substring(m.end());
    }
    if (t.equals(s)) {
      return s;
    }
    t = t.replaceAll("[\\s,;:.!?\"\u201D\u2019]+$", "").replaceAll("^[\"\u201C\u2018]+", "").strip();
    return words(t) >= MIN_CORE_WORDS ? t : s;
  }

  /** Returns the claims of the clauses of {@code sentence}: the frame off the sentence, then off each clause. */
  static List<String> coreClauses(String sentence) {
    String s = sentence.strip();
    String t = LEAD.matcher(TAIL.matcher(s).replaceFirst("")).replaceFirst("");
    if (words(t) < MIN_CORE_WORDS) {
      t = s;
    }
    List<String> out = new ArrayList<>();
    for (String c : split(t)) {
      String k = core(c);
      if (!out.contains(k)) {
        out.add(k);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the clauses of {@code sentence} in order, each of at least {@link #MIN_WORDS} words
   * (shorter pieces join the clause before them, or after them at the start); a sentence of fewer
   * than {@link #MIN_SENTENCE_WORDS} words, or with no boundary, is one clause.
   */
  static List<String> split(String sentence) {
    String s = sentence.strip();
    if (words(s) < MIN_SENTENCE_WORDS) {
      return List.of(s);
    }
    List<String> out = new ArrayList<>();
    String pending = "";
    for (String piece : BOUNDARY.split(s)) {
      String p = piece.strip();
      if (p.isEmpty()) {
        continue;
      }
      pending = pending.isEmpty() ? p : pending + " " + p;
      if (words(pending) >= MIN_WORDS) {
        out.add(pending);
        pending = "";
      }
    }
    if (!pending.isEmpty()) {
      if (out.isEmpty()) {
        out.add(pending);
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + pending);
      }
    }
    return List.copyOf(out);
  }

  private static int words(String s) {
    int n = 0;
    for (String w : s.split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
