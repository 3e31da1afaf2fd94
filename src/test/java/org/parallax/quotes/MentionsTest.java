package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {
  private static final String BODY =
      "Foreign Minister Sergei Lavrov met Nikki Haley in New York. \"Kim Jong Un will listen,\" said Mr. Lavrov.\n\n"
          + "Haley told reporters that Ms. Ruth Baker of the United Nations agreed. Baker said she would go. "
          + "Campaign manager Robby Mook and Lavrov spoke on Monday.";

  private static Mentions mentions() {
    int open = BODY.indexOf('"');
    int close = BODY.indexOf('"', open + 1);
    return new Mentions(BODY, List.of(new int[] {open, close + 1}));
  }

  @Test
  void keepsMentionsSortedAndDisjointForBisection() {
    List<Mentions.Mention> all = mentions().all();
    assertTrue(all.size() >= 6, all::toString);
    for (int k = 1; k < all.size(); k++) {
      assertTrue(all.get(k - 1).end() <= all.get(k).start(), () -> all.toString());
    }
  }

  @Test
  void findsTheFirstMentionAtOrAfterAnOffset() {
    Mentions m = mentions();
    List<Mentions.Mention> all = m.all();
    for (int pos = 0; pos <= BODY.length(); pos++) {
      int expected = 0;
      while (expected < all.size() && all.get(expected).start() < pos) {
        expected++;
      }
      assertEquals(expected, m.firstFrom(pos), "at " + pos);
    }
  }

  @Test
  void skipsNamesInsideQuotesAndIndexesSurnamesAndGenders() {
    Mentions m = mentions();
    assertTrue(m.all().stream().noneMatch(x -> x.name().contains("Kim")), () -> m.all().toString());
    assertTrue(m.isPersonSurname("lavrov"));
    assertTrue(m.isPersonSurname("baker"));
    assertEquals(Lexicon.Gender.FEMALE, m.genderOf("baker"));
    assertEquals(Lexicon.Gender.UNKNOWN, m.genderOf("nations"));
  }
}
