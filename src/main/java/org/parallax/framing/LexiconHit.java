package org.parallax.framing;

import java.util.Objects;

/**
 * A lexicon entry found in an article.
 *
 * @param entry the entry
 * @param text the words as written in the article
 * @param sentenceId the sentence that holds them
 * @param sentenceIndex the position of that sentence in the article
 * @param start body offset of the first character
 * @param end body offset after the last character
 */
record LexiconHit(
    LexiconEntry entry, String text, String sentenceId, int sentenceIndex, int start, int end) {
  LexiconHit {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentenceId, "sentenceId");
  }

  /** Returns the hit of lexicon match {@code m} in sentence {@code index} of {@code t}. */
  static LexiconHit of(ArticleText t, int index, Lexicon.Match m) {
    org.parallax.text.Sentence s = t.sentences().get(index);
    java.util.List<org.parallax.text.Token> tokens = t.tokens(index);
    int start = tokens.get(m.from()).start();
    int end = tokens.get(m.to() - 1).end();
    return new LexiconHit(m.entry(), s.text().substring(start, end), s.id(), index, s.start() + start, s.start() + end);
  }

  /** Returns the key hits of one entry share, its lower-case term. */
  String key() {
    return entry.term().toLowerCase(java.util.Locale.ROOT);
  }
}
