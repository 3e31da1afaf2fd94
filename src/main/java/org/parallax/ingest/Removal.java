package org.parallax.ingest;

import java.util.Objects;

/** A piece of the input that ingest left out of the body, and why. */
public record Removal(String text, String reason) {
  public Removal {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
