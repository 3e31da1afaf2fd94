package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks that the signals and paraphrase features read off {@link Overlap} (sorted keys merged
 * once per pair) are bit for bit those of the plain hash-set walks they replaced, kept here as the
 * reference: the aligner's output must not move by a last bit.
 */
class OverlapReferenceTest {
  /** Texts with the cases the merge must get right: hash-code collisions ("aln", "an0", "c00" share one), repeats, numbers, dates, empty. */
  private static final List<String> EDGE =
      List.of(
          "",
          "   ",
          "said.",
          "The aln team met the an0 team in c00 on Monday.",
          "The c00 team met the aln team on Monday, and an0 left.",
          "Aa BB Aa BB: the BB of Aa.",
          "Sales rose 5 percent to 1,200 units in March 2021, up from 5 percent last year.",
          "Sales rose 7 percent to 1,200 units in March, the company said on Tuesday.",
          "Le ministre Sergueï Lavrov a dit que la Corée du Nord était prête — selon RT.",
          "Emoji \uD83D\uDE00 and \uD83D\uDE01 in a text, \uD83D\uDE00 again.",
          "the the the the the the the the",
          "the the the the the",
          "Kim Jong Un met Sergei Lavrov in Pyongyang on July 12.",
          "Kim Jong-un met Sergey Lavrov in Pyongyang on July 12 last week.");

  @Test
  void signalsAndFeaturesMatchTheReferenceBitForBit() throws IOException {
    List<String> texts = new ArrayList<>(EDGE);
    for (String file : List.of("aggregator.txt", "globalresearch-rt.md")) {
      Path p = Path.of("samples/lavrov-north-korea", file);
      if (Files.exists(p)) {
        for (String s : Files.readString(p, StandardCharsets.UTF_8).split("(?<=[.!?])\\s+")) {
          texts.add(s);
        }
      }
    }
    Random random = new Random(7);
    List<SentenceFeatures> fs = new ArrayList<>();
    for (String t : texts) {
      float[] v = new float[16];
      double norm = 0;
      for (int k = 0; k < v.length; k++) {
        v[k] = (float) random.nextGaussian();
        norm += v[k] * v[k];
      }
      for (int k = 0; k < v.length; k++) {
        v[k] /= (float) Math.sqrt(norm);
      }
      // One text in five without a vector: the scorer then falls back to the lexical score.
      fs.add(random.nextInt(5) == 0 ? SentenceFeatures.of(t) : SentenceFeatures.of(t).withVector(v));
    }
    Map<String, Double> idf = idf(fs);
    double defaultIdf = Math.log(1.0 + fs.size());
    SimilarityScorer semantic = new SimilarityScorer(idf, defaultIdf, true);
    SimilarityScorer lexical = new SimilarityScorer(idf, defaultIdf, false);
    SimilarityScorer uniform = new SimilarityScorer(Map.of(), 1.0, true);
    int checked = 0;
    for (int i = 0; i < fs.size(); i++) {
      for (int j = 0; j < fs.size(); j += 1 + (i % 3)) {
        SentenceFeatures a = fs.get(i);
        SentenceFeatures b = fs.get(j);
        String what = a.text + " | " + b.text;
        assertArrayEquals(Reference.signals(idf, defaultIdf, a, b), semantic.signals(a, b), what);
        assertArrayEquals(Reference.signals(Map.of(), 1.0, a, b), uniform.signals(a, b), what);
        assertArrayEquals(Reference.features(a, b), ParaphraseModel.features(a, b), what);
        double lexicalScore = Reference.lexicalScore(idf, defaultIdf, a, b);
        assertEquals(lexicalScore, lexical.lexicalScore(a, b), 0.0, what);
        assertEquals(
            SimilarityScorer.isFragmentPair(a, b) ? lexicalScore * SimilarityScorer.FRAGMENT_FACTOR : lexicalScore,
            lexical.score(a, b), 0.0, what);
        assertEquals(Reference.score(idf, defaultIdf, a, b), semantic.score(a, b), 0.0, what);
        checked++;
      }
    }
    assertEquals(true, checked > 100, "pairs checked: " + checked);
  }

  private static Map<String, Double> idf(List<SentenceFeatures> fs) {
    Map<String, Integer> df = new HashMap<>();
    // Every other passage only, so some stems fall back to the default weight.
    for (int i = 0; i < fs.size(); i += 2) {
      for (String s : fs.get(i).stems.keySet()) {
        df.merge(s, 1, Integer::sum);
      }
    }
    Map<String, Double> idf = new HashMap<>();
    df.forEach((s, d) -> idf.put(s, Math.log(1.0 + (double) fs.size() / d)));
    return idf;
  }

  /** The signals and features as computed before {@link Overlap}: walks over hash sets and maps. */
  private static final class Reference {
    static double score(Map<String, Double> idf, double defaultIdf, SentenceFeatures a, SentenceFeatures b) {
      double s =
          a.vector != null && b.vector != null
              ? SimilarityScorer.agree(
                  SimilarityScorer.combine(signals(idf, defaultIdf, a, b)),
                  ParaphraseModel.probability(ParaphraseModel.weights(), features(a, b)) >= ParaphraseModel.DECISION)
              : lexicalScore(idf, defaultIdf, a, b);
      return SimilarityScorer.isFragmentPair(a, b) ? s * SimilarityScorer.FRAGMENT_FACTOR : s;
    }

    static double[] signals(Map<String, Double> idf, double defaultIdf, SentenceFeatures a, SentenceFeatures b) {
      double cosine = a.vector == null || b.vector == null ? 0 : Embedder.cosine(a.vector, b.vector);
      double sem = Math.max(0, (cosine - SimilarityScorer.COSINE_FLOOR) / (1 - SimilarityScorer.COSINE_FLOOR));
      int shorter = Math.min(a.words, b.words);
      int longer = Math.max(a.words, b.words);
      return new double[] {
        sem,
        lexical(idf, defaultIdf, a, b),
        containment(idf, defaultIdf, a, b),
        dice(a.grams, b.grams),
        unsharedShare(a.numbers, b.numbers),
        unsharedShare(a.names, b.names),
        longer == 0 ? 0 : 1 - (double) shorter / longer
      };
    }

    static double containment(Map<String, Double> idf, double defaultIdf, SentenceFeatures a, SentenceFeatures b) {
      SentenceFeatures small = a.stems.size() <= b.stems.size() ? a : b;
      SentenceFeatures large = small == a ? b : a;
      double shared = 0;
      double total = 0;
      for (String s : small.stems.keySet()) {
        double w = idf.getOrDefault(s, defaultIdf);
        total += w;
        if (large.stems.containsKey(s)) {
          shared += w;
        }
      }
      return total == 0 ? 0 : shared / total;
    }

    static double unsharedShare(Set<String> a, Set<String> b) {
      if (a.isEmpty() && b.isEmpty()) {
        return 0;
      }
      int shared = 0;
      for (String n : a) {
        if (b.contains(n)) {
          shared++;
        }
      }
      int union = a.size() + b.size() - shared;
      return (double) (union - shared) / union;
    }

    static double lexicalScore(Map<String, Double> idf, double defaultIdf, SentenceFeatures a, SentenceFeatures b) {
      double lexical = lexical(idf, defaultIdf, a, b);
      double chars = dice(a.grams, b.grams);
      if (a.names.isEmpty() && b.names.isEmpty()) {
        return (SimilarityScorer.W_LEXICAL * lexical + SimilarityScorer.W_CHARS * chars)
            / (SimilarityScorer.W_LEXICAL + SimilarityScorer.W_CHARS);
      }
      return SimilarityScorer.W_LEXICAL * lexical
          + SimilarityScorer.W_CHARS * chars
          + SimilarityScorer.W_NAMES * names(a.names, b.names);
    }

    static double lexical(Map<String, Double> idf, double defaultIdf, SentenceFeatures a, SentenceFeatures b) {
      double shared = 0;
      double total = 0;
      for (String s : a.stems.keySet()) {
        double w = idf.getOrDefault(s, defaultIdf);
        total += w;
        if (b.stems.containsKey(s)) {
          shared += w;
        }
      }
      for (String s : b.stems.keySet()) {
        double w = idf.getOrDefault(s, defaultIdf);
        total += w;
        if (a.stems.containsKey(s)) {
          shared += w;
        }
      }
      for (String s : a.temporal) {
        total += SimilarityScorer.TEMPORAL_WEIGHT;
        if (b.temporal.contains(s)) {
          shared += SimilarityScorer.TEMPORAL_WEIGHT;
        }
      }
      for (String s : b.temporal) {
        total += SimilarityScorer.TEMPORAL_WEIGHT;
        if (a.temporal.contains(s)) {
          shared += SimilarityScorer.TEMPORAL_WEIGHT;
        }
      }
      return total == 0 ? 0 : shared / total;
    }

    static double dice(Set<String> a, Set<String> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return 0;
      }
      int shared = 0;
      for (String g : a) {
        if (b.contains(g)) {
          shared++;
        }
      }
      return 2.0 * shared / (a.size() + b.size());
    }

    static double names(Set<String> a, Set<String> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return 0;
      }
      int shared = 0;
      for (String n : a) {
        if (b.contains(n)) {
          shared++;
        }
      }
      return (double) shared / Math.min(a.size(), b.size());
    }

    static double[] features(SentenceFeatures a, SentenceFeatures b) {
      double[] signals = signals(Map.of(), 1.0, a, b);
      double[] out = new double[ParaphraseModel.FEATURE_NAMES.size()];
      System.arraycopy(signals, 0, out, 0, signals.length);
      int k = signals.length;
      for (int n = 1; n <= 4; n++) {
        double[] pr = shares(ngrams(a.allWords, n), positions(a.allWords.size(), n), ngrams(b.allWords, n), positions(b.allWords.size(), n));
        out[k++] = pr[0];
        out[k++] = pr[1];
      }
      for (int n = 1; n <= 2; n++) {
        double[] pr =
            shares(ngrams(a.contentWords, n), positions(a.contentWords.size(), n), ngrams(b.contentWords, n), positions(b.contentWords.size(), n));
        out[k++] = pr[0];
        out[k++] = pr[1];
      }
      out[k++] = a.numbers.equals(b.numbers) ? 1 : 0;
      out[k++] = a.numbers.containsAll(b.numbers) || b.numbers.containsAll(a.numbers) ? 1 : 0;
      int la = a.allWords.size();
      int lb = b.allWords.size();
      out[k++] = Math.max(la, lb) == 0 ? 0 : (double) Math.abs(la - lb) / Math.max(la, lb);
      Set<String> ca = new HashSet<>(a.contentWords);
      Set<String> cb = new HashSet<>(b.contentWords);
      int sharedContent = 0;
      for (String w : ca) {
        if (cb.contains(w)) {
          sharedContent++;
        }
      }
      int union = ca.size() + cb.size() - sharedContent;
      out[k++] = union == 0 ? 0 : (double) (union - sharedContent) / union;
      Set<String> c4a = chars4(a.text);
      Set<String> c4b = chars4(b.text);
      Set<String> small = c4a.size() <= c4b.size() ? c4a : c4b;
      Set<String> large = small == c4a ? c4b : c4a;
      int g = 0;
      for (String c : small) {
        if (large.contains(c)) {
          g++;
        }
      }
      out[k++] = small.isEmpty() ? 0 : (double) g / small.size();
      out[k++] = small.size() + large.size() == 0 ? 0 : 2.0 * g / (small.size() + large.size());
      return out;
    }

    static Map<String, Integer> ngrams(List<String> words, int n) {
      Map<String, Integer> out = new HashMap<>();
      for (int i = 0; i + n <= words.size(); i++) {
        out.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
      }
      return out;
    }

    static double[] shares(Map<String, Integer> a, int totalA, Map<String, Integer> b, int totalB) {
      int shared = 0;
      for (Map.Entry<String, Integer> e : a.entrySet()) {
        Integer other = b.get(e.getKey());
        if (other != null) {
          shared += Math.min(e.getValue(), other);
        }
      }
      double pa = (double) shared / Math.max(1, totalA);
      double pb = (double) shared / Math.max(1, totalB);
      return new double[] {Math.min(pa, pb), Math.max(pa, pb)};
    }

    static int positions(int words, int n) {
      return Math.max(0, words - n + 1);
    }

    static Set<String> chars4(String text) {
      String s = text.toLowerCase(Locale.ROOT);
      Set<String> out = new HashSet<>();
      for (int i = 0; i + 4 <= s.length(); i++) {
        out.add(s.substring(i, i + 4));
      }
      return out;
    }
  }
}
