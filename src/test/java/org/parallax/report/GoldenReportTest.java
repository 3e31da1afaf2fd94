package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parallax.compare.Comparison;

/**
 * Pins the exact bytes of the JSON and Markdown reports of the fixtures.
 *
 * <p>Run with {@code -Dparallax.updateGoldens=true} to rewrite the files after an intended change,
 * then review the diff.
 */
class GoldenReportTest {
  private static final String DIR = "src/test/resources/org/parallax/report/golden/";

  private static Map<String, String> expected() {
    Map<String, Supplier<Comparison>> fixtures = new TreeMap<>();
    fixtures.put("council", Fixtures::council);
    fixtures.put("hostile", Fixtures::hostile);
    fixtures.put("empty", Fixtures::empty);
    Map<String, String> out = new TreeMap<>();
    fixtures.forEach(
        (name, f) -> {
          out.put(name + ".json", new JsonReport().render(f.get()));
          out.put(name + ".md", new MarkdownReport().render(f.get()));
          out.put(name + ".full.md", new MarkdownReport().full().render(f.get()));
        });
    return out;
  }

  @Test
  void reportsMatchTheirGoldenFiles() throws IOException {
    Map<String, String> expected = expected();
    if (Boolean.getBoolean("parallax.updateGoldens")) {
      for (var e : expected.entrySet()) {
        Files.writeString(Paths.get(DIR, e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
    List<String> mismatched = new ArrayList<>();
    for (var e : expected.entrySet()) {
      try (InputStream in = getClass().getResourceAsStream("golden/" + e.getKey())) {
        String golden = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (!e.getValue().equals(golden)) {
          mismatched.add(e.getKey());
        }
      }
    }
    assertEquals(List.of(), mismatched, "reports differ from golden files (see class doc to update)");
  }

  @Test
  void everyGoldenFileHasAFixture() throws IOException, URISyntaxException {
    Path dir = Paths.get(getClass().getResource("golden").toURI());
    List<String> unmatched = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString()).sorted().forEach(name -> {
        if (!expected().containsKey(name)) {
          unmatched.add(name);
        }
      });
    }
    assertEquals(List.of(), unmatched);
    assertTrue(expected().size() >= 9);
  }
}
