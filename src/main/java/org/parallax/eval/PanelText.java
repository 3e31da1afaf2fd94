package org.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Normalizes and matches the text snippets of panel judgments (issue #17's fixed format). */
final class PanelText {
  private PanelText() {}

  /** Returns {@code s} lower-cased, with curly quotes and apostrophes straight, dashes as '-', whitespace collapsed. */
  static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> c = '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> c = '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> c = '-';
        case '\u00A0', '\u2009', '\u200A', '\u202F' -> c = ' ';
        default -> { }
      }
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Returns whether normalized {@code needle} occurs in normalized {@code hay} at word boundaries. */
  static boolean containsWords(String hay, String needle) {
    if (needle.isEmpty()) {
      return false;
    }
    int from = 0;
    while (true) {
      int i = hay.indexOf(needle, from);
      if (i < 0) {
        return false;
      }
      int j = i + needle.length();
      boolean left = i == 0 || !isWord(hay.charAt(i - 1)) || !isWord(needle.charAt(0));
      boolean right = j == hay.length() || !isWord(hay.charAt(j)) || !isWord(needle.charAt(needle.length() - 1));
      if (left && right) {
        return true;
      }
      from = i + 1;
    }
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c);
  }

  /**
   * Returns whether a judgment snippet matches an item's text: the snippet occurs in the item, or,
   * for a short item such as a name or a quote fragment, the item occurs in the snippet. Both sides
   * are normalized first; matching is at word boundaries, so "Reid" does not match "Reidsville".
   */
  static boolean matches(String snippet, String item) {
    String s = normalize(snippet);
    String t = normalize(item);
    if (s.isEmpty() || t.isEmpty()) {
      return false;
    }
    return containsWords(t, s) || (letters(t) >= 2 && containsWords(s, t));
  }

  /** Returns whether a snippet matches one item as a whole, both normalized, ignoring a leading "the" and a final "'s" or punctuation. */
  static boolean sameName(String judged, String shown) {
    return name(judged).equals(name(shown)) && !name(judged).isEmpty();
  }

  /**
   * Returns whether a shown speaker names the judged one: the same name (as {@link #sameName}), or
   * one name's words are all in the other and both end in the same word ("Anthony Kennedy" and
   * "Justice Anthony M. Kennedy"), so a fuller or shorter form of the same name counts.
   */
  static boolean sameSpeaker(String judged, String shown) {
    if (sameName(judged, shown)) {
      return true;
    }
    List<String> a = words(name(judged));
    List<String> b = words(name(shown));
    if (a.isEmpty() || b.isEmpty() || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
      return false;
    }
    return a.containsAll(b) || b.containsAll(a);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split(" ")) {
      String t = w.replaceAll("[.,]", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static String name(String s) {
    String n = normalize(s).strip();
    n = n.replaceAll("^[\"'(\\[]+|[\"')\\].,;:]+$", "");
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    if (n.endsWith("'s")) {
      n = n.substring(0, n.length() - 2);
    }
    return n.strip();
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Returns the alternatives of a judged answer written {@code a / b / c}, stripped, empty ones dropped. */
  static List<String> alternatives(String field) {
    List<String> out = new ArrayList<>();
    for (String p : field.split(" / ")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }
}
