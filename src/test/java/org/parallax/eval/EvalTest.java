package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTest {
  @TempDir Path dir;

  @Test
  void pearsonAndSpearmanOfKnownSeries() {
    double[] x = {1, 2, 3, 4, 5};
    assertEquals(1.0, Stats.pearson(x, new double[] {2, 4, 6, 8, 10}), 1e-12);
    assertEquals(-1.0, Stats.pearson(x, new double[] {5, 4, 3, 2, 1}), 1e-12);
    // Monotone but not linear: Spearman 1, Pearson below 1.
    double[] y = {1, 4, 9, 16, 100};
    assertEquals(1.0, Stats.spearman(x, y), 1e-12);
    assertTrue(Stats.pearson(x, y) < 0.95);
    assertEquals(Double.NaN, Stats.pearson(x, new double[] {3, 3, 3, 3, 3}));
  }

  @Test
  void tiesShareTheirMeanRank() {
    assertEquals(
        java.util.List.of(1.0, 2.5, 2.5, 4.0),
        java.util.Arrays.stream(Stats.ranks(new double[] {1, 7, 7, 9})).boxed().toList());
  }

  @Test
  void msrpCountsTheConfusionMatrix() throws IOException {
    Path f = dir.resolve("msrp.txt");
    Files.writeString(
        f,
        "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
            + "1\t1\t2\tThe council approved the new budget on Tuesday.\t"
            + "On Tuesday the council approved the new budget.\n"
            + "0\t3\t4\tHeavy snow closed the mountain pass.\t"
            + "The bank raised its interest rate by half a point.\n"
            + "1\t5\t6\tShares fell sharply.\tThe stock market dropped a lot.\n"
            + "not a pair line\n",
        StandardCharsets.UTF_8);
    MsrpEval.Result r = MsrpEval.evaluate(f, false);
    assertEquals(3, r.pairs());
    assertEquals(1, r.skipped());
    assertEquals(1, r.trueNegative());
    assertEquals(1, r.truePositive(), "word-order paraphrase found by words alone");
    assertEquals(1, r.falseNegative(), "no shared words: lexical mode misses it");
    assertEquals(2.0 / 3, r.accuracy(), 1e-12);
    assertEquals(2.0 / 3, r.f1(), 1e-12);
    StringWriter out = new StringWriter();
    MsrpEval.print(r, new PrintWriter(out));
    assertTrue(out.toString().contains("accuracy 66.7%"), out.toString());
  }

  @Test
  void stsbReadsRawTabsWithUnbalancedQuotes() throws IOException {
    Path f = dir.resolve("sts.csv");
    Files.writeString(
        f,
        "main-news\tx\t2012\t0001\t5.000\tA man \"plays the guitar.\tA man \"plays the guitar.\n"
            + "main-news\tx\t2012\t0002\t2.500\tA man plays a guitar.\tA man sings a song.\n"
            + "main-news\tx\t2012\t0003\t0.000\tA cat sleeps.\tStocks fell in Tokyo.\textra\n"
            + "broken line\n",
        StandardCharsets.UTF_8);
    StsbEval.Result r = StsbEval.evaluate(f, false);
    assertEquals(3, r.pairs());
    assertEquals(1, r.skipped());
    assertEquals(1.0, r.spearman(), 1e-12);
    assertTrue(r.pearson() > 0.8, "pearson " + r.pearson());
    assertTrue(Double.isNaN(r.modelPearson()));
  }

  @Test
  void crossValidationDecidesEachFoldWithWeightsFittedOnTheOthers() {
    // Paraphrase when the first feature exceeds 0.5; the second feature is noise. Pair 0 carries a
    // flipped label: a fit that saw it still calls it by the rule, so its fold gets it wrong.
    int n = 60;
    double[][] x = new double[n][];
    List<Boolean> gold = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      double f = (i * 37 % n) / (double) n;
      x[i] = new double[] {f, i % 3};
      gold.add(f > 0.5);
    }
    gold.set(0, !gold.get(0));
    boolean[] cv = MsrpEval.crossValidate(x, gold);
    int wrong = 0;
    for (int i = 0; i < n; i++) {
      wrong += cv[i] == gold.get(i) ? 0 : 1;
    }
    assertTrue(wrong >= 1 && wrong <= 4, "wrong " + wrong);
    assertTrue(cv[0] != gold.get(0), "the flipped pair is decided by the rule, not remembered");
    double[] w = MsrpEval.fitWeights(x, gold);
    assertTrue(Stats.logit(w, new double[] {0.9, 1}) > 0 && Stats.logit(w, new double[] {0.1, 1}) < 0);
  }

  @Test
  void printPutsTheCrossValidatedFigureFirstAndMarksTheShippedOneOptimistic() {
    MsrpEval.Result cv = new MsrpEval.Result(true, 50, 20, 20, 10, 0);
    MsrpEval.Result r = new MsrpEval.Result(true, 55, 15, 25, 5, 0, cv);
    StringWriter out = new StringWriter();
    MsrpEval.print(r, new PrintWriter(out));
    String text = out.toString();
    assertTrue(text.startsWith("MSRP (semantic, 10-fold cross-validated"), text);
    assertTrue(text.contains("accuracy 70.0%"), text);
    assertTrue(text.indexOf("optimistic") > text.indexOf("accuracy 70.0%"), text);
    assertTrue(text.contains("accuracy 80.0%"), text);
  }
}
