package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;

class QuoteAnalyzerTest {
  private final QuoteAnalyzer analyzer = new QuoteAnalyzer();

  static Article article(String label, String body) {
    return new Segmenter()
        .segment(label, new Document(label + ".txt", Format.TXT, null, null, null, null, body, List.of(), List.of()));
  }

  private QuoteSet extract(String body) {
    return analyzer.extract(article("A", body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "~",
      textBlock =
          """
          "We will not back down," said Maria Lopez.                         | We will not back down                       | Maria Lopez  | said           | FULL
          Maria Lopez said: "We will not back down."                         | We will not back down.                      | Maria Lopez  | said           | FULL
          "Prices will rise," Tom Baker, the finance minister, said today.   | Prices will rise                            | Tom Baker    | said           | FULL
          "The talks failed," Ruth Olsen told reporters on Monday.           | The talks failed                            | Ruth Olsen   | told reporters | FULL
          The bridge is unsafe, according to Dan Reyes, "and must close".    | and must close                              | Dan Reyes    | according to   | PARTIAL
          Jane Holt: "We are ready to talk."                                 | We are ready to talk.                       | Jane Holt    | :              | FULL
          "We are ready to talk." — Jane Holt                                | We are ready to talk.                       | Jane Holt    | —              | FULL
          "Stay calm and carry on." - Ruth Olsen                             | Stay calm and carry on.                     | Ruth Olsen   | -              | FULL
          Minister Kofi Asante warned that the plan would "end in tears" for farmers. | end in tears                       | Kofi Asante  | warned         | PARTIAL
          The council adopted a so-called 'green belt' policy in May.        | green belt                                  | ~            | ~              | TERM
          Moscow is advocating a ‘double freeze’ approach.                   | double freeze                               | ~            | ~              | TERM
          Anna Berg said: «We stay here.»                                    | We stay here.                               | Anna Berg    | said           | FULL
          „Wir bleiben hier“, said Karl Weber.                               | Wir bleiben hier                            | Karl Weber   | said           | FULL
          Lee Chan said, "It's a 'soft landing' for the economy."            | It's a 'soft landing' for the economy.      | Lee Chan     | said           | FULL
          “We expect a deal,” said Foreign Minister Anna Berg.               | We expect a deal                            | Anna Berg    | said           | FULL
          ‘We expect a deal,’ Anna Berg alleged on Friday.                   | We expect a deal                            | Anna Berg    | alleged        | FULL
          Berg's deputy, Omar Haddad, tweeted: "No comment."                 | No comment.                                 | Omar Haddad  | tweeted        | FULL
          Ruth Olsen thinks the plan is "a slow disaster for all farmers" and wants a vote. | a slow disaster for all farmers | Ruth Olsen | ~       | PARTIAL
          The Clinton ad asks if voters are "ready for a real change" now.  | ready for a real change                     | ~            | ~              | PARTIAL
          Maria Lopez said the plan "is sound." Gov. Tom Baker said it would fail. | is sound.                        | Maria Lopez  | said           | PARTIAL
          "We will win." Maria Lopez said on Monday.                         | We will win.                                | Maria Lopez  | said           | FULL
          Sara Wells praised Lynch. Lynch said little, but she called the vote "a shame for the whole city" later. | a shame for the whole city | Lynch | called | PARTIAL
          Tom Baker spoke to Omar Haddad. He said the deal was "dead and buried for good" now. | dead and buried for good | Tom Baker | said | PARTIAL
          PENCE: Well, she thinks this is "a reality show for bored viewers" at best. | a reality show for bored viewers | Pence | : | PARTIAL
          A chorus agreed, including the former candidate Ann Lee -- "It is a disgrace to us all." -- and others. | It is a disgrace to us all. | Ann Lee | -- | PARTIAL
          The Daily Ledger reports that the mayor wanted to "keep the files under wraps" for now. | keep the files under wraps | Daily Ledger | reports | PARTIAL
          Maria Lopez met Tom Baker in Paris and said the deal was "a good start" for both. | a good start            | Maria Lopez  | said           | PARTIAL
          Tom Baker told a reporter who asked about taxes that "nothing will change at all" now. | nothing will change at all | Tom Baker | told a reporter | PARTIAL
          "We were never asked."  ― Ruth Olsen                                | We were never asked.                        | Ruth Olsen   | ―              | FULL
          WASHINGTON — After a long night, arguing that the plan is "a very bad idea for the city" was easy. | a very bad idea for the city | ~ | ~ | PARTIAL
          In an August speech, Ruth Olsen attacked "the cruel plan of the harbour board" again. | the cruel plan of the harbour board | Ruth Olsen | ~ | PARTIAL
          Mayor Ines Duarte, opening the new Harbour Bridge and Ferry Terminal on Friday, said it would tell a story "of work and of hope" to all. | of work and of hope | Ines Duarte | said | PARTIAL
          """)
  void attributesOneQuote(String text, String quote, String speaker, String cue, QuoteKind kind) {
    QuoteSet set = extract(text);
    assertEquals(1, set.quotes().size(), () -> "quotes of " + text + ": " + set.quotes());
    Quote q = set.quotes().get(0);
    assertEquals(quote, q.text());
    assertEquals(quote, text.substring(q.start(), q.end()).replace("\n\n", " "));
    assertEquals(speaker, q.speaker());
    assertEquals(cue, q.cue());
    assertEquals(kind, q.kind());
    assertEquals("A-q1", q.id());
    assertTrue(set.diagnostics().isEmpty(), set.diagnostics()::toString);
  }

  @Test
  void joinsQuoteRunningAcrossParagraphs() {
    String body =
        "Anna Berg said:\n\n\"The first part of the statement is long.\n\n\"The second part ends it.\"\n\nThen she left.";
    QuoteSet set = extract(body);
    assertEquals(1, set.quotes().size(), set.quotes()::toString);
    Quote q = set.quotes().get(0);
    assertEquals("The first part of the statement is long. The second part ends it.", q.text());
    assertEquals(body.indexOf("The first"), q.start());
    assertEquals(body.indexOf("ends it.") + "ends it.".length(), q.end());
    assertEquals("Anna Berg", q.speaker());
    assertEquals(QuoteKind.FULL, q.kind());
    assertEquals(2, q.sentenceIds().size(), q.sentenceIds()::toString);
    assertTrue(set.diagnostics().isEmpty());
  }

  @Test
  void keepsOneQuoteAndOneSpeakerAcrossTheSentencesOfASplitQuotation() {
    // The splitter gives each sentence of the quotation its own sentence; the quote stage still sees one quote.
    String body = "The port reopened on Monday. \u201CThe cranes are back. Ships are waiting. We need two more days,\u201D "
        + "harbour master Ines Duarte said. Traders were relieved.";
    Article article = article("A", body);
    assertEquals(List.of("A-s1", "A-s2", "A-s3", "A-s4", "A-s5"),
        article.sentences().stream().map(s -> s.id()).toList());
    QuoteSet set = analyzer.extract(article);
    assertEquals(1, set.quotes().size(), set.quotes()::toString);
    Quote q = set.quotes().get(0);
    assertEquals("The cranes are back. Ships are waiting. We need two more days", q.text());
    assertEquals("Ines Duarte", q.speaker());
    assertEquals("said", q.cue());
    assertEquals(QuoteKind.FULL, q.kind());
    assertEquals(List.of("A-s2", "A-s3", "A-s4"), q.sentenceIds());
    assertEquals(q.sentenceIds(),
        article.quotationOf(article.sentences().get(3)).stream().map(s -> s.id()).toList());
  }

  @Test
  void continuesQuoteBrokenMidSentenceAfterCueParagraph() {
    String body = "Karl Weber said,\n\n“in May the others hinted that the next round may not\n\ncome until June.\"";
    Quote q = extract(body).quotes().get(0);
    assertEquals("in May the others hinted that the next round may not come until June.", q.text());
    assertEquals("Karl Weber", q.speaker());
    assertEquals("said", q.cue());
    assertEquals(QuoteKind.FULL, q.kind());
  }

  @Test
  void closesAStraightQuoteWhoseClosingMarkHasAStraySpaceBeforeIt() {
    // Shaped like BASIL dev 2011-3db93526 ('is wrong. "Perry is referring'; issue 19).
    String body = "In a statement, Ann Lee stated, \"the port must stay open. Closing it is wrong. \"Lee is referring "
        + "to a plan that would \"close the harbour\" in May.";
    QuoteSet set = extract(body);
    assertEquals(List.of("the port must stay open. Closing it is wrong.", "close the harbour"),
        set.quotes().stream().map(Quote::text).toList());
    assertEquals("Ann Lee", set.quotes().get(0).speaker());
    assertTrue(set.diagnostics().isEmpty(), set.diagnostics()::toString);
    // With an odd number of straight marks after it, the mark opens a quote as before.
    QuoteSet other = extract("Ann Lee said \"yes. \"No,\" Bo Park said.");
    assertEquals(List.of("No"), other.quotes().stream().map(Quote::text).toList());
  }

  @Test
  void reportsUnclosedMarkAndKeepsGoing() {
    String body = "He said \"this never closes.\n\nNext paragraph is plain.\n\nShe said \"yes\" and \"no.";
    QuoteSet set = extract(body);
    assertEquals(List.of("yes"), set.quotes().stream().map(Quote::text).toList());
    assertEquals(
        List.of(
            "A: unclosed quotation mark at offset 8 (paragraph 1)",
            "A: unclosed quotation mark at offset " + body.lastIndexOf('"') + " (paragraph 3)"),
        set.diagnostics());
  }

  @Test
  void survivesOddInput() {
    for (String body : List.of("", "\"", "'", "“”", "\"\"\"\"", "„", "»", "‘’‘’", "\n\n\"\n\n\"", "said he said")) {
      QuoteSet set = extract(body);
      assertTrue(set.quotes().stream().allMatch(q -> q.end() <= body.length()), body);
    }
  }

  @Test
  void randomTextNeverBreaksAttribution() {
    String[] pieces = {
      "\"", "“", "”", "'", "‘", "’", "«", "»", "„", "''", " ", ", ", ". ", ": ", "\n\n", "—", "(", ")",
      "said", "told reporters", "according to", "he", "she", "the minister", "Mr", "Mr.", "Anna", "Berg",
      "Sen.", "R-Ohio", "Korea's", "the", "of", "who", "called", "'s", "U.S.", "Minister", "we"
    };
    java.util.Random random = new java.util.Random(20171130L);
    for (int round = 0; round < 400; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          sb.append(' ');
        }
      }
      String body = sb.toString();
      QuoteComparison c = analyzer.compare(article("A", body), article("B", body));
      assertTrue(
          c.a().diagnostics().stream().noneMatch(d -> d.contains("failed")), () -> body + " -> " + c.a().diagnostics());
      for (Quote q : c.a().quotes()) {
        assertTrue(q.end() <= body.length(), body);
      }
    }
  }

  @Test
  void apostrophesAreNotQuotes() {
    String body =
        "Korea's leaders don't like the '90s or rock 'n' roll, and the Smiths' house is old. "
            + "Korea’s leaders don’t miss the ’80s, and the Joneses’ dog barks at rock ’n’ roll.";
    QuoteSet set = extract(body);
    assertEquals(List.of(), set.quotes());
    assertEquals(List.of(), set.diagnostics());
  }

  @Test
  void singleQuotedSpeechWithApostropheInside() {
    QuoteSet set = extract("'We don't want Korea's missiles,' she said. Ms Ana Ruiz left.");
    assertEquals("We don't want Korea's missiles", set.quotes().get(0).text());
  }

  @Test
  void resolvesPronounsByGender() {
    String body =
        "Senator Paul Grant met Nikki Stone on Monday. Both spoke at the summit.\n\n"
            + "\"We need more time,\" she said.\n\n\"We have no time,\" he said.";
    List<Quote> quotes = extract(body).quotes();
    assertEquals("Nikki Stone", quotes.get(0).speaker());
    assertEquals("Paul Grant", quotes.get(1).speaker());
  }

  @Test
  void honorificTellsGender() {
    String body = "Mrs Adeyemi and Mr Okafor met.\n\n\"It went well,\" she said.\n\n\"It did,\" he said.";
    List<Quote> quotes = extract(body).quotes();
    assertEquals("Adeyemi", quotes.get(0).speaker());
    assertEquals("Okafor", quotes.get(1).speaker());
  }

  @Test
  void resolvesRoleDescriptionToPerson() {
    String body =
        "Russian Foreign Minister Sergei Lavrov arrived in Oslo on Monday.\n\n"
            + "\"We are ready,\" the foreign minister said.";
    Quote q = extract(body).quotes().get(0);
    assertEquals("Sergei Lavrov", q.speaker());
    assertEquals("lavrov", q.speakerKey());
  }

  @Test
  void carriesSpeakerToCuelessQuoteParagraph() {
    String body = "\"We are ready,\" said Anna Berg.\n\n\"We have waited long enough.\"\n\nThe weather was cold.";
    List<Quote> quotes = extract(body).quotes();
    assertFalse(quotes.get(0).inferred());
    Quote second = quotes.get(1);
    assertEquals("Anna Berg", second.speaker());
    assertNull(second.cue());
    assertTrue(second.inferred());
  }

  @Test
  void doesNotInferAcrossUnrelatedParagraphs() {
    String body = "\"We are ready,\" said Anna Berg.\n\nThe weather was cold.\n\nRain fell.\n\n\"Nobody came.\"";
    Quote last = extract(body).quotes().get(1);
    assertNull(last.speaker());
    assertFalse(last.inferred());
  }

  @Test
  void unifiesSpeakerKeysAcrossArticles() {
    Article a = article("A", "\"We are ready,\" said Sergei Lavrov.\n\n\"Maybe,\" Mr Lavrov added.");
    Article b = article("B", "\"We are not ready,\" Sergey Lavrov said.\n\n\"No,\" said Lavrov.");
    QuoteComparison c = analyzer.compare(a, b);
    List<Quote> all = new java.util.ArrayList<>(c.a().quotes());
    all.addAll(c.b().quotes());
    assertEquals(4, all.size());
    for (Quote q : all) {
      assertEquals("lavrov", q.speakerKey(), q::toString);
      assertEquals("Sergei Lavrov", q.speaker(), q::toString);
    }
  }

  @Test
  void keepsPeopleWhoShareASurnameApart() {
    Article a = article("A", "\"We will win,\" said Hillary Clinton.\n\n\"She will win,\" said Bill Clinton.");
    List<Quote> quotes = analyzer.compare(a, article("B", "Nothing here.")).a().quotes();
    assertNotEquals(quotes.get(0).speakerKey(), quotes.get(1).speakerKey());
    assertEquals("Hillary Clinton", quotes.get(0).speaker());
    assertEquals("Bill Clinton", quotes.get(1).speaker());
  }

  @Test
  void matchesExactFragmentAndVariantOneToOne() {
    Article a =
        article(
            "A",
            "\"We will never accept these terms under any circumstances,\" said Anna Berg.\n\n"
                + "Berg added: \"The harbour must stay open to every fishing boat.\"\n\n"
                + "\"Our farmers deserve fair prices for their grain,\" said Berg.\n\n"
                + "\"The weather is lovely in spring,\" said Tom Baker.");
    Article b =
        article(
            "B",
            "Anna Berg said the country \"will never accept these terms\".\n\n"
                + "\"The harbour must stay open to every fishing boat,\" Berg said.\n\n"
                + "\"Farmers deserve a fair price for grain,\" Anna Berg said.\n\n"
                + "\"Taxes will rise next year,\" said Ruth Olsen.");
    QuoteComparison c = analyzer.compare(a, b);
    List<String> got =
        c.matches().stream().map(m -> m.a() + "=" + m.b() + ":" + m.kind().id()).toList();
    assertEquals(List.of("A-q1=B-q1:fragment", "A-q2=B-q2:exact", "A-q3=B-q3:variant"), got);
    QuoteMatch exact = c.matches().get(1);
    assertEquals(1.0, exact.score());
    assertEquals(1.0, org.parallax.align.WordDiffer.equalShare(exact.diff()));
    assertTrue(c.matches().get(2).score() < 1.0);
  }

  @Test
  void variantNeedsCompatibleSpeakers() {
    Article a = article("A", "\"Farmers deserve fair prices for their grain,\" said Anna Berg.");
    Article b = article("B", "\"Farmers deserve a fair price for grain,\" said Tom Baker.");
    assertEquals(List.of(), analyzer.compare(a, b).matches());
  }

  @Test
  void termsAreNeverMatched() {
    Article a = article("A", "Moscow backs a 'double freeze' approach.");
    Article b = article("B", "Beijing backs the 'double freeze' approach.");
    assertEquals(List.of(), analyzer.compare(a, b).matches());
  }
}
