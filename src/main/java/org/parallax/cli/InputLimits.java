package org.parallax.cli;

import java.util.Locale;
import org.parallax.ingest.Document;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/**
 * The largest article Parallax compares, so that every run ends in bounded time and memory.
 *
 * <p>{@code --max-size} bounds the bytes read; these bound what the stages after ingest work on.
 * Embedding is about one model run per sentence and alignment, quotes and facts grow with the
 * number of sentences, so an article with more sentences than {@link #MAX_SENTENCES} is refused
 * (exit 2, the limit named) rather than run for minutes. The text is checked before it is cut into
 * sentences, and each sentence's length, which bounds the word diffs and the per-sentence stages.
 * The README gives the time these sizes take.
 */
final class InputLimits {
  /** Most characters of article text (after markup and boilerplate are removed). */
  static final int MAX_CHARS = 500_000;
  /** Most sentences in one article. */
  static final int MAX_SENTENCES = 1_000;
  /** Most characters in one sentence. */
  static final int MAX_SENTENCE_CHARS = 5_000;

  private InputLimits() {}

  /** Refuses a document whose text is longer than {@link #MAX_CHARS}. */
  static void checkText(Document d) throws UserError {
    int n = d.body().length();
    if (n > MAX_CHARS) {
      throw new UserError(
          String.format(
              Locale.ROOT,
              "%s: too long to compare: %,d characters of text; the limit is %,d characters per article",
              d.source(),
              n,
              MAX_CHARS));
    }
  }

  /** Refuses an article with more than {@link #MAX_SENTENCES} sentences or a sentence longer than {@link #MAX_SENTENCE_CHARS}. */
  static void checkSentences(Article a) throws UserError {
    String source = a.document().source();
    int n = a.sentences().size();
    if (n > MAX_SENTENCES) {
      throw new UserError(
          String.format(
              Locale.ROOT,
              "%s: too long to compare: %,d sentences; the limit is %,d sentences per article",
              source,
              n,
              MAX_SENTENCES));
    }
    for (Sentence s : a.sentences()) {
      int len = s.text().length();
      if (len > MAX_SENTENCE_CHARS) {
        throw new UserError(
            String.format(
                Locale.ROOT,
                "%s: a sentence of %,d characters (sentence %d); the limit is %,d characters per sentence",
                source,
                len,
                s.index() + 1,
                MAX_SENTENCE_CHARS));
      }
    }
  }
}
