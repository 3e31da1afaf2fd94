package org.parallax.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Removes Markdown emphasis marks (*x*, **x**, _x_, ~~x~~) in one pass over a line.
 *
 * <p>Delimiter runs are paired like CommonMark does, but more strictly: a run opens only when it
 * is not preceded by a letter or digit and closes only when it is not followed by one, so
 * "2*3*4" and "snake_case" stay as written. Work is linear in the line length.
 */
final class EmphasisRemover {
  /** How many open runs a closing run looks back through before giving up. */
  private static final int MAX_LOOKBACK = 64;

  private record Run(char c, int start, int length) {}

  private EmphasisRemover() {}

  /** Returns {@code s} without the emphasis marks that pair up. */
  static String strip(String s) {
    boolean[] drop = new boolean[s.length()];
    int pairs = pair(s, drop);
    if (pairs == 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!drop[i]) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  /** Returns how many emphasis spans {@code s} holds. */
  static int count(String s) {
    return pair(s, new boolean[s.length()]);
  }

  private static int pair(String s, boolean[] drop) {
    Deque<Run> openers = new ArrayDeque<>();
    int pairs = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '*' && c != '_' && c != '~') {
        i++;
        continue;
      }
      int j = i;
      while (j < s.length() && s.charAt(j) == c) {
        j++;
      }
      int length = j - i;
      if (c == '~' && length != 2 || length > 3) {
        i = j;
        continue;
      }
      int prev = i > 0 ? s.codePointBefore(i) : ' ';
      int next = j < s.length() ? s.codePointAt(j) : ' ';
      boolean canOpen = !Character.isWhitespace(next) && !Character.isLetterOrDigit(prev);
      boolean canClose = !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
      boolean closed = false;
      if (canClose) {
        int looked = 0;
        for (Iterator<Run> it = openers.iterator(); it.hasNext() && looked < MAX_LOOKBACK; looked++) {
          Run open = it.next();
          if (open.c() == c && open.length() == length) {
            for (int k = 0; k < length; k++) {
              drop[open.start() + k] = true;
              drop[i + k] = true;
            }
            // Openers inside the closed span can no longer pair with anything after it.
            while (openers.peek() != open) {
              openers.pop();
            }
            openers.pop();
            pairs++;
            closed = true;
            break;
          }
        }
      }
      if (!closed && canOpen) {
        openers.push(new Run(c, i, length));
      }
      i = j;
    }
    return pairs;
  }
}
