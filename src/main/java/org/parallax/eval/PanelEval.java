package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.parallax.align.Aligner;
import org.parallax.compare.Comparer;
import org.parallax.compare.Comparison;
import org.parallax.eval.PanelScorer.Category;
import org.parallax.eval.PanelScorer.PairScore;
import org.parallax.eval.PanelScorer.Tally;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.ingest.IngestException;
import org.parallax.ingest.Ingestor;
import org.parallax.report.JsonReport;
import org.parallax.text.Article;

/**
 * Scores Parallax's reports on the judged panel of BASIL pairs (issue #17), item by item.
 *
 * <p>Each panel file names two BASIL articles. Both are rendered as the Markdown the judges look at
 * ({@code # title}, a blank line, then each body paragraph's sentences joined by spaces, paragraphs
 * separated by blank lines), read by the same ingest path as {@code parallax compare} on a .md file,
 * compared, rendered as the JSON report, and that report is scored against the judgments.
 */
public final class PanelEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PanelEval() {}

  /**
   * The outcome of one run.
   *
   * @param pairs the score of each pair, in file-name order
   * @param sameEvent how many pairs are judged to tell the same event
   * @param millis the wall time of the whole run
   */
  public record Result(List<PairScore> pairs, int sameEvent, long millis) {
    public Result {
      pairs = List.copyOf(pairs);
    }

    /** Returns the tallies summed over all pairs. */
    Map<Category, Tally> totals() {
      Map<Category, Tally> t = new EnumMap<>(Category.class);
      for (Category c : Category.values()) {
        t.put(c, new Tally());
      }
      for (PairScore p : pairs) {
        p.tallies().forEach((c, x) -> t.get(c).add(x));
      }
      return t;
    }
  }

  /** Returns the Markdown text the judges compare: title line, blank line, one paragraph per body paragraph. */
  static String markdown(JsonNode basilArticle) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(basilArticle.path("title").asText("").strip()).append("\n\n");
    for (JsonNode para : basilArticle.path("body-paragraphs")) {
      List<String> parts = new ArrayList<>();
      for (JsonNode s : para) {
        String t = s.asText().strip();
        if (!t.isEmpty()) {
          parts.add(t);
        }
      }
      if (!parts.isEmpty()) {
        b.append(String.join(" ", parts)).append("\n\n");
      }
    }
    return b.toString();
  }

  /** Returns the panel files in {@code panelDir}, sorted by name. */
  static List<Path> panelFiles(Path panelDir) throws IOException {
    if (!Files.isDirectory(panelDir)) {
      throw new IOException(panelDir + ": no panel directory (give one with --panel)");
    }
    try (Stream<Path> s = Files.list(panelDir)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".panel")).sorted().toList();
      if (files.isEmpty()) {
        throw new IOException(panelDir + ": no .panel files");
      }
      return files;
    }
  }

  /** Compares and scores every pair in {@code panelDir}, reading articles from the BASIL folder {@code basil}. */
  public static Result evaluate(Path basil, Path panelDir, Comparer comparer) throws IOException {
    return evaluate(basil, panelDir, comparer, false);
  }

  /**
   * Scores as {@link #evaluate(Path, Path, Comparer)}, keeping with each judged alignment the
   * features of its calibrated score when {@code withFeatures} (for {@link #fitAlignmentScore}).
   */
  public static Result evaluate(Path basil, Path panelDir, Comparer comparer, boolean withFeatures)
      throws IOException {
    long t0 = System.nanoTime();
    Path root = Files.isDirectory(basil.resolve("articles")) ? basil.resolve("articles") : basil;
    List<PanelFile> panels = new ArrayList<>();
    for (Path p : panelFiles(panelDir)) {
      panels.add(PanelFile.read(p)); // parse all first: a bad file fails before any slow work
    }
    Ingestor ingestor = new Ingestor();
    List<PairScore> scores = new ArrayList<>();
    int same = 0;
    for (PanelFile panel : panels) {
      Document a = document(ingestor, root, panel.a());
      Document b = document(ingestor, root, panel.b());
      Article articleA = comparer.segment("A", a);
      Article articleB = comparer.segment("B", b);
      Comparison c = comparer.compareTimed(articleA, articleB, 0).comparison();
      JsonNode report = JSON.readTree(new JsonReport().render(c));
      double[][] features = null;
      if (withFeatures) {
        features = Aligner.alignmentScoreFeatures(articleA, articleB, c.alignment().alignments());
        if (features.length != report.path("alignments").size()) {
          throw new IllegalStateException("report and comparison differ in alignments for " + panel.id());
        }
      }
      scores.add(PanelScorer.score(panel, report, features));
      same += panel.sameEvent() ? 1 : 0;
    }
    return new Result(scores, same, (System.nanoTime() - t0) / 1_000_000);
  }

  private static Document document(Ingestor ingestor, Path root, String article) throws IOException {
    Path file = root.resolve(article + ".json");
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such article");
    }
    JsonNode json;
    try {
      json = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not a BASIL article (" + e.getMessage() + ")", e);
    }
    String md = markdown(json);
    try {
      return ingestor.parse(article + ".md", md.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);
    } catch (IngestException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fits the weights of the calibrated alignment score on the judged shown alignments of {@code r}
   * (run with features), writes them to {@code weightsOut} and prints them with the 10-fold
   * cross-validated ROC AUC; {@code source} names the judgments in the file's header.
   */
  public static void fitAlignmentScore(Result r, String source, Path weightsOut, PrintWriter out)
      throws IOException {
    List<double[]> x = new ArrayList<>();
    List<Boolean> gold = new ArrayList<>();
    for (PairScore p : r.pairs()) {
      for (PanelScorer.JudgedAlignment j : p.judgedAlignments()) {
        if (j.features() != null) {
          x.add(j.features());
          gold.add(j.right());
        }
      }
    }
    if (x.isEmpty() || !gold.contains(true) || !gold.contains(false)) {
      throw new IOException("no judged alignments, or not both right and wrong ones, under " + source);
    }
    double[][] xs = x.toArray(double[][]::new);
    double[] w = MsrpEval.fitWeights(xs, gold);
    double[] cv = MsrpEval.crossValidatedScores(xs, gold);
    boolean[] right = new boolean[xs.length];
    double[] fitted = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      right[i] = gold.get(i);
      fitted[i] = Stats.logit(w, xs[i]);
    }
    long wrong = gold.stream().filter(g -> !g).count();
    List<String> header =
        List.of(
            "Weights of the calibrated alignment score (org.parallax.align.AlignmentScore, each alignment's",
            "confidence): logistic regression, intercept then one weight a feature on the raw feature values;",
            "the score is the modelled probability that two aligned passages tell the same content.",
            String.format(
                Locale.ROOT,
                "Fitted on the %d judged alignments (%d right, %d wrong) shown on the pairs of %s:",
                xs.length,
                xs.length - wrong,
                wrong,
                source),
            "BASIL dev articles (launchnlp/BASIL, licence not stated; judgments ours); weights derived from them.",
            String.format(Locale.ROOT, "Features standardized, L2 penalty %.1f, Newton steps; regenerate with", MsrpEval.L2),
            "  ./parallax eval panel ../shared/datasets/basil-dev --panel " + source + " --fit-alignment-score OUT",
            String.format(
                Locale.ROOT,
                "ROC AUC %d-fold cross-validated %.3f; on the fitted alignments %.3f.",
                MsrpEval.FOLDS,
                Stats.rocAuc(cv, right),
                Stats.rocAuc(fitted, right)));
    Files.writeString(weightsOut, Aligner.alignmentScoreWeightsFile(header, w), StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "fitted on %d judged alignments; weights written to %s%n", xs.length, weightsOut);
    MsrpEval.printWeights(Aligner.alignmentScoreFeatureNames(), w, out);
    out.printf(Locale.ROOT, "ROC AUC %d-fold cross-validated %.3f; on the fitted alignments %.3f%n",
        MsrpEval.FOLDS, Stats.rocAuc(cv, right), Stats.rocAuc(fitted, right));
  }

  /** Prints the per-category table (and, with {@code verbose}, one block per pair). */
  public static void print(Result r, PrintWriter out, boolean verbose) {
    int controls = r.pairs().size() - r.sameEvent();
    out.printf(Locale.ROOT, "Panel: %d pairs (%d same-event, %d unrelated controls), %.1f s%n",
        r.pairs().size(), r.sameEvent(), controls, r.millis() / 1000.0);
    if (verbose) {
      for (PairScore p : r.pairs()) {
        out.println();
        out.println(p.pair());
        table(p.tallies(), out);
      }
      out.println();
      out.println("All pairs");
    }
    table(r.totals(), out);
    int flags = 0;
    boolean conflicts = false;
    for (PairScore p : r.pairs()) {
      flags += p.controlFlags();
      conflicts |= p.conflictsInReport();
    }
    alignmentScores(r, out);
    framingKinds(r, out);
    out.printf(Locale.ROOT, "Framing flags on the %d controls: %d%n", controls, flags);
    if (!conflicts) {
      out.println("Conflicts: the report has no conflicts array yet; recall counts every judged conflict as missed.");
    }
    out.println("Precision = right / (right + wrong) over shown items with a judgment; unjudged items are not counted"
        + " right (list them with --unjudged FILE).");
  }

  /**
   * Prints how well the alignment score separates the shown alignments judged right from those
   * judged wrong (ROC AUC, and the single score threshold that misclassifies fewest), and the kinds
   * shown.
   */
  static void alignmentScores(Result r, PrintWriter out) {
    List<PanelScorer.JudgedAlignment> judged = new ArrayList<>();
    Map<String, Integer> kinds = new java.util.TreeMap<>();
    for (PairScore p : r.pairs()) {
      judged.addAll(p.judgedAlignments());
      p.alignmentKinds().forEach((k, n) -> kinds.merge(k, n, Integer::sum));
    }
    double[] scores = new double[judged.size()];
    double[] confidences = new double[judged.size()];
    boolean[] right = new boolean[judged.size()];
    boolean calibrated = !judged.isEmpty();
    for (int i = 0; i < scores.length; i++) {
      scores[i] = judged.get(i).score();
      confidences[i] = judged.get(i).confidence();
      right[i] = judged.get(i).right();
      calibrated &= !Double.isNaN(confidences[i]);
    }
    separation("Alignment score", scores, right, out);
    if (calibrated) {
      separation("Alignment confidence (calibrated score)", confidences, right, out);
    }
    StringBuilder k = new StringBuilder();
    kinds.forEach((name, n) -> k.append(k.length() == 0 ? "" : ", ").append(name).append(' ').append(n));
    out.println("Alignment kinds shown: " + (k.length() == 0 ? "none" : k));
    Map<String, int[]> byKind = new java.util.TreeMap<>();
    for (PanelScorer.JudgedAlignment j : judged) {
      byKind.computeIfAbsent(j.kind(), x -> new int[2])[j.right() ? 0 : 1]++;
    }
    StringBuilder kj = new StringBuilder();
    byKind.forEach((name, n) -> kj.append(kj.length() == 0 ? "" : ", ")
        .append(name).append(' ').append(n[0]).append(" right/").append(n[1]).append(" wrong"));
    out.println("Judged alignments by kind: " + (kj.length() == 0 ? "none" : kj));
  }

  /**
   * Prints the framing flags of every pair by kind and confidence (the rule that rated them): shown by
   * default and all, each right, wrong and unjudged. Aggregate counts only, so it may be printed for a
   * held-out panel without showing any item.
   */
  static void framingKinds(Result r, PrintWriter out) {
    Map<String, PanelScorer.KindTally> kinds = new java.util.TreeMap<>();
    for (PairScore p : r.pairs()) {
      p.framingKinds().forEach((k, t) -> kinds.computeIfAbsent(k, x -> new PanelScorer.KindTally()).add(t));
    }
    out.println("Framing flags by kind and confidence (shown by default: right/wrong/unjudged; all: right/wrong/unjudged):");
    if (kinds.isEmpty()) {
      out.println("  none");
    }
    kinds.forEach((k, t) -> out.printf(Locale.ROOT, "  %-22s shown %3d/%3d/%3d %5s   all %3d/%3d/%3d %5s%n", k,
        t.shown.right, t.shown.wrong, t.shown.unjudged(), pct(t.shown.right, t.shown.right + t.shown.wrong),
        t.all.right, t.all.wrong, t.all.unjudged(), pct(t.all.right, t.all.right + t.all.wrong)));
  }

  /** Prints how well {@code scores} separate the right alignments from the wrong ones. */
  private static void separation(String label, double[] scores, boolean[] right, PrintWriter out) {
    double auc = Stats.rocAuc(scores, right);
    out.printf(Locale.ROOT, "%s, %d judged shown alignments: ROC AUC %s", label, scores.length,
        Double.isNaN(auc) ? "n/a" : String.format(Locale.ROOT, "%.3f", auc));
    double[] cut = Stats.bestThreshold(scores, right);
    if (cut != null) {
      out.printf(Locale.ROOT, "; best single threshold %.3f keeps %d right and %d wrong (of %d right, %d wrong)",
          cut[0], (int) cut[1], (int) cut[2], (int) cut[3], (int) cut[4]);
    }
    out.println();
  }

  private static void table(Map<Category, Tally> tallies, PrintWriter out) {
    out.printf(Locale.ROOT, "%-20s %6s %6s %6s %9s %6s %6s %7s %9s%n",
        "category", "shown", "right", "wrong", "precision", "must", "found", "recall", "unjudged");
    for (Category c : Category.values()) {
      Tally t = tallies.get(c);
      out.printf(Locale.ROOT, "%-20s %6d %6d %6d %9s %6d %6d %7s %9d%n", c.label, t.shown, t.right, t.wrong,
          pct(t.right, t.right + t.wrong), t.must, t.found, pct(t.found, t.must), t.unjudged());
    }
  }

  private static String pct(int n, int d) {
    return d == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * n / d);
  }

  /** Writes the unjudged items, misses, wrong items and stale judgments, one per line, grouped by pair. */
  public static void writeListing(Result r, Path file) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# parallax eval panel: items to judge (unjudged), must-find items not found (miss),\n");
    b.append("# items judged wrong (wrong), judgments whose snippet is not in the article (stale),\n");
    b.append("# framing flags judged right (right)\n");
    b.append("# pair | status | category | item\n");
    for (PairScore p : r.pairs()) {
      for (String status : List.of("stale", "miss", "wrong", "unjudged", "right")) {
        for (PanelScorer.Listed l : p.listed()) {
          if (l.status().equals(status)) {
            b.append(l.line()).append('\n');
          }
        }
      }
    }
    try {
      Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException(file + ": cannot write (" + e.getMessage() + ")", e);
    }
  }
}
