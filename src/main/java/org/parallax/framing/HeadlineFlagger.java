package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.text.Article;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Headline emphasis: whom or what each headline puts first, in the headlines' own words. Flagged when the
 * headlines lead with different actors, or with the same actor doing different things.
 */
final class HeadlineFlagger implements Flagger {
  /** Confidence when the headlines lead with different actors. */
  static final double OTHER_ACTOR = 0.75;
  /** Confidence when they share the actor and differ in the verb, or one has no verb. */
  static final double OTHER_VERB = 0.5;

  @Override
  public List<FramingFlag> flags(ArticlePair p) {
    Article a = p.a.article();
    Article b = p.b.article();
    String titleA = a.document() == null ? null : a.document().title();
    String titleB = b.document() == null ? null : b.document().title();
    if (titleA == null || titleB == null || titleA.isBlank() || titleB.isBlank()) {
      return List.of();
    }
    Headline ha = Headline.read(titleA, a.body());
    Headline hb = Headline.read(titleB, b.body());
    Set<String> wa = contentWords(ha.actor());
    Set<String> wb = contentWords(hb.actor());
    if (wa.isEmpty() || wb.isEmpty()) {
      return List.of(); // a headline with no words to lead with ("- - -") has no emphasis to contrast
    }
    Set<String> shared = new TreeSet<>(wa);
    shared.retainAll(wb);
    // the same actor when most words of the shorter one recur ("Boehner: '1-in-3 chance' Republicans" /
    // "John Boehner: '1 In 3 Chance' Republicans"); "Elizabeth Cheney" and "Mary Cheney" are two people
    boolean sameActor = shared.size() * 2 > Math.min(wa.size(), wb.size());
    boolean sameVerb = ha.verbKey().equals(hb.verbKey());
    if (sameActor && sameVerb) {
      return List.of();
    }
    double confidence = !sameActor && !ha.verb().isEmpty() && !hb.verb().isEmpty() ? OTHER_ACTOR : OTHER_VERB;
    String note =
        String.format(
            Locale.ROOT,
            "A's headline leads with '%s': \u201C%s\u201D. B's leads with '%s': \u201C%s\u201D.",
            lead(ha), titleA.strip(), lead(hb), titleB.strip());
    List<String> terms = new ArrayList<>();
    for (String s : List.of(ha.actor(), ha.verb(), hb.actor(), hb.verb())) {
      if (!s.isEmpty()) {
        terms.add(s);
      }
    }
    return List.of(new FramingFlag(FramingKind.HEADLINE, null, List.of(), ArticlePair.dedupe(terms), note,
        "rule:headline-actor", confidence));
  }

  private static String lead(Headline h) {
    return h.verb().isEmpty() ? h.actor() : h.actor() + " " + h.verb();
  }

  private static Set<String> contentWords(String text) {
    Set<String> out = new TreeSet<>();
    for (Token t : Tokenizer.tokenize(text)) {
      if (!t.stopword() && t.norm().chars().anyMatch(Character::isLetter)) {
        out.add(t.stem());
      }
    }
    return out;
  }
}
