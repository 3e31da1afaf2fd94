package org.parallax.framing;

import java.util.List;
import org.parallax.align.AlignmentResult;
import org.parallax.facts.Fact;
import org.parallax.quotes.QuoteComparison;
import org.parallax.text.Article;

/** Entry point of the framing stage. PLACEHOLDER until the framing rules land. */
public final class FramingAnalyzer {
  /** Returns the framing flags for two articles, in a stable order. */
  public List<FramingFlag> analyze(
      Article a, Article b, AlignmentResult alignment, QuoteComparison quotes, List<Fact> facts) {
    return List.of();
  }
}
