package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CosineEstimateTest {
  @Test
  void estimateStaysFarWithinTheBoundTheNearestNeighbourPruningAssumes() {
    Random random = new Random(3);
    double worst = 0;
    for (int round = 0; round < 2000; round++) {
      // Model-sized unit vectors, some nearly parallel so the cosine sits close to 1.
      float[] a = unit(random, 384, null, 0);
      float[] b = round % 2 == 0 ? unit(random, 384, a, round % 4 == 0 ? 0.01 : 1) : unit(random, 384, null, 0);
      worst = Math.max(worst, Math.abs(Embedder.cosineEstimate(a, b) - Embedder.cosine(a, b)));
    }
    assertTrue(worst < Aligner.COSINE_ESTIMATE_ERROR / 1000, "worst difference " + worst);
    float[] odd = {0.6f, 0.8f, 0, 0, 0};
    assertEquals(Embedder.cosine(odd, odd), Embedder.cosineEstimate(odd, odd), 1e-15);
  }

  private static float[] unit(Random random, int n, float[] near, double noise) {
    float[] v = new float[n];
    double sq = 0;
    for (int k = 0; k < n; k++) {
      v[k] = (float) ((near == null ? 0 : near[k]) + (near == null ? 1 : noise) * random.nextGaussian());
      sq += v[k] * v[k];
    }
    for (int k = 0; k < n; k++) {
      v[k] /= (float) Math.sqrt(sq);
    }
    return v;
  }
}
