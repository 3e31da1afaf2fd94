package org.parallax.framing;

/** The kinds of framing difference Parallax flags. */
public enum FramingKind {
  ATTRIBUTION_VERB("attribution-verb"),
  /** Word choice: a charged word where the matching passage of the other outlet uses another. */
  LOADED_TERM("loaded-term"),
  HEDGE("hedge"),
  NAMING("naming"),
  HEADLINE("headline"),
  LEAD("lead"),
  VOICE_SHARE("voice-share"),
  /** A charged word in one outlet's own voice, in a passage the other outlet does not carry. */
  OWN_VOICE("own-voice");

  private final String id;

  FramingKind(String id) {
    this.id = id;
  }

  /** Returns the name used in reports. */
  public String id() {
    return id;
  }
}
