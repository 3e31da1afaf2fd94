package org.parallax.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.facts.Texts.canonicals;
import static org.parallax.facts.Texts.facts;
import static org.parallax.facts.Texts.keys;
import static org.parallax.facts.Texts.of;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule for dates, numbers and named things. */
class ValueRulesTest {
  private static final LocalDate THU = LocalDate.of(2017, 11, 30);

  @Test
  void weekdaysResolveToTheLatestSuchDayOnOrBeforePublication() {
    List<Fact> f = facts(THU, "Ministers met on Thursday. They had argued on Monday.");
    assertEquals(List.of("2017-11-30 (Thursday)", "2017-11-27 (Monday)"), canonicals(f, FactKind.DATE));
    assertEquals(List.of("date:2017-11-30", "date:2017-11-27"), keys(f, FactKind.DATE));
  }

  @Test
  void unresolvedDatesKeepTheirSurfaceForm() {
    List<Fact> f = facts("Ministers met on Thursday in September.");
    assertEquals(List.of("Thursday", "September"), canonicals(f, FactKind.DATE));
    assertEquals(List.of("date:thursday", "date:september"), keys(f, FactKind.DATE));
  }

  @Test
  void monthsTakeThePublicationYearOrThePreviousOneUnlessTheSentenceIsAboutTheFuture() {
    List<Fact> f = facts(THU, "Talks failed in September. Drills took place in December. "
        + "Another drill will follow in December.");
    assertEquals(List.of("date:2017-09", "date:2016-12", "date:2017-12"), keys(f, FactKind.DATE));
  }

  @Test
  void fullDatesSeasonsRelativeYearsAndBareYears() {
    List<Fact> f = facts(THU, "It was signed on November 30, 2017 and on 2 March 2016. "
        + "Talks may wait until spring [2018]. Tests rose this year and in 2015.");
    assertEquals(List.of("2017-11-30 (Thursday)", "2016-03-02 (Wednesday)", "spring 2018", "2017", "2015"),
        canonicals(f, FactKind.DATE));
    assertEquals(List.of("spring [2018]"), of(f, FactKind.DATE).get(2).forms());
  }

  @Test
  void mayIsAMonthOnlyAfterAPreposition() {
    assertTrue(of(facts(THU, "They May leave soon."), FactKind.DATE).isEmpty());
    assertEquals(List.of("date:2017-05"), keys(facts(THU, "They left in May."), FactKind.DATE));
  }

  @Test
  void unresolvedWeekdayJoinsTheOtherArticlesResolvedDay() {
    List<Fact> f = new FactFinder().compare(Texts.article("A", null, "The launch came on Tuesday."),
        Texts.article("B", THU, "The launch came on Tuesday."));
    Fact tuesday = of(f, FactKind.DATE).get(0);
    assertEquals("date:2017-11-28", tuesday.key());
    assertEquals(List.of("A", "B"), tuesday.in());
  }

  @Test
  void numbersKeepTheirUnit() {
    List<Fact> f = facts("Exports fell below 2 million barrels per day after a two-month pause. "
        + "Prices rose 40% while costs grew 10 percent, and $3 billion was lost. Officials counted 1,500 soldiers.");
    assertEquals(List.of("2 million barrels per day", "2-month pause", "40%", "10%", "USD 3 billion",
        "1500 soldiers"), canonicals(f, FactKind.NUMBER));
    assertEquals("number:2000000:barrel per day", keys(f, FactKind.NUMBER).get(0));
  }

  @Test
  void spelledNumbersNeedAUnitAndOneIsNotCounted() {
    List<Fact> f = facts("One of them said three ships and a dozen planes arrived.");
    assertEquals(List.of("3 ships", "12 planes"), canonicals(f, FactKind.NUMBER));
  }

  @Test
  void namedThings() {
    List<Fact> f = facts("The Hwasong-15 is an ICBM, unlike the F-35. The Security Council resolution 2375 "
        + "banned intercontinental ballistic missiles.");
    assertEquals(List.of("Hwasong-15", "intercontinental ballistic missile", "F-35",
        "Security Council resolution 2375"), canonicals(f, FactKind.THING));
    assertEquals(List.of("ICBM", "intercontinental ballistic missiles"), of(f, FactKind.THING).get(1).forms());
  }
}
