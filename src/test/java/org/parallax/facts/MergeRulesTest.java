package org.parallax.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the merges and non-facts of issue 18: each merge keeps the forms it merged. */
class MergeRulesTest {
  private static final LocalDate PUB = LocalDate.of(2018, 10, 26);

  private static List<Fact> pair(String a, String b) {
    return new FactFinder().compare(Texts.article("A", PUB, a), Texts.article("B", PUB, b));
  }

  /** Returns the one fact with this key, checking it is in both articles. */
  private static Fact both(List<Fact> facts, String key) {
    List<Fact> hits = facts.stream().filter(f -> f.key().equals(key)).toList();
    assertEquals(1, hits.size(), () -> key + " in " + facts);
    assertEquals(List.of("A", "B"), hits.get(0).in(), hits.get(0)::toString);
    return hits.get(0);
  }

  @Test
  void aNameTheOtherArticleWritesInsideALongerNameOrAsAModifier() {
    // forms of BASIL dev outside the panel (2010-74708dbf, 2013-68748e7f): the place is named, not left out
    List<Fact> f = pair("The chairman of the Michigan party met voters in Newtown on Monday.",
        "Former Michigan Republican Party Chairman Saul Anuzis spoke after the Newtown mass shooting.");
    assertTrue(both(f, "place:michigan").forms().contains("Michigan"), f::toString);
    assertTrue(both(f, "place:newtown").forms().contains("Newtown"), f::toString);
  }

  @Test
  void middleInitialsCommonShortFormsAndATitleTakenIntoTheName() {
    // forms of BASIL dev outside the panel (2013-a4f1d515, 2014-d1344998, 2014-ee05c9b3, 2013-1bb79cc1)
    List<Fact> f = pair("James R. Clapper Jr. testified. Paul J. Fishman charged him. David Brat won. "
        + "J. Christopher Stevens died.",
        "Director of National Intelligence James Clapper testified. U.S. Attorney Paul Fishman charged him. "
        + "Dave Brat won. Chris Stevens died.");
    assertEquals("James R. Clapper Jr", both(f, "person:clapper:james").canonical());
    assertEquals("Paul J. Fishman", both(f, "person:fishman:paul").canonical());
    assertEquals(List.of("Dave Brat", "David Brat"), both(f, "person:brat:david").forms());
    assertEquals(List.of("Chris Stevens", "J. Christopher Stevens"), both(f, "person:stevens:christopher").forms());
  }

  @Test
  void aSurnameWithALowerCaseNounIsNoNameToDropAPrefixFor() {
    List<Fact> f = pair("Michele Bachmann spoke.", "The Michele Bachmann cover ran. The Bachmann cover ran.");
    assertTrue(f.stream().noneMatch(x -> x.canonical().equals("Bachmann Cover")), f::toString);
  }

  @Test
  void aRomanNumeralSuffixKeepsTheWholeName() {
    // BASIL dev outside the panel (2013-84678e18): "her lawyer, William Taylor III" was shown as "Taylor"
    List<Fact> f = pair("The letter came from her lawyer, William Taylor III, to the committee.",
        "The letter from Taylor said so. William Taylor spoke.");
    assertEquals("William Taylor III", both(f, "person:taylor:william").canonical());
  }

  @Test
  void anOrganizationNamedByItsInitialsOrAPartyByItsAdjective() {
    // BASIL dev outside the panel (2011-005a2961, 2015-2742e9c1), shortened
    List<Fact> f = pair("The Wall Street Journal reported it on Friday. The Republican Party met.",
        "A WSJ/NBC poll showed it. He rallied during the tenure of another Republican, Gov. Mike Huckabee.");
    assertTrue(both(f, "organization:wall-street-journal").forms().contains("WSJ"), f::toString);
    assertTrue(both(f, "organization:republican-party").forms().contains("Republican"), f::toString);
  }

  @Test
  void aCityBeforeAMastheadIsTheNewspaperNotTheCity() {
    List<Fact> f = pair("The mayor of New York spoke on Monday.", "The New York Times reported it on Monday.");
    Fact place = f.stream().filter(x -> x.key().equals("place:new-york")).findFirst().orElseThrow(() -> new AssertionError(f));
    assertEquals(List.of("A"), place.in(), place::toString);
  }

  @Test
  void abbreviationsWithAndWithoutDots() {
    List<Fact> f = pair("The FBI said it would look again.", "The F.B.I. said it would look again.");
    assertEquals(List.of("F.B.I.", "FBI"), both(f, "organization:fbi").forms());
  }

  @Test
  void generationalSuffixes() {
    List<Fact> f = pair("Cesar Sayoc was charged.", "Cesar Sayoc Jr. was charged.");
    assertTrue(both(f, "person:sayoc:cesar").forms().containsAll(List.of("Cesar Sayoc", "Cesar Sayoc Jr")), f::toString);
  }

  @Test
  void titlesAndSurnameOnly() {
    List<Fact> f = pair("Rep. Duncan Hunter spoke. Hunter left.", "Mr. Hunter spoke and Duncan Hunter left.");
    assertEquals(List.of("Duncan Hunter", "Hunter"), both(f, "person:hunter:duncan").forms());
  }

  @Test
  void firstNameOnlyOfAPersonNamedInFull() {
    List<Fact> f = pair("Nancy Pelosi said no.", "Nancy said no to the plan.");
    assertEquals(List.of("Nancy", "Nancy Pelosi"), both(f, "person:pelosi:nancy").forms());
  }

  @Test
  void numberWordsApproximationsAndUnitSynonyms() {
    List<Fact> f = pair("A dozen people died. The Pentagon sent 2000 troops and 7,000 troops.",
        "12 people died. The Pentagon sent roughly 2,000 American troops and 7000 soldiers.");
    assertEquals(List.of("12 people", "dozen people"), both(f, "number:12:people").forms());
    assertEquals(List.of("2,000 American troops", "2000 troops"), both(f, "number:2000:troop").forms());
    assertEquals(List.of("7,000 troops", "7000 soldiers"), both(f, "number:7000:troop").forms());
    assertTrue(f.stream().noneMatch(x -> x.key().equals("date:2000")), "2000 troops is no year");
  }

  @Test
  void aYearInsideAWiderDate() {
    List<Fact> f = pair("It happened in 2016.", "It happened in January 2016.");
    assertEquals(List.of("2016", "January 2016"), both(f, "date:2016").forms());
    assertEquals(List.of("B"), f.stream().filter(x -> x.key().equals("date:2016-01")).findFirst().orElseThrow().in());
  }

  @Test
  void partyStateTagsAreNoPlaceFacts() {
    // Decided: (D-Calif.) says which state a lawmaker represents, not where the story happens.
    List<Fact> f = Texts.facts("Rep. Adam Schiff (D-Calif.) spoke.");
    assertTrue(f.stream().noneMatch(x -> x.kind() == FactKind.PLACE), f::toString);
  }

  @Test
  void aPartyStateTagJoinsTheStateAndThePartyNamedByTheOther() {
    // The tag covers facts the other article names (panel p21: Texas / R-Texas), it makes none itself.
    List<Fact> f = pair("Senator Ted Cruz of Texas, a Republican, spoke.", "Sen. Ted Cruz (R-Texas) spoke.");
    assertEquals(List.of("Texas"), both(f, "place:texas").forms());
    assertEquals(List.of("R", "Republican"), both(f, "organization:republican-party").forms());
  }

  @Test
  void titlesOfLeadersAreNoOrganizations() {
    List<Fact> f = Texts.facts("They wrote to Senate Majority Leader Harry Reid and Senate Minority Leader Mitch McConnell.");
    assertEquals(List.of("Harry Reid", "Mitch McConnell"), Texts.canonicals(f, FactKind.PERSON));
    assertTrue(Texts.of(f, FactKind.ORGANIZATION).isEmpty(), f::toString);
  }

  @Test
  void aPartyAndAChamberAreTwoFacts() {
    List<Fact> f = pair("Senate Democrats objected.", "Democrats in the Senate objected.");
    assertEquals(List.of("Democrats"), both(f, "organization:democratic-party").forms());
    assertEquals(List.of("Senate"), both(f, "organization:senate").forms());
  }

  @Test
  void aCountryPrefixDoesNotSplitABody() {
    List<Fact> f = pair("The U.S. Supreme Court ruled.", "The Supreme Court ruled.");
    Fact court = both(f, "organization:supreme-court");
    assertEquals("U.S. Supreme Court", court.canonical());
    assertEquals(List.of("Supreme Court", "U.S. Supreme Court"), court.forms());
  }

  @Test
  void aShorterNameAndInitialsOfOneBody() {
    List<Fact> f = pair("The Accountability Review Board said the Review Board had found faults.",
        "The State Department Accountability Review Board found faults.");
    Fact board = both(f, "organization:state-department-accountability-review-board");
    assertEquals(List.of("Accountability Review Board", "Review Board",
        "State Department Accountability Review Board"), board.forms());
    List<Fact> c = pair("Beck spoke at the Conservative Political Action Conference on Saturday.",
        "Beck had the packed auditorium at CPAC captivated.");
    Fact cpac = both(c, "organization:conservative-political-action-conference");
    assertEquals(FactKind.ORGANIZATION, cpac.kind());
  }

  @Test
  void aPlaceNamedOnlyByItsPeopleIsNotLeftOut() {
    List<Fact> f = pair("American officials met in Geneva.", "Officials met in Geneva.");
    assertTrue(f.stream().noneMatch(x -> x.key().equals("place:united-states")), f::toString);
  }

  @Test
  void ranksAndDaysOfAMonthAreNoCounts() {
    List<Fact> f = Texts.facts("Clyburn kept the No. 3 position. Fifteen of the Sept. 11 hijackers were Saudis. "
        + "The 9/11 families sued.");
    assertTrue(Texts.of(f, FactKind.NUMBER).stream().noneMatch(x -> x.key().startsWith("number:3:")
        || x.key().startsWith("number:11:")), f::toString);
  }

  @Test
  void thingsThatAreNoPeople() {
    List<Fact> f = Texts.facts("Sources said Officials met on Capitol Hill. \"Witch Hunt!\" Trump wrote about Democracy "
        + "and Border Security. The House voted. He spoke in the Rose Garden on Election Day in Midtown Manhattan.");
    List<String> people = Texts.canonicals(f, FactKind.PERSON);
    assertEquals(List.of("Trump"), people, f::toString);
    assertEquals(List.of("Capitol Hill", "Rose Garden", "Manhattan"), Texts.canonicals(f, FactKind.PLACE));
  }

  @Test
  void poundsOfBodyWeightAreNoMoney() {
    List<Fact> f = Texts.facts("The suspect weighed 215 pounds.");
    assertEquals(List.of("number:215:pound"), Texts.keys(f, FactKind.NUMBER));
    assertEquals(List.of("number:215:GBP"), Texts.keys(Texts.facts("Britain paid 215 pounds sterling."), FactKind.NUMBER));
  }

  @Test
  void aComingWeekdayIsInTheFuture() {
    List<Fact> f = Texts.facts(PUB, "The Senate will vote on Thursday.");
    assertEquals(List.of("date:2018-11-01"), Texts.keys(f, FactKind.DATE));
    List<Fact> past = Texts.facts(PUB, "The senator said Thursday that he will vote no.");
    assertEquals(List.of("date:2018-10-25"), Texts.keys(past, FactKind.DATE));
  }
}
