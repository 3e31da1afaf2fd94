package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates the reports of every sample pair and fails when one of them differs from its copy in
 * reports/, so the committed reports always show what the code does today. Refresh them with the
 * command in the message.
 */
class SampleReportsTest {
  private static final Path PAIRS = Path.of("samples/pairs.csv");
  private static final Path REPORTS = Path.of("reports");

  record Pair(String id, String a, String b) {}

  /** Returns the sample pairs with paths relative to the project folder, as a user types them. */
  static List<Pair> pairs() throws Exception {
    Path cwd = Path.of("").toAbsolutePath();
    List<Pair> out = new ArrayList<>();
    for (Manifest.Entry e : Manifest.read(PAIRS)) {
      out.add(
          new Pair(
              e.id(),
              cwd.relativize(Path.of(e.a())).toString(),
              cwd.relativize(Path.of(e.b())).toString()));
    }
    return out;
  }

  @Test
  void committedReportsMatchWhatTheCodeWritesToday(@TempDir Path tmp) throws Exception {
    List<String> stale = new ArrayList<>();
    for (Pair p : pairs()) {
      MainTest.Run r = MainTest.run("compare", p.a(), p.b(), "-o", tmp.toString());
      assertEquals(0, r.code(), p.id() + ": " + r.err());
      String slug = Slugs.of(p.a(), p.b());
      for (String ext : new String[] {"json", "html", "md"}) {
        String name = slug + "." + ext;
        Path committed = REPORTS.resolve(name);
        String fresh = Files.readString(tmp.resolve(name), StandardCharsets.UTF_8);
        if (!Files.exists(committed)
            || !Files.readString(committed, StandardCharsets.UTF_8).equals(fresh)) {
          stale.add(name + "  (./parallax compare " + p.a() + " " + p.b() + ")");
        }
      }
    }
    if (!stale.isEmpty()) {
      fail("reports/ is out of date; regenerate with:\n  " + String.join("\n  ", stale));
    }
    // Other files in reports/ are not checked: it is also compare's default output folder, so a user
    // who compares a pair of their own from the project folder finds the reports there, and the build
    // must not fail for it (issue 16). .gitignore keeps them out of commits.
  }
}
