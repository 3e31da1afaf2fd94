package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityScorerTest {
  // Signals in the order of SimilarityScorer.SIGNAL_NAMES: semantic, lexical, containment,
  // chars, numbersUnshared, namesUnshared, lengthGap (the combine signature changed to this array).
  @Test
  void identicalSignalsScoreOne() {
    assertEquals(1.0, SimilarityScorer.combine(new double[] {1, 1, 1, 1, 0, 0, 0}), 1e-12);
  }

  @Test
  void noSharedSignalScoresZero() {
    assertEquals(0.0, SimilarityScorer.combine(new double[] {0, 0, 0, 0, 0, 0, 0}), 1e-12);
    assertEquals(0.0, SimilarityScorer.combine(new double[] {0, 0, 0, 0, 1, 1, 1}), 1e-12);
  }

  @Test
  void cosineAtTheFloorGivesNoSemanticSignal() {
    SentenceFeatures a = SentenceFeatures.of("Rain fell.").withVector(new float[] {1, 0});
    float c = (float) SimilarityScorer.COSINE_FLOOR;
    SentenceFeatures b =
        SentenceFeatures.of("Stocks rose.").withVector(new float[] {c, (float) Math.sqrt(1 - c * c)});
    assertEquals(0.0, new SimilarityScorer(Map.of(), 1.0, true).signals(a, b)[0], 1e-6);
  }

  @Test
  void changedFiguresLowerTheScore() {
    assertEquals(0.5, SimilarityScorer.unsharedShare(Set.of("2"), Set.of("2", "3")), 1e-12);
    assertEquals(0.0, SimilarityScorer.unsharedShare(Set.of(), Set.of()), 1e-12);
    assertTrue(
        SimilarityScorer.combine(new double[] {0.9, 0.8, 0.8, 0.8, 1, 0, 0})
            < SimilarityScorer.combine(new double[] {0.9, 0.8, 0.8, 0.8, 0, 0, 0}));
  }

  @Test
  void shorterPassageSaidInFullInsideTheLongerIsContained() {
    SimilarityScorer s = new SimilarityScorer(Map.of(), 1.0, false);
    SentenceFeatures small = SentenceFeatures.of("The dam burst at night.");
    SentenceFeatures large =
        SentenceFeatures.of("Officials said the dam burst at night and flooded three villages.");
    assertEquals(1.0, s.containment(small, large), 1e-12);
    assertEquals(1.0, s.containment(large, small), 1e-12);
    assertTrue(s.lexical(small, large) < 0.7);
  }

  @Test
  void aSpeakerFragmentDoesNotPairOnTheNameAlone() {
    SimilarityScorer s = new SimilarityScorer(Map.of(), 1.0, false);
    SentenceFeatures fragment = SentenceFeatures.of("Maria Ortega said,");
    SentenceFeatures full =
        SentenceFeatures.of("Maria Ortega warned that the harbour tolls would double next spring.");
    SentenceFeatures shortToo = SentenceFeatures.of("Ortega said.");
    assertTrue(SimilarityScorer.isFragmentPair(fragment, full));
    assertTrue(!SimilarityScorer.isFragmentPair(fragment, shortToo));
    assertEquals(
        SimilarityScorer.FRAGMENT_FACTOR * s.lexicalScore(fragment, full), s.score(fragment, full), 1e-12);
  }

  @Test
  void monthsWeighATenthInTheStemOverlap() {
    SimilarityScorer s = new SimilarityScorer(Map.of(), 1.0, false);
    double shared =
        s.lexical(
            SentenceFeatures.of("Oil exports fell in September."),
            SentenceFeatures.of("Troops held drills in September."));
    assertTrue(shared > 0 && shared < 0.05, "only the month is shared: " + shared);
  }

  @Test
  void embeddingsAreNormalizedAndBlankIsZero() {
    float[][] v = Embedder.shared().embed(List.of("The river burst its banks.", "", "The river burst its banks."));
    assertEquals(1.0, Embedder.cosine(v[0], v[2]), 1e-5);
    assertEquals(1.0, Embedder.cosine(v[0], v[0]), 1e-5);
    assertEquals(0.0, Embedder.cosine(v[0], v[1]), 1e-12);
  }

  @Test
  void joinedPassageEmbeddingStaysNormalized() {
    float[][] v = Embedder.shared().embed(List.of("Prices rose.", "Wages fell."));
    float[] j = Embedder.combine(v[0], 2, v[1], 2);
    assertEquals(1.0, Embedder.cosine(j, j), 1e-5);
    assertTrue(Embedder.cosine(j, v[0]) > Embedder.cosine(v[1], v[0]));
  }

  @Test
  void scoreAgreesWithTheLearnedDecisionOnEitherSideOfTheParaphraseThreshold() {
    double min = SimilarityScorer.SEMANTIC_PARAPHRASE_MIN;
    assertEquals(min, SimilarityScorer.agree(0.40, true), 1e-12);
    assertEquals(0.80, SimilarityScorer.agree(0.80, true), 1e-12);
    assertEquals(0.40, SimilarityScorer.agree(0.40, false), 1e-12);
    assertTrue(Aligner.round(SimilarityScorer.agree(0.80, false)) < min);
    assertTrue(Aligner.round(SimilarityScorer.agree(0.80, false)) >= SimilarityScorer.SEMANTIC_RELATED_MIN);
  }
}
