package org.parallax.framing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.framing.TermChooser.Chosen;
import org.parallax.text.Token;

/**
 * Reported speech without quotation marks: a charged word in the content of a reporting verb ("Clinton
 * said … they were also opportunistic", "He lamented … crushing college debt") is the source's word
 * reported as such, not the outlet's. A verb of speaking itself ("railed against", "decried") is the
 * outlet's own choice of how to tell it, and stays; so does any charged verb of news-loaded.txt, the
 * paraphrase's own verb ("said that Washington has apparently been trying to goad North Korean leader Kim
 * Jong-un": the seed pair's "goad"), where the words that judge (adjectives, adverbs, nouns) are the
 * speaker's. On the panel's dev half every word this rule drops was judged noise; no verb was among them. Only a reporting verb before the word counts: a
 * closing "…, Reuters reports." names where a whole sentence comes from, in the outlet's own words.
 */
final class ReportedSpeech {
  private ReportedSpeech() {}

  /** Returns whether a chosen phrase sits in the content of a reporting verb of its sentence. */
  static boolean reported(ArticleText t, Chosen c) {
    TermScorer.Candidate first = c.members().get(0);
    TermScorer.Candidate last = c.members().get(c.members().size() - 1);
    int index = first.sentence().index();
    List<Token> tokens = t.tokens(index);
    if (speechVerb(c)) {
      return false;
    }
    String[] tags = PosTags.tagSentence(first.sentence().text(), tokens);
    List<Lexicon.Match> verbs = new java.util.ArrayList<>(Lexicons.ATTRIBUTION.find(tokens));
    for (Lexicon.Match m : Lexicons.NEWS.find(tokens)) {
      if (CHARGED_SPEECH.contains(m.entry().term().toLowerCase(Locale.ROOT))) {
        verbs.add(m); // "He lamented … crushing college debt"
      }
    }
    for (Lexicon.Match m : verbs) {
      if (m.from() >= first.from() && m.from() < last.to()) {
        continue;
      }
      if (tags != null && !PosTags.isVerb(tags[m.from()])) {
        continue; // "a classified report", "the State Department": nouns, not reporting
      }
      if (m.to() <= first.from()) {
        return true; // "Clinton said … opportunistic"
      }
    }
    for (int i = 0; i + 1 < first.from(); i++) {
      if (tokens.get(i).norm().equals("according") && tokens.get(i + 1).norm().equals("to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verbs of speaking among the charged verbs of news-loaded.txt (its "Charged verbs" section, slam
   * to smear, and the phrase "rail against"): how someone spoke, as the outlet chose to tell it.
   */
  static final Set<String> CHARGED_SPEECH =
      Set.of("slam", "blast", "lambaste", "lash out", "bash", "berate", "scold", "chide", "rebuke", "castigate",
          "excoriate", "deride", "ridicule", "mock", "taunt", "sneer", "scoff", "rant", "fume", "seethe", "gloat",
          "brag", "boast", "tout", "trumpet", "whine", "gripe", "grumble", "bemoan", "lament", "decry", "denounce",
          "vilify", "demonize", "smear", "rail against");

  /** Returns whether the phrase holds a verb of speaking: an attribution verb or a charged verb of speech. */
  private static boolean speechVerb(Chosen c) {
    for (TermScorer.Candidate m : c.members()) {
      String key = m.key().toLowerCase(Locale.ROOT);
      if (CHARGED_SPEECH.contains(key) || Lexicons.CHARGED_VERBS.contains(key) || Lexicons.ATTRIBUTION.get(key) != null) {
        return true;
      }
    }
    return false;
  }
}
