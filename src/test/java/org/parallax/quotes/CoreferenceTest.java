package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/** Each coreference rule on invented text. */
class CoreferenceTest {
  /** Builds the resolver for {@code body}, with double-quoted stretches as quotes. */
  private static Coreference coref(String body) {
    List<int[]> quoted = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == '"') {
        if (open < 0) {
          open = i;
        } else {
          quoted.add(new int[] {open, i + 1});
          open = -1;
        }
      }
    }
    Mentions mentions = new Mentions(body, quoted);
    return new Coreference(body, quoted, mentions, m -> m.person() || mentions.isPersonSurname(m.surname()));
  }

  /** Returns what the {@code nth} (0-based) occurrence of {@code pronoun} as a word resolves to. */
  private static String resolve(String body, String pronoun, int nth) {
    int seen = 0;
    for (Token t : Tokenizer.tokenize(body)) {
      if (t.text().equals(pronoun) && seen++ == nth) {
        return coref(body).pronoun(t.start());
      }
    }
    throw new AssertionError("no " + pronoun + " #" + nth);
  }

  @Test
  void aChainOfHeSaidStaysWithItsSubjectNotTheNearestName() {
    String body = "Walter Brandt opened the congress on Saturday.\n\n"
        + "\"We must change,\" he said.\n\n"
        + "Calling President George Hale a failure, he said the party needed new ideas.";
    assertEquals("Walter Brandt", resolve(body, "he", 0));
    assertEquals("Walter Brandt", resolve(body, "he", 1));
  }

  @Test
  void aNameInAPossessiveOrAfterAPrepositionIsNotTheSubject() {
    String body = "Attorney General Eric Stone said the death of Peter Vane had shaken the town. "
        + "At the school, the attorney general met students in what he described as a good start.";
    assertEquals("Eric Stone", resolve(body, "he", 0));
  }

  @Test
  void genderFromTheGivenName() {
    String body = "Nancy Ortiz met Robert Lang on Monday. She said the talks went well. He said little.";
    assertEquals("Nancy Ortiz", resolve(body, "She", 0));
    assertEquals("Robert Lang", resolve(body, "He", 0));
  }

  @Test
  void anHonorificOutweighsAUnisexGivenName() {
    String body = "Robin Tate of Marble LLP and Frank Cole spoke. \"It is a bother,\" Ms. Tate said. "
        + "Frank Cole disagreed. She said it could change.";
    assertEquals(Lexicon.Gender.FEMALE, coref(body).genderOf("tate"));
    assertEquals("Robin Tate", resolve(body, "She", 0));
  }

  @Test
  void genderFromTheArticlesOwnPronouns() {
    String body = "Director Ardith Quell runs the shelter. She opened it in 2009. "
        + "Later Ardith Quell and Omar Diaz met the mayor. Then she said the money was short.";
    assertEquals(Lexicon.Gender.FEMALE, coref(body).genderOf("quell"));
    assertEquals("Ardith Quell", resolve(body, "she", 0));
  }

  @Test
  void twoEquallySalientPeopleLeaveThePronounUnresolved() {
    String body = "John Webb and Paul Ross spoke on Monday. He said the deal was dead.";
    assertNull(resolve(body, "He", 0));
  }

  @Test
  void aPronounOfTheOtherGenderSkipsTheNearestName() {
    String body = "Senator Ellen Marsh questioned Michael Dunn for an hour. She said the answers were weak.";
    assertEquals("Ellen Marsh", resolve(body, "She", 0));
  }

  @Test
  void pronounsInsideQuotesAreNotResolved() {
    String body = "Daniel Price spoke. \"He is wrong,\" Price said.";
    int he = body.indexOf("He");
    assertNull(coref(body).pronoun(he));
  }

  @Test
  void aRoleDescriptionResolvesToThePersonItIntroduced() {
    String body = "Foreign Minister Anna Kovac met reporters. The foreign minister said talks would resume.";
    List<Token> tokens = Tokenizer.tokenize(body);
    int the = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).text().equals("The")) {
        the = k;
      }
    }
    Coreference.Referent r = coref(body).description(tokens, the);
    assertNotNull(r);
    assertEquals("Anna Kovac", r.name());
  }

  @Test
  void aPersonTooFarBackIsNotReached() {
    StringBuilder body = new StringBuilder("Harold Finch spoke first. ");
    for (int i = 0; i < Coreference.WINDOW + 2; i++) {
      body.append("The rain went on. ");
    }
    body.append("He said nothing.");
    assertNull(resolve(body.toString(), "He", 0));
  }
}
