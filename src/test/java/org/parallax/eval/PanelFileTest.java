package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The panel format of issue #17; fixtures are invented text, not BASIL articles. */
class PanelFileTest {
  private static final Path FILE = Path.of("panel/x01.panel");

  private static PanelFile parse(String text) throws Exception {
    return PanelFile.parse(FILE, "x01", text);
  }

  @Test
  void readsHeaderAndEveryJudgmentType() throws Exception {
    PanelFile p = parse("""
        # x01: an invented pair
        pair: 2010/aaa_1 | 2010/aaa_2.json
        outlets: fox | nyt
        event: same            # same | different

        # align
        align | must | the council voted to close the park | councillors agreed to shut the park
        align | not | the mayor was away | the park opened in 1950
        align | yes | rain is expected | forecasters expect rain
        speaker | A | we had no choice | Jane Doe / Doe / Mayor Jane Doe
        speaker | B | "park" | -
        not-speaker | Beyond
        quote-match | we had no choice | we had no other choice | variant
        fact | A | 1950 | one-sided
        fact | both | F.B.I. | FBI
        fact | not | Sources
        fact | kind | Jane Doe | person
        conflict | votes for closing | 7 | 8
        no-conflict | 7 | seven
        framing | must | attribution | claimed | said
        framing | yes | loaded-term | slammed
        framing | no | * | park
        voices | A | Jane Doe / Doe; the council
        """);
    assertEquals("2010/aaa_1", p.a());
    assertEquals("2010/aaa_2", p.b());
    assertEquals("fox | nyt", p.outlets());
    assertTrue(p.sameEvent());
    assertEquals(17, p.judgments().size());
    PanelFile.Judgment first = p.judgments().get(0);
    assertEquals("align", first.type());
    assertEquals("must", first.f(0));
    assertEquals("councillors agreed to shut the park", first.f(2));
    assertEquals(7, first.line());
    assertEquals(3, p.of("align", null).size());
    assertEquals(1, p.of("align", "must").size());
    assertEquals("Jane Doe / Doe; the council", p.of("voices", "A").get(0).f(1));
  }

  @Test
  void controlNeedsOnlyTheHeader() throws Exception {
    PanelFile p = parse("pair: 2011/b_1 | 2014/c_3\r\noutlets: fox | nyt\r\nevent: different\r\n");
    assertFalse(p.sameEvent());
    assertTrue(p.judgments().isEmpty());
  }

  @Test
  void errorsNameFileAndLine() {
    String header = "pair: a | b\nevent: same\n";
    assertError(header + "align | maybe | x | y\n", "panel/x01.panel:3: align mode must be one of must, not, yes, got 'maybe'");
    assertError(header + "\n\nspeaker | A | only a quote\n", "panel/x01.panel:5: expected 'speaker");
    assertError(header + "quote-match | a | b | similar\n", "panel/x01.panel:3: quote relation must be one of");
    assertError(header + "fact | C | x | one-sided\n", "panel/x01.panel:3: fact mode must be A, B, both, not or kind");
    assertError(header + "fact | kind | x | animal\n", "panel/x01.panel:3: fact kind must be one of");
    assertError(header + "framing | must | tone | x | y\n", "panel/x01.panel:3: framing kind must be one of");
    assertError(header + "framing | no | tone | x\n", "panel/x01.panel:3: unknown framing kind 'tone'");
    assertError(header + "framing | must | naming | - | -\n", "panel/x01.panel:3: framing must needs words");
    assertError(header + "align | must |  | y\n", "panel/x01.panel:3: empty field 3");
    assertError(header + "opinion | x\n", "panel/x01.panel:3: unknown judgment 'opinion'");
    assertError("event: same\n", "panel/x01.panel:2: missing header line 'pair");
    assertError("pair: a | b\nevent: maybe\n", "panel/x01.panel:2: event must be 'same' or 'different'");
    assertError("pair: a\n", "panel/x01.panel:1: expected 'pair: <A path> | <B path>'");
  }

  private static void assertError(String text, String start) {
    PanelFile.ParseException e = assertThrows(PanelFile.ParseException.class, () -> parse(text));
    assertTrue(e.getMessage().startsWith(start), () -> e.getMessage() + " does not start with " + start);
  }
}
