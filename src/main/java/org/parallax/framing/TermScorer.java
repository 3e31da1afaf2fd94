package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.quotes.Quote;
import org.parallax.text.Sentence;
import org.parallax.text.Span;
import org.parallax.text.Token;

/**
 * Finds the candidate loaded words of a sentence and describes each by a vector of features (lexicon
 * memberships, part of speech, sentiment strength, position, quotation) that a logistic model scores.
 */
final class TermScorer {
  /** The feature names, in vector order; the weights file names them too. */
  static final List<String> FEATURES =
      List.of(
          "recasens-bias",
          "recasens-bias-news",
          "news-loaded",
          "hedge",
          "factive-or-assertive",
          "implicative",
          "report-verb",
          "pos-adjective",
          "pos-adverb",
          "pos-verb",
          "pos-noun",
          "manner-adverb",
          "valence-strength",
          "valence-negative",
          "valence-strong",
          "valence-positive",
          "after-intensifier",
          "inside-speaker-quote",
          "word-length",
          "first-sentence",
          "adjective-with-valence",
          "verb-with-valence",
          "neutral-adverb",
          "phrase",
          "evaluative-suffix",
          "lead-sentence",
          "relative-position",
          "sentence-is-quote",
          "hyphenated",
          "capitalized",
          "comparative",
          "negative-prefix",
          "main-actor-sentence",
          "lemma-prior");

  static final Lexicon BIAS_ALL = Lexicon.load(Lexicons.DIR + "recasens-bias.txt", "lexicon:recasens-bias", null);
  static final Set<String> FACTIVE_ASSERTIVE = union(
      Lexicons.DIR + "hooper-factives.txt", Lexicons.DIR + "hooper-assertives.txt");
  static final Set<String> IMPLICATIVE = union(Lexicons.DIR + "karttunen-implicatives.txt");
  static final Set<String> REPORT = union(Lexicons.DIR + "recasens-report-verbs.txt");
  static final Map<String, Double> VALENCE = valence(Lexicons.DIR + "vader-valence.tsv");
  private static final Set<String> INTENSIFIERS =
      Set.of("very", "so", "most", "more", "extremely", "highly", "deeply", "too", "utterly", "totally",
          "really", "truly", "incredibly", "particularly", "especially", "increasingly", "downright", "fiercely");
  private static final java.util.regex.Pattern EVALUATIVE =
      java.util.regex.Pattern.compile("(ous|ive|ful|less|ic|ish|ist|ism|able|ible|ant|ent)(ly)?$");
  private static final java.util.regex.Pattern NEGATIVE_PREFIX =
      java.util.regex.Pattern.compile("^(un|in|im|ir|dis|mis|non|anti|over)");
  /** A quotation of at most this many words is a quoted term (scare quote), not a speaker's quote. */
  static final int QUOTED_TERM_WORDS = 3;

  /**
   * A candidate loaded word or phrase of one sentence.
   *
   * @param sentence the sentence
   * @param from first token
   * @param to token after the last
   * @param start body offset of the first character
   * @param end body offset after the last character
   * @param text the words as written
   * @param key the lower-case lemma or lexicon term other articles are compared on
   * @param rule the lexicon that holds it, or {@code model:loaded-term}
   * @param speaker the speaker of the quote it sits in, "" for an unknown speaker, null outside quotes
   * @param hedge whether it is a hedge or certainty marker rather than a loaded word
   * @param features the feature vector, in {@link #FEATURES} order
   * @param bridged whether it follows the previous candidate of its sentence across one short function word
   *     ("swipe at Congress", "pretext to attack"), so the two may be flagged as one phrase
   */
  record Candidate(
      Sentence sentence, int from, int to, int start, int end, String text, String key, String rule,
      String speaker, boolean hedge, double[] features, boolean bridged) {
    boolean quoted() {
      return speaker != null;
    }
  }

  private TermScorer() {}

  /**
   * Returns the candidates of one sentence: lexicon phrases and single content words, outside names and
   * scare quotes; hedge words are left to the hedge rule, which flags them on its own.
   */
  static List<Candidate> candidates(ArticleText t, int index, List<Quote> quotes) {
    Sentence s = t.sentences().get(index);
    List<Token> tokens = t.tokens(index);
    List<Candidate> out = new ArrayList<>();
    if (tokens.isEmpty()) {
      return out;
    }
    String[] tags = PosTags.tagSentence(s.text(), tokens);
    Map<Integer, Lexicon.Match> phraseAt = new HashMap<>();
    Map<Integer, String> ruleAt = new HashMap<>();
    for (Lexicon lex : List.of(Lexicons.NEWS, BIAS_ALL)) {
      for (Lexicon.Match m : lex.find(tokens)) {
        if (!phraseAt.containsKey(m.from())) {
          phraseAt.put(m.from(), m);
          boolean news = lex == Lexicons.NEWS;
          ruleAt.put(m.from(), news ? "lexicon:news-loaded"
              : Lexicons.BIAS.get(m.entry().term()) != null ? "lexicon:recasens-bias" : null);
        }
      }
    }
    boolean mainActor = t.namesMainActor(index);
    Map<Integer, Lexicon.Match> hedgeAt = new HashMap<>();
    for (Lexicon.Match m : Lexicons.HEDGES.find(tokens)) {
      hedgeAt.putIfAbsent(m.from(), m);
    }
    int i = 0;
    int previousTo = -1;
    while (i < tokens.size()) {
      Lexicon.Match phrase = phraseAt.get(i);
      int to = phrase != null ? phrase.to() : i + 1;
      Token first = tokens.get(i);
      boolean word = first.norm().chars().anyMatch(Character::isLetter) && !first.isNumber();
      Lexicon.Match hedge = phrase == null ? hedgeAt.get(i) : null;
      if (hedge != null) {
        to = hedge.to();
      }
      if (!word || (phrase == null && hedge == null && first.stopword()) || t.inProperName(index, i, to)) {
        i = to;
        continue;
      }
      int start = s.start() + first.start();
      int end = s.start() + tokens.get(to - 1).end();
      Span around = t.quoteAround(start, end);
      if (around != null && words(t.article().body(), around) <= QUOTED_TERM_WORDS) {
        i = to;
        continue;
      }
      String speaker = null;
      if (around != null) {
        speaker = "";
        for (Quote q : quotes) {
          if (q.start() <= start && end <= q.end() && q.speaker() != null) {
            speaker = q.speaker();
            break;
          }
        }
      }
      String key = phrase != null ? phrase.entry().term().toLowerCase(Locale.ROOT)
          : hedge != null ? hedge.entry().term().toLowerCase(Locale.ROOT) : first.stem();
      String rule = phrase != null && ruleAt.get(i) != null ? ruleAt.get(i)
          : hedge != null ? hedge.entry().rule() : null;
      double[] f = features(tokens, tags, i, to, index, phrase, speaker != null);
      f[FEATURES.indexOf("relative-position")] = t.sentences().size() <= 1 ? 0 : (double) index / (t.sentences().size() - 1);
      f[FEATURES.indexOf("main-actor-sentence")] = mainActor ? 1 : 0;
      f[FEATURES.indexOf("sentence-is-quote")] = t.inQuote(s.start() + tokens.get(0).start(), s.start() + tokens.get(tokens.size() - 1).end()) ? 1 : 0;
      if (rule == null && f[FEATURES.indexOf("manner-adverb")] > 0) {
        rule = "rule:manner-adverb";
      }
      boolean bridged = previousTo >= 1 && i - previousTo == 1 && bridge(tokens.get(previousTo))
          && s.text().substring(tokens.get(previousTo - 1).end(), first.start()).chars()
              .allMatch(c -> Character.isLetter(c) || Character.isWhitespace(c));
      out.add(new Candidate(s, i, to, start, end, s.text().substring(first.start(), tokens.get(to - 1).end()),
          key, rule == null ? "model:loaded-term" : rule, speaker, hedge != null, f, bridged));
      previousTo = to;
      i = to;
    }
    return out;
  }

  /** Most letters of a function word that a phrase may span ("at", "the"; "of the" is two words, not one). */
  static final int BRIDGE_LETTERS = 4;

  /** Coordinators join two words that each carry their own load: they stay two flags. */
  private static final Set<String> COORDINATORS = Set.of("and", "or", "but", "nor", "yet");

  /** Returns whether a token is a short lower-case function word two loaded words may be joined across. */
  static boolean bridge(Token t) {
    String w = t.text();
    return t.stopword() && !w.isEmpty() && w.length() <= BRIDGE_LETTERS && !COORDINATORS.contains(w)
        && w.chars().allMatch(c -> Character.isLetter(c) && Character.isLowerCase(c));
  }

  private static int words(String body, Span span) {
    String inner = body.substring(Math.max(0, span.start()), Math.min(body.length(), span.end())).strip();
    return inner.isEmpty() ? 0 : inner.split("\\s+").length;
  }

  private static double[] features(
      List<Token> tokens, String[] tags, int from, int to, int index, Lexicon.Match phrase, boolean quoted) {
    double[] f = new double[FEATURES.size()];
    String norm = tokens.get(from).norm();
    String tag = tags == null ? "" : tags[from];
    String lemmaKey = phrase != null ? phrase.entry().term().toLowerCase(Locale.ROOT) : null;
    set(f, "recasens-bias", lemmaKey != null && BIAS_ALL.get(lemmaKey) != null);
    set(f, "recasens-bias-news", lemmaKey != null && Lexicons.BIAS.get(lemmaKey) != null);
    set(f, "news-loaded", lemmaKey != null && Lexicons.NEWS.get(lemmaKey) != null);
    set(f, "hedge", Lexicons.HEDGES.get(norm) != null);
    set(f, "factive-or-assertive", anyLemma(norm, FACTIVE_ASSERTIVE));
    set(f, "implicative", anyLemma(norm, IMPLICATIVE));
    set(f, "report-verb", anyLemma(norm, REPORT));
    boolean adj = tag.equals("ADJ") || tag.startsWith("JJ");
    boolean adv = tag.equals("ADV") || tag.startsWith("RB");
    boolean verb = PosTags.isVerb(tag);
    set(f, "pos-adjective", adj);
    set(f, "pos-adverb", adv);
    set(f, "pos-verb", verb);
    set(f, "pos-noun", PosTags.isNoun(tag));
    boolean manner = norm.length() >= 7 && norm.endsWith("ly") && norm.chars().allMatch(Character::isLetter);
    set(f, "manner-adverb", manner && !Lexicons.NEUTRAL_ADVERBS.contains(norm) && Lexicons.HEDGES.get(norm) == null);
    set(f, "neutral-adverb", Lexicons.NEUTRAL_ADVERBS.contains(norm));
    double v = 0;
    for (int k = from; k < to; k++) {
      double x = valenceOf(tokens.get(k).norm());
      if (Math.abs(x) > Math.abs(v)) {
        v = x;
      }
    }
    f[FEATURES.indexOf("valence-strength")] = Math.abs(v) / 4.0;
    set(f, "valence-negative", v < 0);
    set(f, "valence-positive", v > 0);
    set(f, "valence-strong", Math.abs(v) >= 2.0);
    set(f, "after-intensifier", from > 0 && INTENSIFIERS.contains(tokens.get(from - 1).norm()));
    set(f, "inside-speaker-quote", quoted);
    f[FEATURES.indexOf("word-length")] = Math.min(norm.length(), 15) / 15.0;
    set(f, "first-sentence", index == 0);
    set(f, "adjective-with-valence", adj && v != 0);
    set(f, "verb-with-valence", verb && v != 0);
    set(f, "phrase", to - from > 1);
    set(f, "evaluative-suffix", EVALUATIVE.matcher(norm).find());
    set(f, "lead-sentence", index < 3);
    set(f, "hyphenated", tokens.get(from).text().indexOf('-') > 0);
    set(f, "capitalized", tokens.get(from).isCapitalized());
    set(f, "comparative", (from > 0 && Set.of("more", "most", "less", "least").contains(tokens.get(from - 1).norm()))
        || (adj && (norm.endsWith("est") || norm.endsWith("ier"))));
    set(f, "negative-prefix", NEGATIVE_PREFIX.matcher(norm).find() && norm.length() >= 7);
    return f;
  }

  private static void set(double[] f, String name, boolean on) {
    f[FEATURES.indexOf(name)] = on ? 1.0 : 0.0;
  }

  private static boolean anyLemma(String norm, Set<String> set) {
    for (String c : Lemmas.candidates(norm)) {
      if (set.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the VADER valence of a word or of its lemma, 0 when unknown. */
  static double valenceOf(String norm) {
    for (String c : Lemmas.candidates(norm)) {
      Double v = VALENCE.get(c);
      if (v != null) {
        return v;
      }
    }
    return 0;
  }

  private static Set<String> union(String... resources) {
    Set<String> out = new java.util.HashSet<>();
    for (String r : resources) {
      for (String[] row : Lexicon.readRows(r)) {
        out.add(row[0].strip().toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  private static Map<String, Double> valence(String resource) {
    Map<String, Double> out = new HashMap<>();
    for (String[] row : Lexicon.readRows(resource)) {
      if (row.length >= 2) {
        try {
          out.put(row[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(row[1].strip()));
        } catch (NumberFormatException e) {
          // a malformed row is skipped
        }
      }
    }
    return Map.copyOf(out);
  }
}
