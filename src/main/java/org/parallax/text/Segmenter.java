package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import org.parallax.ingest.Document;

/**
 * Turns a document into an {@link Article}: paragraphs, then sentences with offsets into the body. A sentence
 * that continues a quotation of several sentences links to the sentence before it ({@link Sentence#continues}).
 */
public final class Segmenter {
  private final SentenceSplitter splitter;

  /** Creates a segmenter with the default {@link SentenceSplitter}. */
  public Segmenter() {
    this(new SentenceSplitter());
  }

  /** Creates a segmenter that uses {@code splitter}. */
  public Segmenter(SentenceSplitter splitter) {
    this.splitter = java.util.Objects.requireNonNull(splitter, "splitter");
  }

  /** Returns the labelled article with its sentences; sentence ids are {@code label + "-s" + n}. */
  public Article segment(String label, Document document) {
    String body = document.body();
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int pos = 0;
    while (pos <= body.length()) {
      int next = body.indexOf("\n\n", pos);
      int end = next < 0 ? body.length() : next;
      String para = body.substring(pos, end);
      if (!para.isBlank()) {
        boolean first = true;
        for (SentenceSplitter.Piece piece : splitter.pieces(para)) {
          Span span = piece.span();
          int s = pos + span.start();
          int e = pos + span.end();
          String text = body.substring(s, e);
          int index = sentences.size();
          String continues = piece.continuesQuote() && !first ? sentences.get(index - 1).id() : null;
          sentences.add(
              new Sentence(label + "-s" + (index + 1), index, paragraph, s, e, text, TextNormalizer.normalize(text),
                  continues));
          first = false;
        }
        paragraph++;
      }
      if (next < 0) {
        break;
      }
      pos = next + 2;
    }
    return new Article(label, document, sentences);
  }
}
