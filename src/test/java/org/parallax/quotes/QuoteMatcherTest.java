package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.text.Token;
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

  private static Quote quote(String id, String text, String speaker, String key, QuoteKind kind) {
    return new Quote(id, text, 0, text.length(), speaker, key, speaker == null ? null : "said", kind, false, List.of());
  }

  @Test
  void blockingKeepsEveryPairTheScorerAccepts() {
    List<Quote> as = List.of(
        quote("A-q1", "The harbour must stay open to every fishing boat.", "Ann Lee", "lee", QuoteKind.FULL),
        quote("A-q2", "it is what it is", null, null, QuoteKind.FULL),
        quote("A-q3", "Then we can take a decision about how to react.", "Ivan Petrov", "petrov", QuoteKind.FULL),
        quote("A-q4", "no", null, null, QuoteKind.FULL),
        quote("A-q5", "fake news", null, null, QuoteKind.TERM),
        quote("A-q6", "Taxes on petrol will rise next spring, and nobody can stop that.", "Ann Lee", "lee", QuoteKind.FULL),
        quote("A-q7", "We will not be provoked by the drills near the coast.", "Ivan Petrov", "petrov", QuoteKind.PARTIAL),
        quote("A-q8", "The council approved the budget.", "Mark Stone", "stone", QuoteKind.FULL));
    List<Quote> bs = List.of(
        quote("B-q1", "every fishing boat must be able to use the harbour", "Ann Lee", "lee", QuoteKind.PARTIAL),
        quote("B-q2", "Well, it is what it is, and we move on.", null, null, QuoteKind.FULL),
        quote("B-q3", "Then we will decide how to react.", "Petrov", "petrov", QuoteKind.FULL),
        quote("B-q4", "No.", "Mark Stone", "stone", QuoteKind.FULL),
        quote("B-q5", "fake news", null, null, QuoteKind.FULL),
        quote("B-q6", "taxes on petrol will rise next spring", null, null, QuoteKind.PARTIAL),
        quote("B-q7", "The drills near the coast will not provoke us.", "Nikki Haley", "haley", QuoteKind.FULL),
        quote("B-q8", "Budget talks failed again on Friday.", "Mark Stone", "stone", QuoteKind.FULL),
        quote("B-q9", "", null, null, QuoteKind.FULL));
    QuoteMatcher m = new QuoteMatcher(QuoteAnalyzerTest.article("A", "The harbour talks went on."),
        QuoteAnalyzerTest.article("B", "The port negotiations continued."));
    List<List<Token>> tas = as.stream().map(q -> Tokenizer.tokenize(q.text())).toList();
    List<List<Token>> tbs = bs.stream().map(q -> Tokenizer.tokenize(q.text())).toList();
    List<BitSet> blocked = QuoteMatcher.candidatePairs(as, bs, tas, tbs);
    Set<QuoteMatch.Kind> kinds = EnumSet.noneOf(QuoteMatch.Kind.class);
    int pruned = 0;
    for (int i = 0; i < as.size(); i++) {
      for (int j = 0; j < bs.size(); j++) {
        QuoteMatcher.Candidate c = m.score(i, j, as.get(i), bs.get(j), tas.get(i), tbs.get(j));
        if (c != null) {
          kinds.add(c.kind());
          int fi = i;
          int fj = j;
          assertTrue(blocked.get(i).get(j), () -> "blocking dropped " + as.get(fi).id() + " ~ " + bs.get(fj).id());
        }
        if (!blocked.get(i).get(j)) {
          pruned++;
        }
      }
    }
    // The pool exercises every kind of match, and blocking skips most of the 72 pairs.
    assertEquals(EnumSet.allOf(QuoteMatch.Kind.class), kinds);
    assertTrue(pruned > as.size() * bs.size() / 2, "pruned " + pruned);
  }

  @Test
  void stemsTheScorerTreatsAsOneShareABlockingKey() {
    List<String> stems = new ArrayList<>(List.of("decis", "decid", "provok", "provid", "war", "warn", "wa", "nation",
        "nationalist", "harbour", "harb", "presid", "press", "a", "boat", "boats"));
    int distinctPairs = 0;
    for (String x : stems) {
      for (String y : stems) {
        if (QuoteMatcher.sameStem(x, y)) {
          assertEquals(QuoteMatcher.stemKey(x), QuoteMatcher.stemKey(y), x + " / " + y);
          distinctPairs += x.equals(y) ? 0 : 1;
        }
      }
    }
    assertTrue(distinctPairs >= 2, "the list must hold different stems the scorer joins");
    assertFalse(QuoteMatcher.stemKey("war").equals(QuoteMatcher.stemKey("warn")));
  }
}
