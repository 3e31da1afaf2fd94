package org.parallax.facts;

import java.util.Locale;

/** The kind of thing a fact names. */
public enum FactKind {
  PERSON,
  ORGANIZATION,
  PLACE,
  DATE,
  NUMBER,
  THING;

  /** Returns the name used in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
