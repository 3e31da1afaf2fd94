package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.compare.Summary;

class FailConditionTest {
  /** relatedness 0.4, unrelated, 1 variant, 3 one-sided quotes, 5 unique facts, 7 flags, shared 0.2/0.5. */
  static final Summary SUMMARY =
      new Summary(0.4, "unrelated", Map.of("A", List.of(), "B", List.of()),
          3, 4, 5, 6, 0.2, 0.5, 2, 1, 1, 2, 9, 2, 3, 7);
  /** Of the 7 framing flags, the ones reports show by default. */
  static final int SHOWN = 4;

  @ParameterizedTest
  @CsvSource({
    "unrelated, true",
    "quote-variant, true",
    "one-sided-quotes>2, true",
    "one-sided-quotes>3, false",
    "one-sided-quotes>=3, true",
    "unique-facts>4, true",
    "unique-facts>5, false",
    "relatedness<0.5, true",
    "relatedness<0.4, false",
    "relatedness<=0.4, true",
    "shared<0.25, true",
    "shared<0.2, false",
    "framing-flags=4, true",
    "framing-flags>4, false",
    "framing-flags-all=7, true",
    "FRAMING-FLAGS-ALL > 8, false",
  })
  void conditionsHoldOrNot(String text, boolean holds) {
    assertEquals(holds, FailCondition.parse(text).check(SUMMARY, SHOWN).isPresent(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "bogus", "relatedness", "unrelated>1", "unique-facts>x", "unique-facts>>1"})
  void badConditionsAreRefusedWithAMessage(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FailCondition.parse(text));
    assertTrue(e.getMessage().length() > 10, e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void failureLineNamesConditionAndValue() {
    assertEquals(
        "unique-facts>4: unique-facts is 5",
        FailCondition.parse("unique-facts>4").check(SUMMARY, SHOWN).orElseThrow());
  }
}
