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

  /**
   * Returns the sentences of the quotation that {@code sentence} belongs to, in order: the sentence that opens
   * it and each one that {@linkplain Sentence#continues continues} it; just {@code sentence} when it is in no
   * quotation of several sentences.
   */
  public List<Sentence> quotationOf(Sentence sentence) {
    int k = sentence.index();
    if (k < 0 || k >= sentences.size() || !sentences.get(k).equals(sentence)) {
      throw new IllegalArgumentException("not a sentence of article " + label + ": " + sentence.id());
    }
    int from = k;
    while (from > 0 && sentences.get(from).continues() != null) {
      from--;
    }
    int to = k + 1;
    while (to < sentences.size() && sentences.get(to).continues() != null) {
      to++;
    }
    return sentences.subList(from, to);
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
