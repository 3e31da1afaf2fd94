package org.parallax.quotes;

import java.util.Objects;

/**
 * A voice quoted in one article, with what the article says about it.
 *
 * @param name the display name, as on the quotes
 * @param key the speaker key shared across both articles
 * @param kind person, group, organization, publication or document
 * @param role the role the article gives ("spokeswoman", "senator"), or null
 * @param affiliation the party or body the article ties the speaker to ("Democrat", "Obama
 *     campaign", "White House"), or null when the article does not say
 */
public record Speaker(String name, String key, SpeakerKind kind, String role, String affiliation) {
  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
  }
}
