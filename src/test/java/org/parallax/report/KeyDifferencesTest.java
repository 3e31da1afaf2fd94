package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyDifferencesTest {
  private static List<String> lines(List<KeyDifferences.Item> items) {
    return items.stream().map(i -> i.kind().id + ": " + i.text() + " → #" + i.evidence()).toList();
  }

  @Test
  void ranksQuoteVariantsThenOmissionsThenVoicesThenFraming() {
    assertEquals(
        List.of(
            "quote: Ana Ruiz’s quote is worded differently (A → B):  → #row-q-A-q1",
            "omission: Only B mentions Tom Berg (quoted). → #row-f-5",
            "voices: Voices: A quotes 1 speaker, B 2 speakers; only B quotes Tom Berg. → #row-fr-4",
            "framing: Attribution: A reports that Ruiz said it; B writes claimed, which casts doubt on the statement."
                + " → #row-fr-1",
            "framing: Word choice: B quotes a loaded term from the opposition with no reply from the council."
                + " → #row-fr-2"),
        lines(KeyDifferences.of(new ReportIndex(Fixtures.council()))));
  }

  @Test
  void conflictsComeFirstAndTheListStaysAtSeven() {
    var conflict = new KeyDifferences.Conflict("the cost", "40 million euros", List.of("A-s4"), "45 million euros",
        List.of("B-s4"));
    List<KeyDifferences.Item> items =
        KeyDifferences.of(new ReportIndex(Fixtures.council()), List.of(conflict, conflict, conflict, conflict));
    assertEquals(KeyDifferences.MAX, items.size());
    assertEquals("conflict: Conflict on the cost: A says 40 million euros, B says 45 million euros. → #A-s4",
        lines(items).get(0));
    assertEquals(List.of("conflict", "conflict", "conflict", "quote", "omission", "voices", "framing"),
        items.stream().map(i -> i.kind().id).toList());
  }

  @Test
  void oneSidedFactsRankByHeadlineLeadQuotesMentionsAndNumbers() {
    ReportIndex index = new ReportIndex(Fixtures.council());
    List<KeyDifferences.Ranked> b = KeyDifferences.rankedOneSided(index, index.comparison.b());
    assertEquals("Tom Berg", b.get(0).fact().canonical());
    assertEquals(List.of("quoted"), b.get(0).reasons());
    // March 2024 is a date A mentions once, outside its lead: kept in the table, left out of the list
    List<KeyDifferences.Ranked> a = KeyDifferences.rankedOneSided(index, index.comparison.a());
    assertEquals("March 2024", a.get(0).fact().canonical());
    assertEquals(0, a.get(0).score());
  }

  @Test
  void hugeComparisonsStillGiveAtMostSevenLines() {
    List<KeyDifferences.Item> items = KeyDifferences.of(new ReportIndex(Fixtures.huge(2000)));
    assertTrue(items.size() <= KeyDifferences.MAX, items.toString());
  }

  @Test
  void shortenCutsAtAWordAndJoinReadsLikeProse() {
    assertEquals("one two…", KeyDifferences.shorten("one two three", 10));
    assertEquals("a, b and c", KeyDifferences.join(List.of("a", "b", "c")));
    assertEquals("a and b", KeyDifferences.join(List.of("a", "b")));
  }
}
