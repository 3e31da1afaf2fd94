package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Plain text.",
        "  \u201CCurly\u201D \u2018quotes\u2019 \u2014 and dashes \u2013 here ",
        "ﬁne ﬀ \uFF21\uFF22\uFF23 \u2460 \u00BD",
        "e\u200D\u0301 soft\u00ADhyphen \uFEFFbom",
        "\u00A0lead and trail\u202F",
        "\u0301 combining first",
        "Lines\r\nand\rmore\nlines\t\ttabs",
        ""
      })
  void isIdempotent(String s) {
    String once = TextNormalizer.fold(s);
    assertEquals(once, TextNormalizer.fold(once));
    String lower = TextNormalizer.normalize(s);
    assertEquals(lower, TextNormalizer.normalize(lower));
  }

  @Test
  void lineEndingsAllFoldTheSame() {
    String lf = TextNormalizer.normalize("One line\nand another\n\nthird");
    assertEquals(lf, TextNormalizer.normalize("One line\r\nand another\r\n\r\nthird"));
    assertEquals(lf, TextNormalizer.normalize("One line\rand another\r\rthird"));
    assertEquals("one line and another third", lf);
  }

  @Test
  void foldsQuotesDashesAndSpaces() {
    assertEquals("\"It's\" - 'he said' - ok", TextNormalizer.fold("\u201CIt\u2019s\u201D \u2014 \u2018he said\u2019 \u2013 ok"));
    assertEquals("a b c", TextNormalizer.fold("a\u00A0\u00A0b\u2009c"));
    assertEquals("\"quoted\"", TextNormalizer.fold("\u00ABquoted\u00BB"));
  }

  @Test
  void appliesNfkcAndKeepsCaseInFold() {
    assertEquals("fine ABC 1 1/2...", TextNormalizer.fold("ﬁne \uFF21\uFF22\uFF23 \u2460 \u00BD\u2026").replace("\u2044", "/"));
    assertEquals("caf\u00E9", TextNormalizer.fold("cafe\u0301"));
    assertEquals("U.S. Army", TextNormalizer.fold("U.S. Army"));
    assertEquals("u.s. army", TextNormalizer.normalize("U.S. Army"));
  }

  @Test
  void dropsInvisibleCharactersBeforeComposing() {
    assertEquals("caf\u00E9", TextNormalizer.fold("cafe\u200D\u0301"));
    assertEquals("softhyphen", TextNormalizer.fold("soft\u00ADhyphen"));
  }
}
