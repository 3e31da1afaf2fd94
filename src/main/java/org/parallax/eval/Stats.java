package org.parallax.eval;

import java.util.Arrays;
import java.util.Comparator;

/** Correlation measures for evaluations. */
final class Stats {
  private Stats() {}

  /** Returns the Pearson correlation of {@code x} and {@code y}, or NaN when either is constant. */
  static double pearson(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length");
    }
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /** Returns the Spearman rank correlation, ties sharing their mean rank. */
  static double spearman(double[] x, double[] y) {
    return pearson(ranks(x), ranks(y));
  }

  static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> v[i]).thenComparingInt(i -> i));
    double[] r = new double[v.length];
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double mean = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[order[k]] = mean;
      }
      i = j + 1;
    }
    return r;
  }

  /**
   * Returns the intercept then the weights of a logistic regression of {@code y} on {@code x},
   * fitted by a fixed number of Newton steps with an L2 penalty {@code l2} on the weights (not
   * the intercept); deterministic for given input.
   */
  static double[] logistic(double[][] x, boolean[] y, double l2) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("x and y must be non-empty and of equal length");
    }
    int d = x[0].length + 1;
    double[] w = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int n = 0; n < x.length; n++) {
        double[] row = withOne(x[n]);
        double z = 0;
        for (int k = 0; k < d; k++) {
          z += w[k] * row[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double r = (y[n] ? 1 : 0) - p;
        double v = p * (1 - p);
        for (int k = 0; k < d; k++) {
          grad[k] += r * row[k];
          for (int m = 0; m < d; m++) {
            hess[k][m] += v * row[k] * row[m];
          }
        }
      }
      for (int k = 1; k < d; k++) {
        grad[k] -= l2 * w[k];
        hess[k][k] += l2;
      }
      double[] step = solve(hess, grad);
      double size = 0;
      for (int k = 0; k < d; k++) {
        w[k] += step[k];
        size = Math.max(size, Math.abs(step[k]));
      }
      if (size < 1e-10) {
        break;
      }
    }
    return w;
  }

  /** Returns the linear score {@code w[0] + w[1..] . x} of a logistic model. */
  static double logit(double[] w, double[] x) {
    double z = w[0];
    for (int k = 0; k < x.length; k++) {
      z += w[k + 1] * x[k];
    }
    return z;
  }

  private static double[] withOne(double[] x) {
    double[] row = new double[x.length + 1];
    row[0] = 1;
    System.arraycopy(x, 0, row, 1, x.length);
    return row;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[c][c]) < 1e-12) {
        throw new IllegalArgumentException("singular system");
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k <= n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = m[i][n] / m[i][i];
    }
    return out;
  }

  /**
   * Returns the area under the ROC curve of {@code scores} for the positives {@code positive}: the
   * chance that a random positive scores above a random negative, ties counting one half; NaN
   * without a positive or a negative.
   */
  static double rocAuc(double[] scores, boolean[] positive) {
    double[] r = ranks(scores);
    double sum = 0;
    long pos = 0;
    for (int i = 0; i < scores.length; i++) {
      if (positive[i]) {
        sum += r[i];
        pos++;
      }
    }
    long neg = scores.length - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (sum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  /**
   * Returns the threshold t (items at or above t are called positive) that misclassifies fewest
   * items, the lowest such t, with the positives and negatives at or above it and the totals:
   * {t, keptPositive, keptNegative, positives, negatives}; null when there are no items.
   */
  static double[] bestThreshold(double[] scores, boolean[] positive) {
    if (scores.length == 0) {
      return null;
    }
    double[] sorted = scores.clone();
    java.util.Arrays.sort(sorted);
    int pos = 0;
    for (boolean p : positive) {
      pos += p ? 1 : 0;
    }
    int neg = scores.length - pos;
    double[] best = null;
    int bestErrors = Integer.MAX_VALUE;
    for (double t : sorted) {
      int kp = 0;
      int kn = 0;
      for (int i = 0; i < scores.length; i++) {
        if (scores[i] >= t) {
          if (positive[i]) {
            kp++;
          } else {
            kn++;
          }
        }
      }
      int errors = (pos - kp) + kn;
      if (errors < bestErrors) {
        bestErrors = errors;
        best = new double[] {t, kp, kn, pos, neg};
      }
    }
    return best;
  }
}
