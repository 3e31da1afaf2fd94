package org.parallax.text;

import java.util.List;
import java.util.Objects;
import org.parallax.ingest.Document;

/** An ingested document with its label (A or B) and its sentences. */
public record Article(String label, Document document, List<Sentence> sentences) {
  public Article {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
  }

  /** Returns the body text that all offsets point into. */
  public String body() {
    return document.body();
  }

  /** Returns the sentence that contains offset {@code pos}, or the last one before it. */
  public Sentence sentenceAt(int pos) {
    Sentence found = sentences.isEmpty() ? null : sentences.get(0);
    for (Sentence s : sentences) {
      if (s.start() <= pos) {
        found = s;
      } else {
        break;
      }
    }
    return found;
  }
}
