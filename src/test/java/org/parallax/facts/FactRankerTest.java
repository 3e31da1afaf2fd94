package org.parallax.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;

/** Checks the importance of one-sided facts: headline, lead, mentions, quoted people, numbers of the event. */
class FactRankerTest {
  private static Article article(String label, String title, String body) {
    return new Segmenter().segment(label, new Document("t-" + label, Format.TXT, title, null, null,
        LocalDate.of(2018, 10, 27), body, List.of(), List.of()));
  }

  @Test
  void headlineLeadMentionsAndQuotesRankOneSidedFacts() {
    Article a = article("A", "Gunman kills 11 in Pittsburgh",
        "A gunman killed 11 people in Pittsburgh. Police arrived within minutes. \"We are heartbroken,\" said "
            + "Mayor Bill Peduto. Peduto spoke again later. The city of Pittsburgh mourned. A vigil drew 3,000 people.");
    Article b = article("B", "Vigil in a grieving city", "A vigil was held.");
    FactFinder finder = new FactFinder();
    List<Fact> ranked = FactRanker.rank(finder.compare(a, b), List.of(a, b), Map.of("A", Set.of("peduto"), "B", Set.of()));
    Map<String, Importance> by = new java.util.TreeMap<>();
    ranked.forEach(f -> by.put(f.canonical(), f.importance()));
    assertEquals(List.of("headline", "lead", "event number"), by.get("11 people").reasons(), by::toString);
    assertEquals(0.7, by.get("11 people").score(), 1e-9);
    assertEquals(List.of("headline", "lead"), by.get("Pittsburgh").reasons(), ranked::toString);
    assertEquals(List.of("2 mentions", "quoted"), by.get("Bill Peduto").reasons());
    assertEquals(Importance.NONE, by.get("3000 people"));
    List<String> order = finder.exclusive(ranked).stream().map(Fact::canonical).toList();
    assertEquals(List.of("11 people", "Pittsburgh", "Bill Peduto", "3000 people"), order);
  }
}
