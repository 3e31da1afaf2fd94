package org.parallax.framing;

/** The kinds of framing difference Parallax flags. */
public enum FramingKind {
  ATTRIBUTION_VERB("attribution-verb"),
  LOADED_TERM("loaded-term"),
  HEDGE("hedge"),
  NAMING("naming"),
  HEADLINE("headline"),
  LEAD("lead"),
  VOICE_SHARE("voice-share");

  private final String id;

  FramingKind(String id) {
    this.id = id;
  }

  /** Returns the name used in reports. */
  public String id() {
    return id;
  }
}
