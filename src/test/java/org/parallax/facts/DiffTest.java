package org.parallax.facts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.text.Article;

/** Checks the fact diff: which side has a fact, ordering and odd input (conflicts: ConflictTest). */
class DiffTest {
  private static final LocalDate PUB = LocalDate.of(2017, 11, 30);
  private final FactFinder finder = new FactFinder();

  @Test
  void factsAreMarkedWithTheArticlesThatHaveThem() {
    Article a = Texts.article("A", PUB, "Tokyo protested to Beijing.");
    Article b = Texts.article("B", PUB, "Japan protested, Reuters said.");
    List<Fact> f = finder.compare(a, b);
    assertEquals(List.of("organization:reuters", "place:japan", "place:china"),
        f.stream().map(Fact::key).toList(), f::toString);
    assertEquals(List.of(List.of("B"), List.of("A", "B"), List.of("A")), f.stream().map(Fact::in).toList());
    assertEquals(List.of("A"), finder.facts(a).get(0).in());
  }

  @Test
  void outputIsSortedByKindThenFirstMentionAndRepeatable() {
    Article a = Texts.article("A", PUB, "On Monday Russia and China met 5 envoys. Anna Lindqvist of Sweden spoke.");
    List<Fact> f = finder.facts(a);
    for (int i = 1; i < f.size(); i++) {
      Fact p = f.get(i - 1);
      Fact q = f.get(i);
      assertTrue(p.kind().compareTo(q.kind()) < 0
          || p.kind() == q.kind() && p.mentions().get(0).start() <= q.mentions().get(0).start(), f::toString);
    }
    assertEquals(f, finder.facts(a));
  }

  @Test
  void exclusiveListsOneSidedFactsMostMentionedFirst() {
    Article a = Texts.article("A", PUB, "Japan and Japan again. China once. Russia.");
    Article b = Texts.article("B", PUB, "Russia spoke.");
    List<Fact> only = finder.exclusive(finder.compare(a, b));
    assertEquals(List.of("Japan", "China"), only.stream().map(Fact::canonical).toList());
  }

  @Test
  void oddInputDoesNotCrash() {
    for (String body : List.of("", "   ", "'s", "$", "- -", "Mr", "Mr.", "U.S.", "2-", "-2 x", "\u201C\u201D",
        "President", "in May", "30 February 2017", "A B C D E F G", "1,2,3 percent", "$ million")) {
      assertDoesNotThrow(() -> finder.compare(Texts.article("A", PUB, body), Texts.article("B", null, body)), body);
    }
  }
}
