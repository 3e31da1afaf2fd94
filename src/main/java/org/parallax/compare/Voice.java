package org.parallax.compare;

/**
 * How much one speaker is quoted in one article, and what the article says the speaker is.
 *
 * @param speaker the display name, or "(unattributed)"
 * @param speakerKey the speaker key, or null for unattributed quotes
 * @param quotes quotes of this speaker
 * @param words quoted words
 * @param kind person, group, organization, publication or document, or null when unattributed
 * @param role the role the article gives, or null
 * @param affiliation the party or body the article ties the speaker to, or null when it does not say
 */
public record Voice(String speaker, String speakerKey, int quotes, int words, String kind, String role, String affiliation) {
  /** Returns a voice without a profile. */
  public Voice(String speaker, String speakerKey, int quotes, int words) {
    this(speaker, speakerKey, quotes, words, null, null, null);
  }
}
