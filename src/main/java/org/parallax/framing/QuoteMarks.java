package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import org.parallax.text.Span;

/** Finds quoted stretches by their marks, paragraph by paragraph, as a fallback to the quotes stage. */
final class QuoteMarks {
  private QuoteMarks() {}

  /** Returns the body spans between paired double quotation marks, and single marks around terms. */
  static List<Span> spans(String body) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    int singleOpen = -1;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
        if (open >= 0) {
          out.add(new Span(open, i));
        }
        open = -1;
        singleOpen = -1;
        continue;
      }
      if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
        open = i + 1;
      } else if ((c == '\u201D' || c == '\u00BB') && open >= 0) {
        out.add(new Span(open, i));
        open = -1;
      } else if (c == '"') {
        if (open >= 0) {
          out.add(new Span(open, i));
          open = -1;
        } else {
          open = i + 1;
        }
      } else if ((c == '\u2018' || c == '\'') && (i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)))) {
        singleOpen = i + 1;
      } else if ((c == '\u2019' || c == '\'')
          && singleOpen >= 0
          && (i + 1 >= body.length() || !Character.isLetterOrDigit(body.charAt(i + 1)))
          && i - singleOpen < 80) {
        out.add(new Span(singleOpen, i));
        singleOpen = -1;
      }
    }
    if (open >= 0) {
      out.add(new Span(open, body.length()));
    }
    return out;
  }
}
