package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.parallax.framing.FramingAnalyzer;
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
  static final double BUDGET = 24.5;
  static final double L2 = 1e-4;
  static final int ITERATIONS = 2000;
  /** Pseudo-count that pulls a word's loaded rate towards the base rate. */
  static final double SMOOTHING = 3.0;

  /** Word weights nearer 0 than this are not kept. */
  static final double MIN_LEMMA_WEIGHT = 0.3;
  private static final int LEMMA = TermModel.featureNames().indexOf(TermModel.LEMMA_FEATURE);
  static final String HEADER =
      "Weights of the loaded-term model of the Parallax framing stage (logistic regression, features named\n"
          + "in org.parallax.framing.TermScorer). Weights fitted on BASIL 2010-2016 (Fan et al. 2019,\n"
          + "launchnlp/BASIL), licence none stated; only the numeric weights are shipped. Fitted by\n"
          + "org.parallax.eval.BasilEval --fit (L2 " + L2 + ", " + ITERATIONS + " iterations, classes weighted\n"
          + "equally, a loaded example shared among the candidates of its span); threshold chosen for at most " + BUDGET + " loaded-term and hedge flags per 100 sentences.\n"
          + "Lines 'word KEY WEIGHT' are learned word weights (smoothed log ratio of how often a candidate with\n"
          + "that stem or lexicon term lies in a BASIL lexical-bias span to the base rate, pseudo-count "
          + SMOOTHING + ");\nwords never seen weigh 0.";

  private TermTraining() {}

  /** A gold lexical-bias span. */
  record Gold(int start, int end, boolean quoted) {}

  /** One BASIL article prepared for fitting: its candidates, which a gold span overlaps, and the gold spans. */
  record Doc(String triple, int sentences, List<FramingAnalyzer.TermCandidate> candidates, boolean[] loaded,
      List<Gold> gold) {}

  /** Pooled figures of one measurement. */
  record Figures(int sentences, int flags, int spans, int found, int outside, int outsideFound, int flagWords) {
    double recall() {
      return spans == 0 ? 0 : (double) found / spans;
    }

    double per100() {
      return sentences == 0 ? 0 : 100.0 * flags / sentences;
    }

    Figures plus(Figures o) {
      return new Figures(sentences + o.sentences, flags + o.flags, spans + o.spans, found + o.found,
          outside + o.outside, outsideFound + o.outsideFound, flagWords + o.flagWords);
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "recall %.3f (%d of %d), outside quotes %.3f (%d of %d), %.1f flags per 100 sentences (%d flags, %.2f words"
              + " a flag)",
          recall(), found, spans, outside == 0 ? 0 : (double) outsideFound / outside, outsideFound, outside,
          per100(), flags, flags == 0 ? 0 : (double) flagWords / flags);
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
      List<FramingAnalyzer.TermCandidate> cands = framing.termCandidates(built.article(), quotes);
      boolean[] loaded = new boolean[cands.size()];
      for (int i = 0; i < cands.size(); i++) {
        FramingAnalyzer.TermCandidate c = cands.get(i);
        loaded[i] = gold.stream().anyMatch(g -> c.start() < g.end() && g.start() < c.end());
      }
      docs.add(new Doc(name.substring(0, name.lastIndexOf('_')), built.article().sentences().size(), cands, loaded, gold));
    }
    return docs;
  }

  /** Returns the smoothed log ratio of a key's loaded rate to the base rate, 0 for a key never seen. */
  static double lemmaValue(int n, int pos, double base) {
    return Math.log((pos + SMOOTHING * base) / (n + SMOOTHING)) - Math.log(base);
  }

  /** Counts candidates and loaded candidates per key, per event triple. */
  private static Map<String, Map<String, int[]>> countsByTriple(List<Doc> docs) {
    Map<String, Map<String, int[]>> out = new TreeMap<>();
    for (Doc d : docs) {
      Map<String, int[]> m = out.computeIfAbsent(d.triple(), k -> new HashMap<>());
      for (int i = 0; i < d.candidates().size(); i++) {
        int[] c = m.computeIfAbsent(d.candidates().get(i).key(), k -> new int[2]);
        c[0]++;
        c[1] += d.loaded()[i] ? 1 : 0;
      }
    }
    return out;
  }

  private static Map<String, int[]> total(Map<String, Map<String, int[]>> byTriple) {
    Map<String, int[]> out = new HashMap<>();
    for (Map<String, int[]> m : byTriple.values()) {
      for (Map.Entry<String, int[]> e : m.entrySet()) {
        int[] c = out.computeIfAbsent(e.getKey(), k -> new int[2]);
        c[0] += e.getValue()[0];
        c[1] += e.getValue()[1];
      }
    }
    return out;
  }

  private static double baseRate(Map<String, int[]> totals) {
    long n = 0;
    long pos = 0;
    for (int[] c : totals.values()) {
      n += c[0];
      pos += c[1];
    }
    return n == 0 || pos == 0 ? 0.5 : (double) pos / n;
  }

  /** Returns the learned word weights of documents, keys whose weight is near 0 left out. */
  static Map<String, Double> lemmaTable(List<Doc> docs) {
    Map<String, int[]> totals = total(countsByTriple(docs));
    double base = baseRate(totals);
    Map<String, Double> out = new TreeMap<>();
    for (Map.Entry<String, int[]> e : totals.entrySet()) {
      double v = lemmaValue(e.getValue()[0], e.getValue()[1], base);
      if (Math.abs(v) >= MIN_LEMMA_WEIGHT) {
        out.put(e.getKey(), Math.round(v * 1e4) / 1e4);
      }
    }
    return out;
  }

  /** Returns the feature vectors of one document with the word weights filled in from {@code table}. */
  private static List<List<Double>> vectors(Doc d, java.util.function.ToDoubleFunction<String> table) {
    List<List<Double>> out = new ArrayList<>();
    for (FramingAnalyzer.TermCandidate c : d.candidates()) {
      List<Double> f = new ArrayList<>(c.features());
      f.set(LEMMA, table.applyAsDouble(c.key()));
      out.add(f);
    }
    return out;
  }

  /**
   * Fits a model on documents, its threshold chosen on the same documents for the flag budget. The word
   * weights a training document sees leave its own event out, so the logistic weight of the word feature
   * is fitted on weights as they behave for unseen events.
   */
  static TermModel fit(List<Doc> docs, double budget) {
    List<List<Double>> x = trainingVectors(docs);
    List<Boolean> y = new ArrayList<>();
    for (Doc d : docs) {
      for (boolean b : d.loaded()) {
        y.add(b);
      }
    }
    TermModel m = TermModel.fit(x, y, sampleWeights(docs), L2, ITERATIONS).withLemmas(lemmaTable(docs));
    return m.withThreshold(threshold(docs, m, budget));
  }

  /**
   * Returns one sample weight per training candidate: a loaded candidate shares its gold span with the
   * other candidates inside it (a four-word span teaches four quarter-examples, so light words such as
   * "took" in "took a swipe at" do not learn to look loaded); other candidates weigh 1.
   */
  static List<Double> sampleWeights(List<Doc> docs) {
    List<Double> out = new ArrayList<>();
    for (Doc d : docs) {
      for (int i = 0; i < d.candidates().size(); i++) {
        FramingAnalyzer.TermCandidate c = d.candidates().get(i);
        double w = 1;
        if (d.loaded()[i]) {
          int fewest = Integer.MAX_VALUE;
          for (Gold g : d.gold()) {
            if (c.start() < g.end() && g.start() < c.end()) {
              int k = (int) d.candidates().stream().filter(o -> o.start() < g.end() && g.start() < o.end()).count();
              fewest = Math.min(fewest, k);
            }
          }
          w = fewest == Integer.MAX_VALUE ? 1 : 1.0 / fewest;
        }
        out.add(w);
      }
    }
    return out;
  }

  /** Returns the feature vectors of every training candidate, word weights counted without its own event. */
  static List<List<Double>> trainingVectors(List<Doc> docs) {
    Map<String, Map<String, int[]>> byTriple = countsByTriple(docs);
    Map<String, int[]> totals = total(byTriple);
    double base = baseRate(totals);
    List<List<Double>> x = new ArrayList<>();
    for (Doc d : docs) {
      Map<String, int[]> own = byTriple.get(d.triple());
      x.addAll(vectors(d, key -> {
        int[] all = totals.get(key);
        int[] mine = own.get(key);
        int n = all[0] - mine[0];
        int pos = all[1] - mine[1];
        return n == 0 ? 0 : lemmaValue(n, pos, base);
      }));
    }
    return x;
  }

  private static double[] scores(Doc d, TermModel m) {
    List<List<Double>> v = vectors(d, m::lemmaPrior);
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = m.score(v.get(i));
    }
    return out;
  }

  /** Returns the lowest threshold that keeps flags within the budget per 100 sentences. */
  static double threshold(List<Doc> docs, TermModel m, double budget) {
    int sentences = 0;
    List<double[]> perDoc = new ArrayList<>();
    TreeSet<Double> distinct = new TreeSet<>();
    for (Doc d : docs) {
      sentences += d.sentences();
      double[] s = scores(d, m);
      perDoc.add(s);
      for (double v : s) {
        distinct.add(v);
      }
    }
    int allowed = (int) Math.floor(budget * sentences / 100.0);
    double[] values = distinct.stream().mapToDouble(Double::doubleValue).toArray();
    if (values.length == 0) {
      return 0.5;
    }
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int flags = 0;
      for (int k = 0; k < docs.size(); k++) {
        flags += FramingAnalyzer.choose(docs.get(k).candidates(), perDoc.get(k), values[mid]).size();
      }
      if (flags <= allowed) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo >= values.length ? Math.nextUp(values[values.length - 1]) : values[lo];
  }

  /** Measures a model on documents: spans a flag overlaps and flags raised, chosen as the analyzer does. */
  static Figures measure(List<Doc> docs, TermModel m) {
    Figures total = new Figures(0, 0, 0, 0, 0, 0, 0);
    for (Doc d : docs) {
      List<int[]> flagged = new ArrayList<>();
      int words = 0;
      for (List<Integer> g : FramingAnalyzer.choose(d.candidates(), scores(d, m), m.threshold())) {
        flagged.add(new int[] {d.candidates().get(g.get(0)).start(), d.candidates().get(g.get(g.size() - 1)).end()});
        for (int k : g) {
          FramingAnalyzer.TermCandidate c = d.candidates().get(k);
          words += c.text().strip().split("\\s+").length + (k > g.get(0) && c.bridged() ? 1 : 0);
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
      total = total.plus(new Figures(d.sentences(), flagged.size(), d.gold().size(), found, outside, outsideFound, words));
    }
    return total;
  }

  /**
   * Larger flag budgets the cross-validation also measures, so a reader sees what recall costs in flags:
   * each fold's model is the one fitted for {@link #BUDGET}, its threshold chosen again on the training
   * folds for each of these.
   */
  static final List<Double> MORE_BUDGETS = List.of(35.0, 50.0, 75.0);

  /**
   * Prints the k-fold cross-validated figures, folds split by event triple, and returns them pooled per
   * budget: {@code budget} first, then each of {@code more}, in order.
   */
  static List<Figures> crossValidate(List<Doc> docs, int folds, double budget, List<Double> more, PrintWriter out) {
    List<String> triples = new ArrayList<>(new TreeSet<>(docs.stream().map(Doc::triple).toList()));
    List<Double> budgets = new ArrayList<>(List.of(budget));
    budgets.addAll(more);
    List<Figures> pooled = new ArrayList<>(Collections.nCopies(budgets.size(), new Figures(0, 0, 0, 0, 0, 0, 0)));
    for (int k = 0; k < folds; k++) {
      List<Doc> train = new ArrayList<>();
      List<Doc> test = new ArrayList<>();
      for (Doc d : docs) {
        (triples.indexOf(d.triple()) % folds == k ? test : train).add(d);
      }
      TermModel m = fit(train, budget);
      Figures f = measure(test, m);
      out.printf(Locale.ROOT, "  fold %d (threshold %.4f from training folds): %s%n", k + 1, m.threshold(), f.line());
      pooled.set(0, pooled.get(0).plus(f));
      for (int b = 1; b < budgets.size(); b++) {
        TermModel wider = m.withThreshold(threshold(train, m, budgets.get(b)));
        pooled.set(b, pooled.get(b).plus(measure(test, wider)));
      }
    }
    out.printf(
        Locale.ROOT,
        "cross-validated (%d folds by event triple, threshold chosen on training folds for %.1f flags/100): %s%n",
        folds, budget, pooled.get(0).line());
    for (int b = 1; b < budgets.size(); b++) {
      out.printf(Locale.ROOT, "  same models, threshold chosen on training folds for %.1f flags/100: %s%n",
          budgets.get(b), pooled.get(b).line());
    }
    return pooled;
  }

  /** Fits on every document, prints the in-sample figures and returns the model. */
  static TermModel fitAll(List<Doc> docs, double budget, PrintWriter out) {
    TermModel m = fit(docs, budget);
    out.printf(Locale.ROOT, "IN-SAMPLE (fitted and measured on the same articles): %s%n", measure(docs, m).line());
    return m;
  }
}
