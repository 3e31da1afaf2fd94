package org.parallax.quotes;

/** What a quotation is: a speaker's whole utterance, a fragment inside a sentence, or a quoted term. */
public enum QuoteKind {
  FULL("full"),
  PARTIAL("partial"),
  TERM("term");

  private final String id;

  QuoteKind(String id) {
    this.id = id;
  }

  /** Returns the name used in reports. */
  public String id() {
    return id;
  }
}
