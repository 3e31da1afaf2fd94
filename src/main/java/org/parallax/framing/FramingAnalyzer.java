package org.parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentResult;
import org.parallax.facts.Fact;
import org.parallax.facts.FactFinder;
import org.parallax.facts.FactKind;
import org.parallax.facts.Mention;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteComparison;
import org.parallax.quotes.QuoteKind;
import org.parallax.text.Article;
import org.parallax.text.Sentence;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Entry point of the framing stage: flags attribution verbs, loaded words, hedges, naming, headline,
 * lead and voice differences between two articles, each with its words, sentences and rule.
 */
public final class FramingAnalyzer {
  private static final int LEAD_SENTENCES = 3;
  private static final Set<String> CALENDAR =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december");

  private final TermModel model;

  /** Creates an analyzer that scores loaded words with the shipped model. */
  public FramingAnalyzer() {
    this(TermModel.shipped());
  }

  /** Creates an analyzer that scores loaded words with {@code model}. */
  public FramingAnalyzer(TermModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * A candidate loaded word of one article with its features and the score of this analyzer's model.
   *
   * @param sentenceId the sentence that holds it
   * @param start body offset of the first character
   * @param end body offset after the last character
   * @param text the words as written
   * @param key the lower-case stem or lexicon term the learned word weights are keyed on
   * @param rule the lexicon that holds it, or {@code model:loaded-term}
   * @param quoted whether it sits inside a speaker's quote
   * @param hedge whether it is a hedge or certainty marker rather than a loaded word
   * @param features the feature vector, named by {@link TermModel#featureNames()}
   * @param score the model's probability that the word is loaded
   * @param bridged whether it follows the previous candidate of its sentence across one short function word
   *     ("swipe at", "met the radical"), so that the two may be flagged as one phrase
   */
  public record TermCandidate(
      String sentenceId, int start, int end, String text, String key, String rule, boolean quoted, boolean hedge,
      List<Double> features, double score, boolean bridged) {
    public TermCandidate {
      Objects.requireNonNull(sentenceId, "sentenceId");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(rule, "rule");
      features = List.copyOf(features);
    }

    /** Creates a candidate that is not bridged to the one before it. */
    public TermCandidate(
        String sentenceId, int start, int end, String text, String key, String rule, boolean quoted, boolean hedge,
        List<Double> features, double score) {
      this(sentenceId, start, end, text, key, rule, quoted, hedge, features, score, false);
    }
  }

  /**
   * One loaded-term or hedge flag of an article read alone, with the body offsets of its words.
   *
   * @param flag the flag
   * @param start body offset of the first flagged character
   * @param end body offset after the last flagged character
   */
  public record LoadedTerm(FramingFlag flag, int start, int end) {
    public LoadedTerm {
      Objects.requireNonNull(flag, "flag");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
      }
    }
  }

  /** Most flags raised in one sentence: BASIL sentences rarely hold more than two loaded spans. */
  public static final int FLAGS_PER_SENTENCE = 2;

  /**
   * A chosen word grows over a neighbouring candidate whose score reaches this share of the threshold:
   * loaded phrases ("took a swipe at", "fragile majority") mix one strong word with weaker ones.
   */
  public static final double JOIN_SHARE = 0.5;

  /** Most candidates joined into one flag, so a flag stays a phrase and not a clause. */
  public static final int MAX_JOINED = 4;

  /** Returns every candidate loaded word of one article with its features and score, in text order. */
  public List<TermCandidate> termCandidates(Article article, List<Quote> quotes) {
    Objects.requireNonNull(article, "article");
    List<Quote> qs = quotes == null ? List.of() : quotes;
    ArticleText t = new ArticleText(article, qs);
    List<TermCandidate> out = new ArrayList<>();
    for (int i = 0; i < t.sentences().size(); i++) {
      for (TermScorer.Candidate c : candidates(t, i, qs)) {
        out.add(candidate(c));
      }
    }
    return List.copyOf(out);
  }

  private static List<TermScorer.Candidate> candidates(ArticleText t, int index, List<Quote> qs) {
    return TermScorer.candidates(t, index, qs);
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

  /**
   * Chooses which candidates to flag: in each sentence the best-scoring candidates at or above the
   * threshold (at most {@link #FLAGS_PER_SENTENCE}), each grown into one phrase over adjacent or bridged
   * candidates that reach {@link #JOIN_SHARE} of the threshold, at most {@link #MAX_JOINED} candidates.
   * Returns groups of candidate indices, each group one flag, in text order.
   *
   * @param cands candidates in text order
   * @param scores one score per candidate
   * @param threshold the score at or above which a candidate may be flagged
   */
  public static List<List<Integer>> choose(List<TermCandidate> cands, double[] scores, double threshold) {
    return choose(cands, scores, threshold, FLAGS_PER_SENTENCE);
  }

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
        double join = threshold * JOIN_SHARE;
        while (hi - lo + 1 < MAX_JOINED && lo - 1 >= i && !used[lo - 1 - i] && scores[lo - 1] >= join
            && adjacent(cands.get(lo - 1), cands.get(lo))) {
          lo--;
        }
        while (hi - lo + 1 < MAX_JOINED && hi + 1 < j && !used[hi + 1 - i] && scores[hi + 1] >= join
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

  private static boolean booster(String key) {
    LexiconEntry e = Lexicons.HEDGES.get(key);
    return e != null && "booster".equals(e.kind());
  }

  private static boolean adjacent(TermCandidate a, TermCandidate b) {
    return (b.start() - a.end() <= 1 || b.bridged()) && a.quoted() == b.quoted();
  }

  /** Returns the framing flags for two articles, ordered by kind, then first sentence. */
  public List<FramingFlag> analyze(
      Article a, Article b, AlignmentResult alignment, QuoteComparison quotes, List<Fact> facts) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(quotes, "quotes");
    Objects.requireNonNull(facts, "facts");
    List<Quote> quotesA = quotes.a() == null ? List.of() : quotes.a().quotes();
    List<Quote> quotesB = quotes.b() == null ? List.of() : quotes.b().quotes();
    ArticleText ta = new ArticleText(a, quotesA);
    ArticleText tb = new ArticleText(b, quotesB);
    Map<String, List<Chosen>> loadedA = ownLoaded(ta, quotesA);
    Map<String, List<Chosen>> loadedB = ownLoaded(tb, quotesB);
    List<FramingFlag> flags = new ArrayList<>();
    Set<String> alignedA = new HashSet<>();
    Set<String> alignedB = new HashSet<>();
    for (Alignment al : alignment.alignments()) {
      alignedA.addAll(al.a());
      alignedB.addAll(al.b());
      flags.addAll(attributionVerbs(ta, tb, al, quotesA, quotesB));
      flags.addAll(oneSidedLoaded(ta, loadedA, al.a(), tb, al.b()));
      flags.addAll(oneSidedLoaded(tb, loadedB, al.b(), ta, al.a()));
      flags.addAll(oneSided(ta, al.a(), tb, al.b()));
      flags.addAll(oneSided(tb, al.b(), ta, al.a()));
      flags.addAll(namingPairs(ta, tb, al));
    }
    dropVerbsFlaggedTwice(flags);
    flags.addAll(unalignedLoaded(ta, loadedA, alignedA));
    flags.addAll(unalignedLoaded(tb, loadedB, alignedB));
    flags.addAll(unaligned(ta, alignedA));
    flags.addAll(unaligned(tb, alignedB));
    List<FramingFlag> forms = namingForms(ta, tb, facts);
    // A naming pair that the facts also show (Russia / Moscow) is reported once, by the facts rule.
    Set<String> formKeys = new HashSet<>();
    for (FramingFlag f : forms) {
      formKeys.add(namingKey(f));
    }
    flags.removeIf(f -> f.kind() == FramingKind.NAMING && formKeys.contains(namingKey(f)));
    flags.addAll(forms);
    FramingFlag headline = headline(a, b);
    if (headline != null) {
      flags.add(headline);
    }
    flags.addAll(lead(ta, tb, alignment, quotesA, quotesB, facts));
    FramingFlag voices = voiceShare(a, b, quotesA, quotesB);
    if (voices != null) {
      flags.add(voices);
    }
    return sorted(flags);
  }

  /** Returns loaded-word and hedge flags of one article read alone, outside scare quotes and names. */
  public List<FramingFlag> loadedTerms(Article article, List<Quote> quotes) {
    return sorted(loadedTermSpans(article, quotes).stream().map(LoadedTerm::flag).toList());
  }

  /** Returns the loaded-word and hedge flags of one article read alone with their body offsets, in text order. */
  public List<LoadedTerm> loadedTermSpans(Article article, List<Quote> quotes) {
    Objects.requireNonNull(article, "article");
    List<Quote> qs = quotes == null ? List.of() : quotes;
    ArticleText t = new ArticleText(article, qs);
    List<LoadedTerm> out = new ArrayList<>();
    for (Chosen c : chosen(t, qs)) {
      TermScorer.Candidate top = c.top();
      String what = Lexicons.describe(top.rule());
      String note =
          top.quoted()
              ? String.format(
                  Locale.ROOT,
                  "'%s' (%s, score %.2f) is in %s quote in %s: the speaker's word, not %s's.",
                  c.text(), what, c.score(), top.speaker().isEmpty() ? "a" : top.speaker() + "'s", c.sentenceId(),
                  t.label())
              : c.hedge()
                  ? String.format(
                      Locale.ROOT,
                      "%s's own words %s the claim with '%s' (%s, score %.2f) in %s; check whether the sources support it.",
                      t.label(), booster(top.key()) ? "assert" : "qualify", c.text(), what, c.score(), c.sentenceId())
                  : String.format(
                      Locale.ROOT,
                      "%s's own words use '%s' (%s, score %.2f) in %s.", t.label(), c.text(), what, c.score(),
                      c.sentenceId());
      FramingFlag flag = new FramingFlag(
          c.hedge() ? FramingKind.HEDGE : FramingKind.LOADED_TERM, t.label(), List.of(c.sentenceId()),
          List.of(c.text()), note, top.quoted() ? top.rule() + ":quoted" : top.rule());
      out.add(new LoadedTerm(flag, c.start(), c.end()));
    }
    return List.copyOf(out);
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
  private record Chosen(List<TermScorer.Candidate> members, TermScorer.Candidate top, double score, String text, boolean hedge) {
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
  private List<Chosen> chosen(ArticleText t, List<Quote> qs) {
    List<TermCandidate> cands = new ArrayList<>();
    List<TermScorer.Candidate> raw = new ArrayList<>();
    for (int i = 0; i < t.sentences().size(); i++) {
      for (TermScorer.Candidate c : candidates(t, i, qs)) {
        raw.add(c);
        cands.add(candidate(c));
      }
    }
    double[] scores = cands.stream().mapToDouble(TermCandidate::score).toArray();
    List<Chosen> out = new ArrayList<>();
    String body = t.article().body();
    for (List<Integer> g : choose(cands, scores, model.threshold())) {
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

  /** Returns the model's loaded-word choices of an article in the writer's own voice, by sentence id. */
  private Map<String, List<Chosen>> ownLoaded(ArticleText t, List<Quote> qs) {
    Map<String, List<Chosen>> out = new TreeMap<>();
    for (Chosen c : chosen(t, qs)) {
      if (!c.hedge() && !c.quoted()) {
        out.computeIfAbsent(c.sentenceId(), k -> new ArrayList<>()).add(c);
      }
    }
    return out;
  }

  // ---- lexicon hits ------------------------------------------------------------------------

  private static LexiconHit hit(ArticleText t, int index, Lexicon.Match m) {
    Sentence s = t.sentences().get(index);
    List<Token> tokens = t.tokens(index);
    int start = tokens.get(m.from()).start();
    int end = tokens.get(m.to() - 1).end();
    return new LexiconHit(m.entry(), s.text().substring(start, end), s.id(), index, s.start() + start, s.start() + end);
  }

  /** Returns the hedges and certainty markers of one sentence outside quotes. */
  static List<LexiconHit> hedgeHits(ArticleText t, int index) {
    List<LexiconHit> out = new ArrayList<>();
    for (Lexicon.Match m : Lexicons.HEDGES.find(t.tokens(index))) {
      LexiconHit h = hit(t, index, m);
      if (!t.inQuote(h.start(), h.end()) && !t.inProperName(index, m.from(), m.to())) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Returns the keys of every entry of a lexicon found in the sentences, quoted or not, and the folded
   * form and stem of every word.
   */
  private static Set<String> allKeys(ArticleText t, List<String> ids, FramingKind kind) {
    Set<String> keys = new HashSet<>();
    for (String id : ids) {
      Sentence s = t.sentence(id);
      if (s == null) {
        continue;
      }
      List<Token> tokens = t.tokens(s.index());
      List<Lexicon> lexicons =
          kind == FramingKind.HEDGE ? List.of(Lexicons.HEDGES) : List.of(Lexicons.NEWS, Lexicons.BIAS, TermScorer.BIAS_ALL);
      for (Lexicon lex : lexicons) {
        for (Lexicon.Match m : lex.find(tokens)) {
          keys.add(m.entry().term().toLowerCase(Locale.ROOT));
        }
      }
      for (Token tok : tokens) {
        keys.add(tok.norm());
        keys.add(tok.stem());
      }
    }
    return keys;
  }

  // ---- loaded terms and hedges -------------------------------------------------------------

  /**
   * Returns the loaded words the model chose in a passage of one side that the matching passage of the
   * other side does not use: a chosen phrase is kept unless every word of it appears there too.
   */
  private List<FramingFlag> oneSidedLoaded(
      ArticleText side, Map<String, List<Chosen>> loaded, List<String> ids, ArticleText other, List<String> otherIds) {
    Set<String> otherKeys = allKeys(other, otherIds, FramingKind.LOADED_TERM);
    List<FramingFlag> out = new ArrayList<>();
    for (String id : ids) {
      for (Chosen chosen : loaded.getOrDefault(id, List.of())) {
        if (chosen.members().stream().allMatch(m -> shared(m, otherKeys))) {
          continue;
        }
        Chosen c = withoutSharedEnds(chosen, otherKeys, side.article().body());
        List<String> sentenceIds = pairIds(side, id, other, otherIds);
        String note =
            String.format(
                Locale.ROOT,
                "%s uses '%s' (%s, score %.2f) where the matching passage of %s (%s) does not.",
                side.label(),
                c.text(),
                Lexicons.describe(c.top().rule()),
                c.score(),
                other.label(),
                String.join(", ", otherIds));
        out.add(new FramingFlag(FramingKind.LOADED_TERM, side.label(), sentenceIds, List.of(c.text()), note, c.rule()));
      }
    }
    return out;
  }

  private static boolean shared(TermScorer.Candidate m, Set<String> otherKeys) {
    return otherKeys.contains(m.key()) || otherKeys.contains(fold(m.text()));
  }

  /**
   * Returns the phrase without the words at its ends that the matching passage also uses ("pretext to
   * attack" against "a reason to attack" is shown as "pretext"); the best-scoring word always stays.
   */
  private static Chosen withoutSharedEnds(Chosen c, Set<String> otherKeys, String body) {
    List<TermScorer.Candidate> m = c.members();
    int from = 0;
    int to = m.size();
    while (from < to - 1 && m.get(from) != c.top() && shared(m.get(from), otherKeys)) {
      from++;
    }
    while (to - 1 > from && m.get(to - 1) != c.top() && shared(m.get(to - 1), otherKeys)) {
      to--;
    }
    if (from == 0 && to == m.size()) {
      return c;
    }
    return Chosen.of(m.subList(from, to), c.top(), c.score(), body, c.hedge());
  }

  /** Returns the loaded words the model chose in the passages of one side the other article does not carry. */
  private List<FramingFlag> unalignedLoaded(ArticleText t, Map<String, List<Chosen>> loaded, Set<String> aligned) {
    List<FramingFlag> out = new ArrayList<>();
    for (Sentence s : t.sentences()) {
      if (aligned.contains(s.id())) {
        continue;
      }
      for (Chosen c : loaded.getOrDefault(s.id(), List.of())) {
        String note =
            String.format(
                Locale.ROOT,
                "%s's own words use '%s' (%s, score %.2f) in %s, a passage the other article does not carry.",
                t.label(),
                c.text(),
                Lexicons.describe(c.top().rule()),
                c.score(),
                s.id());
        out.add(new FramingFlag(FramingKind.LOADED_TERM, t.label(), List.of(s.id()), List.of(c.text()), note, c.rule()));
      }
    }
    return out;
  }

  /**
   * Removes the loaded-term flags of an aligned passage whose word is an attribution verb the
   * attribution-verb rule already contrasts there ("alleged" against "accused"): one word, one flag.
   */
  private static void dropVerbsFlaggedTwice(List<FramingFlag> flags) {
    Set<String> verbs = new HashSet<>();
    for (FramingFlag f : flags) {
      if (f.kind() == FramingKind.ATTRIBUTION_VERB) {
        for (String id : f.sentenceIds()) {
          for (String term : f.terms()) {
            verbs.add(id + "|" + fold(term));
          }
        }
      }
    }
    flags.removeIf(f -> f.kind() == FramingKind.LOADED_TERM
        && f.sentenceIds().stream().anyMatch(id -> verbs.contains(id + "|" + fold(f.terms().get(0)))));
  }

  /** Returns the sentence {@code id} of {@code side} with the matching passage of {@code other}, A's first. */
  private static List<String> pairIds(ArticleText side, String id, ArticleText other, List<String> otherIds) {
    List<String> ids = new ArrayList<>();
    if (side.label().compareTo(other.label()) > 0) {
      ids.addAll(otherIds);
      ids.add(id);
    } else {
      ids.add(id);
      ids.addAll(otherIds);
    }
    return ids;
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Returns the hedges and certainty markers in a passage of one side that the matching passage of the other lacks. */
  private List<FramingFlag> oneSided(ArticleText side, List<String> ids, ArticleText other, List<String> otherIds) {
    Set<String> otherKeys = allKeys(other, otherIds, FramingKind.HEDGE);
    List<FramingFlag> out = new ArrayList<>();
    for (String id : ids) {
      Sentence s = side.sentence(id);
      if (s == null) {
        continue;
      }
      for (LexiconHit h : hedgeHits(side, s.index())) {
        if (otherKeys.contains(h.key())) {
          continue;
        }
        List<String> sentenceIds = pairIds(side, id, other, otherIds);
        String note =
            String.format(
                Locale.ROOT,
                "%s %s the claim with '%s' (%s) where the matching passage of %s (%s) does not.",
                side.label(),
                "booster".equals(h.entry().kind()) ? "asserts" : "hedges",
                h.text(),
                h.entry().kind(),
                other.label(),
                String.join(", ", otherIds));
        out.add(new FramingFlag(FramingKind.HEDGE, side.label(), sentenceIds, List.of(h.text()), note, h.entry().rule()));
      }
    }
    return out;
  }

  /** Returns the strong hedges and certainty markers in the passages of one side the other article does not carry. */
  private List<FramingFlag> unaligned(ArticleText t, Set<String> aligned) {
    List<FramingFlag> out = new ArrayList<>();
    for (Sentence s : t.sentences()) {
      if (aligned.contains(s.id())) {
        continue;
      }
      for (LexiconHit h : hedgeHits(t, s.index())) {
        if (h.entry().grade() < 1) {
          continue;
        }
        String note =
            String.format(
                Locale.ROOT,
                "%s's own words use the %s '%s' in %s; check whether the sources support that %s.",
                t.label(),
                h.entry().kind(),
                h.text(),
                s.id(),
                "booster".equals(h.entry().kind()) ? "certainty" : "doubt");
        out.add(new FramingFlag(FramingKind.HEDGE, t.label(), List.of(s.id()), List.of(h.text()), note, h.entry().rule()));
      }
    }
    return out;
  }

  // ---- attribution verbs -------------------------------------------------------------------

  /** An attribution verb found in a passage, with the speaker it is attached to when known. */
  private record Verb(String text, LexiconEntry entry, String speaker, String sentenceId) {}

  private List<FramingFlag> attributionVerbs(
      ArticleText ta, ArticleText tb, Alignment al, List<Quote> quotesA, List<Quote> quotesB) {
    List<Verb> va = verbs(ta, al.a(), quotesA);
    List<Verb> vb = verbs(tb, al.b(), quotesB);
    if (va.isEmpty() || vb.isEmpty()) {
      return List.of();
    }
    Set<String> classesA = classes(va);
    Set<String> classesB = classes(vb);
    if (classesA.equals(classesB)) {
      return List.of();
    }
    List<Verb> onlyA = va.stream().filter(v -> !classesB.contains(v.entry().kind())).toList();
    List<Verb> onlyB = vb.stream().filter(v -> !classesA.contains(v.entry().kind())).toList();
    String left = describeVerbs(onlyA.isEmpty() ? va : onlyA);
    String right = describeVerbs(onlyB.isEmpty() ? vb : onlyB);
    List<String> terms = new ArrayList<>();
    for (Verb v : onlyA.isEmpty() ? va : onlyA) {
      terms.add(v.text());
    }
    for (Verb v : onlyB.isEmpty() ? vb : onlyB) {
      terms.add(v.text());
    }
    List<String> ids = new ArrayList<>(al.a());
    ids.addAll(al.b());
    String note = String.format(Locale.ROOT, "A has %s where B has %s.", left, right);
    return List.of(
        new FramingFlag(FramingKind.ATTRIBUTION_VERB, null, ids, dedupe(terms), note, "rule:attribution-verb-grade"));
  }

  private static Set<String> classes(List<Verb> verbs) {
    Set<String> out = new TreeSet<>();
    for (Verb v : verbs) {
      out.add(v.entry().kind());
    }
    return out;
  }

  private static String describeVerbs(List<Verb> verbs) {
    List<String> parts = new ArrayList<>();
    for (Verb v : verbs) {
      String p =
          (v.speaker() == null ? "" : v.speaker() + " ")
              + "'"
              + v.text()
              + "' ("
              + v.entry().kind()
              + ")";
      if (!parts.contains(p)) {
        parts.add(p);
      }
    }
    return String.join(", ", parts);
  }

  private List<Verb> verbs(ArticleText t, List<String> ids, List<Quote> quotes) {
    List<Verb> out = new ArrayList<>();
    for (String id : ids) {
      Sentence s = t.sentence(id);
      if (s == null) {
        continue;
      }
      List<Token> tokens = t.tokens(s.index());
      String[] tags = null;
      boolean tagged = false;
      for (Lexicon.Match m : Lexicons.ATTRIBUTION.find(tokens)) {
        LexiconHit h = hit(t, s.index(), m);
        if (t.inQuote(h.start(), h.end()) || t.inProperName(s.index(), m.from(), m.to())) {
          continue;
        }
        if (!tagged) {
          tags = PosTags.tagSentence(s.text(), tokens);
          tagged = true;
        }
        boolean verb =
            tags != null
                ? PosTags.isVerb(tags[m.from()])
                : !tokens.get(m.from()).norm().equals(m.entry().words().get(0));
        if (verb) {
          out.add(new Verb(h.text(), m.entry(), speakerBefore(tokens, tags, m.from(), m.entry().grade() == 0, quotes, id), id));
        }
      }
      for (Quote q : quotes) {
        if (q.cue() == null || !q.sentenceIds().contains(id)) {
          continue;
        }
        for (Lexicon.Match m : Lexicons.ATTRIBUTION.find(Tokenizer.tokenize(q.cue()))) {
          String text = q.cue();
          boolean seen = out.stream().anyMatch(v -> v.sentenceId().equals(id) && v.entry() == m.entry());
          if (!seen) {
            out.add(new Verb(text, m.entry(), q.speaker(), id));
          }
        }
      }
    }
    return out;
  }

  /**
   * Returns the name that is the subject of a verb: the capitalized word reached by walking back over
   * adverbs, conjunctions and auxiliaries, or the name right after a neutral verb ("said Lavrov"), or the
   * speaker of a quote in the sentence; null when a noun or pronoun intervenes.
   */
  private static String speakerBefore(
      List<Token> tokens, String[] tags, int at, boolean inverts, List<Quote> quotes, String id) {
    for (int i = at - 1; i >= Math.max(0, at - 7); i--) {
      Token tok = tokens.get(i);
      String tag = tags == null ? "" : tags[i];
      if (tok.isCapitalized() && !tok.stopword() && Character.isLetter(tok.text().charAt(0))) {
        return tok.text();
      }
      // A lower-case hyphenated word right before the verb modifies it ("flat-out accused"), whatever
      // the tagger makes of it (it has tagged such words as nouns and as punctuation).
      boolean modifier = i == at - 1 && tok.text().indexOf('-') > 0 && tok.text().equals(tok.text().toLowerCase(Locale.ROOT));
      if (tags == null || !(modifier || tag.equals("ADV") || tag.equals("CCONJ") || tag.equals("AUX")
          || tag.startsWith("RB") || tag.equals("CC") || tag.equals("MD") || (tag.equals("VERB") && i < at - 1)
          || tag.startsWith("VB") || tag.equals("ADJ") || tag.equals("PUNCT"))) {
        break;
      }
    }
    if (inverts && at + 1 < tokens.size() && tokens.get(at + 1).isCapitalized() && !tokens.get(at + 1).stopword()) {
      int j = at + 1;
      while (j + 1 < tokens.size() && tokens.get(j + 1).isCapitalized()) {
        j++;
      }
      return tokens.get(j).text();
    }
    for (Quote q : quotes) {
      if (q.speaker() != null && q.sentenceIds().contains(id) && q.cue() != null) {
        return q.speaker();
      }
    }
    return null;
  }

  // ---- naming ------------------------------------------------------------------------------

  private List<FramingFlag> namingPairs(ArticleText ta, ArticleText tb, Alignment al) {
    Set<String> ka = nameKeys(ta, al.a());
    Set<String> kb = nameKeys(tb, al.b());
    List<FramingFlag> out = new ArrayList<>();
    for (String[] p : Lexicons.NAMING_PAIRS) {
      String x = p[0];
      String y = p[1];
      String[][] directions = {{x, y}, {y, x}};
      for (String[] d : directions) {
        if (ka.contains(d[0]) && !ka.contains(d[1]) && kb.contains(d[1]) && !kb.contains(d[0])) {
          List<String> ids = new ArrayList<>(al.a());
          ids.addAll(al.b());
          String note = String.format(Locale.ROOT, "A says '%s' where B says '%s' for the same thing.", d[0], d[1]);
          out.add(new FramingFlag(FramingKind.NAMING, null, ids, List.of(d[0], d[1]), note, "rule:naming-pair"));
        }
      }
    }
    return out;
  }

  private static Set<String> nameKeys(ArticleText t, List<String> ids) {
    Set<String> keys = new HashSet<>();
    for (String id : ids) {
      Sentence s = t.sentence(id);
      if (s != null) {
        for (Lexicon.Match m : Lexicons.NAMES.find(t.tokens(s.index()))) {
          keys.add(m.entry().term());
        }
      }
    }
    return keys;
  }

  /** Returns the case-folded terms and sentences of a naming flag, to find the same contrast twice. */
  private static String namingKey(FramingFlag f) {
    return f.terms().toString().toLowerCase(Locale.ROOT) + f.sentenceIds();
  }

  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "dr", "sir", "president", "minister", "secretary", "the", "foreign", "prime");

  private List<FramingFlag> namingForms(ArticleText ta, ArticleText tb, List<Fact> facts) {
    List<FramingFlag> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f.kind() == FactKind.DATE || f.kind() == FactKind.NUMBER) {
        continue;
      }
      Map<String, Mention> formsA = forms(f, ta.label());
      Map<String, Mention> formsB = forms(f, tb.label());
      if (formsA.isEmpty() || formsB.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, Mention> ea : formsA.entrySet()) {
        if (formsB.containsKey(ea.getKey())) {
          continue;
        }
        for (Map.Entry<String, Mention> eb : formsB.entrySet()) {
          if (formsA.containsKey(eb.getKey())) {
            continue;
          }
          Set<String> wa = nameWords(ea.getKey());
          Set<String> wb = nameWords(eb.getKey());
          Set<String> onlyA = new TreeSet<>(wa);
          onlyA.removeAll(wb);
          Set<String> onlyB = new TreeSet<>(wb);
          onlyB.removeAll(wa);
          if (onlyA.isEmpty() || onlyB.isEmpty()) {
            continue;
          }
          String ta0 = ea.getValue().text();
          String tb0 = eb.getValue().text();
          if (FactFinder.isDemonym(ta0) || FactFinder.isDemonym(tb0)) {
            continue; // "Americans" is the people, "American" an adjective: not another name.
          }
          String note =
              String.format(
                  Locale.ROOT,
                  "A writes '%s' where B writes '%s' for %s.",
                  ta0,
                  tb0,
                  f.canonical());
          out.add(
              new FramingFlag(
                  FramingKind.NAMING,
                  null,
                  List.of(ea.getValue().sentenceId(), eb.getValue().sentenceId()),
                  List.of(ta0, tb0),
                  note,
                  "rule:naming-forms"));
        }
      }
    }
    return out;
  }

  /** Returns the distinct folded forms of a fact in one article, each with its first mention. */
  private static Map<String, Mention> forms(Fact f, String label) {
    Map<String, Mention> out = new TreeMap<>();
    for (Mention m : f.mentions()) {
      if (m.article().equals(label)) {
        out.putIfAbsent(m.text().strip().toLowerCase(Locale.ROOT), m);
      }
    }
    return out;
  }

  private static Set<String> nameWords(String form) {
    Set<String> out = new TreeSet<>();
    for (String w : form.toLowerCase(Locale.ROOT).split("[\\s]+")) {
      String x = w.replaceAll("[^\\p{L}\\p{N}-]", "");
      if (!x.isEmpty() && !HONORIFICS.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  // ---- headline ----------------------------------------------------------------------------

  private FramingFlag headline(Article a, Article b) {
    String titleA = a.document().title();
    String titleB = b.document().title();
    if (titleA == null || titleB == null || titleA.isBlank() || titleB.isBlank()) {
      return null;
    }
    Headline ha = Headline.read(titleA, a.body());
    Headline hb = Headline.read(titleB, b.body());
    boolean sameActor = ha.actor().equalsIgnoreCase(hb.actor());
    boolean sameVerb = ha.verbKey().equals(hb.verbKey());
    if (sameActor && sameVerb) {
      return null;
    }
    String note =
        String.format(Locale.ROOT, "A's headline: %s; B's: %s.", ha.summary(), hb.summary());
    List<String> terms = new ArrayList<>();
    for (String s : List.of(ha.actor(), ha.verb(), hb.actor(), hb.verb())) {
      if (!s.isEmpty()) {
        terms.add(s);
      }
    }
    return new FramingFlag(FramingKind.HEADLINE, null, List.of(), dedupe(terms), note, "rule:headline-actor");
  }

  // ---- lead and shares ---------------------------------------------------------------------

  private List<FramingFlag> lead(
      ArticleText ta,
      ArticleText tb,
      AlignmentResult alignment,
      List<Quote> quotesA,
      List<Quote> quotesB,
      List<Fact> facts) {
    List<FramingFlag> out = new ArrayList<>();
    List<String> leadA = leadIds(ta);
    List<String> leadB = leadIds(tb);
    if (!leadA.isEmpty() && !leadB.isEmpty()) {
      Set<String> namesA = leadNames(ta, leadA, quotesA, facts);
      Set<String> namesB = leadNames(tb, leadB, quotesB, facts);
      Set<String> onlyA = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      onlyA.addAll(namesA);
      onlyA.removeAll(namesB);
      Set<String> onlyB = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      onlyB.addAll(namesB);
      onlyB.removeAll(namesA);
      long uniqueA = leadA.stream().filter(alignment.onlyA()::contains).count();
      long uniqueB = leadB.stream().filter(alignment.onlyB()::contains).count();
      if (!onlyA.isEmpty() || !onlyB.isEmpty() || uniqueA > 0 || uniqueB > 0) {
        StringBuilder note = new StringBuilder();
        note.append("A's lead (").append(leadA.size()).append(" sentences) features ")
            .append(list(namesA)).append("; B's lead features ").append(list(namesB));
        if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
          note.append("; only A's names ").append(list(onlyA)).append(", only B's ").append(list(onlyB));
        }
        note.append(String.format(
            Locale.ROOT,
            "; %d of A's lead sentences and %d of B's carry content the other article lacks.",
            uniqueA,
            uniqueB));
        List<String> ids = new ArrayList<>(leadA);
        ids.addAll(leadB);
        List<String> terms = new ArrayList<>(onlyA);
        terms.addAll(onlyB);
        out.add(new FramingFlag(FramingKind.LEAD, null, ids, terms, note.toString(), "rule:lead-emphasis"));
      }
    }
    double shareA = uniqueShare(ta, alignment.onlyA());
    double shareB = uniqueShare(tb, alignment.onlyB());
    if (!ta.sentences().isEmpty() && !tb.sentences().isEmpty() && Math.max(shareA, shareB) >= 0.3) {
      String note =
          String.format(
              Locale.ROOT,
              "%.0f%% of A's text is content B does not carry, and %.0f%% of B's is content A does not carry.",
              shareA * 100,
              shareB * 100);
      List<String> ids = new ArrayList<>(alignment.onlyA());
      ids.addAll(alignment.onlyB());
      out.add(new FramingFlag(FramingKind.LEAD, null, ids, List.of(), note, "rule:shared-content-share"));
    }
    return out;
  }

  private static List<String> leadIds(ArticleText t) {
    List<String> ids = new ArrayList<>();
    for (Sentence s : t.sentences()) {
      if (ids.size() == LEAD_SENTENCES) {
        break;
      }
      ids.add(s.id());
    }
    return ids;
  }

  private static double uniqueShare(ArticleText t, List<String> only) {
    long total = 0;
    long unique = 0;
    Set<String> set = new HashSet<>(only);
    for (Sentence s : t.sentences()) {
      total += s.text().length();
      if (set.contains(s.id())) {
        unique += s.text().length();
      }
    }
    return total == 0 ? 0 : (double) unique / total;
  }

  /** Returns the people, places and organizations named in lead sentences, and the quoted speakers. */
  private static Set<String> leadNames(ArticleText t, List<String> ids, List<Quote> quotes, List<Fact> facts) {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    Set<String> idSet = new HashSet<>(ids);
    boolean fromFacts = false;
    for (Fact f : facts) {
      if (f.kind() != FactKind.PERSON && f.kind() != FactKind.ORGANIZATION && f.kind() != FactKind.PLACE) {
        continue;
      }
      for (Mention m : f.mentions()) {
        if (m.article().equals(t.label()) && idSet.contains(m.sentenceId())) {
          names.add(f.canonical());
          fromFacts = true;
        }
      }
    }
    if (!fromFacts) {
      for (String id : ids) {
        Sentence s = t.sentence(id);
        List<Token> tokens = t.tokens(s.index());
        String[] tags = PosTags.tagSentence(s.text(), tokens);
        int i = 0;
        while (i < tokens.size()) {
          Token tok = tokens.get(i);
          boolean start = i > 0 || (tags != null && PosTags.isProperNoun(tags[0]));
          if (!start || !tok.isCapitalized() || tok.stopword() || CALENDAR.contains(tok.norm())
              || t.inQuote(s.start() + tok.start(), s.start() + tok.end())) {
            i++;
            continue;
          }
          int j = i;
          while (j + 1 < tokens.size() && tokens.get(j + 1).isCapitalized() && !tokens.get(j + 1).stopword()) {
            j++;
          }
          String last = tokens.get(j).text().replaceAll("['\u2019]s$", "");
          names.add(last);
          i = j + 1;
        }
      }
    }
    for (Quote q : quotes) {
      if (q.speaker() != null && q.sentenceIds().stream().anyMatch(idSet::contains)) {
        names.add(q.speaker());
      }
    }
    return names;
  }

  // ---- voices ------------------------------------------------------------------------------

  private FramingFlag voiceShare(Article a, Article b, List<Quote> allA, List<Quote> allB) {
    List<Quote> quotesA = voicesOnly(allA);
    List<Quote> quotesB = voicesOnly(allB);
    Map<String, int[]> wordsA = quotedWords(quotesA);
    Map<String, int[]> wordsB = quotedWords(quotesB);
    if (wordsA.isEmpty() && wordsB.isEmpty()) {
      return null;
    }
    Map<String, String> display = new TreeMap<>();
    for (Quote q : concat(quotesA, quotesB)) {
      display.putIfAbsent(speakerKey(q), q.speaker() == null ? "unattributed" : q.speaker());
    }
    int totalA = wordsA.values().stream().mapToInt(x -> x[0]).sum();
    int totalB = wordsB.values().stream().mapToInt(x -> x[0]).sum();
    Set<String> onlyA = new TreeSet<>(wordsA.keySet());
    onlyA.removeAll(wordsB.keySet());
    Set<String> onlyB = new TreeSet<>(wordsB.keySet());
    onlyB.removeAll(wordsA.keySet());
    Set<String> all = new TreeSet<>(wordsA.keySet());
    all.addAll(wordsB.keySet());
    boolean shifted = false;
    List<String> shares = new ArrayList<>();
    for (String k : all) {
      double sa = totalA == 0 ? 0 : (double) wordsA.getOrDefault(k, new int[1])[0] / totalA;
      double sb = totalB == 0 ? 0 : (double) wordsB.getOrDefault(k, new int[1])[0] / totalB;
      if (Math.abs(sa - sb) >= 0.25) {
        shifted = true;
      }
      shares.add(String.format(Locale.ROOT, "%s %.0f%% of A's quoted words and %.0f%% of B's", display.get(k), sa * 100, sb * 100));
    }
    if (onlyA.isEmpty() && onlyB.isEmpty() && !shifted) {
      return null;
    }
    String note =
        "A quotes "
            + voices(wordsA.keySet(), display, onlyA.isEmpty() && !wordsA.isEmpty() && wordsA.size() == 1)
            + "; B quotes "
            + voices(wordsB.keySet(), display, wordsB.size() == 1)
            + " ("
            + String.join("; ", shares)
            + ").";
    List<String> terms = new ArrayList<>();
    for (String k : onlyA) {
      terms.add(display.get(k));
    }
    for (String k : onlyB) {
      terms.add(display.get(k));
    }
    List<String> ids = new ArrayList<>();
    for (Quote q : concat(quotesA, quotesB)) {
      if (onlyA.contains(speakerKey(q)) || onlyB.contains(speakerKey(q))) {
        for (String id : q.sentenceIds()) {
          if (!ids.contains(id)) {
            ids.add(id);
          }
        }
      }
    }
    return new FramingFlag(FramingKind.VOICE_SHARE, null, ids, dedupe(terms), note, "rule:voice-share");
  }

  /** Returns the quotes that give someone a voice: a quoted term (scare quote) is the writer's, not a voice. */
  private static List<Quote> voicesOnly(List<Quote> quotes) {
    return quotes.stream().filter(q -> q.kind() != QuoteKind.TERM).toList();
  }

  private static String voices(Set<String> keys, Map<String, String> display, boolean only) {
    if (keys.isEmpty()) {
      return "no one";
    }
    List<String> names = new ArrayList<>();
    for (String k : keys) {
      names.add(display.get(k));
    }
    return (only ? "only " : "") + list(names);
  }

  private static Map<String, int[]> quotedWords(List<Quote> quotes) {
    Map<String, int[]> out = new TreeMap<>();
    for (Quote q : quotes) {
      out.computeIfAbsent(speakerKey(q), k -> new int[1])[0] += Tokenizer.tokenize(q.text()).size();
    }
    return out;
  }

  private static String speakerKey(Quote q) {
    if (q.speakerKey() != null) {
      return q.speakerKey();
    }
    return q.speaker() == null ? "~unattributed" : q.speaker().toLowerCase(Locale.ROOT);
  }

  private static <T> List<T> concat(List<T> x, List<T> y) {
    List<T> out = new ArrayList<>(x);
    out.addAll(y);
    return out;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static String list(java.util.Collection<String> names) {
    List<String> l = new ArrayList<>(names);
    if (l.isEmpty()) {
      return "no names";
    }
    if (l.size() == 1) {
      return l.get(0);
    }
    return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
  }

  private static List<String> dedupe(List<String> terms) {
    return List.copyOf(new LinkedHashSet<>(terms));
  }

  private static List<FramingFlag> sorted(List<FramingFlag> flags) {
    Map<String, FramingFlag> unique = new LinkedHashMap<>();
    for (FramingFlag f : flags) {
      unique.putIfAbsent(f.kind() + "|" + f.article() + "|" + f.sentenceIds() + "|" + f.terms() + "|" + f.rule(), f);
    }
    List<FramingFlag> out = new ArrayList<>(unique.values());
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /** Orders flags by kind, then first sentence (A's before B's, by position), then text. */
  static final Comparator<FramingFlag> ORDER =
      Comparator.comparing(FramingFlag::kind)
          .thenComparing(f -> f.sentenceIds().isEmpty() ? "" : side(f.sentenceIds().get(0)))
          .thenComparingInt(f -> f.sentenceIds().isEmpty() ? -1 : position(f.sentenceIds().get(0)))
          .thenComparing(f -> f.article() == null ? "" : f.article())
          .thenComparing(f -> String.join("\u0000", f.terms()))
          .thenComparing(FramingFlag::note)
          .thenComparing(FramingFlag::rule);

  private static String side(String id) {
    int dash = id.lastIndexOf("-s");
    return dash < 0 ? id : id.substring(0, dash);
  }

  private static int position(String id) {
    int dash = id.lastIndexOf("-s");
    if (dash < 0) {
      return Integer.MAX_VALUE;
    }
    try {
      return Integer.parseInt(id.substring(dash + 2));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
