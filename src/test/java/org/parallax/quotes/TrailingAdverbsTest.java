package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The backward scan that replaced a regular expression gives what the expression gave. */
class TrailingAdverbsTest {
  private static String byRegex(String s) {
    return s.replaceAll("(?:\\s+\\p{L}+ly)+$", "");
  }

  @Test
  void sameAsTheRegularExpression() {
    String[] cases = {
      "Lavrov, the minister, quickly", "Lavrov, the minister,", "Lavrov, said  firmly  quietly", "only",
      "x ly", "x fly", "x, reply", "x,reply", "x\tsurely\nclearly", "", "  ", "x ábsolútly", "x holy-ly",
      "x quickly.", "quickly", " quickly", "a Ly", "Italy and early"
    };
    for (String c : cases) {
      assertEquals(byRegex(c), Attributor.withoutTrailingAdverbs(c), c);
    }
  }

  @Test
  void longChainsTakeOnePass() {
    String chain = "Lavrov," + " quickly".repeat(200_000);
    assertEquals("Lavrov,", Attributor.withoutTrailingAdverbs(chain));
  }
}
