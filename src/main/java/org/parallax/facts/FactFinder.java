package org.parallax.facts;

import java.util.List;
import org.parallax.text.Article;

/** Entry point of the facts stage. PLACEHOLDER: the facts helper replaces this body. */
public final class FactFinder {
  /** Returns the facts of one article, each with in = [label]. */
  public List<Fact> facts(Article article) {
    return List.of();
  }

  /** Returns the facts of both articles merged by identity, each marked with the articles that have it. */
  public List<Fact> compare(Article a, Article b) {
    return List.of();
  }
}
