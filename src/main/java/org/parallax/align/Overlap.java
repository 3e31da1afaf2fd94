package org.parallax.align;

/**
 * What two passages share, found once per pair by merging their sorted keys (see {@link
 * SentenceFeatures.Keys}): the similarity signals of {@link SimilarityScorer} and the features of
 * {@link ParaphraseModel} are read off it, so a pair that both score is compared once.
 */
final class Overlap {
  /** Cosine of the two embeddings, or 0 when either passage has none. */
  final double cosine;
  /** By position in the first passage's stem order: whether the second passage has that stem. */
  final boolean[] aInB;
  /** By position in the second passage's stem order: whether the first passage has that stem. */
  final boolean[] bInA;
  /** Temporal stems both passages have. */
  final int temporalShared;
  /** Character trigrams of content words both passages have. */
  final int gramsShared;
  /** Digit numbers both passages have. */
  final int numbersShared;
  /** Names (capitalized words and numbers) both passages have. */
  final int namesShared;

  private Overlap(SentenceFeatures a, SentenceFeatures b) {
    cosine = a.vector == null || b.vector == null ? 0 : Embedder.cosine(a.vector, b.vector);
    SentenceFeatures.Keys ka = a.keys();
    SentenceFeatures.Keys kb = b.keys();
    aInB = new boolean[ka.stems.size()];
    bInA = new boolean[kb.stems.size()];
    ka.stems.mark(kb.stems, aInB, bInA);
    temporalShared = ka.temporal.shared(kb.temporal);
    gramsShared = SortedKeys.shared(ka.grams, kb.grams);
    numbersShared = ka.numbers.shared(kb.numbers);
    namesShared = ka.names.shared(kb.names);
  }

  /** Returns what {@code a} and {@code b} share. */
  static Overlap of(SentenceFeatures a, SentenceFeatures b) {
    return new Overlap(a, b);
  }
}
