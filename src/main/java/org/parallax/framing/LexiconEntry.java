package org.parallax.framing;

import java.util.List;
import java.util.Objects;

/**
 * One word or phrase of a lexicon.
 *
 * @param term the entry as written in the lexicon
 * @param words the lower-case words of the entry
 * @param kind the class the lexicon gives it (neutral, charged, hedge ...), or an empty string
 * @param grade a strength or grade the lexicon gives it, 0 when it gives none
 * @param rule the name of the lexicon, such as {@code lexicon:recasens-bias}
 */
record LexiconEntry(String term, List<String> words, String kind, int grade, String rule) {
  LexiconEntry {
    Objects.requireNonNull(term, "term");
    words = List.copyOf(words);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty lexicon entry");
    }
  }
}
