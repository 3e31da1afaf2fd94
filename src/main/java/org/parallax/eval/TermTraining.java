package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.framing.FramingFlag;
import org.parallax.framing.FramingKind;
import org.parallax.framing.TermModel;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteAnalyzer;

/**
 * Fits the loaded-term model on BASIL and measures it honestly: k-fold cross-validation split by event
 * triple, the flagging threshold chosen on the training folds only.
 */
final class TermTraining {
  static final int FOLDS = 5;
  /** Loaded-term flags per 100 sentences, hedges included, the threshold is chosen to stay within. */
  static final double BUDGET = 24.0;
  static final double L2 = 1e-4;
  static final int ITERATIONS = 2000;
  static final String HEADER =
      "Weights of the loaded-term model of the Parallax framing stage (logistic regression, features named\n"
          + "in org.parallax.framing.TermScorer). Weights fitted on BASIL 2010-2016 (Fan et al. 2019,\n"
          + "launchnlp/BASIL), licence none stated; only the numeric weights are shipped. Fitted by\n"
          + "org.parallax.eval.BasilEval --fit (L2 " + L2 + ", " + ITERATIONS + " iterations, classes weighted\n"
          + "equally); threshold chosen for at most " + BUDGET + " loaded-term and hedge flags per 100 sentences.";

  private TermTraining() {}

  /** A candidate word of one article: its body offsets, features and whether a gold span holds it. */
  record Cand(int start, int end, List<Double> features, boolean loaded) {}

  /** A gold lexical-bias span. */
  record Gold(int start, int end, boolean quoted) {}

  /** One BASIL article prepared for fitting. */
  record Doc(String triple, int sentences, List<Cand> candidates, List<int[]> hedges, List<Gold> gold) {}

  /** Pooled figures of one measurement. */
  record Figures(int sentences, int flags, int spans, int found, int outside, int outsideFound) {
    double recall() {
      return spans == 0 ? 0 : (double) found / spans;
    }

    double per100() {
      return sentences == 0 ? 0 : 100.0 * flags / sentences;
    }

    Figures plus(Figures o) {
      return new Figures(sentences + o.sentences, flags + o.flags, spans + o.spans, found + o.found,
          outside + o.outside, outsideFound + o.outsideFound);
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "recall %.3f (%d of %d), outside quotes %.3f (%d of %d), %.1f flags per 100 sentences (%d flags)",
          recall(), found, spans, outside == 0 ? 0 : (double) outsideFound / outside, outsideFound, outside,
          per100(), flags);
    }
  }

  /** Reads every annotated article of a BASIL folder with its candidates and gold spans. */
  static List<Doc> load(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    FramingAnalyzer framing = new FramingAnalyzer();
    QuoteAnalyzer quoteAnalyzer = new QuoteAnalyzer();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir.resolve("articles"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<Doc> docs = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString().replace(".json", "");
      Path ann = dir.resolve("annotations").resolve(file.getParent().getFileName()).resolve(name + "_ann.json");
      if (!Files.exists(ann)) {
        continue;
      }
      JsonNode art = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
      BasilEval.Built built = BasilEval.build(name, art);
      List<Quote> quotes = quoteAnalyzer.extract(built.article()).quotes();
      List<Gold> gold = new ArrayList<>();
      for (JsonNode span : json.readTree(Files.readString(ann, StandardCharsets.UTF_8)).path("phrase-level-annotations")) {
        int[] at = BasilEval.bodySpan(span, built);
        if (at != null && "lex".equals(span.path("bias").asText())) {
          gold.add(new Gold(at[0], at[1], "yes".equals(span.path("quote").asText())));
        }
      }
      List<Cand> cands = new ArrayList<>();
      for (FramingAnalyzer.TermCandidate c : framing.termCandidates(built.article(), quotes)) {
        boolean loaded = gold.stream().anyMatch(g -> c.start() < g.end() && g.start() < c.end());
        cands.add(new Cand(c.start(), c.end(), c.features(), loaded));
      }
      List<int[]> hedges = new ArrayList<>();
      for (FramingFlag f : framing.loadedTerms(built.article(), quotes)) {
        if (f.kind() == FramingKind.HEDGE) {
          hedges.addAll(BasilEval.offsets(built.article(), f));
        }
      }
      docs.add(new Doc(name.substring(0, name.lastIndexOf('_')), built.article().sentences().size(), cands, hedges, gold));
    }
    return docs;
  }

  /** Fits a model on documents, its threshold chosen on the same documents for the flag budget. */
  static TermModel fit(List<Doc> docs, double budget) {
    List<List<Double>> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (Doc d : docs) {
      for (Cand c : d.candidates()) {
        x.add(c.features());
        y.add(c.loaded());
      }
    }
    TermModel m = TermModel.fit(x, y, L2, ITERATIONS);
    return m.withThreshold(threshold(docs, m, budget));
  }

  /** Returns the lowest threshold that keeps flags (hedges included) within the budget per 100 sentences. */
  static double threshold(List<Doc> docs, TermModel m, double budget) {
    int sentences = 0;
    int hedges = 0;
    List<Double> scores = new ArrayList<>();
    for (Doc d : docs) {
      sentences += d.sentences();
      hedges += d.hedges().size();
      for (Cand c : d.candidates()) {
        scores.add(m.score(c.features()));
      }
    }
    double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(s);
    int allowed = (int) Math.floor(budget * sentences / 100.0) - hedges;
    if (allowed <= 0) {
      return 1.0 + 1e-9;
    }
    if (allowed >= s.length) {
      return s.length == 0 ? 0.5 : s[0];
    }
    return Math.nextUp(s[s.length - 1 - allowed]);
  }

  /** Measures a model on documents: spans a flag overlaps and flags raised. */
  static Figures measure(List<Doc> docs, TermModel m) {
    Figures total = new Figures(0, 0, 0, 0, 0, 0);
    for (Doc d : docs) {
      List<int[]> flagged = new ArrayList<>(d.hedges());
      for (Cand c : d.candidates()) {
        if (m.score(c.features()) >= m.threshold()) {
          flagged.add(new int[] {c.start(), c.end()});
        }
      }
      int found = 0;
      int outside = 0;
      int outsideFound = 0;
      for (Gold g : d.gold()) {
        boolean hit = flagged.stream().anyMatch(f -> f[0] < g.end() && g.start() < f[1]);
        found += hit ? 1 : 0;
        if (!g.quoted()) {
          outside++;
          outsideFound += hit ? 1 : 0;
        }
      }
      total = total.plus(new Figures(d.sentences(), flagged.size(), d.gold().size(), found, outside, outsideFound));
    }
    return total;
  }

  /** Prints the k-fold cross-validated figures, folds split by event triple, and returns them pooled. */
  static Figures crossValidate(List<Doc> docs, int folds, double budget, PrintWriter out) {
    List<String> triples = new ArrayList<>(new TreeSet<>(docs.stream().map(Doc::triple).toList()));
    Figures pooled = new Figures(0, 0, 0, 0, 0, 0);
    for (int k = 0; k < folds; k++) {
      List<Doc> train = new ArrayList<>();
      List<Doc> test = new ArrayList<>();
      for (Doc d : docs) {
        (triples.indexOf(d.triple()) % folds == k ? test : train).add(d);
      }
      TermModel m = fit(train, budget);
      Figures f = measure(test, m);
      out.printf(Locale.ROOT, "  fold %d (threshold %.4f from training folds): %s%n", k + 1, m.threshold(), f.line());
      pooled = pooled.plus(f);
    }
    out.printf(
        Locale.ROOT,
        "cross-validated (%d folds by event triple, threshold chosen on training folds for %.0f flags/100): %s%n",
        folds, budget, pooled.line());
    return pooled;
  }

  /** Fits on every document, prints the in-sample figures and returns the model. */
  static TermModel fitAll(List<Doc> docs, double budget, PrintWriter out) {
    TermModel m = fit(docs, budget);
    out.printf(Locale.ROOT, "IN-SAMPLE (fitted and measured on the same articles): %s%n", measure(docs, m).line());
    return m;
  }
}
