package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PosModelTest {
  @Test
  void aSentenceIsTaggedWithItsPunctuationAndPossessivesAsWords() {
    String text = "The governor's aides, angry and tired, left early.";
    List<Token> tokens = Tokenizer.tokenize(text);
    String[] tags = PosModel.tagSentence(text, tokens);
    assertEquals(tokens.size(), tags.length);
    // what the tagger read: the comma and the possessive 's as words of their own
    String[] read = PosModel.tag(List.of("The", "governor", "'s", "aides", ",", "angry", "and", "tired", ",", "left",
        "early", "."));
    int governor = indexOf(tokens, "governor's");
    assertEquals(read[1], tags[governor]);
    assertEquals("NOUN", tags[governor]);
    assertEquals(read[3], tags[indexOf(tokens, "aides")]);
    assertEquals(read[9], tags[indexOf(tokens, "left")]);
  }

  @Test
  void anEmptySentenceHasNoTags() {
    assertEquals(0, PosModel.tagSentence("", List.of()).length);
  }

  private static int indexOf(List<Token> tokens, String text) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " is not a token of " + tokens);
  }
}
