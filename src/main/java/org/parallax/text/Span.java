package org.parallax.text;

/** A half-open range [start, end) of character offsets. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Returns the covered text of {@code s}. */
  public String of(String s) {
    return s.substring(start, end);
  }
}
