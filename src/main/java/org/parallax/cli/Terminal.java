package org.parallax.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Keeps text taken from inputs (file names, titles, manifest ids, URLs) from acting on the terminal:
 * control characters (C0, DEL, C1), bidirectional controls and line or paragraph separators are
 * shown as escapes such as {@code \x1b} or {@code \u202e} instead of being printed raw.
 */
final class Terminal {
  private Terminal() {}

  /** Returns whether {@code c} must not reach a terminal raw. */
  static boolean isUnsafe(int c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x061c // Arabic letter mark
        || c == 0x200e || c == 0x200f // left-to-right and right-to-left marks
        || (c >= 0x202a && c <= 0x202e) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // isolates
        || c == 0x2028 || c == 0x2029; // line and paragraph separators
  }

  /** Returns {@code s} on one line with every unsafe character, line ends included, escaped. */
  static String line(String s) {
    return escape(s, false);
  }

  /** Returns {@code s} with every unsafe character escaped except line feeds and tabs. */
  static String text(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean keepLines) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean kept = keepLines && (c == '\n' || c == '\t');
      if (!isUnsafe(c) || kept) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      sb.append(c <= 0xff ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * Returns a writer that escapes unsafe characters on their way to {@code out}, keeping line feeds,
   * tabs and carriage returns (the progress bar redraws its line with one).
   */
  static PrintWriter guarded(Writer out) {
    return new PrintWriter(
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws java.io.IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
              char c = buf[i];
              if (isUnsafe(c) && c != '\n' && c != '\t' && c != '\r') {
                out.write(buf, start, i - start);
                out.write(c <= 0xff ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
                start = i + 1;
              }
            }
            out.write(buf, start, off + len - start);
          }

          @Override
          public void flush() throws java.io.IOException {
            out.flush();
          }

          @Override
          public void close() throws java.io.IOException {
            out.close();
          }
        },
        true);
  }
}
