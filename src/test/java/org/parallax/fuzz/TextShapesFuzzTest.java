package org.parallax.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.List;
import org.parallax.align.DiffSegment;
import org.parallax.align.WordDiffer;
import org.parallax.facts.FactFinder;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.text.Segmenter;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Tokenizes, diffs and reads facts from random text. The saved inputs hold the shapes that once
 * overflowed the stack in recursive regular expressions (issue 16): long hyphen chains, long digit
 * groups, long apostrophe and dot chains, and invisible characters.
 */
class TextShapesFuzzTest {
  private static final Segmenter SEGMENTER = new Segmenter();
  private static final FactFinder FACTS = new FactFinder();

  @FuzzTest(maxDuration = "30s")
  void shapes(@NotNull String text) {
    int last = 0;
    for (Token t : Tokenizer.tokenize(text)) {
      assertTrue(t.start() >= last && t.end() <= text.length() && t.end() > t.start(), () -> "token out of order: " + t);
      last = t.end();
    }
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (DiffSegment s : WordDiffer.diff(text, "x " + text)) {
      if (s.op() != DiffSegment.Op.INSERT) {
        a.append(s.text());
      }
      if (s.op() != DiffSegment.Op.DELETE) {
        b.append(s.text());
      }
    }
    assertEquals(text, a.toString(), "the diff gives back its first text");
    assertEquals("x " + text, b.toString(), "the diff gives back its second text");
    if (!text.isBlank()) {
      Document d = new Document("fuzz", Format.TXT, null, null, null, null, text, List.of(), List.of());
      FACTS.facts(SEGMENTER.segment("A", d));
    }
  }
}
