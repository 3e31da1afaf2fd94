package org.parallax.quotes;

import java.util.List;

/** The quotes of both articles, with speaker keys shared across them, and the matches between them. */
public record QuoteComparison(QuoteSet a, QuoteSet b, List<QuoteMatch> matches) {
  public QuoteComparison {
    matches = List.copyOf(matches);
  }
}
