package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParaphraseModelTest {
  private static final List<String> NAMES = ParaphraseModel.FEATURE_NAMES;

  private static double feature(double[] x, String name) {
    return x[NAMES.indexOf(name)];
  }

  private static double[] features(String a, String b) {
    float[] v = {1, 0};
    return ParaphraseModel.features(
        SentenceFeatures.of(a).withVector(v), SentenceFeatures.of(b).withVector(v));
  }

  @Test
  void featureNamesAreUniqueAndStartWithTheScorerSignals() {
    assertEquals(NAMES.size(), NAMES.stream().distinct().count());
    assertEquals(SimilarityScorer.SIGNAL_NAMES, NAMES.subList(0, SimilarityScorer.SIGNAL_NAMES.size()));
  }

  @Test
  void identicalPassagesShareEveryNgram() {
    double[] x = features("The council approved the budget on Tuesday.", "The council approved the budget on Tuesday.");
    for (String n : List.of("words1Min", "words4Max", "contentMin", "content2Max", "chars4Dice")) {
      assertEquals(1.0, feature(x, n), 1e-12, n);
    }
    assertEquals(0.0, feature(x, "wordLengthGap"), 1e-12);
    assertEquals(0.0, feature(x, "contentUnshared"), 1e-12);
  }

  @Test
  void aContainedSentenceHasFullMaxShareButLowMinShare() {
    double[] x = features("Prices rose sharply.", "Prices rose sharply after the storm closed the only bridge to the island.");
    assertEquals(1.0, feature(x, "words1Max"), 1e-12);
    assertTrue(feature(x, "words1Min") < 0.3, String.valueOf(feature(x, "words1Min")));
    assertTrue(feature(x, "wordLengthGap") > 0.7);
  }

  @Test
  void numbersAgreeNestOrDiffer() {
    double[] same = features("Sales rose 5 percent to 120 million.", "Sales climbed 5 percent, to 120 million.");
    double[] nested = features("Sales rose 5 percent.", "Sales rose 5 percent to 120 million.");
    double[] changed = features("Sales rose 5 percent.", "Sales rose 7 percent.");
    assertEquals(List.of(1.0, 1.0), List.of(feature(same, "numbersEqual"), feature(same, "numbersNested")));
    assertEquals(List.of(0.0, 1.0), List.of(feature(nested, "numbersEqual"), feature(nested, "numbersNested")));
    assertEquals(List.of(0.0, 0.0), List.of(feature(changed, "numbersEqual"), feature(changed, "numbersNested")));
  }

  @Test
  void weightsFileRoundTripsAndRejectsAWrongOrMissingFeature() {
    double[] w = new double[NAMES.size() + 1];
    for (int k = 0; k < w.length; k++) {
      w[k] = k - 3.25;
    }
    String text = ParaphraseModel.format(List.of("test weights"), w);
    assertTrue(text.startsWith("# test weights\nintercept\t"), text);
    assertArrayEquals(w, ParaphraseModel.parse(text.lines().toList()), 1e-8);

    List<String> swapped = new ArrayList<>(text.lines().toList());
    String second = swapped.get(2);
    swapped.set(2, swapped.get(3));
    swapped.set(3, second);
    assertThrows(IllegalStateException.class, () -> ParaphraseModel.parse(swapped));
    List<String> shortened = text.lines().toList().subList(0, 5);
    assertThrows(IllegalStateException.class, () -> ParaphraseModel.parse(shortened));
  }

  @Test
  void shippedWeightsLoadAndDecideIdenticalPassagesAsParaphrases() {
    double[] w = ParaphraseModel.weights();
    assertEquals(NAMES.size() + 1, w.length);
    SentenceFeatures a = SentenceFeatures.of("The council approved the new budget on Tuesday.").withVector(new float[] {1, 0});
    SentenceFeatures b = SentenceFeatures.of("Heavy snow closed the mountain pass overnight.").withVector(new float[] {0, 1});
    assertTrue(ParaphraseModel.probability(a, a) >= ParaphraseModel.DECISION);
    assertTrue(ParaphraseModel.probability(a, b) < ParaphraseModel.DECISION);
  }

  @Test
  void probabilityIsTheLogisticOfTheLinearScore() {
    assertEquals(0.5, ParaphraseModel.probability(new double[] {1, -2}, new double[] {0.5}), 1e-12);
    assertEquals(1 / (1 + Math.exp(-3)), ParaphraseModel.probability(new double[] {1, 2}, new double[] {1}), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> ParaphraseModel.probability(new double[] {1}, new double[] {1}));
  }
}
