package org.parallax.quotes;

import java.util.Locale;

/** What kind of voice a speaker is. */
public enum SpeakerKind {
  PERSON,
  GROUP,
  ORGANIZATION,
  PUBLICATION,
  DOCUMENT;

  /** Returns the name used in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
