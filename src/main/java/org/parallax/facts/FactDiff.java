package org.parallax.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.align.AlignmentResult;
import org.parallax.text.Article;

/**
 * The facts of two articles merged by identity, with what is needed to find where they conflict once
 * the sentences are aligned.
 */
public final class FactDiff {
  private final Article a;
  private final Article b;
  private final FactMerger.Result merged;
  private final Map<String, SentenceWords> sentences;

  FactDiff(Article a, Article b, FactMerger.Result merged, Map<String, SentenceWords> sentences) {
    this.a = a;
    this.b = b;
    this.merged = merged;
    this.sentences = Map.copyOf(sentences);
  }

  /** Returns the facts of both articles, each marked with the articles that have it. */
  public List<Fact> facts() {
    return merged.facts();
  }

  /**
   * Returns the values the two articles give differently for the same thing, found in aligned
   * sentences only, in the order of A's sentences.
   */
  public List<Conflict> conflicts(AlignmentResult alignment) {
    Objects.requireNonNull(alignment, "alignment");
    return new ConflictFinder(a, b, merged, sentences).find(alignment);
  }
}
