package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.align.Alignment;
import org.parallax.text.Sentence;
import org.parallax.text.Token;

/**
 * Hedges and certainty markers: in a passage both outlets carry (a strong alignment), one outlet's own
 * words qualify or assert the claim ("reportedly", "apparently", "clearly") where the other's do not.
 */
final class HedgeFlagger implements Flagger {
  /** Confidence of a strong hedge or booster (evidential: "reportedly", "allegedly"). */
  static final double STRONG = 0.75;
  /** Confidence of a weak one (modal: "may", "could"), kept in the JSON report only. */
  static final double WEAK = 0.45;

  @Override
  public List<FramingFlag> flags(ArticlePair p) {
    List<FramingFlag> out = new ArrayList<>();
    for (Alignment al : p.strongAlignments()) {
      out.addAll(side(p.a, al.a(), p.b, al.b()));
      out.addAll(side(p.b, al.b(), p.a, al.a()));
    }
    return out;
  }

  /** Returns the hedges and certainty markers of one sentence outside quotes and names. */
  static List<LexiconHit> hits(ArticleText t, int index) {
    List<LexiconHit> out = new ArrayList<>();
    for (Lexicon.Match m : Lexicons.HEDGES.find(t.tokens(index))) {
      LexiconHit h = LexiconHit.of(t, index, m);
      if (!t.inQuote(h.start(), h.end()) && !t.inProperName(index, m.from(), m.to())) {
        out.add(h);
      }
    }
    return out;
  }

  private static List<FramingFlag> side(ArticleText side, List<String> ids, ArticleText other, List<String> otherIds) {
    Set<String> otherKeys = keys(other, otherIds);
    String otherText = ArticlePair.text(other, otherIds);
    List<FramingFlag> out = new ArrayList<>();
    for (String id : ids) {
      Sentence s = side.sentence(id);
      if (s == null) {
        continue;
      }
      for (LexiconHit h : hits(side, s.index())) {
        if (otherKeys.contains(h.key())) {
          continue;
        }
        boolean booster = "booster".equals(h.entry().kind());
        // after an attribution verb ("Lavrov said it seems ...") the hedge qualifies the speaker's claim
        boolean reported = reportedSpeech(side, s.index(), h);
        String note =
            String.format(
                Locale.ROOT,
                "%s %s the claim with '%s' where %s's matching passage (%s) does not: \u201C%s\u201D",
                side.label(),
                booster ? "asserts" : "hedges",
                h.text(),
                other.label(),
                String.join(", ", otherIds),
                LoadedWords.excerpt(otherText, 30));
        out.add(new FramingFlag(FramingKind.HEDGE, side.label(), ArticlePair.pairIds(side, List.of(id), other, otherIds),
            List.of(h.text()), note, h.entry().rule(), h.entry().grade() >= 1 && !reported ? STRONG : WEAK));
      }
    }
    return out;
  }

  /** Returns whether an attribution verb comes before the hedge in its sentence (indirect speech). */
  private static boolean reportedSpeech(ArticleText t, int index, LexiconHit h) {
    for (Lexicon.Match m : Lexicons.ATTRIBUTION.find(t.tokens(index))) {
      LexiconHit v = LexiconHit.of(t, index, m);
      if (v.end() <= h.start()) {
        return true;
      }
    }
    return false;
  }

  /** Returns the hedge entries found in the sentences, quoted or not, and the folded form and stem of every word. */
  private static Set<String> keys(ArticleText t, List<String> ids) {
    Set<String> keys = new HashSet<>();
    for (String id : ids) {
      Sentence s = t.sentence(id);
      if (s == null) {
        continue;
      }
      List<Token> tokens = t.tokens(s.index());
      for (Lexicon.Match m : Lexicons.HEDGES.find(tokens)) {
        keys.add(m.entry().term().toLowerCase(Locale.ROOT));
      }
      for (Token tok : tokens) {
        keys.add(tok.norm());
        keys.add(tok.stem());
      }
    }
    return keys;
  }
}
