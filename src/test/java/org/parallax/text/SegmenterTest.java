package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;

class SegmenterTest {
  private static Document doc(String body) {
    return new Document("test", Format.values()[0], null, null, null, null, body, List.of(), List.of());
  }

  @Test
  void splitsParagraphsThenSentencesWithBodyOffsets() {
    String body = "Seoul said the U.S. Navy left. Tokyo agreed.\n\n\u201CWe are calm,\u201D Kim said.";
    Article a = new Segmenter().segment("A", doc(body));
    List<Sentence> s = a.sentences();
    assertEquals(3, s.size());
    assertEquals("Seoul said the U.S. Navy left.", s.get(0).text());
    assertEquals("Tokyo agreed.", s.get(1).text());
    assertEquals("\u201CWe are calm,\u201D Kim said.", s.get(2).text());
    assertEquals(List.of(0, 0, 1), s.stream().map(Sentence::paragraph).toList());
    assertEquals(List.of("A-s1", "A-s2", "A-s3"), s.stream().map(Sentence::id).toList());
    for (Sentence x : s) {
      assertEquals(x.text(), body.substring(x.start(), x.end()));
    }
    assertEquals("\"we are calm,\" kim said.", s.get(2).normalized());
    assertEquals(s.get(2), a.sentenceAt(body.indexOf("Kim")));
  }

  @Test
  void linksTheSentencesOfASplitQuotation() {
    String body = "Officials met on Friday. \u201CThe talks went well. We meet again in May,\u201D Lee said.\n\n"
        + "\u201CNothing is agreed.\u201D Kim left early.";
    Article a = new Segmenter().segment("A", doc(body));
    List<Sentence> s = a.sentences();
    assertEquals(List.of("Officials met on Friday.", "\u201CThe talks went well.", "We meet again in May,\u201D Lee said.",
        "\u201CNothing is agreed.\u201D", "Kim left early."), s.stream().map(Sentence::text).toList());
    assertEquals(Arrays.asList(null, null, "A-s2", null, null), s.stream().map(Sentence::continues).toList());
    assertEquals(List.of(s.get(1), s.get(2)), a.quotationOf(s.get(2)));
    assertEquals(List.of(s.get(1), s.get(2)), a.quotationOf(s.get(1)));
    assertEquals(List.of(s.get(0)), a.quotationOf(s.get(0)));
    assertEquals(List.of(s.get(3)), a.quotationOf(s.get(3)));
  }

  @Test
  void skipsBlankParagraphsAndHandlesEmptyBodies() {
    assertEquals(0, new Segmenter().segment("B", doc("")).sentences().size());
    Article a = new Segmenter().segment("B", doc("\n\nOne.\n\n\n\n  \n\nTwo."));
    assertEquals(List.of("One.", "Two."), a.sentences().stream().map(Sentence::text).toList());
    assertEquals(List.of(0, 1), a.sentences().stream().map(Sentence::paragraph).toList());
  }
}
