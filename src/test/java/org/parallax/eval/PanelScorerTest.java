package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.eval.PanelScorer.Category;
import org.parallax.eval.PanelScorer.PairScore;
import org.parallax.eval.PanelScorer.Tally;

/** The scorer on a small invented report (the JSON report's layout), judged by an invented panel. */
class PanelScorerTest {
  private static final String REPORT = """
      {"articles": [
        {"label": "A", "title": "Council shuts the park", "sentences": [
          {"id": "A-s1", "text": "The council voted 7-2 to close the park on Monday."},
          {"id": "A-s2", "text": "\\"We had no choice,\\" Mayor Jane Doe said."},
          {"id": "A-s3", "text": "The park opened in 1950."},
          {"id": "A-s4", "text": "Critics slammed the decision."}],
         "quotes": [
          {"id": "A-q1", "text": "We had no choice,", "speaker": "Jane Doe"},
          {"id": "A-q2", "text": "a disgrace", "speaker": "Beyond"},
          {"id": "A-q3", "text": "unnamed remark", "speaker": null}]},
        {"label": "B", "title": "Park to close", "sentences": [
          {"id": "B-s1", "text": "Councillors agreed to shut the park, 8-1."},
          {"id": "B-s2", "text": "\\"We had no other choice,\\" said the mayor."},
          {"id": "B-s3", "text": "The F.B.I. was not involved."}],
         "quotes": [
          {"id": "B-q1", "text": "We had no other choice,", "speaker": "the council"}]}],
       "alignments": [
         {"a": ["A-s1"], "b": ["B-s1"], "kind": "paraphrase"},
         {"a": ["A-s3"], "b": ["B-s3"], "kind": "related"},
         {"a": ["A-s4"], "b": ["B-s2"], "kind": "related"}],
       "quoteMatches": [{"a": "A-q1", "b": "B-q1", "kind": "variant"}],
       "facts": [
         {"kind": "date", "canonical": "1950", "in": ["A"], "forms": ["1950"]},
         {"kind": "organization", "canonical": "FBI", "in": ["B"], "forms": ["F.B.I."]},
         {"kind": "person", "canonical": "Critics", "in": ["A"], "forms": ["Critics"]},
         {"kind": "person", "canonical": "Monday", "in": ["A"], "forms": ["Monday"]},
         {"kind": "person", "canonical": "Jane Doe", "in": ["A", "B"], "forms": ["Jane Doe"]}],
       "framing": [
         {"kind": "loaded-term", "article": "A", "terms": ["slammed"], "note": "A uses 'slammed'"},
         {"kind": "attribution-verb", "article": null, "terms": ["said", "said"], "note": "same verb"},
         {"kind": "hedge", "article": "B", "terms": ["agreed"], "note": "x"},
         {"kind": "lead", "article": null, "terms": [], "note": "90% of A is not in B"}],
       CONFLICTS
       "summary": {"verdict": "related", "relatedness": 0.8,
         "voices": {"A": [{"speaker": "Jane Doe"}, {"speaker": "Beyond"}], "B": [{"speaker": "the council"}, {"speaker": "(unattributed)"}]}}}
      """;

  private static final String PANEL = """
      pair: x/a_1 | x/a_2
      event: same
      align | must | council voted 7-2 to close | agreed to shut the park
      align | must | we had no choice | we had no other choice
      align | not | critics slammed the decision | no other choice
      align | must | not in the article at all | park
      speaker | A | we had no choice | Jane Doe / Mayor Jane Doe
      speaker | B | we had no other choice | the mayor / Jane Doe
      speaker | A | unnamed remark | Bob Smith
      not-speaker | Beyond
      quote-match | we had no choice | no other choice | variant
      fact | A | 1950 | one-sided
      fact | both | F.B.I. | FBI
      fact | not | Critics
      fact | kind | 1950 | date
      fact | A | Monday | one-sided
      fact | A | 7-2 | one-sided
      fact | A | Critics of the plan | one-sided
      fact | A | the year 1950 | one-sided
      conflict | the vote | 7-2 | 8-1
      no-conflict | Monday | 8-1
      framing | yes | word-choice | slammed
      framing | no | * | said
      framing | no | emphasis | 90% of A
      framing | must | word-choice | slammed | -
      framing | must | attribution | - | Councillors
      framing | must | naming | Critics slammed | -
      voices | A | Jane Doe / Mayor Jane Doe
      voices | B | the mayor / Jane Doe
      """;

  private static PairScore score(String panel, String conflicts) throws Exception {
    JsonNode report = new ObjectMapper().readTree(REPORT.replace("CONFLICTS", conflicts));
    return PanelScorer.score(PanelFile.parse(Path.of("x.panel"), "x01", panel), report);
  }

  private static void assertTally(Tally t, int shown, int right, int wrong, int must, int found) {
    assertEquals(List.of(shown, right, wrong, must, found), List.of(t.shown, t.right, t.wrong, t.must, t.found));
  }

  @Test
  void scoresEveryCategoryAgainstTheJudgments() throws Exception {
    PairScore s = score(PANEL, "");
    // Passage 1 is a judged must, 2 is unjudged, 3 is a `not`; the must whose A snippet is missing is stale and missed.
    assertTally(s.tallies().get(Category.ALIGNMENT), 3, 1, 1, 3, 1);
    assertTally(s.tallies().get(Category.QUOTE_MATCHES), 1, 1, 0, 1, 1);
    assertTally(s.tallies().get(Category.QUOTE_VARIANTS), 1, 1, 0, 1, 1);
    // Jane Doe right, "Beyond" a not-speaker, "the council" wrong; the null speaker is not shown but missed.
    assertTally(s.tallies().get(Category.SPEAKERS), 3, 1, 2, 3, 1);
    // 1950 right, FBI judged both, Critics not a fact, Monday right; "7-2" never shown as a fact;
    // "the year 1950" is found by the shown "1950" (one name contains the other), "Critics of the plan"
    // is not found by "Critics", which is judged not a fact.
    assertTally(s.tallies().get(Category.ONE_SIDED_FACTS), 4, 2, 2, 5, 3);
    assertTally(s.tallies().get(Category.FACT_KINDS), 4, 1, 1, 0, 0);
    assertTally(s.tallies().get(Category.CONFLICTS), 0, 0, 0, 1, 0);
    assertFalse(s.conflictsInReport());
    // "Critics slammed" is found by the loaded-term flag 'slammed': the must's words contain its term.
    assertTally(s.tallies().get(Category.FRAMING), 4, 1, 2, 3, 2);
    // the same flags by kind and confidence (none given: 1.0, shown): right, wrong, wrong, unjudged
    assertEquals(java.util.Set.of("loaded-term 1.00", "attribution-verb 1.00", "lead 1.00", "hedge 1.00"),
        s.framingKinds().keySet());
    assertTally(s.framingKinds().get("loaded-term 1.00").shown, 1, 1, 0, 0, 0);
    assertTally(s.framingKinds().get("attribution-verb 1.00").all, 1, 0, 1, 0, 0);
    assertTally(s.framingKinds().get("lead 1.00").shown, 1, 0, 1, 0, 0);
    assertTally(s.framingKinds().get("hedge 1.00").all, 1, 0, 0, 0, 0);
    // "(unattributed)" is not a voice the report claims; it is neither shown nor judged.
    assertTally(s.tallies().get(Category.VOICES), 3, 1, 2, 2, 1);
    assertTally(s.tallies().get(Category.VERDICT), 1, 1, 0, 0, 0);
    assertTrue(s.listed().stream().anyMatch(l -> l.status().equals("stale") && l.text().contains("not in the article")));
    assertTrue(s.listed().stream().anyMatch(l -> l.status().equals("miss") && l.text().contains("7-2 | one-sided")));
    assertTrue(s.listed().stream().anyMatch(l -> l.status().equals("unjudged") && l.category() == Category.ALIGNMENT
        && l.text().contains("The park opened in 1950")));
  }

  @Test
  void readsConflictsWhenTheReportHasThem() throws Exception {
    PairScore s = score(PANEL, """
        "conflicts": [
          {"kind": "number", "about": "vote", "a": {"value": "7-2", "sentenceIds": ["A-s1"]},
           "b": {"value": "8-1", "sentenceIds": ["B-s1"]}, "note": ""},
          {"kind": "date", "about": "day", "a": {"value": "Monday", "sentenceIds": ["A-s1"]},
           "b": {"value": "8-1", "sentenceIds": ["B-s1"]}, "note": ""},
          {"kind": "number", "about": "year", "a": {"value": "1950", "sentenceIds": ["A-s3"]},
           "b": {"value": "1951", "sentenceIds": ["B-s3"]}, "note": ""}],
        """);
    assertTrue(s.conflictsInReport());
    assertTally(s.tallies().get(Category.CONFLICTS), 3, 1, 1, 1, 1);
  }

  @Test
  void controlsCountEveryRelationItemAsWrong() throws Exception {
    PairScore s = score("pair: x/a_1 | y/b_3\nevent: different\n", "");
    assertTally(s.tallies().get(Category.ALIGNMENT), 3, 0, 3, 0, 0);
    assertTally(s.tallies().get(Category.QUOTE_MATCHES), 1, 0, 1, 0, 0);
    assertTally(s.tallies().get(Category.FRAMING), 4, 0, 4, 0, 0);
    assertEquals(4, s.controlFlags());
    assertTally(s.tallies().get(Category.VERDICT), 1, 0, 1, 0, 0);
    assertEquals(0, s.tallies().get(Category.SPEAKERS).shown);
  }
}
