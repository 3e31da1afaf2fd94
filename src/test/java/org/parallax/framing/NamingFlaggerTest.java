package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parallax.facts.FactKind;

/** How two forms of one name are rated: shown, kept in the JSON report only, or no naming difference at all. */
class NamingFlaggerTest {
  @Test
  void abbreviationsAndShortFormsAreNoNamingDifference() {
    // forms BASIL dev articles use for party and state after a lawmaker's name, "(R-Calif.)" / "Republican of California"
    assertEquals(0, NamingFlagger.rate(FactKind.ORGANIZATION, "Republican Party", "R"));
    assertEquals(0, NamingFlagger.rate(FactKind.ORGANIZATION, "D", "Democrats"));
    assertEquals(0, NamingFlagger.rate(FactKind.PLACE, "California", "Calif"));
    assertEquals(0, NamingFlagger.rate(FactKind.PLACE, "Tenn", "Tennessee"));
    assertEquals(0, NamingFlagger.rate(FactKind.PLACE, "Va", "Virginia"));
    assertEquals(0, NamingFlagger.rate(FactKind.PLACE, "Florida", "Fla"));
    assertEquals(0, NamingFlagger.rate(FactKind.ORGANIZATION, "U.S. Supreme Court", "United States Supreme Court"));
    assertEquals(0, NamingFlagger.rate(FactKind.PERSON, "Robert F. Bauer", "Robert Bauer"));
  }

  @Test
  void houseStyleGivenNamesAreKeptButNotShown() {
    for (String[] p : new String[][] {{"William Kristol", "Bill Kristol"}, {"Charles E. Grassley", "Chuck Grassley"},
        {"Joseph R. Biden Jr.", "Joe Biden"}, {"Michael Elliott", "Mike Elliott"}}) {
      double c = NamingFlagger.rate(FactKind.PERSON, p[0], p[1]);
      assertEquals(NamingFlagger.ROUTINE, c, p[0] + " / " + p[1]);
    }
  }

  @Test
  void respellingsAndOtherNamesAreShown() {
    assertEquals(NamingFlagger.VARIANT, NamingFlagger.rate(FactKind.PERSON, "Sergei Lavrov", "Sergey Lavrov"));
    assertEquals(NamingFlagger.VARIANT, NamingFlagger.rate(FactKind.PERSON, "Muammar Qaddafi", "Moammar Gadhafi"), 0);
    assertEquals(NamingFlagger.VARIANT, NamingFlagger.rate(FactKind.PLACE, "Russian Federation", "Moscow"));
  }

  @Test
  void formsSharingWordsOfAPlaceOrBodyAreKeptButNotShown() {
    assertEquals(NamingFlagger.ROUTINE, NamingFlagger.rate(FactKind.ORGANIZATION, "House Judiciary Committee", "Judiciary Panel"));
  }
}
