package org.parallax.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.align.WordDiffer;
import org.parallax.text.Article;
import org.parallax.text.Sentence;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Pairs the quotes of two articles one to one.
 *
 * <p>Quotes whose speakers are both known and cannot be one voice (two different people) are never
 * paired. Otherwise, strongest first: EXACT when the words are the same after normalization (case,
 * punctuation, "&amp;" against "and"; score 1); FRAGMENT when {@link Renderings} finds one
 * rendering an excerpt of the remark the other quotes, with no word changed inside a sentence both
 * keep (score 0.7 + 0.3 × paired share of the longer quote; the diff shows which part each outlet
 * kept); VARIANT when both speakers are known (and one voice, as above), the renderings differ in wording,
 * at least half ({@value #MIN_ORDERED_SHARE}) of the shorter quote's content words recur in the other
 * in the same order, and the similarity reaches {@value #VARIANT_THRESHOLD}, or
 * {@value #LONG_QUOTE_THRESHOLD} when both quotes have at least {@value #LONG_QUOTE_WORDS} words
 * (two renderings of one long remark share much of its wording; on 30 BASIL dev pairs outside the
 * panel, three pairs of long remarks on one subject by one speaker scored 0.34–0.42, and every
 * real variant of long quotes on the panel's dev half 0.86 or more). The
 * similarity slides a window the size of the shorter quote over the longer one and takes the best
 * window's 0.6 × lexical + 0.4 × character similarity: lexical is a Dice overlap of content-word
 * stems weighted by idf over the sentences of both articles (stems sharing a long prefix, such as
 * decis/decid, count as equal); character is a Dice overlap of character 4-grams. A variant must
 * also share at least {@value #MIN_SHARED_WORDS} content stems, and as many in the same order
 * ({@link #orderedContentWords}). The threshold is permissive on
 * purpose, for loose translations of one remark: on the sample pair the two Lavrov translations
 * score 0.52 and 0.32 while the best unrelated pair scores 0.25. Quoted terms are never matched.
 * Ties break by score, then kind, then A order, then B order. Words are compared as {@link
 * Renderings#normalize} writes them (hyphens, contractions, number words, "&amp;").
 *
 * <p>Pairing is one to one, with one exception: when one outlet quotes a remark whole and the
 * other splits it into shorter quotes, each shorter quote that matches a part of the whole not
 * covered by an earlier match is paired with it too.
 */
final class QuoteMatcher {
  static final double VARIANT_THRESHOLD = 0.3;
  /** Share of the shorter quote's content words a variant keeps in the same order in the other. */
  static final double MIN_ORDERED_SHARE = 0.5;
  static final int MIN_SHARED_WORDS = 2;
  static final int LONG_QUOTE_WORDS = 20;
  static final double LONG_QUOTE_THRESHOLD = 0.5;
  private static final double LEXICAL_WEIGHT = 0.6;

  private final Map<String, Double> idf = new HashMap<>();
  private final double defaultIdf;

  /** Builds the idf table from the sentences of both articles. */
  QuoteMatcher(Article a, Article b) {
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    for (Article art : List.of(a, b)) {
      for (Sentence s : art.sentences()) {
        n++;
        Set<String> seen = new HashSet<>();
        for (Token t : Tokenizer.tokenize(s.text())) {
          if (seen.add(t.stem())) {
            df.merge(t.stem(), 1, Integer::sum);
          }
        }
      }
    }
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      idf.put(e.getKey(), Math.log((n + 1.0) / (e.getValue() + 1.0)) + 1.0);
    }
    defaultIdf = Math.log(n + 1.0) + 1.0;
  }

  /**
   * A possible match of A quote {@code i} with B quote {@code j}; {@code spanA} and {@code spanB}
   * are the token ranges [from, to) of each quote the match covers.
   */
  record Candidate(int i, int j, QuoteMatch.Kind kind, double score, int[] spanA, int[] spanB) {
    Candidate(int i, int j, QuoteMatch.Kind kind, double score) {
      this(i, j, kind, score, new int[] {0, Integer.MAX_VALUE}, new int[] {0, Integer.MAX_VALUE});
    }
  }

  /** Returns the one-to-one matches, sorted by A quote order. */
  List<QuoteMatch> match(List<Quote> as, List<Quote> bs) {
    List<Candidate> candidates = new ArrayList<>();
    // Each quote is tokenized once, not once per pair.
    List<List<Token>> tas = as.stream().map(QuoteMatcher::tokens).toList();
    List<List<Token>> tbs = bs.stream().map(QuoteMatcher::tokens).toList();
    List<BitSet> pairs = candidatePairs(as, bs, tas, tbs);
    for (int i = 0; i < as.size(); i++) {
      BitSet js = pairs.get(i);
      for (int j = js.nextSetBit(0); j >= 0; j = js.nextSetBit(j + 1)) {
        Candidate c = score(i, j, as.get(i), bs.get(j), tas.get(i), tbs.get(j));
        if (c != null) {
          candidates.add(c);
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparingInt(c -> c.kind().ordinal())
            .thenComparingInt(Candidate::i)
            .thenComparingInt(Candidate::j));
    boolean[] usedA = new boolean[as.size()];
    boolean[] usedB = new boolean[bs.size()];
    List<List<int[]>> coveredA = new ArrayList<>();
    List<List<int[]>> coveredB = new ArrayList<>();
    as.forEach(q -> coveredA.add(new ArrayList<>()));
    bs.forEach(q -> coveredB.add(new ArrayList<>()));
    List<Candidate> chosen = new ArrayList<>();
    // Strongest first. A quote one outlet splits in two (or interrupts with "he said") is one quote
    // in the other: a quote already matched takes a further, shorter quote of the other side when
    // the part of it that quote covers is not covered yet. Split pairs compete in the same order, so
    // a weaker pairing of the shorter quote with another remark cannot take it first.
    for (Candidate c : candidates) {
      if (!usedA[c.i()] && !usedB[c.j()]) {
        usedA[c.i()] = true;
        usedB[c.j()] = true;
        coveredA.get(c.i()).add(c.spanA());
        coveredB.get(c.j()).add(c.spanB());
        chosen.add(c);
      } else if (usedA[c.i()] && !usedB[c.j()] && tbs.get(c.j()).size() < tas.get(c.i()).size()
          && disjoint(c.spanA(), coveredA.get(c.i()))) {
        usedB[c.j()] = true;
        coveredA.get(c.i()).add(c.spanA());
        chosen.add(c);
      } else if (usedB[c.j()] && !usedA[c.i()] && tas.get(c.i()).size() < tbs.get(c.j()).size()
          && disjoint(c.spanB(), coveredB.get(c.j()))) {
        usedA[c.i()] = true;
        coveredB.get(c.j()).add(c.spanB());
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::i).thenComparingInt(Candidate::j));
    List<QuoteMatch> out = new ArrayList<>();
    for (Candidate c : chosen) {
      Quote qa = as.get(c.i());
      Quote qb = bs.get(c.j());
      out.add(new QuoteMatch(qa.id(), qb.id(), c.kind(), c.score(), WordDiffer.diff(qa.text(), qb.text())));
    }
    return out;
  }

  /**
   * Returns, for each A quote, the B quotes worth scoring: a superset of the pairs {@link #score}
   * accepts, found through word indexes instead of trying all pairs. EXACT and FRAGMENT need every
   * word of one quote inside the other, so the other must hold the first quote's rarest word.
   * VARIANT needs {@value #MIN_SHARED_WORDS} content stems of A with a {@link #sameStem} partner
   * in B; such partners share their {@link #stemKey}, so B must hold the keys of that many
   * distinct A stems.
   */
  static List<BitSet> candidatePairs(
      List<Quote> as, List<Quote> bs, List<List<Token>> tas, List<List<Token>> tbs) {
    Map<String, BitSet> normsA = normIndex(as, tas);
    Map<String, BitSet> normsB = normIndex(bs, tbs);
    Map<String, BitSet> keysB = new HashMap<>();
    for (int j = 0; j < bs.size(); j++) {
      if (matchable(bs.get(j), tbs.get(j))) {
        for (Token t : tbs.get(j)) {
          if (!t.stopword()) {
            keysB.computeIfAbsent(stemKey(t.stem()), k -> new BitSet()).set(j);
          }
        }
      }
    }
    List<BitSet> out = new ArrayList<>();
    for (int i = 0; i < as.size(); i++) {
      BitSet js = new BitSet();
      out.add(js);
      if (!matchable(as.get(i), tas.get(i))) {
        continue;
      }
      BitSet within = rarest(tas.get(i), normsB);
      if (within != null) {
        js.or(within);
      }
      int[] keyCounts = new int[bs.size()];
      Set<String> stems = new HashSet<>();
      for (Token t : tas.get(i)) {
        if (!t.stopword() && stems.add(t.stem())) {
          BitSet holders = keysB.get(stemKey(t.stem()));
          if (holders != null) {
            for (int j = holders.nextSetBit(0); j >= 0; j = holders.nextSetBit(j + 1)) {
              if (++keyCounts[j] >= MIN_SHARED_WORDS) {
                js.set(j);
              }
            }
          }
        }
      }
    }
    for (int j = 0; j < bs.size(); j++) {
      if (!matchable(bs.get(j), tbs.get(j))) {
        continue;
      }
      BitSet within = rarest(tbs.get(j), normsA);
      if (within != null) {
        for (int i = within.nextSetBit(0); i >= 0; i = within.nextSetBit(i + 1)) {
          out.get(i).set(j);
        }
      }
    }
    return out;
  }

  private static boolean disjoint(int[] span, List<int[]> taken) {
    for (int[] t : taken) {
      if (span[0] < t[1] && t[0] < span[1]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the blocking key of a stem: two stems that {@link #sameStem} always share it. */
  static String stemKey(String stem) {
    return stem.length() >= 4 ? stem.substring(0, 4) : stem;
  }

  private static boolean matchable(Quote q, List<Token> tokens) {
    return q.kind() != QuoteKind.TERM && !tokens.isEmpty();
  }

  /** Indexes the matchable quotes by each normalized word they contain. */
  private static Map<String, BitSet> normIndex(List<Quote> quotes, List<List<Token>> tokens) {
    Map<String, BitSet> out = new HashMap<>();
    for (int k = 0; k < quotes.size(); k++) {
      if (matchable(quotes.get(k), tokens.get(k))) {
        for (Token t : tokens.get(k)) {
          out.computeIfAbsent(t.norm(), n -> new BitSet()).set(k);
        }
      }
    }
    return out;
  }

  /** Returns the quotes of {@code index} that hold the rarest word of {@code tokens}, or null when one word is missing. */
  private static BitSet rarest(List<Token> tokens, Map<String, BitSet> index) {
    BitSet best = null;
    for (Token t : tokens) {
      BitSet holders = index.get(t.norm());
      if (holders == null) {
        return null;
      }
      if (best == null || holders.cardinality() < best.cardinality()) {
        best = holders;
      }
    }
    return best;
  }

  /** Returns the candidate match of A quote {@code i} with B quote {@code j}, or null when they do not match. */
  Candidate score(int i, int j, Quote a, Quote b, List<Token> ta, List<Token> tb) {
    if (a.kind() == QuoteKind.TERM || b.kind() == QuoteKind.TERM) {
      return null;
    }
    if (ta.isEmpty() || tb.isEmpty()) {
      return null;
    }
    if (!compatible(a, b)) {
      return null;
    }
    List<String> wa = ta.stream().map(Token::norm).toList();
    List<String> wb = tb.stream().map(Token::norm).toList();
    if (wa.equals(wb)) {
      return new Candidate(i, j, QuoteMatch.Kind.EXACT, 1.0);
    }
    Renderings.Layout layout = Renderings.layout(a.text(), b.text());
    if (layout.excerpt() || layout.same()) {
      double ratio = (double) layout.paired() / Math.max(layout.lengthA(), layout.lengthB());
      return new Candidate(i, j, QuoteMatch.Kind.FRAGMENT, 0.7 + 0.3 * ratio, layout.spanA(), layout.spanB());
    }
    if (layout.rewordings() == 0 && !layout.inflectionOnly()) {
      return null; // an excerpt of too little shared text to pair
    }
    if (a.speakerKey() == null || b.speakerKey() == null) {
      return null; // a rewording is one speaker's remark: with a speaker unknown, nothing says it is
    }
    if (!a.speakerKey().equals(b.speakerKey())
        && (SpeakerProfiler.kind(a.speaker()) == SpeakerKind.PUBLICATION
            || SpeakerProfiler.kind(b.speaker()) == SpeakerKind.PUBLICATION)) {
      return null; // a publication's own words ("Politics Daily wrote") are not a person's remark reworded
    }
    // The cheap shared-stem test runs first; both must hold.
    int ordered = orderedContentWords(ta, tb);
    if (sharedContentWords(ta, tb) < MIN_SHARED_WORDS || ordered < MIN_SHARED_WORDS) {
      return null;
    }
    if (ordered < MIN_ORDERED_SHARE * Math.min(content(ta).size(), content(tb).size())) {
      return null; // most of the shorter quote's content words are not in the other, in order: another remark
    }
    double sim = similarity(ta, tb);
    if (sim < VARIANT_THRESHOLD) {
      return null;
    }
    if (Math.min(ta.size(), tb.size()) >= LONG_QUOTE_WORDS && sim < LONG_QUOTE_THRESHOLD) {
      return null; // two long remarks on one subject, not one remark reworded
    }
    if (layout.paired() == 0) {
      return new Candidate(i, j, QuoteMatch.Kind.VARIANT, Math.min(1.0, sim));
    }
    return new Candidate(i, j, QuoteMatch.Kind.VARIANT, Math.min(1.0, sim), layout.spanA(), layout.spanB());
  }

  /** Returns the tokens a quote is matched on: its words as {@link Renderings#normalize} writes them. */
  static List<Token> tokens(Quote q) {
    return Tokenizer.tokenize(Renderings.normalize(q.text()));
  }

  /** Returns whether two quotes may come from one speaker. */
  static boolean compatible(Quote a, Quote b) {
    if (a.speakerKey() == null || b.speakerKey() == null) {
      return true;
    }
    if (a.speakerKey().equals(b.speakerKey())) {
      return true;
    }
    return (a.speaker() != null && Mentions.isGroup(a.speaker()))
        || (b.speaker() != null && Mentions.isGroup(b.speaker()));
  }

  /**
   * Returns the best window similarity of two token lists, from 0 to 1.
   *
   * <p>The shorter side's content words, weights and 4-grams are built once; the longer side's
   * 4-grams slide with the window (one gram in, one out), and its stems are compared with the
   * shorter side's once. Sums are taken in the same order as a window-by-window computation, so
   * the result is the same to the last bit.
   */
  double similarity(List<Token> ta, List<Token> tb) {
    List<Token> s = ta.size() <= tb.size() ? ta : tb;
    List<Token> l = ta.size() <= tb.size() ? tb : ta;
    int width = Math.min(l.size(), s.size() + 2 + s.size() / 3);
    if (width <= 0) {
      return 0;
    }
    // Lexical side: content words of the shorter quote against those of the longer one.
    List<Token> cs = content(s);
    double[] wcs = new double[cs.size()];
    double ws = 0;
    for (int x = 0; x < cs.size(); x++) {
      wcs[x] = weight(cs.get(x));
      ws += wcs[x];
    }
    int[] contentBefore = new int[l.size() + 1];
    List<Token> cl = new ArrayList<>();
    for (int k = 0; k < l.size(); k++) {
      contentBefore[k] = cl.size();
      if (!l.get(k).stopword()) {
        cl.add(l.get(k));
      }
    }
    contentBefore[l.size()] = cl.size();
    double[] wcl = new double[cl.size()];
    for (int k = 0; k < cl.size(); k++) {
      wcl[k] = weight(cl.get(k));
    }
    boolean[][] same = new boolean[cs.size()][cl.size()];
    for (int x = 0; x < cs.size(); x++) {
      for (int k = 0; k < cl.size(); k++) {
        same[x][k] = sameStem(cs.get(x).stem(), cl.get(k).stem());
      }
    }
    // Character side: the window's text is a slice of the longer quote's " w1 w2 ... " string.
    StringBuilder line = new StringBuilder(" ");
    int[] space = new int[l.size() + 1];
    for (int k = 0; k < l.size(); k++) {
      space[k] = line.length() - 1;
      line.append(l.get(k).norm()).append(' ');
    }
    space[l.size()] = line.length() - 1;
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> gs = grams(s);
    List<Integer> shortCounts = new ArrayList<>();
    int gsTotal = 0;
    for (Map.Entry<String, Integer> e : gs.entrySet()) {
      ids.put(e.getKey(), ids.size());
      shortCounts.add(e.getValue());
      gsTotal += e.getValue();
    }
    int[] gramAt = new int[Math.max(0, line.length() - 3)];
    for (int p = 0; p < gramAt.length; p++) {
      Integer id = ids.get(line.substring(p, p + 4));
      gramAt[p] = id == null ? -1 : id; // a gram the shorter side lacks never adds to the overlap
    }
    int[] need = shortCounts.stream().mapToInt(Integer::intValue).toArray();
    int[] have = new int[need.length];
    int shared = 0;
    int lo = 0;
    int hi = -1; // grams at positions lo..hi are in the window
    double best = 0;
    for (int from = 0; from + width <= l.size(); from++) {
      int to = from + width;
      int newLo = space[from];
      int newHi = space[to] - 3;
      while (lo < newLo && lo <= hi) {
        int g = gramAt[lo++];
        if (g >= 0 && --have[g] < need[g]) {
          shared--;
        }
      }
      if (lo > hi) {
        lo = newLo;
        hi = newLo - 1;
      }
      while (hi < newHi) {
        int g = gramAt[++hi];
        if (g >= 0 && have[g]++ < need[g]) {
          shared++;
        }
      }
      int windowGrams = Math.max(0, newHi - newLo + 1);
      double character = gsTotal + windowGrams == 0 ? 0 : 2.0 * shared / (gsTotal + windowGrams);
      double lexical = lexical(wcs, ws, wcl, same, contentBefore[from], contentBefore[to]);
      double v = LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * character;
      best = Math.max(best, v);
    }
    return best;
  }

  private static List<Token> content(List<Token> tokens) {
    return tokens.stream().filter(t -> !t.stopword()).toList();
  }

  /**
   * Returns the idf-weighted Dice overlap of the shorter side's content words (weights {@code wa},
   * sum {@code sumA}) and the longer side's content words {@code from..to-1}, pairing each word
   * greedily with the first unused word of the same stem.
   */
  private static double lexical(double[] wa, double sumA, double[] wl, boolean[][] same, int from, int to) {
    double wb = 0;
    for (int k = from; k < to; k++) {
      wb += wl[k];
    }
    if (sumA == 0 || wb == 0) {
      return 0;
    }
    boolean[] used = new boolean[to - from];
    double shared = 0;
    for (int x = 0; x < wa.length; x++) {
      for (int k = from; k < to; k++) {
        if (!used[k - from] && same[x][k]) {
          used[k - from] = true;
          shared += (wa[x] + wl[k]) / 2;
          break;
        }
      }
    }
    return 2 * shared / (sumA + wb);
  }

  /** Returns how many content-word stems of {@code a} also occur in {@code b}. */
  static int sharedContentWords(List<Token> a, List<Token> b) {
    Set<String> seen = new HashSet<>();
    for (Token t : a) {
      if (!t.stopword()) {
        seen.add(t.stem());
      }
    }
    int n = 0;
    for (String stem : seen) {
      for (Token u : b) {
        if (!u.stopword() && sameStem(stem, u.stem())) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /**
   * Returns the length of the longest common subsequence of the content words of {@code a} and
   * {@code b} ({@link #sameStem} pairs them): shared words said in the same order. Two remarks on
   * one subject share words in any order ("my account was hacked" / "a hacked account"); two
   * renderings of one remark keep most of them in order, even in translation.
   */
  static int orderedContentWords(List<Token> a, List<Token> b) {
    List<Token> ca = content(a);
    List<Token> cb = content(b);
    int[][] l = new int[ca.size() + 1][cb.size() + 1];
    for (int x = ca.size() - 1; x >= 0; x--) {
      for (int y = cb.size() - 1; y >= 0; y--) {
        l[x][y] = sameStem(ca.get(x).stem(), cb.get(y).stem())
            ? 1 + l[x + 1][y + 1]
            : Math.max(l[x + 1][y], l[x][y + 1]);
      }
    }
    return l[0][0];
  }

  /** Returns the idf weight of a token's stem. */
  double weight(Token t) {
    return idf.getOrDefault(t.stem(), defaultIdf);
  }

  static boolean sameStem(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int p = 0;
    int n = Math.min(a.length(), b.length());
    while (p < n && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    return p >= 4 && p >= 0.8 * n;
  }

  private static Map<String, Integer> grams(List<Token> tokens) {
    StringBuilder sb = new StringBuilder(" ");
    for (Token t : tokens) {
      sb.append(t.norm()).append(' ');
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + 4 <= sb.length(); i++) {
      out.merge(sb.substring(i, i + 4), 1, Integer::sum);
    }
    return out;
  }
}
