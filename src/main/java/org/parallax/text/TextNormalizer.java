package org.parallax.text;

import java.text.Normalizer;
import java.util.Locale;

/** Makes text comparable: Unicode NFKC, plain quotes and dashes, single spaces, lower case. */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Returns {@code s} normalized for matching; the original is never changed. */
  public static String normalize(String s) {
    return fold(s).toLowerCase(Locale.ROOT);
  }

  /** Returns {@code s} with Unicode, quotes, dashes and whitespace folded but case kept. */
  public static String fold(String s) {
    String n = Normalizer.normalize(dropInvisible(s), Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4', '\u2039', '\u203A',
            '\u02BC' -> c = '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> c = '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63',
            '\uFF0D' -> c = '-';
        case '\u00A0', '\u2007', '\u202F', '\t', '\n', '\r', '\f', '\u000B' -> c = ' ';
        default -> {}
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!space && out.length() > 0) {
          out.append(' ');
        }
        space = true;
        continue;
      }
      space = false;
      out.append(c);
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') {
      out.setLength(len - 1);
    }
    return out.toString();
  }

  /** Returns {@code s} without soft hyphens, zero-width characters and byte-order marks. */
  private static String dropInvisible(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean invisible =
          c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
      if (invisible && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!invisible && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
