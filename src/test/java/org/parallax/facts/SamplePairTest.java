package org.parallax.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;

/** Checks the fact diff on the real sample pair (samples/lavrov-north-korea), bodies cut out by hand. */
class SamplePairTest {
  private static final Path DIR = Path.of("samples", "lavrov-north-korea");
  private static List<Fact> facts;

  @BeforeAll
  static void extract() throws IOException {
    Article a = new Segmenter().segment("A", aggregator());
    Article b = new Segmenter().segment("B", globalResearch());
    FactFinder finder = new FactFinder();
    double load = PosTagger.loadMillis();
    long t1 = System.nanoTime();
    facts = finder.compare(a, b);
    long t2 = System.nanoTime();
    finder.compare(a, b);
    long t3 = System.nanoTime();
    System.out.printf("POS model load %.0f ms; compare pair first %.0f ms, warm %.0f ms; A %d chars, B %d chars%n",
        load, (t2 - t1) / 1e6, (t3 - t2) / 1e6, a.body().length(), b.body().length());
    for (Fact f : facts) {
      System.out.println(f.kind().id() + "\t" + f.in() + "\t" + f.key() + "\t" + f.canonical() + "\t" + f.forms());
    }
  }

  static Document aggregator() throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve("aggregator.txt"), StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank() && !line.contains("Tracy Klein")) {
        paragraphs.add(line.strip());
      }
    }
    return new Document("aggregator.txt", Format.TXT, lines.get(0), null, null, null,
        String.join("\n\n", paragraphs), List.of(), List.of());
  }

  static Document globalResearch() throws IOException {
    String md = Files.readString(DIR.resolve("globalresearch-rt.md"), StandardCharsets.UTF_8);
    int from = md.indexOf("*The US has been consciously provoking");
    String endMark = "open direct negotiations with Pyongyang.";
    int to = md.indexOf(endMark) + endMark.length();
    String body = md.substring(from, to).replace("\r", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replace("*", "");
    String joined = java.util.Arrays.stream(body.split("\n\\s*\n")).map(String::strip)
        .filter(p -> !p.isEmpty()).map(p -> p.replaceAll("\\s*\n\\s*", " ")).collect(Collectors.joining("\n\n"));
    return new Document("globalresearch-rt.md", Format.TXT, "US Should Come Clean", "RT News", "Global Research",
        LocalDate.of(2017, 11, 30), joined, List.of(), List.of());
  }

  private static Fact find(FactKind kind, String form) {
    List<Fact> hits = facts.stream().filter(f -> f.kind() == kind && f.forms().contains(form)).toList();
    assertEquals(1, hits.size(), () -> kind + " with form " + form + ": " + hits);
    return hits.get(0);
  }

  @Test
  void onlyInA() {
    assertEquals(List.of("A"), find(FactKind.ORGANIZATION, "Reuters").in());
    assertEquals(List.of("A"), find(FactKind.PERSON, "Tillerson").in());
    assertEquals(List.of("A"), find(FactKind.PERSON, "Armstrong").in());
    assertEquals(List.of("A"), find(FactKind.NUMBER, "2 million barrels per day").in());
    assertEquals(List.of("A"), find(FactKind.THING, "intercontinental ballistic missile").in());
  }

  @Test
  void onlyInB() {
    assertEquals(List.of("B"), find(FactKind.THING, "Hwasong-15").in());
    assertEquals(List.of("B"), find(FactKind.PLACE, "Japan").in());
    assertEquals(List.of("B"), find(FactKind.NUMBER, "two-month pause").in());
    assertEquals(List.of("B"), find(FactKind.PLACE, "South Korea").in());
  }

  @Test
  void inBoth() {
    Fact lavrov = find(FactKind.PERSON, "Sergei Lavrov");
    assertEquals(lavrov, find(FactKind.PERSON, "Sergey Lavrov"));
    assertEquals(lavrov, find(FactKind.PERSON, "Lavrov"));
    assertEquals(List.of("A", "B"), lavrov.in());
    Fact northKorea = find(FactKind.PLACE, "Pyongyang");
    assertEquals(northKorea, find(FactKind.PLACE, "North Korea"));
    assertEquals(List.of("A", "B"), northKorea.in());
    Fact kim = find(FactKind.PERSON, "Kim Jong Un");
    assertEquals(kim, find(FactKind.PERSON, "Kim Jong-un"));
    assertEquals(List.of("A", "B"), kim.in());
    Fact thursday = find(FactKind.DATE, "Thursday");
    assertEquals("date:2017-11-30", thursday.key());
    assertEquals(List.of("A", "B"), thursday.in());
  }

  @Test
  void noSharedPersonIsSplit() {
    List<Fact> people = facts.stream().filter(f -> f.kind() == FactKind.PERSON).toList();
    for (Fact p : people) {
      String surname = p.canonical().substring(p.canonical().lastIndexOf(' ') + 1);
      long same = people.stream().filter(q -> q.forms().stream().anyMatch(s -> s.endsWith(surname))).count();
      assertEquals(1, same, () -> "person " + surname + " split: " + people);
    }
    assertTrue(people.size() >= 6, () -> "people: " + people);
  }
}
