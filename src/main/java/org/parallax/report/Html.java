package org.parallax.report;

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * <p>Control characters become U+FFFD; the explicit directional formatting characters (embeddings,
 * overrides and isolates, U+202A–U+202E and U+2066–U+2069) are removed, so text taken from an
 * article cannot reverse or reorder what follows it. Marks that only set direction (U+200E, U+200F,
 * U+061C) stay, and right-to-left text is still ordered by the browser.
 */
final class Html {
  private Html() {}

  /** Returns {@code s} safe to place in element content or a double-quoted attribute; null gives "". */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '`' -> sb.append("&#96;");
        default -> {
          if (directional(ch)) {
            // dropped: an override or unclosed embedding from an article would reorder the page
          } else if ((ch < 0x20 && ch != '\n' && ch != '\t') || (ch >= 0x7f && ch <= 0x9f) || ch == '\r') {
            sb.append(ch == '\r' ? "\n" : "\uFFFD");
          } else if (Character.isHighSurrogate(ch)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(ch).append(s.charAt(++i));
          } else if (Character.isSurrogate(ch)) {
            sb.append('\uFFFD');
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Returns whether {@code ch} is an explicit directional embedding, override or isolate. */
  static boolean directional(char ch) {
    return ch >= '\u202A' && ch <= '\u202E' || ch >= '\u2066' && ch <= '\u2069';
  }
}
