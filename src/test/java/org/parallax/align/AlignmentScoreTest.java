package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentScoreTest {
  private static final List<String> NAMES = AlignmentScore.FEATURE_NAMES;

  private static double[] features(String a, String b, float[] va, float[] vb) {
    return AlignmentScore.features(
        SentenceFeatures.of(a).withVector(va), SentenceFeatures.of(b).withVector(vb), WordDiffer.diff(a, b));
  }

  @Test
  void shippedWeightsNameEveryFeatureInOrder() {
    assertEquals(NAMES.size() + 1, AlignmentScore.weights().length);
    assertEquals(SimilarityScorer.SIGNAL_NAMES, NAMES.subList(0, SimilarityScorer.SIGNAL_NAMES.size()));
    assertEquals(List.of("equalShare", "sharedRun"), NAMES.subList(NAMES.size() - 2, NAMES.size()));
  }

  @Test
  void identicalWordsGiveFullOverlapAndNoGap() {
    float[] v = {1, 0};
    // Nine content words: a shared run past RUN_CAP counts in full.
    String s = "The city council approved the budget for the new public library, park and pool.";
    double[] x = features(s, s, v, v);
    assertEquals(1.0, x[NAMES.indexOf("semantic")], 1e-9);
    assertEquals(1.0, x[NAMES.indexOf("equalShare")], 1e-12);
    assertEquals(1.0, x[NAMES.indexOf("sharedRun")], 1e-12);
    assertEquals(0.0, x[NAMES.indexOf("lengthGap")], 1e-12);
  }

  @Test
  void withoutVectorsTheSameWordsCountAsCosineOne() {
    String a = "The council approved the budget.";
    String b = "the council approved the budget";
    double[] x =
        AlignmentScore.features(SentenceFeatures.of(a), SentenceFeatures.of(b), WordDiffer.diff(a, b));
    assertEquals(1.0, x[NAMES.indexOf("semantic")], 1e-12);
  }

  @Test
  void theSameSentenceScoresFarAboveSameSubjectOtherContent() {
    float[] same = {1, 0};
    String a = "Weiner said Wednesday he did not send the photo to the student.";
    double identical =
        AlignmentScore.probability(
            SentenceFeatures.of(a).withVector(same), SentenceFeatures.of(a).withVector(same), WordDiffer.diff(a, a));
    // Same person and topic, other content; vectors at cosine 0.6, as on-topic news sentences are.
    String b = "Twitter has declined to say whether Weiner's account was hacked.";
    float[] other = {0.6f, 0.8f};
    double different =
        AlignmentScore.probability(
            SentenceFeatures.of(a).withVector(same), SentenceFeatures.of(b).withVector(other), WordDiffer.diff(a, b));
    assertTrue(identical > 0.9, "identical scored " + identical);
    assertTrue(different < 0.2, "different content scored " + different);
  }
}
