package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.parallax.align.WordDiffer;
import org.parallax.facts.FactFinder;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.ingest.Ingestor;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;
import org.parallax.text.Tokenizer;

/**
 * Issue 16: inputs whose length drove recursive regular expressions into StackOverflowError (a word
 * of hyphen-joined parts, a line of {@code >}, a number with many comma groups). Each stage runs
 * here on a thread with a 256 KB stack, on shapes far longer than the ones that overflowed a 1 MB
 * stack: a stage whose matching recursed once per repetition would overflow.
 */
class RecursionShapesTest {
  private static final long SMALL_STACK = 256 * 1024;

  /** Runs {@code work} on a thread with a small stack and rethrows what it threw. */
  private static void onSmallStack(Runnable work) throws Throwable {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        work.run();
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small-stack", SMALL_STACK);
    t.start();
    t.join();
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  private static Article article(String text) {
    Document d = new Document("shape", Format.TXT, null, null, null, null, text, List.of(), List.of());
    return new Segmenter().segment("A", d);
  }

  @Test
  void hyphenChainIsOneToken() throws Throwable {
    String chain = "ab" + "-ab".repeat(20_000);
    onSmallStack(() -> assertEquals(1, Tokenizer.tokenize(chain).size()));
  }

  @Test
  void apostropheAndInitialismChainsTokenize() throws Throwable {
    onSmallStack(() -> {
      assertEquals(1, Tokenizer.tokenize("x" + "'y".repeat(20_000)).size());
      assertEquals(1, Tokenizer.tokenize("a.".repeat(20_000)).size());
    });
  }

  @Test
  void longDigitGroupsAreOneNumber() throws Throwable {
    String number = "1" + ",000".repeat(5_000);
    onSmallStack(() -> {
      assertEquals(1, Tokenizer.tokenize(number).size());
      new FactFinder().facts(article("The figure was " + number + " dollars. Nobody believed it."));
    });
  }

  @Test
  void wordDiffOfLongChains() throws Throwable {
    String chain = "ab" + "-ab".repeat(20_000);
    onSmallStack(() -> assertTrue(WordDiffer.diff(chain, chain + " x").size() >= 2));
  }

  @Test
  void deepMarkdownQuoteAndLongRule() throws Throwable {
    byte[] md =
        (">".repeat(300_000) + " quoted text here.\n\n" + "-".repeat(300_000) + "\n\nThe second paragraph ends it.\n")
            .getBytes(StandardCharsets.UTF_8);
    onSmallStack(() -> {
      try {
        Document d = new Ingestor().parse("deep.md", md, Format.MARKDOWN);
        assertTrue(d.body().contains("quoted text here."), d.body());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void trailingAdverbChainBeforeACue() throws Throwable {
    String text = "Lavrov," + " quickly".repeat(2_000) + ", said: \"We will not accept it.\" Then he left.";
    onSmallStack(() -> new QuoteAnalyzer().extract(article(text)));
  }
}
