package org.parallax.quotes;

import java.util.List;

/**
 * The quotes of one article in body order, with diagnostics about marks that did not pair up and
 * a profile of each speaker (by first quote).
 */
public record QuoteSet(List<Quote> quotes, List<String> diagnostics, List<Speaker> speakers) {
  public QuoteSet {
    quotes = List.copyOf(quotes);
    diagnostics = List.copyOf(diagnostics);
    speakers = List.copyOf(speakers);
  }

  /** Returns a set without speaker profiles. */
  public QuoteSet(List<Quote> quotes, List<String> diagnostics) {
    this(quotes, diagnostics, List.of());
  }

  /** Returns the profile of the speaker with key {@code key}, or null. */
  public Speaker speaker(String key) {
    for (Speaker s : speakers) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    return null;
  }
}
