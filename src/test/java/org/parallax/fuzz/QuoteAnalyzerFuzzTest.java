package org.parallax.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.quotes.QuoteSet;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;

/** Extracts and matches quotes in random text: no exception, and every quote points into its article. */
class QuoteAnalyzerFuzzTest {
  private static final Segmenter SEGMENTER = new Segmenter();
  private static final QuoteAnalyzer QUOTES = new QuoteAnalyzer();

  private static Article article(String label, String body) {
    Document d = new Document("fuzz-" + label, Format.TXT, null, null, null, null, body, List.of(), List.of());
    return SEGMENTER.segment(label, d);
  }

  @FuzzTest(maxDuration = "30s")
  void extract(FuzzedDataProvider data) {
    String a = data.consumeString(2000);
    String b = data.consumeRemainingAsString();
    if (a.isBlank()) {
      return;
    }
    Article article = article("A", a);
    QuoteSet set = QUOTES.extract(article);
    for (Quote q : set.quotes()) {
      for (String id : q.sentenceIds()) {
        assertTrue(article.sentences().stream().anyMatch(s -> s.id().equals(id)), () -> "quote in unknown sentence: " + q);
      }
    }
    if (!b.isBlank()) {
      QUOTES.compare(article, article("B", b));
    }
  }
}
