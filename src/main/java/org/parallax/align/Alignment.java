package org.parallax.align;

import java.util.List;
import java.util.Objects;

/**
 * Sentences of A and sentences of B that carry the same content.
 *
 * @param a ids of the A sentences, in article order
 * @param b ids of the B sentences, in article order
 * @param kind how close the passages are
 * @param score similarity from 0 to 1
 * @param diff the word diff from the A text to the B text
 */
public record Alignment(
    List<String> a, List<String> b, AlignmentKind kind, double score, List<DiffSegment> diff) {
  public Alignment {
    a = List.copyOf(a);
    b = List.copyOf(b);
    Objects.requireNonNull(kind, "kind");
    diff = List.copyOf(diff);
    if (a.isEmpty() || b.isEmpty()) {
      throw new IllegalArgumentException("an alignment needs sentences on both sides");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
  }

  /** Returns this alignment with kind {@code k}, everything else the same. */
  public Alignment withKind(AlignmentKind k) {
    return new Alignment(a, b, k, score, diff);
  }
}
