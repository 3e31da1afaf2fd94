package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasilEvalTest {
  @Test
  void countsSpansFoundByLoadedTermFlags(@TempDir Path dir) throws Exception {
    Path arts = Files.createDirectories(dir.resolve("articles/2016"));
    Path anns = Files.createDirectories(dir.resolve("annotations/2016"));
    // A BASIL-shaped article written for this test: two paragraphs, three sentences.
    Files.writeString(
        arts.resolve("t1_1.json"),
        "{\"title\": \"Mayor wins vote\", \"source\": \"test\", \"body-paragraphs\": ["
            + "[\"The mayor slammed the council on Monday.\"],"
            + "[\"The council met at noon.\", \"Critics called it \\\"a farce\\\" later.\"]]}",
        StandardCharsets.UTF_8);
    Files.writeString(
        anns.resolve("t1_1_ann.json"),
        "{\"phrase-level-annotations\": ["
            + "{\"id\": \"p0\", \"bias\": \"lex\", \"start\": 10, \"end\": 17, \"quote\": \"no\", \"speaker\": \"\", \"txt\": \"slammed\"},"
            + "{\"id\": \"p1\", \"bias\": \"lex\", \"start\": 4, \"end\": 11, \"quote\": \"no\", \"speaker\": \"\", \"txt\": \"council\"},"
            + "{\"id\": \"p2\", \"bias\": \"lex\", \"start\": 18, \"end\": 29, \"quote\": \"yes\", \"speaker\": \"other_anti\", \"txt\": \"\\\"a farce\\\"\"}"
            + "]}",
        StandardCharsets.UTF_8);
    BasilEval.Result r = BasilEval.evaluate(dir);
    assertEquals(1, r.articles());
    assertEquals(3, r.sentences());
    assertEquals(3, r.lexSpans());
    assertEquals(1, r.lexFound());
    assertEquals(2, r.lexOutsideQuotes());
    assertEquals(1, r.flags());
    // the one flag ("slammed", the writer's own word) is one compare shows, and it finds its span
    assertEquals(1, r.shownFlags());
    assertEquals(1, r.shownFound());
    assertEquals(1, r.quoteSpans());
    StringWriter out = new StringWriter();
    BasilEval.print(r, new PrintWriter(out));
    assertTrue(out.toString().contains("lexical-bias span recall: 0.333 (1 of 3)"), out.toString());
  }
}
