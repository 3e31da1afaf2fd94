package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers the article describes without a name, on invented text. */
class UnnamedSpeakersTest {
  private static final String BODY =
      "Rep. Duncan Hunter faces charges. The White House declined to comment.\n\n"
          + "\"We are reviewing the matter,\" a White House spokeswoman said.\n\n"
          + "\"The congressman did nothing wrong,\" a spokesman for Hunter said on Tuesday.\n\n"
          + "\"It was a mistake,\" one Democratic lawmaker told reporters.\n\n"
          + "\"He used campaign funds for vacations,\" the indictment says.\n\n"
          + "\"We will not stop,\" the protesters chanted.\n\n"
          + "Critics have called it \"a witch hunt,\" a report said.";

  private final QuoteSet set = new QuoteAnalyzer().extract(QuoteAnalyzerTest.article("A", BODY));

  private Quote quote(String prefix) {
    return set.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void aSpokespersonSpeaksForThePrincipalButIsNotThePrincipal() {
    assertEquals("a White House spokeswoman", quote("We are reviewing").speaker());
    assertEquals("a spokesman for Hunter", quote("The congressman did").speaker());
  }

  @Test
  void anUnnamedLawmakerIsNotThePreviousSpeaker() {
    assertEquals("one Democratic lawmaker", quote("It was a mistake").speaker());
  }

  @Test
  void documentsAndGroupsSpeakAsThemselves() {
    assertEquals("the indictment", quote("He used campaign").speaker());
    assertEquals("the protesters", quote("We will not stop").speaker());
  }

  @Test
  void anIndefiniteDocumentIsTooVagueToBeASpeaker() {
    assertNull(UnnamedSpeakers.at("a report said", org.parallax.text.Tokenizer.tokenize("a report said"), 0));
  }

  @Test
  void theDescriptionEndsAtAComma() {
    String text = "a senior, official said";
    assertNull(UnnamedSpeakers.at(text, org.parallax.text.Tokenizer.tokenize(text), 0));
    String full = "an aide to the senator said";
    UnnamedSpeakers.Description d = UnnamedSpeakers.at(full, org.parallax.text.Tokenizer.tokenize(full), 0);
    assertNotNull(d);
    assertEquals("an aide", d.name());
  }

  @Test
  void profilesSayKindRoleAndAffiliation() {
    List<Speaker> speakers = set.speakers();
    Speaker wh = speakers.stream().filter(s -> s.name().equals("a White House spokeswoman")).findFirst().orElseThrow();
    assertEquals(SpeakerKind.PERSON, wh.kind());
    assertEquals("spokeswoman", wh.role());
    assertEquals("White House", wh.affiliation());
    Speaker hunter = speakers.stream().filter(s -> s.name().equals("a spokesman for Hunter")).findFirst().orElseThrow();
    assertEquals("spokesman", hunter.role());
    assertEquals("Hunter", hunter.affiliation());
    Speaker doc = speakers.stream().filter(s -> s.name().equals("the indictment")).findFirst().orElseThrow();
    assertEquals(SpeakerKind.DOCUMENT, doc.kind());
    Speaker group = speakers.stream().filter(s -> s.name().equals("the protesters")).findFirst().orElseThrow();
    assertEquals(SpeakerKind.GROUP, group.kind());
  }

  @Test
  void aNameUsedAsAModifierIsNotTheSubjectOfAParticiple() {
    QuoteSet s = new QuoteAnalyzer().extract(QuoteAnalyzerTest.article("A",
        "In the wake of the Denver attack, Mayor Paul Okafor defended his plan, saying: \"We must act now.\""));
    assertEquals("Paul Okafor", s.quotes().get(0).speaker());
  }

  @Test
  void theSourceOfAReportIsNotTheSpeakerOfTheNextQuote() {
    QuoteSet s = new QuoteAnalyzer().extract(QuoteAnalyzerTest.article("A",
        "\"I want to see it,\" said Carl Mender in an interview, according to Ledger. \"How come nobody knows?\""));
    assertEquals("Carl Mender", s.quotes().get(1).speaker());
  }

  @Test
  void aRelativeWhoMarksAPerson() {
    QuoteSet s = new QuoteAnalyzer().extract(QuoteAnalyzerTest.article("A",
        "Zeljko Varga, who was mayor until 2012, dismissed the idea.\n\n"
            + "\"It is useless,\" he said."));
    assertEquals("Zeljko Varga", s.quotes().get(0).speaker());
  }
}
