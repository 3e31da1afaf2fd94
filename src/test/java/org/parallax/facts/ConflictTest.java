package org.parallax.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentKind;
import org.parallax.align.AlignmentResult;
import org.parallax.text.Article;

/** Checks conflicts: values two articles give differently for the same thing in aligned sentences. */
class ConflictTest {
  private static final LocalDate PUB = LocalDate.of(2018, 10, 26);
  private final FactFinder finder = new FactFinder();

  /** Returns the conflicts of two articles whose i-th sentences are aligned with each other. */
  private List<Conflict> conflicts(String a, String b) {
    return conflicts(Texts.article("A", PUB, a), Texts.article("B", PUB, b), true);
  }

  private List<Conflict> conflicts(Article a, Article b, boolean aligned) {
    List<Alignment> pairs = new ArrayList<>();
    int n = Math.min(a.sentences().size(), b.sentences().size());
    for (int i = 0; i < n; i++) {
      int j = aligned ? i : n - 1 - i;
      pairs.add(new Alignment(List.of(a.sentences().get(i).id()), List.of(b.sentences().get(j).id()),
          AlignmentKind.PARAPHRASE, 0.8, List.of()));
    }
    return finder.diff(a, b).conflicts(new AlignmentResult(pairs, List.of(), List.of(), 0.9, true));
  }

  private static String line(Conflict c) {
    return c.kind().id() + " | " + c.about() + " | " + c.a().value() + " " + c.a().sentenceIds() + " | "
        + c.b().value() + " " + c.b().sentenceIds();
  }

  @Test
  void theIssueExampleGivesCountDateAndAge() {
    List<Conflict> c = conflicts(
        "The gunman killed 12 people at the synagogue on Tuesday. The suspect, 34-year-old Cesar Sayoc, was arrested.",
        "The gunman killed 14 people at the synagogue on Wednesday. The suspect, 43-year-old Cesar Sayoc Jr., was arrested.");
    assertEquals(List.of(
        "number | people killed | 12 people [A-s1] | 14 people [B-s1]",
        "date | date of \u201Ckilled\u201D | Tuesday [A-s1] | Wednesday [B-s1]",
        "number | age of Cesar Sayoc Jr | 34-year-old [A-s2] | 43-year-old [B-s2]"),
        c.stream().map(ConflictTest::line).toList());
    assertTrue(c.get(1).note().contains("2018-10-23 (Tuesday)") && c.get(1).note().contains("2018-10-24 (Wednesday)"),
        c.get(1)::note);
  }

  @Test
  void countsOfTheSameThingTiedByWhatTheyAreOf() {
    // BASIL dev 2015 a4edca3f (Clinton's emails), articles 2 and 3, shortened.
    List<Conflict> c = conflicts(
        "Finally, dozens of boxes filled with 50,000 pages of printed emails were delivered to the State Department.",
        "The department said that it had received 55,000 pages of Clinton's emails as part of a request.");
    assertEquals(List.of("number | pages of emails | 50,000 pages [A-s1] | 55,000 pages [B-s1]"),
        c.stream().map(ConflictTest::line).toList());
    assertEquals(List.of(), conflicts("He read 200 pages of emails on Monday.", "She wrote 300 pages of her memoir."));
  }

  @Test
  void factsOfAConflictAreNotListedAsOneSided() {
    Article a = Texts.article("A", PUB, "The gunman killed 12 people at the synagogue.");
    Article b = Texts.article("B", PUB, "The gunman killed 14 people at the synagogue.");
    List<Alignment> pairs = List.of(new Alignment(List.of(a.sentences().get(0).id()),
        List.of(b.sentences().get(0).id()), AlignmentKind.PARAPHRASE, 0.8, List.of()));
    FactDiff diff = finder.diff(a, b);
    List<Conflict> c = diff.conflicts(new AlignmentResult(pairs, List.of(), List.of(), 0.9, true));
    assertEquals(1, c.size());
    List<Fact> shown = FactFinder.outsideConflicts(diff.facts(), c);
    assertTrue(diff.facts().stream().anyMatch(f -> f.key().equals("number:12:people")));
    assertTrue(shown.stream().noneMatch(f -> f.kind() == FactKind.NUMBER), shown::toString);
  }

  @Test
  void sameValuesAreNoConflict() {
    assertEquals(List.of(), conflicts("The gunman killed 12 people on Tuesday.",
        "On Tuesday, a gunman killed 12 people."));
  }

  @Test
  void valuesInSentencesThatAreNotAlignedAreNoConflict() {
    Article a = Texts.article("A", PUB, "The gunman killed 12 people. The weather was fine.");
    Article b = Texts.article("B", PUB, "The gunman killed 14 people. The weather was fine.");
    assertEquals(1, conflicts(a, b, true).size());
    assertEquals(List.of(), conflicts(a, b, false));
  }

  @Test
  void differentVerbsOrBoundsAreNoConflict() {
    assertEquals(List.of(), conflicts("The gunman killed 12 people.", "The gunman injured 14 people."));
    assertEquals(List.of(), conflicts("The Pentagon sent about 2,000 troops.", "The Pentagon sent 2,500 troops."));
    assertEquals(List.of(), conflicts("The Pentagon sent more than 2,000 troops.", "The Pentagon sent 2,500 troops."));
  }

  @Test
  void agesOfDifferentPeopleAreNoConflict() {
    assertEquals(List.of(), conflicts("The suspect, 34-year-old Cesar Sayoc, was arrested.",
        "The victim, 43-year-old Maria Lopez, was found."));
  }

  @Test
  void aRoleHeldByDifferentPeople() {
    List<Conflict> c = conflicts("Former communications director Anthony Scaramucci said the talks failed.",
        "Former communications director Sean Spicer said the talks failed.");
    assertEquals(List.of("role | communications director | Anthony Scaramucci [A-s1] | Sean Spicer [B-s1]"),
        c.stream().map(ConflictTest::line).toList());
    assertEquals(List.of(), conflicts("Spokesman Anthony Scaramucci and spokesman Sean Spicer spoke.",
        "Spokesman Sean Spicer and spokesman Anthony Scaramucci spoke."));
  }

  @Test
  void aDateFarFromTheVerbIsAnotherEvent() {
    // Pinned from basil-dev 2012 (paraphrased): two meetings, Thursday's and Sunday's, not one meeting dated twice.
    assertEquals(List.of(), conflicts(
        "Thursday night's meeting marks the second time in a week the two men have met in person.",
        "The two men met Sunday afternoon at the White House for the first time in weeks."));
    // basil-dev 2016: the outlets disagree on the year.
    List<Conflict> c = conflicts("Pelosi has led House Democrats since 2002.", "Pelosi has led House Democrats since 2003.");
    assertEquals(List.of("date | date of \u201Cled\u201D | 2002 [A-s1] | 2003 [B-s1]"), c.stream().map(ConflictTest::line).toList());
  }

  @Test
  void aWeekdayTheOtherArticleGivesAnotherEventStillConflictsWhenTheSameVerbHoldsIt() {
    // BASIL dev 2014 96b7046f, articles 1 and 2 (shortened): the post was on Friday in both; the apology is dated twice.
    List<Conflict> c = conflicts(
        "A Republican staffer on Friday apologized for a Facebook post. The post went up late.",
        "The aide had to apologize Saturday for a Facebook post. She wrote the post Friday.");
    assertEquals(List.of("date | date of \u201Capologized\u201D | Friday [A-s1] | Saturday [B-s1]"),
        c.stream().map(ConflictTest::line).toList());
    // the same weekdays, but no verb beside both: no conflict
    assertEquals(List.of(), conflicts(
        "On Friday the staffer, who had been criticized for days, finally apologized for a post. The post went up late.",
        "The aide had to apologize Saturday for a Facebook post. She wrote the post Friday."));
  }

  @Test
  void anEventNounNamesTheDate() {
    List<Conflict> c = conflicts("The vote on Tuesday was delayed.", "The vote on Wednesday was delayed.");
    assertEquals(List.of("date | date of the vote | Tuesday [A-s1] | Wednesday [B-s1]"),
        c.stream().map(ConflictTest::line).toList());
  }

  @Test
  void voteTallies() {
    List<Conflict> c = conflicts("The Senate voted 52-48 to confirm him.", "The Senate voted 51-49 to confirm him.");
    assertEquals(List.of("tally | vote count | 52-48 [A-s1] | 51-49 [B-s1]"), c.stream().map(ConflictTest::line).toList());
    assertEquals(List.of(), conflicts("The Senate voted 52-48 to confirm him.", "The Senate voted 52-48 to confirm him."));
  }

  @Test
  void theSameWeekdayFromDifferentPublicationDatesIsNoConflict() {
    Article a = Texts.article("A", LocalDate.of(2018, 10, 22), "The House will vote on Thursday.");
    Article b = Texts.article("B", LocalDate.of(2018, 10, 26), "The House will vote on Thursday.");
    assertEquals(List.of(), conflicts(a, b, true));
  }
}
