package org.parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.parallax.align.AlignmentResult;
import org.parallax.facts.Fact;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteComparison;
import org.parallax.text.Article;

/**
 * Entry point of the framing stage: gathers the flags of each kind of framing difference between two
 * articles (one class each: {@link AttributionFlagger}, {@link HedgeFlagger}, {@link NamingFlagger},
 * {@link WordChoiceFlagger}, {@link HeadlineFlagger}, {@link LeadFlagger}, {@link VoiceFlagger},
 * {@link OwnVoiceFlagger}, {@link DistancingFlagger}), and raises none when the articles cover different events.
 */
public final class FramingAnalyzer {
  private final TermChooser chooser;
  private final List<Flagger> flaggers;

  /** Creates an analyzer that scores loaded words with the shipped model. */
  public FramingAnalyzer() {
    this(TermModel.shipped());
  }

  /** Creates an analyzer that scores loaded words with {@code model}. */
  public FramingAnalyzer(TermModel model) {
    this.chooser = new TermChooser(Objects.requireNonNull(model, "model"));
    this.flaggers =
        List.of(
            new HeadlineFlagger(),
            new AttributionFlagger(),
            new DistancingFlagger(),
            new WordChoiceFlagger(chooser),
            new HedgeFlagger(),
            new NamingFlagger(),
            new VoiceFlagger(),
            new LeadFlagger(),
            new OwnVoiceFlagger(chooser));
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
    return List.copyOf(chooser.candidates(new ArticleText(article, qs), qs));
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
    return TermChooser.choose(cands, scores, threshold, FLAGS_PER_SENTENCE);
  }

  static List<List<Integer>> choose(List<TermCandidate> cands, double[] scores, double threshold, int perSentence) {
    return TermChooser.choose(cands, scores, threshold, perSentence);
  }

  /**
   * Returns the framing flags for two articles, ordered by kind, then first sentence; none when the
   * alignment judges the articles unrelated (different events have no framing difference to show).
   */
  public List<FramingFlag> analyze(
      Article a, Article b, AlignmentResult alignment, QuoteComparison quotes, List<Fact> facts) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(quotes, "quotes");
    Objects.requireNonNull(facts, "facts");
    if (!alignment.related()) {
      return List.of();
    }
    ArticlePair pair = new ArticlePair(a, b, alignment, quotes, facts);
    List<FramingFlag> flags = new ArrayList<>();
    for (Flagger f : flaggers) {
      flags.addAll(f.flags(pair));
    }
    dropVerbsFlaggedTwice(flags);
    return sorted(flags);
  }

  /**
   * Removes the word-choice flags whose word is an attribution verb the attribution rule already
   * contrasts in the same sentence ("alleged" against "accused"): one word, one flag.
   */
  private static void dropVerbsFlaggedTwice(List<FramingFlag> flags) {
    java.util.Set<String> verbs = new java.util.HashSet<>();
    for (FramingFlag f : flags) {
      if (f.kind() == FramingKind.ATTRIBUTION_VERB) {
        for (String id : f.sentenceIds()) {
          for (String term : f.terms()) {
            verbs.add(id + "|" + term.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    flags.removeIf(f -> (f.kind() == FramingKind.LOADED_TERM || f.kind() == FramingKind.OWN_VOICE)
        && f.sentenceIds().stream().anyMatch(id -> verbs.contains(id + "|" + f.terms().get(0).toLowerCase(Locale.ROOT))));
    // a distancing verb the contrast rule already sets against the other outlet's verb is one flag, not two
    java.util.Set<String> contrasted = new java.util.HashSet<>();
    for (FramingFlag f : flags) {
      if (f.kind() == FramingKind.ATTRIBUTION_VERB && f.article() == null) {
        for (String id : f.sentenceIds()) {
          for (String term : f.terms()) {
            contrasted.add(id + "|" + term.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    flags.removeIf(f -> f.rule().equals("rule:distancing-verb")
        && contrasted.contains(f.sentenceIds().get(0) + "|" + f.terms().get(0).toLowerCase(Locale.ROOT)));
  }

  /** Returns loaded-word and hedge flags of one article read alone, outside scare quotes and names. */
  public List<FramingFlag> loadedTerms(Article article, List<Quote> quotes) {
    return sorted(loadedTermSpans(article, quotes).stream().map(LoadedTerm::flag).toList());
  }

  /**
   * Returns the loaded-word and hedge flags of one article read alone with their body offsets, in text
   * order: the model's choices, as the BASIL evaluation measures them (not the flags a comparison shows).
   */
  public List<LoadedTerm> loadedTermSpans(Article article, List<Quote> quotes) {
    Objects.requireNonNull(article, "article");
    List<Quote> qs = quotes == null ? List.of() : quotes;
    ArticleText t = new ArticleText(article, qs);
    List<LoadedTerm> out = new ArrayList<>();
    for (TermChooser.Chosen c : chooser.chosen(t, qs)) {
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

  private static boolean booster(String key) {
    LexiconEntry e = Lexicons.HEDGES.get(key);
    return e != null && "booster".equals(e.kind());
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
