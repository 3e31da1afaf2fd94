package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.text.Sentence;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Distancing attribution in one outlet's own voice: the outlet reports a claim with a verb that casts doubt
 * on it ("a report Tuesday claiming the policy shift would not harm", "continued to allege that he was the
 * victim") and the other article never uses that verb. Evidence from both articles: the verb on one side,
 * its absence on the other. Verbs of the distancing class of attribution-verbs.tsv only; judging verbs
 * ("condemned", "denounced") name what a speaker did more often than they frame a claim.
 */
final class DistancingFlagger implements Flagger {
  /**
   * Confidence of a distancing verb the other article never uses, in a passage the other outlet also tells
   * (a strong alignment): the same claim, reported without the doubt.
   */
  static final double ALIGNED = 0.75;
  /**
   * Confidence of one in a passage the other outlet does not carry: no contrast to show, so it stays in the
   * JSON report only (on the panel's dev half such flags were right 5 times in 9).
   */
  static final double ALONE = 0.55;

  @Override
  public List<FramingFlag> flags(ArticlePair p) {
    List<FramingFlag> out = new ArrayList<>();
    out.addAll(side(p, p.a));
    out.addAll(side(p, p.b));
    return out;
  }

  private static List<FramingFlag> side(ArticlePair p, ArticleText t) {
    ArticleText other = p.other(t);
    Set<String> otherStems = p.stems(other);
    Set<String> aligned = new java.util.HashSet<>();
    for (org.parallax.align.Alignment al : p.strongAlignments()) {
      aligned.addAll(t == p.a ? al.a() : al.b());
    }
    List<FramingFlag> out = new ArrayList<>();
    for (Sentence s : t.sentences()) {
      List<Token> tokens = t.tokens(s.index());
      String[] tags = null;
      boolean tagged = false;
      for (Lexicon.Match m : Lexicons.ATTRIBUTION.find(tokens)) {
        if (!m.entry().kind().equals("distancing")) {
          continue;
        }
        LexiconHit h = LexiconHit.of(t, s.index(), m);
        if (t.inQuote(h.start(), h.end()) || t.inProperName(s.index(), m.from(), m.to()) || usedBy(m.entry(), otherStems)) {
          continue;
        }
        if (!tagged) {
          tags = PosTags.tagSentence(s.text(), tokens);
          tagged = true;
        }
        if (tags != null && !PosTags.isVerb(tags[m.from()])) {
          continue; // "the claims", "his claim": a noun names a claim without judging it
        }
        String note =
            String.format(
                Locale.ROOT,
                "%s's own words report a claim with '%s' (distancing: casts doubt on it) in %s; %s never uses '%s'%s.",
                t.label(), h.text(), s.id(), other.label(), m.entry().term(),
                aligned.contains(s.id()) ? ", though it tells the same passage" : "");
        out.add(new FramingFlag(FramingKind.ATTRIBUTION_VERB, t.label(), List.of(s.id()), List.of(h.text()), note,
            "rule:distancing-verb", aligned.contains(s.id()) ? ALIGNED : ALONE));
      }
    }
    return out;
  }

  /** Returns whether the other article uses the verb anywhere, in any form. */
  private static boolean usedBy(LexiconEntry e, Set<String> otherStems) {
    for (Token tok : Tokenizer.tokenize(e.term())) {
      if (otherStems.contains(tok.norm()) || otherStems.contains(tok.stem())) {
        return true;
      }
    }
    return false;
  }
}
