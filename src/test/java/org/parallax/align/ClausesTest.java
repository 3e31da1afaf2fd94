package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clause splits written as the clauses joined by " / ". */
class ClausesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Let them say it directly.                                                  | Let them say it directly.
          Prices rose, he said.                                                      | Prices rose, he said.
          The minister resigned on Friday, and parliament will meet next month.      | The minister resigned on Friday / and parliament will meet next month.
          He finally had enough - and accused the mayor of hiding the real accounts. | He finally had enough / and accused the mayor of hiding the real accounts.
          The mayor insisted on Monday that the bridge would stay closed until May.  | The mayor insisted on Monday / that the bridge would stay closed until May.
          Officials said that the bridge would stay closed until the end of May.     | Officials said that the bridge would stay closed until the end of May.
          "Let them say it. Then we will decide how to react," the minister said.   | "Let them say it. / Then we will decide how to react," the minister said.
          In May, the old bridge over the river was closed for repairs.              | In May the old bridge over the river was closed for repairs.
          """)
  void splitsAtCommasDashesAndConjunctionsKeepingClausesOfFourWords(String sentence, String expected) {
    assertEquals(expected, String.join(" / ", Clauses.split(sentence)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''
          ' , ; : - '
          'a, b, c, d, e, f, g, h, i, j'
          """)
  void oddInputNeverGivesAClauseOfFewerThanFourWords(String sentence) {
    List<String> clauses = Clauses.split(sentence);
    assertTrue(!clauses.isEmpty());
    if (clauses.size() > 1) {
      for (String c : clauses) {
        assertTrue(c.split("\\s+").length >= Clauses.MIN_WORDS, clauses.toString());
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The council wants an excuse to close the harbour, he said.                        | The council wants an excuse to close the harbour
          The strike will end on Monday, the union told reporters on Friday.                | The strike will end on Monday
          Prices will rise again next year, said Maria Lopez.                               | Prices will rise again next year
          According to the ministry, the bridge will stay closed until May.                 | the bridge will stay closed until May
          Berlin suspects the company hid its losses from investors.                        | the company hid its losses from investors
          and openly accused the council of trying to invent a reason to close the harbour  | trying to invent a reason to close the harbour
          Officials said that the bridge would stay closed until the end of May.            | the bridge would stay closed until the end of May
          The mayor resigned on Friday.                                                     | The mayor resigned on Friday.
          Prices rose, he said.                                                             | Prices rose, he said.
          '"Let them say it openly, then we can decide how to respond," said the mayor.'    | Let them say it openly, then we can decide how to respond
          The United States said no.                                                        | The United States said no.
          """)
  void coreDropsTheAttributionFrameButKeepsAtLeastFourWords(String sentence, String expected) {
    assertEquals(expected, Clauses.core(sentence));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          By noon the mayor had lost patience - and openly accused the council of trying to invent a reason to close the harbour, the Gazette reports. | By noon the mayor had lost patience / trying to invent a reason to close the harbour
          The minister resigned on Friday, and parliament will meet next month, she said.                                                            | The minister resigned on Friday / and parliament will meet next month
          """)
  void coreClausesSplitTheClaimAfterTheSentenceFrameIsGone(String sentence, String expected) {
    assertEquals(expected, String.join(" / ", Clauses.coreClauses(sentence)));
  }
}
