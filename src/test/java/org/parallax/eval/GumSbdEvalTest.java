package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GumSbdEvalTest {
  /** A CoNLL-U document written for this test, in GUM's layout (token lines left out: only comments are read). */
  private static final String DOC = String.join("\n",
      "# newdoc id = test_doc",
      "# newpar",
      "# sent_id = test_doc-1",
      "# text = How to Bake Bread",
      "# newpar",
      "# sent_id = test_doc-2",
      "# text = Mix the flour and water.",
      "# sent_id = test_doc-3",
      "# text = Knead it for ten minutes",
      "# sent_id = test_doc-4",
      "# text = Then let it rest.",
      "");

  @Test
  void readsParagraphsAndCountsBoundariesInsideThem(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("test_doc.conllu");
    Files.writeString(f, DOC, StandardCharsets.UTF_8);
    assertEquals(
        List.of(List.of("How to Bake Bread"),
            List.of("Mix the flour and water.", "Knead it for ten minutes", "Then let it rest.")),
        GumSbdEval.paragraphs(f));
    GumSbdEval.Result r = GumSbdEval.evaluate(dir);
    assertEquals(2, r.paragraphs());
    // Two gold boundaries inside the second paragraph; the one without punctuation is hard for both.
    assertEquals(2, r.parallax().gold());
    assertEquals(1, r.parallax().matched());
    assertEquals(1, r.parallax().predicted());
    assertEquals(1, r.breakIterator().matched());
  }
}
