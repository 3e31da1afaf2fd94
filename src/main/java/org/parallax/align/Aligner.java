package org.parallax.align;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/**
 * Aligns the sentences of two articles, many-to-many and regardless of order.
 *
 * <p>Steps: features per sentence; candidate pairs that share at least one content stem
 * (blocking, so the work grows with shared vocabulary rather than with the product of lengths);
 * one-to-one pairs chosen greedily by score; then a sentence left over joins a neighbour's pair
 * when the joined passage matches better (split and merged sentences).
 */
public final class Aligner {
  /** Lowest score at which two passages count as related. */
  static final double RELATED_MIN = 0.30;
  /** Lowest score at which two passages count as a paraphrase. */
  static final double PARAPHRASE_MIN = 0.50;
  /** Share of equal words above which a pair is near-identical. */
  static final double NEAR_IDENTICAL_SHARE = 0.80;
  /** How much a joined passage must gain over the pair alone to absorb a neighbour. */
  static final double JOIN_GAIN = 0.04;
  /** Relatedness at or above which two articles count as covering the same event. */
  static final double RELATED_VERDICT = 0.25;

  /** Returns the alignment of the sentences of {@code a} and {@code b}. */
  public AlignmentResult align(Article a, Article b) {
    List<Sentence> sa = a.sentences();
    List<Sentence> sb = b.sentences();
    List<SentenceFeatures> fa = sa.stream().map(s -> SentenceFeatures.of(s.text())).toList();
    List<SentenceFeatures> fb = sb.stream().map(s -> SentenceFeatures.of(s.text())).toList();
    SimilarityScorer scorer = scorer(fa, fb);

    List<Pair> candidates = candidates(fa, fb, scorer);
    candidates.sort(
        Comparator.comparingDouble(Pair::score)
            .reversed()
            .thenComparingInt(Pair::a)
            .thenComparingInt(Pair::b));
    BitSet usedA = new BitSet();
    BitSet usedB = new BitSet();
    List<Group> groups = new ArrayList<>();
    for (Pair p : candidates) {
      if (p.score < RELATED_MIN || usedA.get(p.a) || usedB.get(p.b)) {
        continue;
      }
      usedA.set(p.a);
      usedB.set(p.b);
      groups.add(new Group(p.a, p.b, p.score));
    }
    absorbNeighbours(groups, fa, fb, usedA, usedB, scorer);

    List<Alignment> alignments = new ArrayList<>();
    double weighted = 0;
    for (Group g : groups) {
      String textA = join(sa, g.a);
      String textB = join(sb, g.b);
      List<DiffSegment> diff = WordDiffer.diff(textA, textB);
      double score = round(g.score);
      alignments.add(
          new Alignment(ids(sa, g.a), ids(sb, g.b), kind(textA, textB, diff, score), score, diff));
      weighted += g.score * (g.a.size() + g.b.size());
    }
    alignments.sort(
        Comparator.comparingInt((Alignment al) -> index(al.a().get(0)))
            .thenComparingInt(al -> index(al.b().get(0))));

    List<String> onlyA = unused(sa, usedA);
    List<String> onlyB = unused(sb, usedB);
    int total = sa.size() + sb.size();
    double relatedness = total == 0 ? 0 : round(Math.min(1, weighted / total / 0.6));
    return new AlignmentResult(
        alignments, onlyA, onlyB, relatedness, relatedness >= RELATED_VERDICT);
  }

  private static SimilarityScorer scorer(List<SentenceFeatures> fa, List<SentenceFeatures> fb) {
    Map<String, Integer> df = new HashMap<>();
    for (List<SentenceFeatures> side : List.of(fa, fb)) {
      for (SentenceFeatures f : side) {
        for (String s : f.stems.keySet()) {
          df.merge(s, 1, Integer::sum);
        }
      }
    }
    int n = fa.size() + fb.size();
    Map<String, Double> idf = new HashMap<>();
    df.forEach((s, d) -> idf.put(s, Math.log(1.0 + (double) n / d)));
    return new SimilarityScorer(idf, Math.log(1.0 + n));
  }

  private static List<Pair> candidates(
      List<SentenceFeatures> fa, List<SentenceFeatures> fb, SimilarityScorer scorer) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (int j = 0; j < fb.size(); j++) {
      for (String s : fb.get(j).stems.keySet()) {
        index.computeIfAbsent(s, k -> new ArrayList<>()).add(j);
      }
    }
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < fa.size(); i++) {
      TreeSet<Integer> js = new TreeSet<>();
      for (String s : fa.get(i).stems.keySet()) {
        js.addAll(index.getOrDefault(s, List.of()));
      }
      for (int j : js) {
        out.add(new Pair(i, j, scorer.score(fa.get(i), fb.get(j))));
      }
    }
    return out;
  }

  /** Lets a sentence with no partner join a neighbour's group when the joined passage fits better. */
  private static void absorbNeighbours(
      List<Group> groups,
      List<SentenceFeatures> fa,
      List<SentenceFeatures> fb,
      BitSet usedA,
      BitSet usedB,
      SimilarityScorer scorer) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Group g : groups) {
        changed |= tryExtend(g, true, fa, fb, usedA, scorer);
        changed |= tryExtend(g, false, fa, fb, usedB, scorer);
      }
    }
  }

  private static boolean tryExtend(
      Group g,
      boolean sideA,
      List<SentenceFeatures> fa,
      List<SentenceFeatures> fb,
      BitSet used,
      SimilarityScorer scorer) {
    TreeSet<Integer> mine = sideA ? g.a : g.b;
    List<SentenceFeatures> myFeatures = sideA ? fa : fb;
    SentenceFeatures other = joined(sideA ? fb : fa, sideA ? g.b : g.a);
    for (int candidate : new int[] {mine.first() - 1, mine.last() + 1}) {
      if (candidate < 0 || candidate >= myFeatures.size() || used.get(candidate)) {
        continue;
      }
      SentenceFeatures alone = myFeatures.get(candidate);
      if (scorer.score(alone, other) < RELATED_MIN / 2) {
        continue;
      }
      TreeSet<Integer> extended = new TreeSet<>(mine);
      extended.add(candidate);
      double score = scorer.score(joined(myFeatures, extended), other);
      if (score >= g.score + JOIN_GAIN) {
        mine.add(candidate);
        used.set(candidate);
        g.score = score;
        return true;
      }
    }
    return false;
  }

  private static SentenceFeatures joined(List<SentenceFeatures> features, TreeSet<Integer> idx) {
    SentenceFeatures out = null;
    for (int i : idx) {
      out = out == null ? features.get(i) : SentenceFeatures.join(out, features.get(i));
    }
    return out;
  }

  private static AlignmentKind kind(String a, String b, List<DiffSegment> diff, double score) {
    if (org.parallax.text.TextNormalizer.normalize(a)
        .equals(org.parallax.text.TextNormalizer.normalize(b))) {
      return AlignmentKind.IDENTICAL;
    }
    if (WordDiffer.equalShare(diff) >= NEAR_IDENTICAL_SHARE) {
      return AlignmentKind.NEAR_IDENTICAL;
    }
    return score >= PARAPHRASE_MIN ? AlignmentKind.PARAPHRASE : AlignmentKind.RELATED;
  }

  private static String join(List<Sentence> sentences, TreeSet<Integer> idx) {
    StringBuilder sb = new StringBuilder();
    for (int i : idx) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(sentences.get(i).text());
    }
    return sb.toString();
  }

  private static List<String> ids(List<Sentence> sentences, TreeSet<Integer> idx) {
    return idx.stream().map(i -> sentences.get(i).id()).toList();
  }

  private static List<String> unused(List<Sentence> sentences, BitSet used) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (!used.get(i)) {
        out.add(sentences.get(i).id());
      }
    }
    return out;
  }

  private static int index(String sentenceId) {
    return Integer.parseInt(sentenceId.substring(sentenceId.lastIndexOf('s') + 1));
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private record Pair(int a, int b, double score) {}

  private static final class Group {
    final TreeSet<Integer> a = new TreeSet<>();
    final TreeSet<Integer> b = new TreeSet<>();
    double score;

    Group(int a, int b, double score) {
      this.a.add(a);
      this.b.add(b);
      this.score = score;
    }
  }
}
