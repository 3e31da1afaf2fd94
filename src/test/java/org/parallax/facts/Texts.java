package org.parallax.facts;

import java.time.LocalDate;
import java.util.List;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;

/** Builds small articles for the facts tests. */
final class Texts {
  private Texts() {}

  static Article article(String label, LocalDate published, String body) {
    return new Segmenter().segment(label,
        new Document("test-" + label, Format.TXT, null, null, null, published, body, List.of(), List.of()));
  }

  static Article article(String body) {
    return article("A", null, body);
  }

  static List<Fact> facts(String body) {
    return new FactFinder().facts(article(body));
  }

  static List<Fact> facts(LocalDate published, String body) {
    return new FactFinder().facts(article("A", published, body));
  }

  static List<Fact> of(List<Fact> facts, FactKind kind) {
    return facts.stream().filter(f -> f.kind() == kind).toList();
  }

  static List<String> canonicals(List<Fact> facts, FactKind kind) {
    return of(facts, kind).stream().map(Fact::canonical).toList();
  }

  static List<String> keys(List<Fact> facts, FactKind kind) {
    return of(facts, kind).stream().map(Fact::key).toList();
  }
}
