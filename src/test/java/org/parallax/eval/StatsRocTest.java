package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsRocTest {
  @Test
  void aucIsOneWhenEveryPositiveScoresAboveEveryNegative() {
    assertEquals(1.0, Stats.rocAuc(new double[] {0.9, 0.8, 0.3, 0.1}, new boolean[] {true, true, false, false}));
  }

  @Test
  void aucCountsPairsInTheWrongOrderAndTiesAsHalf() {
    // Positives 0.9 and 0.4, negatives 0.5 and 0.4: pairs (0.9>0.5) 1, (0.9>0.4) 1, (0.4<0.5) 0, (0.4=0.4) 1/2.
    assertEquals(2.5 / 4, Stats.rocAuc(new double[] {0.9, 0.4, 0.5, 0.4}, new boolean[] {true, true, false, false}),
        1e-12);
  }

  @Test
  void aucIsUndefinedWithoutBothClasses() {
    assertTrue(Double.isNaN(Stats.rocAuc(new double[] {0.2, 0.3}, new boolean[] {true, true})));
  }

  @Test
  void bestThresholdMisclassifiesFewest() {
    double[] t = Stats.bestThreshold(new double[] {0.9, 0.7, 0.6, 0.5, 0.2}, new boolean[] {true, true, false, true, false});
    // At 0.5: keeps 3 right and 1 wrong (1 error); at 0.7: keeps 2 right, 0 wrong (1 error); the lowest wins.
    assertArrayEquals(new double[] {0.5, 3, 1, 3, 2}, t);
    assertNull(Stats.bestThreshold(new double[0], new boolean[0]));
  }
}
