package org.parallax.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.List;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.Span;

/** Splits random text: spans stay inside the text, in order, without overlap, trimmed and non-empty. */
class SentenceSplitterFuzzTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  @FuzzTest(maxDuration = "30s")
  void split(@NotNull String text) {
    List<Span> spans = SPLITTER.split(text);
    int last = 0;
    for (Span s : spans) {
      assertTrue(s.start() >= last && s.end() <= text.length(), () -> "span " + s + " out of order or range");
      assertTrue(s.end() > s.start(), () -> "empty span " + s);
      String sentence = s.of(text);
      assertFalse(Character.isWhitespace(sentence.charAt(0)), () -> "untrimmed start: " + s);
      assertFalse(Character.isWhitespace(sentence.charAt(sentence.length() - 1)), () -> "untrimmed end: " + s);
      last = s.end();
    }
    if (!text.isBlank()) {
      assertFalse(spans.isEmpty(), "text that is not blank has a sentence");
    }
  }
}
