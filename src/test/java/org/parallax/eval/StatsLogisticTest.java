package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsLogisticTest {
  @Test
  void solvesASmallLinearSystem() {
    double[] x = Stats.solve(new double[][] {{2, 1}, {1, 3}}, new double[] {3, 5});
    assertArrayEquals(new double[] {0.8, 1.4}, x, 1e-12);
  }

  @Test
  void logisticFitSeparatesByTheInformativeFeatureAndIsDeterministic() {
    // Label is 1 when the first feature exceeds 0.5, with two flipped labels so the fit is finite;
    // the second feature is noise that alternates with the index.
    int n = 40;
    double[][] x = new double[n][];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      double f = (i + 0.5) / n;
      x[i] = new double[] {f, i % 2};
      y[i] = f > 0.5;
    }
    y[18] = true;
    y[21] = false;
    double[] w = Stats.logistic(x, y, 1e-3);
    assertTrue(w[1] > 3, "informative weight " + w[1]);
    assertTrue(Math.abs(w[2]) < Math.abs(w[1]) / 5, "noise weight " + w[2]);
    assertEquals(0.5, -(w[0] + 0.5 * w[2]) / w[1], 0.05, "boundary at the mean of the noise");
    assertArrayEquals(w, Stats.logistic(x, y, 1e-3), 0.0);
    assertTrue(Stats.logit(w, new double[] {0.9, 0}) > 0);
    assertTrue(Stats.logit(w, new double[] {0.1, 0}) < 0);
  }
}
