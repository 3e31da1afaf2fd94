package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {
  private static String texts(String s) {
    return Tokenizer.tokenize(s).stream().map(Token::text).collect(Collectors.joining("|"));
  }

  private static String norms(String s) {
    return Tokenizer.tokenize(s).stream().map(Token::norm).collect(Collectors.joining("|"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "The U.S. Army left.; The|U.S.|Army|left; the|us|army|left",
        "Kim Jong-un spoke.; Kim|Jong-un|spoke; kim|jong-un|spoke",
        "About 2,000 people, or 3.5%, came.; About|2,000|people|or|3.5%|came; about|2,000|people|or|3.5%|came",
        "A 20-year-old in the 1990s paid $1.50.; A|20-year-old|in|the|1990s|paid|1.50; a|20-year-old|in|the|1990s|paid|1.50",
        "Lavrov\u2019s aide didn't say.; Lavrov\u2019s|aide|didn't|say; lavrov|aide|didnt|say",
        "\u201CNo,\u201D \u2014 she said; No|she|said; no|she|said",
        "Caf\u00E9 ﬁnal; Caf\u00E9|ﬁnal; caf\u00E9|final"
      })
  void splitsAndNormalizes(String input, String expectedTexts, String expectedNorms) {
    assertEquals(expectedTexts, texts(input));
    assertEquals(expectedNorms, norms(input));
  }

  @Test
  void offsetsPointAtTheOriginal() {
    String s = "  \u201CWe\u2019ll see,\u201D said Kim Jong-un on 3.5% growth.";
    List<Token> tokens = Tokenizer.tokenize(s);
    for (Token t : tokens) {
      assertEquals(t.text(), s.substring(t.start(), t.end()));
    }
    assertEquals(s.indexOf("Jong-un"), tokens.get(4).start());
  }

  @Test
  void flagsStopwordsButNotInitialisms() {
    List<Token> tokens = Tokenizer.tokenize("The U.S. told us of it");
    assertTrue(tokens.get(0).stopword(), "the");
    assertFalse(tokens.get(1).stopword(), "U.S. is a country, not the pronoun");
    assertEquals("us", tokens.get(1).norm());
    assertTrue(tokens.get(3).stopword(), "us");
    assertFalse(Tokenizer.tokenize("The US wants").get(1).stopword(), "US is a country");
    assertFalse(Tokenizer.tokenize("missile")
        .get(0).stopword());
    assertTrue(Tokenizer.isStopword("THE"));
  }

  @Test
  void numbersAndCapitalsAreRecognized() {
    List<Token> tokens = Tokenizer.tokenize("Seoul fired 2,000 shells");
    assertTrue(tokens.get(0).isCapitalized());
    assertFalse(tokens.get(1).isCapitalized());
    assertTrue(tokens.get(2).isNumber());
    assertFalse(tokens.get(3).isNumber());
  }

  @Test
  void stemsWords() {
    assertEquals(Tokenizer.tokenize("missiles").get(0).stem(), Tokenizer.tokenize("missile").get(0).stem());
  }

  @Test
  void survivesOddInput() {
    assertTrue(Tokenizer.tokenize("").isEmpty());
    assertTrue(Tokenizer.tokenize("... --- \u2014 !!!").isEmpty());
    assertEquals(1, Tokenizer.tokenize("\uD83D\uDE00 emoji").size());
  }
}
