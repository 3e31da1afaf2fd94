package org.parallax.quotes;

import java.util.List;
import org.parallax.text.Article;

/** Entry point of the quotes stage. PLACEHOLDER: the quotes helper replaces this body. */
public final class QuoteAnalyzer {
  /** Returns the quotes of one article. */
  public QuoteSet extract(Article article) {
    return new QuoteSet(List.of(), List.of());
  }

  /** Returns the quotes of both articles with shared speaker keys, and their matches. */
  public QuoteComparison compare(Article a, Article b) {
    return new QuoteComparison(extract(a), extract(b), List.of());
  }
}
