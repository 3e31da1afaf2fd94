package org.parallax.align;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What two passages share beyond a similar subject: content words that are not names, the longest
 * stretch of words they have in common, and numbers written in digits.
 *
 * <p>Two sentences about the same people can score as similar and still say different things
 * ("Trump ... Twitter" against "Trump ... Twitter"); what tells the same content apart is a shared
 * word that is not a name (a verb, a noun of the event), a stretch of wording carried over, or the
 * same figure.
 *
 * @param nonNameStems content stems both passages have that neither has as a name (a capitalized
 *     word inside the sentence) or a number, plus shared names that no other sentence of either
 *     article has (a detail told only here, such as where someone studied)
 * @param run the longest run of consecutive words both passages have, stopwords included
 * @param runContent content words (not stopwords) in that run
 * @param runNonName content words in that run that are not names or numbers
 * @param numbers numbers in digits both passages have
 */
record SharedEvidence(int nonNameStems, int run, int runContent, int runNonName, int numbers) {
  /**
   * Returns what {@code a} and {@code b} share; {@code sentencesWith} gives the number of
   * sentences of both articles that have a stem (at least 2 for a shared one).
   */
  static SharedEvidence of(
      SentenceFeatures a, SentenceFeatures b, java.util.function.ToIntFunction<String> sentencesWith) {
    int nonName = 0;
    for (String s : a.stems.keySet()) {
      if (!b.stems.containsKey(s)) {
        continue;
      }
      boolean name = a.names.contains(s) || b.names.contains(s);
      if (!name || sentencesWith.applyAsInt(s) <= 2) {
        nonName++;
      }
    }
    List<String> x = a.allWords;
    List<String> y = b.allWords;
    int best = 0;
    int end = 0;
    int[] prev = new int[y.size() + 1];
    int[] cur = new int[y.size() + 1];
    for (int i = 1; i <= x.size(); i++) {
      for (int j = 1; j <= y.size(); j++) {
        cur[j] = x.get(i - 1).equals(y.get(j - 1)) ? prev[j - 1] + 1 : 0;
        if (cur[j] > best) {
          best = cur[j];
          end = i;
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      java.util.Arrays.fill(cur, 0);
    }
    Set<String> content = new HashSet<>(a.contentWords);
    int runContent = 0;
    int runNonName = 0;
    for (int k = end - best; k < end; k++) {
      if (content.contains(x.get(k))) {
        runContent++;
        if (!a.nameWords[k]) {
          runNonName++;
        }
      }
    }
    int numbers = 0;
    for (String n : a.numbers) {
      if (b.numbers.contains(n)) {
        numbers++;
      }
    }
    return new SharedEvidence(nonName, best, runContent, runNonName, numbers);
  }
}
