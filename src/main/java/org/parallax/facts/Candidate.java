package org.parallax.facts;

/**
 * One mention a finder proposes, before mentions are merged into facts.
 *
 * @param kind what the mention names
 * @param key the identity, or null for people (the merger computes theirs)
 * @param canonical the display form the finder proposes
 * @param article the article label
 * @param articleOrder 0 for the first article of a comparison, 1 for the second
 * @param sentenceId the sentence id
 * @param text the surface text as in the body
 * @param start body offset
 * @param end body offset after the mention
 * @param alias a looser identity for matching an unresolved date across articles (weekday:thursday), or null
 * @param slot what a value is about, for conflicts (unit of a number, event word of a date), or null
 * @param sure whether a lone name is known to be a person (a title or speech verb next to it)
 */
record Candidate(
    FactKind kind,
    String key,
    String canonical,
    String article,
    int articleOrder,
    String sentenceId,
    String text,
    int start,
    int end,
    String alias,
    String slot,
    boolean sure) {

  Mention mention() {
    return new Mention(article, sentenceId, text, start, end);
  }
}
