package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.align.Alignment;
import org.parallax.framing.TermChooser.Chosen;

/**
 * Word choice: in a passage both outlets carry (a strong alignment), a charged word of one outlet's own
 * voice that the other article never uses, shown with the other outlet's words for the same passage.
 */
final class WordChoiceFlagger implements Flagger {
  /** Confidence of a word the news word list backs. */
  static final double NEWS = 0.8;
  /** Confidence of a word only the Recasens lexicon backs. */
  static final double BIAS = 0.6;

  private final TermChooser chooser;

  WordChoiceFlagger(TermChooser chooser) {
    this.chooser = chooser;
  }

  @Override
  public List<FramingFlag> flags(ArticlePair p) {
    Map<String, List<Chosen>> loadedA = LoadedWords.ownVoice(p.a, chooser, p.quotesA);
    Map<String, List<Chosen>> loadedB = LoadedWords.ownVoice(p.b, chooser, p.quotesB);
    List<FramingFlag> out = new ArrayList<>();
    for (Alignment al : p.strongAlignments()) {
      out.addAll(side(p, p.a, loadedA, al.a(), p.b, al.b()));
      out.addAll(side(p, p.b, loadedB, al.b(), p.a, al.a()));
    }
    return out;
  }

  private List<FramingFlag> side(
      ArticlePair p, ArticleText side, Map<String, List<Chosen>> loaded, List<String> ids, ArticleText other,
      List<String> otherIds) {
    Set<String> otherStems = p.stems(other);
    String otherText = ArticlePair.text(other, otherIds);
    List<FramingFlag> out = new ArrayList<>();
    for (String id : ids) {
      for (Chosen c : loaded.getOrDefault(id, List.of())) {
        if (LoadedWords.usedBy(c, otherStems)) {
          continue;
        }
        String note =
            String.format(
                Locale.ROOT,
                "%s uses '%s' (%s) where %s's matching passage (%s) reads: \u201C%s\u201D",
                side.label(),
                c.text(),
                LoadedWords.source(c),
                other.label(),
                String.join(", ", otherIds),
                LoadedWords.excerpt(otherText, 30));
        out.add(new FramingFlag(FramingKind.LOADED_TERM, side.label(), ArticlePair.pairIds(side, List.of(id), other, otherIds),
            List.of(c.text()), note, c.rule(), LoadedWords.newsBacked(c) ? NEWS : BIAS));
      }
    }
    return out;
  }
}
