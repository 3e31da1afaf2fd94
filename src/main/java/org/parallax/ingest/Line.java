package org.parallax.ingest;

/**
 * One source line with its markup removed.
 *
 * @param text the line's text without markup
 * @param linkOnly true when the line held nothing but links and separators
 */
record Line(String text, boolean linkOnly) {
  Line {
    if (text == null) {
      throw new NullPointerException("text");
    }
  }

  static Line of(String text) {
    return new Line(text, false);
  }
}
