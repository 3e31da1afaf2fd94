package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * What a headline puts first: its actor, its verb and the rest, and a speaker it is attributed to.
 *
 * @param actor the words before the first verb, or an empty string
 * @param verb the first verb with its auxiliaries, or an empty string
 * @param rest up to eight words after the verb
 * @param attribution the speaker after a trailing dash ("- Russian FM Lavrov"), or null
 */
record Headline(String actor, String verb, String rest, String attribution) {
  // A trailing speaker or site follows a dash or a bar ("… - Russian FM Lavrov", "… | Fox News"); after a colon
  // come the words of the one named before it ("Mitt To Akin: Drop Out").
  private static final Pattern TRAILER = Pattern.compile("^(.*\\S)\\s+[-\u2013\u2014|]\\s+([^-\u2013\u2014|]{2,60})$");

  /** Returns how a reader would summarize it: actor, verb and (rest). */
  String summary() {
    StringBuilder b = new StringBuilder();
    b.append(actor.isEmpty() ? "(no actor)" : actor);
    if (!verb.isEmpty()) {
      b.append(' ').append(verb);
    }
    if (!rest.isEmpty()) {
      b.append(" (").append(rest).append(')');
    }
    if (attribution != null) {
      b.append(", attributed to ").append(attribution);
    }
    return b.toString();
  }

  /** Returns the words of {@code title} without a trailing speaker or site ("… | Fox News"). */
  static String words(String title) {
    String main = title.strip();
    Matcher m = TRAILER.matcher(main);
    if (m.matches() && m.group(2).split("\\s+").length <= 5 && Character.isUpperCase(m.group(2).strip().charAt(0))) {
      return m.group(1);
    }
    return main;
  }

  /** Returns the headline of {@code title}; {@code body} tells which title-case words are names. */
  static Headline read(String title, String body) {
    String main = title.strip();
    String attribution = null;
    Matcher m = TRAILER.matcher(main);
    if (m.matches() && m.group(2).split("\\s+").length <= 5 && Character.isUpperCase(m.group(2).strip().charAt(0))) {
      main = m.group(1);
      attribution = m.group(2).strip();
    }
    List<Token> tokens = Tokenizer.tokenize(main);
    if (tokens.isEmpty()) {
      return new Headline("", "", "", attribution);
    }
    List<String> words = sentenceCase(tokens, body);
    String[] tags = PosTags.tag(words);
    int verbAt = -1;
    int verbEnd = -1;
    for (int i = 0; i < words.size(); i++) {
      boolean verb = tags != null ? PosTags.isVerb(tags[i]) || PosTags.isAuxiliary(tags[i]) : looksLikeVerb(words.get(i));
      if (verb && i > 0) {
        verbAt = i;
        verbEnd = i + 1;
        while (verbEnd < words.size()
            && tags != null
            && PosTags.isAuxiliary(tags[verbEnd - 1])
            && (PosTags.isVerb(tags[verbEnd]) || PosTags.isAuxiliary(tags[verbEnd]))) {
          verbEnd++;
        }
        break;
      }
    }
    // Tag the sentence-cased words, but report the headline's own words as written (casing, asterisks).
    if (verbAt < 0) {
      return new Headline(span(main, tokens, 0, Math.min(words.size(), 6)), "", "", attribution);
    }
    String actor = span(main, tokens, Math.max(0, verbAt - 5), verbAt);
    String verb = span(main, tokens, verbAt, verbEnd);
    String rest = span(main, tokens, verbEnd, Math.min(words.size(), verbEnd + 8));
    return new Headline(actor, verb, rest, attribution);
  }

  /** Returns the lemma-like key of the verb, for comparing two headlines. */
  String verbKey() {
    return verb.toLowerCase(Locale.ROOT);
  }

  private static boolean looksLikeVerb(String w) {
    String n = w.toLowerCase(Locale.ROOT);
    return Lexicons.ATTRIBUTION.get(n) != null
        || n.equals("should") || n.equals("will") || n.equals("must") || n.equals("is") || n.equals("are")
        || (Character.isLowerCase(w.charAt(0)) && (n.endsWith("s") || n.endsWith("ed")) && n.length() > 3);
  }

  private static List<String> sentenceCase(List<Token> tokens, String body) {
    int letters = 0;
    int capitals = 0;
    for (Token t : tokens) {
      if (Character.isLetter(t.text().charAt(0))) {
        letters++;
        if (t.isCapitalized()) {
          capitals++;
        }
      }
    }
    List<String> out = new ArrayList<>();
    boolean titleCase = letters >= 3 && capitals * 10 >= letters * 7;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      if (titleCase && i > 0 && !isAllCaps(w) && !capitalizedInBody(w, body)) {
        w = w.toLowerCase(Locale.ROOT);
      }
      out.add(w);
    }
    return out;
  }

  private static boolean isAllCaps(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
  }

  /** Returns whether {@code w} appears capitalized in the body after a lower-case word. */
  private static boolean capitalizedInBody(String w, String body) {
    Matcher m = Pattern.compile("[a-z,]\\s+" + Pattern.quote(w) + "\\b").matcher(body);
    return m.find();
  }

  /** Returns the text of {@code main} from token {@code from} to the end of token {@code to - 1}, as written. */
  private static String span(String main, List<Token> tokens, int from, int to) {
    if (from >= to) {
      return "";
    }
    return main.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
