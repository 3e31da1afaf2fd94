package org.parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.framing.FramingAnalyzer.TermCandidate;
import org.parallax.quotes.Quote;

/**
 * Proposes loaded words of one article: lexicon and rule candidates scored by the learned model, grown
 * into phrases. The model ranks; the flaggers decide, and none of them flags a word on the model alone.
 */
final class TermChooser {
  private final TermModel model;

  TermChooser(TermModel model) {
    this.model = model;
  }

  TermModel model() {
    return model;
  }

  /** Returns every candidate of one article with its features and score, in text order. */
  List<TermCandidate> candidates(ArticleText t, List<Quote> qs) {
    List<TermCandidate> out = new ArrayList<>();
    for (int i = 0; i < t.sentences().size(); i++) {
      for (TermScorer.Candidate c : TermScorer.candidates(t, i, qs)) {
        out.add(candidate(c));
      }
    }
    return out;
  }

  private TermCandidate candidate(TermScorer.Candidate c) {
    List<Double> f = new ArrayList<>();
    for (double v : c.features()) {
      f.add(v);
    }
    f.set(TermScorer.FEATURES.indexOf(TermModel.LEMMA_FEATURE), model.lemmaPrior(c.key()));
    return new TermCandidate(c.sentence().id(), c.start(), c.end(), c.text(), c.key(), c.rule(), c.quoted(), c.hedge(),
        f, model.score(f), c.bridged());
  }

  /** Chooses groups of candidates to flag, as {@link FramingAnalyzer#choose} documents. */
  static List<List<Integer>> choose(List<TermCandidate> cands, double[] scores, double threshold, int perSentence) {
    if (cands.size() != scores.length) {
      throw new IllegalArgumentException("one score per candidate expected");
    }
    List<List<Integer>> groups = new ArrayList<>();
    int i = 0;
    while (i < cands.size()) {
      int j = i;
      while (j < cands.size() && cands.get(j).sentenceId().equals(cands.get(i).sentenceId())) {
        j++;
      }
      List<Integer> order = new ArrayList<>();
      for (int k = i; k < j; k++) {
        if (scores[k] >= threshold) {
          order.add(k);
        }
      }
      order.sort(Comparator.comparingDouble((Integer k) -> -scores[k]).thenComparingInt(k -> k));
      boolean[] used = new boolean[j - i];
      int taken = 0;
      for (int best : order) {
        if (taken >= perSentence) {
          break;
        }
        if (used[best - i]) {
          continue;
        }
        int lo = best;
        int hi = best;
        double join = threshold * FramingAnalyzer.JOIN_SHARE;
        while (hi - lo + 1 < FramingAnalyzer.MAX_JOINED && lo - 1 >= i && !used[lo - 1 - i] && scores[lo - 1] >= join
            && adjacent(cands.get(lo - 1), cands.get(lo))) {
          lo--;
        }
        while (hi - lo + 1 < FramingAnalyzer.MAX_JOINED && hi + 1 < j && !used[hi + 1 - i] && scores[hi + 1] >= join
            && adjacent(cands.get(hi), cands.get(hi + 1))) {
          hi++;
        }
        List<Integer> g = new ArrayList<>();
        for (int k = lo; k <= hi; k++) {
          used[k - i] = true;
          g.add(k);
        }
        groups.add(g);
        taken++;
      }
      i = j;
    }
    groups.sort(Comparator.comparingInt(g -> g.get(0)));
    return groups;
  }

  private static boolean adjacent(TermCandidate a, TermCandidate b) {
    return (b.start() - a.end() <= 1 || b.bridged()) && a.quoted() == b.quoted();
  }

  /**
   * One loaded word or phrase the model chose: a group of adjacent candidates of one sentence.
   *
   * @param members the candidates of the group, in text order
   * @param top the best-scoring member
   * @param score the score of {@code top}
   * @param text the words as written, from the first member to the last
   * @param hedge whether the group is a single hedge or certainty marker
   */
  record Chosen(List<TermScorer.Candidate> members, TermScorer.Candidate top, double score, String text, boolean hedge) {
    Chosen {
      members = List.copyOf(members);
    }

    /** Returns the choice of {@code members}, its text the span of {@code body} from the first to the last. */
    static Chosen of(List<TermScorer.Candidate> members, TermScorer.Candidate top, double score, String body, boolean hedge) {
      String text = body.substring(members.get(0).start(), members.get(members.size() - 1).end());
      return new Chosen(members, top, score, text, hedge);
    }

    String sentenceId() {
      return top.sentence().id();
    }

    int start() {
      return members.get(0).start();
    }

    int end() {
      return members.get(members.size() - 1).end();
    }

    boolean quoted() {
      return members.stream().anyMatch(TermScorer.Candidate::quoted);
    }

    /** Returns the rule of the flag: the model, plus the lexicons or rules that proposed its words. */
    String rule() {
      Set<String> rules = new LinkedHashSet<>();
      rules.add("model:loaded-term");
      for (TermScorer.Candidate c : members) {
        rules.add(c.rule());
      }
      return String.join("+", rules);
    }
  }

  /** Returns the groups the model flags in one article (same choice and threshold for every caller), in text order. */
  List<Chosen> chosen(ArticleText t, List<Quote> qs) {
    List<TermCandidate> cands = new ArrayList<>();
    List<TermScorer.Candidate> raw = new ArrayList<>();
    for (int i = 0; i < t.sentences().size(); i++) {
      for (TermScorer.Candidate c : TermScorer.candidates(t, i, qs)) {
        raw.add(c);
        cands.add(candidate(c));
      }
    }
    double[] scores = cands.stream().mapToDouble(TermCandidate::score).toArray();
    List<Chosen> out = new ArrayList<>();
    String body = t.article().body();
    for (List<Integer> g : choose(cands, scores, model.threshold(), FramingAnalyzer.FLAGS_PER_SENTENCE)) {
      int best = g.get(0);
      List<TermScorer.Candidate> members = new ArrayList<>();
      for (int k : g) {
        members.add(raw.get(k));
        if (scores[k] > scores[best]) {
          best = k;
        }
      }
      TermScorer.Candidate top = raw.get(best);
      out.add(Chosen.of(members, top, scores[best], body, g.size() == 1 && top.hedge()));
    }
    return out;
  }
}
