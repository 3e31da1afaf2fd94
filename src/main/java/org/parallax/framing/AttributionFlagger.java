package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.align.Alignment;
import org.parallax.quotes.Quote;
import org.parallax.text.Sentence;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Attribution verbs: in a passage both outlets carry (a strong alignment), one outlet reports the words
 * with a neutral verb ("said") and the other with one that passes judgement or presumes ("alleged",
 * "admitted", "accused"). Assertive verbs ("called", "urged", "declared") name another speech act more
 * often than they frame the same one, so they are not contrasted.
 */
final class AttributionFlagger implements Flagger {
  /** Confidence when both verbs are attached to the same speaker. */
  static final double SAME_SPEAKER = 0.85;
  /**
   * Confidence when a speaker is unknown or the two differ ("Russia condemned" / "Lavrov said"): the
   * verbs may report different statements, so the flag stays in the JSON report only.
   */
  static final double ONE_SPEAKER = 0.6;

  /** An attribution verb found in a passage, with the speaker it is attached to when known. */
  private record Verb(String text, LexiconEntry entry, String speaker, String sentenceId) {
    String kind() {
      return entry.kind();
    }

    int grade() {
      return entry.grade();
    }
  }

  @Override
  public List<FramingFlag> flags(ArticlePair p) {
    List<FramingFlag> out = new ArrayList<>();
    for (Alignment al : p.strongAlignments()) {
      FramingFlag f = contrast(p, al);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  private static FramingFlag contrast(ArticlePair p, Alignment al) {
    List<Verb> va = verbs(p.a, al.a(), p.quotesA);
    List<Verb> vb = verbs(p.b, al.b(), p.quotesB);
    String textA = ArticlePair.text(p.a, al.a());
    String textB = ArticlePair.text(p.b, al.b());
    Verb bestA = null;
    Verb bestB = null;
    double best = 0;
    // A verb both passages use is no contrast, whichever verbs are paired ("accused …, Reuters reports"
    // on both sides would otherwise pair A's "accused" with B's "reports").
    java.util.Set<String> inA = new java.util.HashSet<>();
    va.forEach(v -> inA.add(v.text().toLowerCase(Locale.ROOT)));
    java.util.Set<String> inB = new java.util.HashSet<>();
    vb.forEach(v -> inB.add(v.text().toLowerCase(Locale.ROOT)));
    for (Verb x : va) {
      for (Verb y : vb) {
        if (inB.contains(x.text().toLowerCase(Locale.ROOT)) || inA.contains(y.text().toLowerCase(Locale.ROOT))) {
          continue;
        }
        if (!contrasting(x, y) || otherSpeakers(x, textB, y, textA)) {
          continue;
        }
        double c = sameSpeaker(x, y) ? SAME_SPEAKER : ONE_SPEAKER;
        if (c > best) {
          best = c;
          bestA = x;
          bestB = y;
        }
      }
    }
    if (bestA == null) {
      return null;
    }
    List<String> ids = new ArrayList<>(al.a());
    ids.addAll(al.b());
    String note = String.format(Locale.ROOT, "A has %s where B has %s.", describe(bestA), describe(bestB));
    return new FramingFlag(FramingKind.ATTRIBUTION_VERB, null, ids, ArticlePair.dedupe(List.of(bestA.text(), bestB.text())),
        note, "rule:attribution-verb-grade", best);
  }

  /**
   * Returns whether two verbs frame the same report differently: different classes, neither assertive,
   * at least one presuming or judging (grade 2 or more).
   */
  private static boolean contrasting(Verb x, Verb y) {
    return !x.kind().equals(y.kind()) && !x.kind().equals("assertive") && !y.kind().equals("assertive")
        && Math.max(x.grade(), y.grade()) >= 2;
  }

  /** Returns whether both speakers are known and each is absent from the other side's passage. */
  private static boolean otherSpeakers(Verb x, String textB, Verb y, String textA) {
    if (x.speaker() == null || y.speaker() == null) {
      return false;
    }
    return !mentions(textB, x.speaker()) && !mentions(textA, y.speaker());
  }

  /** Returns whether both speakers are known and share a name word ("Lavrov" / "Sergey Lavrov"). */
  private static boolean sameSpeaker(Verb x, Verb y) {
    if (x.speaker() == null || y.speaker() == null) {
      return false;
    }
    java.util.Set<String> wx = new java.util.HashSet<>(List.of(x.speaker().toLowerCase(Locale.ROOT).split("\\s+")));
    for (String w : y.speaker().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (w.length() > 2 && wx.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(String text, String speaker) {
    String folded = text.toLowerCase(Locale.ROOT);
    for (String w : speaker.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (w.length() > 2 && folded.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Verb v) {
    return (v.speaker() == null ? "" : v.speaker() + " ") + "'" + v.text() + "' (" + v.kind() + ")";
  }

  private static List<Verb> verbs(ArticleText t, List<String> ids, List<Quote> quotes) {
    List<Verb> out = new ArrayList<>();
    for (String id : ids) {
      Sentence s = t.sentence(id);
      if (s == null) {
        continue;
      }
      List<Token> tokens = t.tokens(s.index());
      String[] tags = null;
      boolean tagged = false;
      for (Lexicon.Match m : Lexicons.ATTRIBUTION.find(tokens)) {
        LexiconHit h = LexiconHit.of(t, s.index(), m);
        if (t.inQuote(h.start(), h.end()) || t.inProperName(s.index(), m.from(), m.to())) {
          continue;
        }
        if (!tagged) {
          tags = PosTags.tagSentence(s.text(), tokens);
          tagged = true;
        }
        boolean verb =
            tags != null
                ? PosTags.isVerb(tags[m.from()])
                : !tokens.get(m.from()).norm().equals(m.entry().words().get(0));
        if (verb) {
          out.add(new Verb(h.text(), m.entry(), speakerBefore(tokens, tags, m.from(), m.entry().grade() == 0, quotes, id), id));
        }
      }
      for (Quote q : quotes) {
        if (q.cue() == null || !q.sentenceIds().contains(id)) {
          continue;
        }
        for (Lexicon.Match m : Lexicons.ATTRIBUTION.find(Tokenizer.tokenize(q.cue()))) {
          boolean seen = out.stream().anyMatch(v -> v.sentenceId().equals(id) && v.entry() == m.entry());
          if (!seen) {
            out.add(new Verb(q.cue(), m.entry(), q.speaker(), id));
          }
        }
      }
    }
    return out;
  }

  /**
   * Returns the name that is the subject of a verb: the capitalized word reached by walking back over
   * adverbs, conjunctions and auxiliaries, or the name right after a neutral verb ("said Lavrov"), or the
   * speaker of a quote in the sentence; null when a noun or pronoun intervenes.
   */
  private static String speakerBefore(
      List<Token> tokens, String[] tags, int at, boolean inverts, List<Quote> quotes, String id) {
    for (int i = at - 1; i >= Math.max(0, at - 7); i--) {
      Token tok = tokens.get(i);
      String tag = tags == null ? "" : tags[i];
      if (tok.isCapitalized() && !tok.stopword() && Character.isLetter(tok.text().charAt(0))) {
        return tok.text();
      }
      // A lower-case hyphenated word right before the verb modifies it ("flat-out accused"), whatever
      // the tagger makes of it (it has tagged such words as nouns and as punctuation).
      boolean modifier = i == at - 1 && tok.text().indexOf('-') > 0 && tok.text().equals(tok.text().toLowerCase(Locale.ROOT));
      if (tags == null || !(modifier || tag.equals("ADV") || tag.equals("CCONJ") || tag.equals("AUX")
          || tag.startsWith("RB") || tag.equals("CC") || tag.equals("MD") || (tag.equals("VERB") && i < at - 1)
          || tag.startsWith("VB") || tag.equals("ADJ") || tag.equals("PUNCT"))) {
        break;
      }
    }
    if (inverts && at + 1 < tokens.size() && tokens.get(at + 1).isCapitalized() && !tokens.get(at + 1).stopword()) {
      int j = at + 1;
      while (j + 1 < tokens.size() && tokens.get(j + 1).isCapitalized()) {
        j++;
      }
      return tokens.get(j).text();
    }
    for (Quote q : quotes) {
      if (q.speaker() != null && q.sentenceIds().contains(id) && q.cue() != null) {
        return q.speaker();
      }
    }
    return null;
  }
}
