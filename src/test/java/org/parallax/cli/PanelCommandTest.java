package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax eval panel} end to end on an invented two-article dataset in BASIL's layout. */
class PanelCommandTest {
  private static void article(Path root, String name, String title, String... paragraphs) throws IOException {
    StringBuilder json = new StringBuilder("{\"title\": \"" + title + "\", \"body-paragraphs\": [");
    for (int i = 0; i < paragraphs.length; i++) {
      json.append(i == 0 ? "" : ", ").append("[\"").append(paragraphs[i].replace("\"", "\\\"")).append("\"]");
    }
    json.append("]}");
    Path file = root.resolve("articles").resolve(name + ".json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void scoresAPanelAndListsWhatIsUnjudged(@TempDir Path dir) throws IOException {
    article(dir, "2020/e_1", "Council shuts the park",
        "The city council voted on Monday to close Riverside Park for repairs.",
        "\"We had no choice,\" Mayor Jane Doe said after the vote.",
        "The park opened in 1950 and draws thousands of visitors every summer.");
    article(dir, "2020/e_2", "Park to close for repairs",
        "Councillors voted on Monday to close Riverside Park for repairs.",
        "\"We had no other choice,\" Mayor Jane Doe told reporters.",
        "Critics said the closure would hurt local shops.");
    Path panel = Files.createDirectories(dir.resolve("panel"));
    Files.writeString(panel.resolve("x01.panel"), """
        pair: 2020/e_1 | 2020/e_2
        event: same
        align | must | The city council voted on Monday to close Riverside Park | Councillors voted on Monday to close Riverside Park
        speaker | A | We had no choice | Jane Doe / Mayor Jane Doe
        conflict | invented | 1950 | 1951
        """, StandardCharsets.UTF_8);
    Path listing = dir.resolve("unjudged.txt");
    MainTest.Run r = MainTest.run("eval", "panel", dir.toString(), "--panel", panel.toString(), "--unjudged",
        listing.toString(), "--no-semantic");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Panel: 1 pairs (1 same-event, 0 unrelated controls)"), r.out());
    assertTrue(r.out().matches("(?s).*\\nalignment +\\d+ +\\d+ +\\d+ +\\S+ +1 +1 +100% +\\d+\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\\nconflicts +0 +0 +0 +n/a +1 +0 +0% +0\\n.*"), r.out());
    String listed = Files.readString(listing);
    assertTrue(listed.contains("x01 | miss | conflicts | line 5: conflict | invented | 1950 | 1951"), listed);
    assertTrue(listed.contains("x01 | stale | conflicts | line 5: '1951' is not in article B"), listed);
  }

  @Test
  void aMalformedPanelFileIsAUsageErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Path panel = Files.createDirectories(dir.resolve("panel"));
    Files.writeString(panel.resolve("x02.panel"), "pair: a | b\nevent: same\nspeaker | C | q | s\n");
    MainTest.Run r = MainTest.run("eval", "panel", dir.toString(), "--panel", panel.toString(), "--no-semantic");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("parallax: "), r.err());
    assertTrue(r.err().contains("x02.panel:3: side must be one of A, B, got 'C'"), r.err());
    assertFalse(r.err().contains("at org.parallax"), r.err());
  }

  @Test
  void aMissingArticleIsAUsageError(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("articles"));
    Path panel = Files.createDirectories(dir.resolve("panel"));
    Files.writeString(panel.resolve("x03.panel"), "pair: 2020/none_1 | 2020/none_2\nevent: same\n");
    MainTest.Run r = MainTest.run("eval", "panel", dir.toString(), "--panel", panel.toString(), "--no-semantic");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("none_1.json: no such article"), r.err());
  }
}
