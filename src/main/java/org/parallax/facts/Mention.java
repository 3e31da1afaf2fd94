package org.parallax.facts;

import java.util.Objects;

/** One place where an article names a fact: the surface text, its sentence and its body offsets. */
public record Mention(String article, String sentenceId, String text, int start, int end) {
  public Mention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sentenceId, "sentenceId");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
  }
}
