package org.parallax.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.align.Aligner;

/**
 * Scores the Microsoft Research Paraphrase Corpus with the aligner's pair similarity.
 *
 * <p>Input is the corpus's tab-separated format: a header line, then {@code Quality, #1 ID, #2 ID,
 * #1 String, #2 String} with quality 1 for a paraphrase. A pair counts as a paraphrase when its
 * similarity reaches the threshold fixed in the aligner; the positive class for precision, recall
 * and F1 is "paraphrase".
 */
public final class MsrpEval {
  private MsrpEval() {}

  /**
   * The outcome of one run.
   *
   * @param semantic whether the embedding model took part
   * @param truePositive paraphrases called paraphrases
   * @param falsePositive non-paraphrases called paraphrases
   * @param trueNegative non-paraphrases called non-paraphrases
   * @param falseNegative paraphrases missed
   * @param skipped lines that could not be read as a pair
   */
  public record Result(
      boolean semantic,
      int truePositive,
      int falsePositive,
      int trueNegative,
      int falseNegative,
      int skipped) {
    public Result {
      if (truePositive < 0 || falsePositive < 0 || trueNegative < 0 || falseNegative < 0
          || skipped < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }

    /** Returns the number of pairs scored. */
    public int pairs() {
      return truePositive + falsePositive + trueNegative + falseNegative;
    }

    /** Returns the share of pairs classified correctly. */
    public double accuracy() {
      return pairs() == 0 ? 0 : (double) (truePositive + trueNegative) / pairs();
    }

    /** Returns the share of predicted paraphrases that are paraphrases. */
    public double precision() {
      int p = truePositive + falsePositive;
      return p == 0 ? 0 : (double) truePositive / p;
    }

    /** Returns the share of paraphrases found. */
    public double recall() {
      int p = truePositive + falseNegative;
      return p == 0 ? 0 : (double) truePositive / p;
    }

    /** Returns the harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Returns the confusion counts of the aligner on the MSRP file {@code file}. */
  public static Result evaluate(Path file, boolean semantic) throws IOException {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    List<Boolean> gold = new ArrayList<>();
    int skipped = 0;
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "");
      if (line.isBlank() || (i == 0 && line.startsWith("Quality"))) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String q = f.length >= 5 ? f[0].strip() : "";
      if (!q.equals("0") && !q.equals("1")) {
        skipped++;
        continue;
      }
      gold.add(q.equals("1"));
      a.add(f[3]);
      b.add(f[4]);
    }
    Aligner aligner = new Aligner(semantic);
    double[] scores = aligner.similarities(a, b);
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean predicted = aligner.isParaphrase(scores[i]);
      if (predicted && gold.get(i)) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (gold.get(i)) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Result(semantic, tp, fp, tn, fn, skipped);
  }

  /** Writes accuracy, precision, recall and F1 of {@code r} to {@code out}. */
  public static void print(Result r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "MSRP (%s): %d pairs, accuracy %.1f%%, precision %.1f%%, recall %.1f%%, F1 %.1f%n",
        r.semantic() ? "semantic" : "lexical only",
        r.pairs(),
        100 * r.accuracy(),
        100 * r.precision(),
        100 * r.recall(),
        100 * r.f1());
    out.printf(
        Locale.ROOT,
        "  TP %d  FP %d  TN %d  FN %d%s%n",
        r.truePositive(),
        r.falsePositive(),
        r.trueNegative(),
        r.falseNegative(),
        r.skipped() == 0 ? "" : "  (" + r.skipped() + " unreadable lines skipped)");
    out.flush();
  }

  /** Runs the evaluation on the file named by the first argument; {@code --no-semantic} is optional. */
  public static void main(String[] args) throws IOException {
    boolean semantic = !List.of(args).contains("--no-semantic");
    String file = List.of(args).stream().filter(s -> !s.startsWith("--")).findFirst().orElse(null);
    if (file == null) {
      System.err.println("usage: MsrpEval FILE [--no-semantic]");
      System.exit(2);
    }
    print(evaluate(Path.of(file), semantic), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }
}
