package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.text.Article;
import org.parallax.text.Tokenizer;

class QuoteMatcherTest {
  @Test
  void treatsLongSharedPrefixAsOneStem() {
    assertTrue(QuoteMatcher.sameStem("decis", "decid"));
    assertTrue(QuoteMatcher.sameStem("provok", "provok"));
    assertFalse(QuoteMatcher.sameStem("provok", "provid"));
    assertFalse(QuoteMatcher.sameStem("war", "warn"));
  }

  @Test
  void countsSharedContentWordsNotFunctionWords() {
    assertEquals(
        2,
        QuoteMatcher.sharedContentWords(
            Tokenizer.tokenize("then we can take a decision about how to react"),
            Tokenizer.tokenize("then we will decide how to react")));
    assertEquals(
        0,
        QuoteMatcher.sharedContentWords(
            Tokenizer.tokenize("we will do it for them"), Tokenizer.tokenize("they will do it for us")));
  }

  @Test
  void ranksTranslationAboveUnrelatedQuote() {
    Article a = QuoteAnalyzerTest.article("A", "The harbour talks went on.");
    Article b = QuoteAnalyzerTest.article("B", "The port negotiations continued.");
    QuoteMatcher m = new QuoteMatcher(a, b);
    double close =
        m.similarity(
            Tokenizer.tokenize("the harbour must stay open to every fishing boat"),
            Tokenizer.tokenize("every fishing boat must be able to use the harbour"));
    double far =
        m.similarity(
            Tokenizer.tokenize("the harbour must stay open to every fishing boat"),
            Tokenizer.tokenize("taxes on petrol will rise next spring"));
    assertTrue(close >= QuoteMatcher.VARIANT_THRESHOLD, () -> "close " + close);
    assertTrue(far < QuoteMatcher.VARIANT_THRESHOLD, () -> "far " + far);
  }

  @Test
  void groupSpeakerIsCompatibleWithAPerson() {
    Quote group = new Quote("A-q1", "x", 0, 1, "Russian Federation", "russian-federation", "accused", QuoteKind.FULL, false, List.of());
    Quote person = new Quote("B-q1", "x", 0, 1, "Sergei Lavrov", "lavrov", "said", QuoteKind.FULL, false, List.of());
    Quote other = new Quote("B-q2", "x", 0, 1, "Nikki Haley", "haley", "said", QuoteKind.FULL, false, List.of());
    assertTrue(QuoteMatcher.compatible(group, person));
    assertFalse(QuoteMatcher.compatible(person, other));
  }
}
