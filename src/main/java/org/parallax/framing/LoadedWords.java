package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.framing.TermChooser.Chosen;

/**
 * The loaded words an outlet uses in its own voice, with lexicon evidence: what word choice and own-voice
 * flags are made from. A word the model alone proposes is never one of them.
 */
final class LoadedWords {
  private LoadedWords() {}

  /** Returns whether a rule names one of the news word lists or the Recasens lexicon. */
  static boolean lexicon(String rule) {
    return rule.equals("lexicon:news-loaded") || rule.equals("lexicon:recasens-bias");
  }

  /**
   * Returns the chosen phrases of one article outside quotes, each cut down to the words the lexicons
   * back (first to last backed member), by sentence id; phrases no lexicon backs are dropped.
   */
  static Map<String, List<Chosen>> ownVoice(ArticleText t, TermChooser chooser, List<org.parallax.quotes.Quote> quotes) {
    Map<String, List<Chosen>> out = new TreeMap<>();
    String body = t.article().body();
    for (Chosen c : chooser.chosen(t, quotes)) {
      if (c.hedge() || c.quoted() || t.inQuote(c.start(), c.end()) || ReportedSpeech.reported(t, c)) {
        continue;
      }
      int from = -1;
      int to = -1;
      List<TermScorer.Candidate> m = c.members();
      for (int i = 0; i < m.size(); i++) {
        if (lexicon(m.get(i).rule())) {
          if (from < 0) {
            from = i;
          }
          to = i + 1;
        }
      }
      if (from < 0) {
        continue;
      }
      if (to < m.size() && m.get(to).start() - m.get(to - 1).end() <= 1 && !m.get(to).bridged()) {
        to++; // keep the word a backed modifier bears on: "sharply criticized", "stinging blow"
      }
      List<TermScorer.Candidate> kept = m.subList(from, to);
      TermScorer.Candidate top = kept.get(0);
      for (TermScorer.Candidate k : kept) {
        if (news(k.rule()) && !news(top.rule())) {
          top = k;
        }
      }
      out.computeIfAbsent(c.sentenceId(), k -> new ArrayList<>()).add(Chosen.of(kept, top, c.score(), body, false));
    }
    return out;
  }

  static boolean news(String rule) {
    return rule.equals("lexicon:news-loaded");
  }

  /**
   * Returns whether the other article uses the word that carries a phrase anywhere (quoted or not, title
   * included): a word both sides use is no difference between them.
   */
  static boolean usedBy(Chosen c, Set<String> otherStems) {
    for (TermScorer.Candidate m : c.members()) {
      if (!lexicon(m.rule())) {
        continue;
      }
      for (org.parallax.text.Token tok : org.parallax.text.Tokenizer.tokenize(m.text())) {
        if (!tok.stopword() && (otherStems.contains(tok.norm()) || otherStems.contains(tok.stem()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns a reader's name for the lexicon that backs a phrase. */
  static String source(Chosen c) {
    for (TermScorer.Candidate m : c.members()) {
      if (news(m.rule())) {
        return "news loaded-word list";
      }
    }
    return "Recasens bias lexicon";
  }

  /**
   * Returns whether the news word list backs a phrase with a charged word (the stronger evidence); a word
   * of degree alone ("very", "extremely") is not enough.
   */
  static boolean newsBacked(Chosen c) {
    return c.members().stream().anyMatch(m -> news(m.rule()) && !DEGREE.contains(m.key()));
  }

  /**
   * Words of degree from the "Adverbs and intensifiers" section of the news word list: they strengthen
   * whatever they modify but say nothing charged themselves (unlike "flat-out", "sharply", "brazenly").
   */
  static final Set<String> DEGREE =
      Set.of("very", "extremely", "incredibly", "remarkably", "truly", "absolutely", "thoroughly", "utterly",
          "hugely", "massively", "vastly", "yet again", "strikingly", "surprisingly", "astonishingly", "stunningly",
          "shockingly", "dramatically", "drastically", "radically", "wildly");

  /**
   * Words of the news word list that say a dispute exists ("controversial comments", "a divisive issue",
   * "testy briefings", "outrage"): they describe the story rather than take a side, so they are framing
   * only as a contrast with the other outlet's words for the same passage, never in one outlet's voice
   * alone (on the panel's dev half every one of them shown as own-voice was judged noise).
   */
  static final Set<String> CONTENTION =
      Set.of("controversial", "contentious", "divisive", "polarizing", "heated", "testy", "outrage", "furor",
          "uproar", "firestorm", "backlash", "feud", "spat", "showdown", "war of words");

  /** Returns whether every lexicon-backed word of a phrase only says a dispute exists. */
  static boolean contentionOnly(Chosen c) {
    boolean any = false;
    for (TermScorer.Candidate m : c.members()) {
      if (!lexicon(m.rule())) {
        continue;
      }
      any = true;
      if (!CONTENTION.contains(m.key())) {
        return false;
      }
    }
    return any;
  }

  /** Returns the first {@code max} words of {@code text}, with an ellipsis when cut. */
  static String excerpt(String text, int max) {
    String[] w = text.strip().split("\\s+");
    if (w.length <= max) {
      return text.strip();
    }
    return String.join(" ", java.util.Arrays.asList(w).subList(0, max)) + " \u2026";
  }
}
