package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

  private static List<QuoteMatch> matchOne(Quote a, Quote b) {
    QuoteMatcher m = new QuoteMatcher(QuoteAnalyzerTest.article("A", "The vote failed."),
        QuoteAnalyzerTest.article("B", "The bill was blocked."));
    return m.match(List.of(a), List.of(b));
  }

  @Test
  void punctuationCaseAndAmpersandAreExact() {
    List<QuoteMatch> ms = matchOne(
        quote("A-q1", "We reviewed the rules & regulations.", "Ann Lee", "lee", QuoteKind.FULL),
        quote("B-q1", "we reviewed the rules and regulations", "Ann Lee", "lee", QuoteKind.PARTIAL));
    assertEquals(1, ms.size());
    assertEquals(QuoteMatch.Kind.EXACT, ms.get(0).kind());
  }

  @Test
  void quoteInsideAnotherIsAFragmentNotAVariant() {
    // BASIL dev, 2014: "deeply saddened" against "deeply saddened by this decision" (issue 19).
    List<QuoteMatch> ms = matchOne(
        quote("A-q1", "We are deeply saddened", "Ann Lee", "lee", QuoteKind.PARTIAL),
        quote("B-q1", "We are deeply saddened by this decision.", "Ann Lee", "lee", QuoteKind.FULL));
    assertEquals(1, ms.size());
    assertEquals(QuoteMatch.Kind.FRAGMENT, ms.get(0).kind());
  }

  @Test
  void rewordedRemarkOfOneSpeakerIsAVariant() {
    List<QuoteMatch> ms = matchOne(
        quote("A-q1", "I have not violated any IRS rules or regulations, and I have not provided false information.",
            "Lois Lerner", "lerner", QuoteKind.FULL),
        quote("B-q1", "I have not violated any I.R.S. rules and regulations, and I have not provided false information.",
            "Lerner", "lerner", QuoteKind.FULL));
    assertEquals(1, ms.size());
    assertEquals(QuoteMatch.Kind.VARIANT, ms.get(0).kind());
  }

  @Test
  void differentKnownSpeakersAreNeverMatched() {
    assertTrue(matchOne(
        quote("A-q1", "The seemingly political nature of these concerns raises questions.", "Paul Ryan", "ryan", QuoteKind.FULL),
        quote("B-q1", "The seemingly political nature of these concerns raises questions.", "Joe Biden", "biden", QuoteKind.FULL))
        .isEmpty());
    assertTrue(matchOne(
        quote("A-q1", "rules or regulations were never broken here", "Paul Ryan", "ryan", QuoteKind.FULL),
        quote("B-q1", "rules and regulations were never broken here", "Joe Biden", "biden", QuoteKind.FULL))
        .isEmpty());
  }

  @Test
  void aRewordingNeedsTheSpeakerKnownOnBothSides() {
    // Invented, shaped like BASIL dev 2013-84678e18 (issue 19): one known side is not enough.
    Quote known = quote("A-q1", "I have not violated any rules, and I have not provided false information.",
        "Ann Lee", "lee", QuoteKind.FULL);
    Quote sameKnown = quote("B-q1", "I have not broken any rules and I have not given false information.",
        "Ann Lee", "lee", QuoteKind.FULL);
    Quote unknown = quote("B-q1", "I have not broken any rules and I have not given false information.",
        null, null, QuoteKind.FULL);
    assertEquals(QuoteMatch.Kind.VARIANT, matchOne(known, sameKnown).get(0).kind());
    assertTrue(matchOne(known, unknown).isEmpty());
    // A publication's own text against a person's remark (shaped like BASIL dev 2011-a28a0329).
    Quote paper = quote("B-q1", "I have not broken any rules and I have not given false information.",
        "Harbour Times", "harbour-times", QuoteKind.FULL);
    assertTrue(QuoteMatcher.compatible(known, paper));
    assertTrue(matchOne(known, paper).isEmpty());
  }

  @Test
  void aVariantKeepsMostOfTheShorterQuotesWordsInOrder() {
    // Invented, shaped like BASIL dev 2011-576116e5 (issue 19): two remarks of one speaker on one subject
    // share "package" and "make" in order, 2 of the shorter quote's 6 content words.
    Quote a = quote("A-q1", "Everybody knows we need to look at a package of different changes to make it strong",
        "David Certner", "certner", QuoteKind.FULL);
    Quote b = quote("B-q1", "package of revenue and benefit adjustments to make it solvent", "David Certner", "certner",
        QuoteKind.PARTIAL);
    int ordered = QuoteMatcher.orderedContentWords(QuoteMatcher.tokens(a), QuoteMatcher.tokens(b));
    assertTrue(ordered >= QuoteMatcher.MIN_SHARED_WORDS, () -> "ordered " + ordered);
    assertTrue(matchOne(a, b).isEmpty());
    // One word changed in a short remark keeps 2 of 3: still a variant.
    Quote c = quote("A-q2", "We've got a real challenge", "Bo Park", "park", QuoteKind.FULL);
    Quote d = quote("B-q2", "We've got a big challenge, and we've got work to do.", "Bo Park", "park", QuoteKind.FULL);
    List<QuoteMatch> cd = matchOne(c, d);
    assertEquals(1, cd.size(), cd::toString);
    assertEquals(QuoteMatch.Kind.VARIANT, cd.get(0).kind());
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

  /** The window similarity computed window by window, as the matcher first did: the reference for the sliding version. */
  private static double referenceSimilarity(QuoteMatcher m, List<Token> ta, List<Token> tb) {
    List<Token> s = ta.size() <= tb.size() ? ta : tb;
    List<Token> l = ta.size() <= tb.size() ? tb : ta;
    int width = Math.min(l.size(), s.size() + 2 + s.size() / 3);
    double best = 0;
    for (int from = 0; from + width <= l.size(); from++) {
      List<Token> window = l.subList(from, from + width);
      List<Token> ca = s.stream().filter(t -> !t.stopword()).toList();
      List<Token> cb = window.stream().filter(t -> !t.stopword()).toList();
      double wa = 0;
      double wb = 0;
      for (Token t : ca) {
        wa += m.weight(t);
      }
      for (Token t : cb) {
        wb += m.weight(t);
      }
      double lexical = 0;
      if (wa != 0 && wb != 0) {
        boolean[] used = new boolean[cb.size()];
        double shared = 0;
        for (Token t : ca) {
          for (int k = 0; k < cb.size(); k++) {
            if (!used[k] && QuoteMatcher.sameStem(t.stem(), cb.get(k).stem())) {
              used[k] = true;
              shared += (m.weight(t) + m.weight(cb.get(k))) / 2;
              break;
            }
          }
        }
        lexical = 2 * shared / (wa + wb);
      }
      Map<String, Integer> ga = referenceGrams(s);
      Map<String, Integer> gb = referenceGrams(window);
      int na = ga.values().stream().mapToInt(Integer::intValue).sum();
      int nb = gb.values().stream().mapToInt(Integer::intValue).sum();
      int shared = 0;
      for (Map.Entry<String, Integer> e : ga.entrySet()) {
        shared += Math.min(e.getValue(), gb.getOrDefault(e.getKey(), 0));
      }
      double character = na + nb == 0 ? 0 : 2.0 * shared / (na + nb);
      best = Math.max(best, 0.6 * lexical + 0.4 * character);
    }
    return best;
  }

  private static Map<String, Integer> referenceGrams(List<Token> tokens) {
    StringBuilder sb = new StringBuilder(" ");
    for (Token t : tokens) {
      sb.append(t.norm()).append(' ');
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + 4 <= sb.length(); i++) {
      out.merge(sb.substring(i, i + 4), 1, Integer::sum);
    }
    return out;
  }

  @Test
  void slidingSimilarityEqualsWindowByWindowToTheBit() {
    String[] words = ("the harbour must stay open to every fishing boat we will not be provoked by drills near "
        + "coast a decision decide decided decisions taxes on petrol rise next spring and nobody can stop that "
        + "it is what i x ok sanctions sanction north korea talks").split(" ");
    Article a = QuoteAnalyzerTest.article("A", "The harbour must stay open. Taxes on petrol will rise next spring.");
    Article b = QuoteAnalyzerTest.article("B", "Every fishing boat may use the harbour. North Korea talks went on.");
    QuoteMatcher m = new QuoteMatcher(a, b);
    Random random = new Random(8);
    int positive = 0;
    for (int round = 0; round < 400; round++) {
      List<Token> ta = Tokenizer.tokenize(randomText(random, words, 1 + random.nextInt(12)));
      List<Token> tb = Tokenizer.tokenize(randomText(random, words, 1 + random.nextInt(40)));
      if (ta.isEmpty() || tb.isEmpty()) {
        continue;
      }
      double expected = referenceSimilarity(m, ta, tb);
      double actual = m.similarity(ta, tb);
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), () -> ta + " / " + tb);
      positive += expected > 0 ? 1 : 0;
    }
    assertTrue(positive > 100, "the random quotes must overlap often enough to test the sums: " + positive);
  }

  private static String randomText(Random random, String[] words, int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      sb.append(k == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
    }
    return sb.toString();
  }
  @Test
  void sharedWordsInAnotherOrderAreNoVariant() {
    // Two remarks on one subject by one speaker (invented): "boat" and "stolen" in opposite order.
    Quote a = quote("A-q1", "I know for certain that my boat was stolen", "Ann Lee", "lee", QuoteKind.FULL);
    Quote b = quote("B-q1", "This was simply a stolen boat that had a rude flag painted on it", "Ann Lee", "lee", QuoteKind.FULL);
    assertEquals(1, QuoteMatcher.orderedContentWords(QuoteMatcher.tokens(a), QuoteMatcher.tokens(b)));
    assertTrue(matchOne(a, b).isEmpty());
    Quote c = quote("A-q2", "the harbour stays open for every fishing boat", "Ann Lee", "lee", QuoteKind.FULL);
    Quote d = quote("B-q2", "every fishing boat may use the harbour, which stays open", "Ann Lee", "lee", QuoteKind.FULL);
    assertTrue(QuoteMatcher.orderedContentWords(QuoteMatcher.tokens(c), QuoteMatcher.tokens(d)) >= 2);
  }

  @Test
  void aQuoteSplitInTwoMatchesBothParts() {
    Quote whole = quote("A-q1",
        "I am proud to say I grew up here, but you do not need to live on the coast to love the sea. "
            + "As mayor, I will open the harbour to every boat.",
        "Ann Lee", "lee", QuoteKind.FULL);
    Quote first = quote("B-q1", "I am proud to say that I grew up here", "Ann Lee", "lee", QuoteKind.FULL);
    Quote second = quote("B-q2", "As mayor, I'll open the harbour to every boat and keep the lighthouse lit",
        "Ann Lee", "lee", QuoteKind.FULL);
    Quote other = quote("B-q3", "The harbour is open to every boat", "Bo Park", "park", QuoteKind.FULL);
    QuoteMatcher m = new QuoteMatcher(QuoteAnalyzerTest.article("A", "The vote failed."),
        QuoteAnalyzerTest.article("B", "The bill was blocked."));
    List<QuoteMatch> out = m.match(List.of(whole), List.of(first, second, other));
    assertEquals(2, out.size(), out::toString);
    assertEquals("B-q1", out.get(0).b());
    assertEquals(QuoteMatch.Kind.VARIANT, out.get(0).kind()); // "that" added inside a sentence
    assertEquals("B-q2", out.get(1).b());
    assertEquals(QuoteMatch.Kind.FRAGMENT, out.get(1).kind());
  }

  @Test
  void aSplitPartGoesToTheWholeBeforeAWeakerPairingWithAnotherRemark() {
    // Invented, shaped like BASIL dev 2010-6f95dcb9 (panel p03): A splits one remark in two; B quotes
    // it whole and also quotes another remark that shares a few of its words.
    Quote hello = quote("A-q1", "Hello, my name is the harbour board and I have a problem!", "Ann Lee", "lee", QuoteKind.FULL);
    Quote addicted = quote("A-q2", "I am addicted to spending and big budgets", "Ann Lee", "lee", QuoteKind.FULL);
    Quote heard = quote("B-q1", "I have not heard people on the harbour board admit yet that they have a problem",
        "Ann Lee", "lee", QuoteKind.FULL);
    Quote whole = quote("B-q2", "Hello, my name is the harbour board, and I got a problem. I am addicted to spending "
        + "and big budgets.", "Ann Lee", "lee", QuoteKind.FULL);
    QuoteMatcher m = new QuoteMatcher(QuoteAnalyzerTest.article("A", "The vote failed."),
        QuoteAnalyzerTest.article("B", "The bill was blocked."));
    List<String> out = m.match(List.of(hello, addicted), List.of(heard, whole)).stream()
        .map(x -> x.a() + "=" + x.b() + ":" + x.kind().id()).toList();
    assertEquals(List.of("A-q1=B-q2:variant", "A-q2=B-q2:fragment"), out);
  }

  @Test
  void twoQuotesOfOneOverlappingPartAreNotBothMatched() {
    Quote whole = quote("A-q1", "the harbour will stay open to every fishing boat this winter", "Ann Lee", "lee", QuoteKind.FULL);
    Quote one = quote("B-q1", "the harbour will stay open to every fishing boat", "Ann Lee", "lee", QuoteKind.FULL);
    Quote again = quote("B-q2", "stay open to every fishing boat this winter", "Ann Lee", "lee", QuoteKind.FULL);
    QuoteMatcher m = new QuoteMatcher(QuoteAnalyzerTest.article("A", "The vote failed."),
        QuoteAnalyzerTest.article("B", "The bill was blocked."));
    assertEquals(1, m.match(List.of(whole), List.of(one, again)).size());
  }

  @Test
  void twoLongRemarksOnOneSubjectNeedAHigherSimilarity() {
    // Invented, shaped like two statements of one speaker to two outlets (BASIL dev 2010-97b1305c).
    Quote a = quote("A-q1", "Knowing that the cost of waiting is flooding in these winters, we are asking people to stand up "
        + "and say the harbour must be fixed. They need to make clear that there is no room for delay in the council budget.",
        "Ann Lee", "lee", QuoteKind.FULL);
    Quote b = quote("B-q1", "What we object to is the council's continued tolerance for delay and broken promises. The time has "
        + "come for them to accept the duty that comes with office and make clear there is no room for delay, excuses and "
        + "other forms of neglect in their budget.", "Ann Lee", "lee", QuoteKind.FULL);
    QuoteMatcher m = new QuoteMatcher(QuoteAnalyzerTest.article("A", "The vote failed."),
        QuoteAnalyzerTest.article("B", "The bill was blocked."));
    double sim = m.similarity(QuoteMatcher.tokens(a), QuoteMatcher.tokens(b));
    assertTrue(sim >= QuoteMatcher.VARIANT_THRESHOLD && sim < QuoteMatcher.LONG_QUOTE_THRESHOLD, () -> "sim " + sim);
    assertTrue(m.match(List.of(a), List.of(b)).isEmpty());
  }
}
