package org.parallax.ingest;

import java.util.Locale;

/** The shape an article arrived in. */
public enum Format {
  TXT,
  MARKDOWN,
  HTML;

  /** Returns the name used in reports: txt, md or html. */
  public String id() {
    return this == MARKDOWN ? "md" : name().toLowerCase(Locale.ROOT);
  }
}
