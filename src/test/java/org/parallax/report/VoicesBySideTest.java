package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.compare.Summary;
import org.parallax.compare.Voice;

/** Voices by side and the balance by stated affiliation, on invented voices. */
class VoicesBySideTest {
  private static Summary summary(List<Voice> a, List<Voice> b) {
    Map<String, List<Voice>> voices = new LinkedHashMap<>();
    voices.put("A", a);
    voices.put("B", b);
    return new Summary(0.9, "related", voices, 1, 1, 0, 0, 1.0, 1.0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void showsOnlyWhatTheArticleStates() {
    assertEquals("Ana Ruiz (senator, Democrat)",
        VoicesBySide.describe(new Voice("Ana Ruiz", "ruiz", 2, 20, "person", "senator", "Democrat")));
    assertEquals("Tom Berg (Harbour Union)",
        VoicesBySide.describe(new Voice("Tom Berg", "berg", 1, 5, "person", null, "Harbour Union")));
    assertEquals("Lia Moss", VoicesBySide.describe(new Voice("Lia Moss", "moss", 1, 5)));
    // A role that is the affiliation itself is said once.
    assertEquals("Lia Moss (Democrat)",
        VoicesBySide.describe(new Voice("Lia Moss", "moss", 1, 5, "person", "Democrat", "Democrat")));
  }

  @Test
  void unattributedQuotesAreNoVoiceButCountAsNotStated() {
    Summary s = summary(
        List.of(new Voice("Ana Ruiz", "ruiz", 4, 40, "person", "senator", "Democrat"),
            new Voice("(unattributed)", null, 2, 9)),
        List.of(new Voice("Ana Ruiz", "ruiz", 3, 30, "person", "senator", "Democrat"),
            new Voice("Tom Berg", "berg", 2, 12, "person", "spokesman", "Harbour Union"),
            new Voice("Eve Dahl", "dahl", 1, 6, "person", "representative", "Republican")));
    assertEquals(List.of("Ana Ruiz (senator, Democrat)"), VoicesBySide.voices(s, "A"));
    assertEquals(3, VoicesBySide.voices(s, "B").size());
    assertEquals("By stated affiliation, A: Democrat 4, not stated 2; B: Democrat 3, Harbour Union 2, Republican 1."
        + " Only B quotes voices affiliated with Harbour Union and Republican.", VoicesBySide.balance(s));
  }

  @Test
  void noBalanceWhenNoArticleStatesAnAffiliation() {
    Summary s = summary(List.of(new Voice("Ana Ruiz", "ruiz", 4, 40, "person", "senator", null)),
        List.of(new Voice("Tom Berg", "berg", 1, 4)));
    assertNull(VoicesBySide.balance(s));
    assertEquals(List.of("Ana Ruiz (senator)"), VoicesBySide.voices(s, "A"));
  }

  @Test
  void eachSideNamesWhatOnlyItQuotes() {
    Summary s = summary(List.of(new Voice("Ana Ruiz", "ruiz", 1, 4, "person", null, "Democrat")),
        List.of(new Voice("Eve Dahl", "dahl", 2, 8, "person", null, "Republican")));
    assertEquals("By stated affiliation, A: Democrat 1; B: Republican 2. Only A quotes voices affiliated with Democrat."
        + " Only B quotes voices affiliated with Republican.", VoicesBySide.balance(s));
  }

  @Test
  void oneVoiceDescribedTwoWaysIsNoDifference() {
    Summary s = summary(List.of(new Voice("Ana Ruiz", "ruiz", 3, 30, "person", "governor", "Oakshire")),
        List.of(new Voice("Ana Ruiz", "ruiz", 2, 20, "person", "candidate", "Democrat")));
    assertEquals("By stated affiliation, A: Oakshire 3; B: Democrat 2.", VoicesBySide.balance(s));
  }

  @Test
  void anAffiliationThatCannotBeASideIsLeftOut() {
    // "a spokesman for Mr. Reid", a dateline, a verb and a role word, as a profile may read them.
    for (String bad : List.of("Mr", "St", "HARBOURTON", "Saying", "Assistant")) {
      Voice v = new Voice("Tom Berg", "berg", 1, 5, "person", "spokesman", bad);
      assertEquals("Tom Berg (spokesman)", VoicesBySide.describe(v), bad);
      assertNull(VoicesBySide.balance(summary(List.of(v), List.of())), bad);
    }
    assertEquals("Tom Berg (spokesman, ACLU)",
        VoicesBySide.describe(new Voice("Tom Berg", "berg", 1, 5, "person", "spokesman", "ACLU")));
  }
}
