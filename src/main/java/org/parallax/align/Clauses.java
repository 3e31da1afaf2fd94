package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
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

  private Clauses() {}

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
