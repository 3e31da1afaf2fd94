package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.parallax.align.Aligner;
import org.parallax.facts.FactFinder;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.ingest.Ingestor;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.text.Segmenter;

/**
 * A copy of an article that looks the same but holds decomposed accents, soft hyphens, zero-width
 * spaces, word joiners, stray byte order marks and no-break spaces compares exactly like the
 * original: no quote variants, one-sided facts or framing flags come from invisible characters.
 */
class InvisibleCharactersTest {
  private static final Path A = Path.of("samples", "lavrov-north-korea", "aggregator.txt");
  private static final Path B = Path.of("samples", "lavrov-north-korea", "globalresearch-rt.md");
  /** Written for this test: accented names that NFD splits into letters and combining marks. */
  private static final String ACCENTS = "\n\nThe envoy of Corée du Nord, José Martínez-Núñez, told Le Monde"
      + " that the café meeting in Zürich was “très productive”, citing 2,500 délégués.\n";

  /** Returns {@code text} with invisible characters inside words and between them, then in NFD. */
  static String disguise(String text) {
    StringBuilder out = new StringBuilder();
    String[] parts = text.split("((?<= )|(?= ))");
    for (int i = 0; i < parts.length; i++) {
      String w = parts[i];
      if (w.equals(" ")) {
        out.append(i % 7 == 0 ? "\u00A0" : " ");
        continue;
      }
      StringBuilder word = new StringBuilder(w);
      if (word.length() > 7 && i % 3 == 0) {
        word.insert(4, '\u00AD');
      }
      if (word.length() > 3 && i % 5 == 0) {
        word.insert(2, '\u200B');
      }
      if (word.length() > 3 && i % 11 == 0) {
        word.insert(1, '\u2060');
      }
      if (word.length() > 3 && i % 13 == 0) {
        word.insert(3, '\uFEFF');
      }
      out.append(word);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFD);
  }

  @Test
  void aDisguisedCopyComparesLikeTheOriginal() throws Exception {
    String b = Files.readString(B, StandardCharsets.UTF_8) + ACCENTS;
    String copy = disguise(b);
    assertNotEquals(b, copy);
    assertTrue(copy.contains("Core\u0301e") && copy.contains("\u00AD") && copy.contains("\u200B"));
    Ingestor ingestor = new Ingestor();
    Document a = ingestor.parse("a.txt", Files.readAllBytes(A), Format.TXT);
    Document original = ingestor.parse("b.md", b.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);
    Document disguised = ingestor.parse("b.md", copy.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);
    assertTrue(disguised.body().contains("Corée du Nord"), "NFD Corée keeps its accent");
    Comparison expected = comparer().compare(a, original);
    Comparison actual = comparer().compare(a, disguised);
    assertEquals(expected.summary(), actual.summary());
    assertEquals(expected, actual);
  }

  private static Comparer comparer() {
    return new Comparer(new Segmenter(), new Aligner(false), new QuoteAnalyzer(), new FactFinder(), new FramingAnalyzer());
  }
}
