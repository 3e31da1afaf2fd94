package org.parallax.align;

import java.util.List;
import java.util.Objects;

/**
 * Sentences of A and sentences of B that carry the same content.
 *
 * @param a ids of the A sentences, in article order
 * @param b ids of the B sentences, in article order
 * @param kind how close the passages are
 * @param score similarity from 0 to 1, relative to the other sentences of the two articles (it
 *     ranks candidate pairs; rare words weigh most)
 * @param diff the word diff from the A text to the B text
 * @param confidence the calibrated score from 0 to 1: the modelled probability that the two
 *     passages tell the same content, in full or in part (fitted on hand-judged alignments of BASIL
 *     dev news pairs, see {@code AlignmentScore}); from the pair and the rarity of its words in the
 *     two articles, not from the other candidate pairs (see README, Alignment)
 */
public record Alignment(
    List<String> a,
    List<String> b,
    AlignmentKind kind,
    double score,
    List<DiffSegment> diff,
    double confidence) {
  /** Creates an alignment whose confidence is its score (for pairs built outside the aligner). */
  public Alignment(List<String> a, List<String> b, AlignmentKind kind, double score, List<DiffSegment> diff) {
    this(a, b, kind, score, diff, score);
  }

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
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }

  /** Returns this alignment with kind {@code k}, everything else the same. */
  public Alignment withKind(AlignmentKind k) {
    return new Alignment(a, b, k, score, diff, confidence);
  }
}
