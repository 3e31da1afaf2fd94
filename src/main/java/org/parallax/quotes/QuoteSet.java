package org.parallax.quotes;

import java.util.List;

/** The quotes of one article in body order, with diagnostics about marks that did not pair up. */
public record QuoteSet(List<Quote> quotes, List<String> diagnostics) {
  public QuoteSet {
    quotes = List.copyOf(quotes);
    diagnostics = List.copyOf(diagnostics);
  }
}
