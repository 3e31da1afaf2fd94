package org.parallax.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/** What the similarity signals need to know about one passage, computed once. */
final class SentenceFeatures {
  /** Words that only place a sentence in time; sharing them says little about shared content. */
  private static final Set<String> TEMPORAL =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "week", "month",
          "year", "day", "earlier", "later", "recent", "last", "next", "ago");

  final String text;
  /** Stem to count, for content words in first-seen order. */
  final Map<String, Integer> stems;
  /** Stems of temporal words. */
  final Set<String> temporal;
  /** Character trigrams of the content words. */
  final Set<String> grams;
  /** Capitalized content words not at the start of the passage, and numbers. */
  final Set<String> names;
  /** Numbers written in digits, separators removed. */
  final Set<String> numbers;
  final int words;
  /** Lowercase words (letters or digits) in order, stopwords included. */
  final List<String> allWords;
  /** Lowercase words in order, stopwords left out. */
  final List<String> contentWords;
  /** By position in {@link #allWords}: whether the word is a name (capitalized inside the passage) or a number. */
  final boolean[] nameWords;
  /** The paraphrase model's n-grams of this passage, computed on first use (see {@link ParaphraseModel}). */
  ParaphraseModel.Grams grams4model;
  /** The sorted keys of {@link #keys}, computed on first use. */
  private Keys keys;
  /** The stem weights of the scorer that last asked (see {@link SimilarityScorer}), or null. */
  Weights weights;
  /** The normalized sentence embedding, or null when the semantic signal is off. */
  final float[] vector;

  private SentenceFeatures(
      String text,
      Map<String, Integer> stems,
      Set<String> temporal,
      Set<String> grams,
      Set<String> names,
      Set<String> numbers,
      int words,
      List<String> allWords,
      List<String> contentWords,
      boolean[] nameWords,
      float[] vector) {
    this.text = text;
    this.stems = stems;
    this.temporal = temporal;
    this.grams = grams;
    this.names = names;
    this.numbers = numbers;
    this.words = words;
    this.allWords = allWords;
    this.contentWords = contentWords;
    this.nameWords = nameWords;
    this.vector = vector;
  }

  /** Returns these features with the sentence embedding attached. */
  SentenceFeatures withVector(float[] v) {
    SentenceFeatures out =
        new SentenceFeatures(
            text, stems, temporal, grams, names, numbers, words, allWords, contentWords, nameWords, v);
    // What was computed from the words stays valid.
    out.keys = keys;
    out.grams4model = grams4model;
    out.weights = weights;
    return out;
  }

  static SentenceFeatures of(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    Map<String, Integer> stems = new LinkedHashMap<>();
    Set<String> temporal = new HashSet<>();
    Set<String> grams = new HashSet<>();
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    List<String> content = new ArrayList<>();
    List<String> allWords = new ArrayList<>();
    List<String> contentWords = new ArrayList<>();
    boolean[] nameWords = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean word = t.norm().codePoints().anyMatch(Character::isLetterOrDigit);
      if (word) {
        nameWords[allWords.size()] = t.isNumber() || (i > 0 && t.isCapitalized());
        allWords.add(t.norm().toLowerCase(Locale.ROOT));
        if (!t.stopword()) {
          contentWords.add(t.norm().toLowerCase(Locale.ROOT));
        }
      }
      if (t.stopword()) {
        continue;
      }
      if (t.isNumber()) {
        numbers.add(t.norm().replace(",", ""));
      }
      if (TEMPORAL.contains(t.norm())) {
        temporal.add(t.stem());
        continue;
      }
      stems.merge(t.stem(), 1, Integer::sum);
      content.add(t.norm());
      if (t.isNumber() || (i > 0 && t.isCapitalized())) {
        names.add(t.isNumber() ? t.norm() : t.stem());
      }
    }
    for (String w : content) {
      String padded = " " + w + " ";
      for (int i = 0; i + 3 <= padded.length(); i++) {
        grams.add(padded.substring(i, i + 3));
      }
    }
    return new SentenceFeatures(
        text, stems, temporal, grams, names, numbers, tokens.size(), List.copyOf(allWords),
        List.copyOf(contentWords), java.util.Arrays.copyOf(nameWords, allWords.size()), null);
  }

  /** Returns the sorted keys of this passage, computing them on first use. */
  Keys keys() {
    Keys k = keys;
    if (k == null) {
      k = new Keys(this);
      keys = k;
    }
    return k;
  }

  /**
   * The sets of a passage as {@link SortedKeys} (strings) or sorted packed n-grams (longs), for
   * intersections by merging (see {@link Overlap}); immutable once built.
   */
  static final class Keys {
    /** Content stems, with positions in the order of {@link SentenceFeatures#stems}. */
    final SortedKeys stems;
    final SortedKeys temporal;
    /** {@link SentenceFeatures#grams}, packed (see {@link SortedKeys#pack}) and sorted. */
    final long[] grams;
    final SortedKeys names;
    final SortedKeys numbers;

    private Keys(SentenceFeatures f) {
      stems = SortedKeys.ofOrdered(List.copyOf(f.stems.keySet()));
      temporal = SortedKeys.of(f.temporal);
      long[] g = new long[f.grams.size()];
      int n = 0;
      for (String s : f.grams) {
        g[n++] = SortedKeys.pack(s, 0, s.length());
      }
      grams = SortedKeys.sortedDistinct(g, n);
      names = SortedKeys.of(f.names);
      numbers = SortedKeys.of(f.numbers);
    }
  }

  /** The weight of each content stem, in the order of {@link #stems}, under one scorer's word statistics. */
  record Weights(SimilarityScorer owner, double[] values) {}

  /** Returns features of this passage joined with {@code next} (for split and merged sentences). */
  static SentenceFeatures join(SentenceFeatures first, SentenceFeatures next) {
    SentenceFeatures joined = of(first.text + " " + next.text);
    if (first.vector == null || next.vector == null) {
      return joined;
    }
    // Mean pooling over the joined tokens is close to the length-weighted mean of the parts.
    return joined.withVector(
        Embedder.combine(
            first.vector, Math.max(1, first.words), next.vector, Math.max(1, next.words)));
  }
}
