package org.parallax.report;

/** Escapes text for HTML element content and quoted attribute values. */
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
          if ((ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7f || ch == '\r') {
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
}
