package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityScorerTest {
  @Test
  void identicalSignalsScoreOne() {
    assertEquals(1.0, SimilarityScorer.combine(1, 1, 1, 0), 1e-12);
  }

  @Test
  void cosineAtTheFloorWithNoSharedWordsScoresZero() {
    assertEquals(0.0, SimilarityScorer.combine(SimilarityScorer.COSINE_FLOOR, 0, 0, 0), 1e-12);
    assertEquals(0.0, SimilarityScorer.combine(-0.3, 0, 0, 0), 1e-12);
  }

  @Test
  void changedFiguresLowerTheScore() {
    assertEquals(0.5, SimilarityScorer.unsharedShare(Set.of("2"), Set.of("2", "3")), 1e-12);
    assertEquals(0.0, SimilarityScorer.unsharedShare(Set.of(), Set.of()), 1e-12);
    assertTrue(SimilarityScorer.combine(0.9, 0.8, 0.8, 1) < SimilarityScorer.combine(0.9, 0.8, 0.8, 0));
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
}
