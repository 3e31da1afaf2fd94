package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph of news text into sentences. */
public final class SentenceSplitter {
  private static final Pattern END = Pattern.compile("[.!?]+[\"'\u201D\u2019)\\]]*\\s+(?=[\"'\u201C\u2018(\\[]?[\\p{Lu}\\p{N}])");

  /** Returns the sentence spans of {@code text}, trimmed of surrounding whitespace. */
  public List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = END.matcher(text);
    int start = 0;
    while (m.find()) {
      int end = m.end();
      add(text, start, end, out);
      start = end;
    }
    add(text, start, text.length(), out);
    return out;
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
