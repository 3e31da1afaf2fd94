package org.parallax.facts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Finds named things: model designations (Hwasong-15), listed weapon terms, numbered resolutions, operations. */
final class ThingFinder {
  /** A capitalized name joined by a hyphen to a number: Hwasong-15, F-35, Su-57. */
  private static final Pattern DESIGNATION = Pattern.compile("\\p{Lu}[\\p{L}]*-\\p{N}+[\\p{L}\\p{N}]*");

  private final Lexicon lexicon = Lexicon.get();

  void find(SentenceWords sw, Context ctx, boolean[] claimed, List<Candidate> out) {
    List<Word> words = sw.words();
    for (int i = 0; i < words.size(); i++) {
      if (claimed[i]) {
        continue;
      }
      Word w = words.get(i);
      if (DESIGNATION.matcher(w.text()).matches()) {
        add(sw, ctx, "thing:" + w.norm(), w.text(), i, i + 1, claimed, out);
        continue;
      }
      if (w.norm().equals("resolution") && i + 1 < words.size() && words.get(i + 1).isNumber()) {
        int from = i;
        while (from > 0 && !claimed[from - 1] && words.get(from - 1).capitalized() && !words.get(from - 1).initial()
            && !words.get(from - 1).possessive()) {
          from--;
        }
        String number = words.get(i + 1).norm();
        add(sw, ctx, "thing:resolution " + number, null, from, i + 2, claimed, out);
        i++;
        continue;
      }
      if (w.text().equals("Operation") && i + 1 < words.size() && words.get(i + 1).capitalized()) {
        int to = i + 1;
        while (to < words.size() && words.get(to).capitalized() && !words.get(to - 1).possessive()) {
          to++;
        }
        String surface = sw.body(w.start(), words.get(to - 1).end());
        add(sw, ctx, "thing:" + surface.toLowerCase(Locale.ROOT), null, i, to, claimed, out);
        i = to - 1;
        continue;
      }
      Lexicon.Match m = lexicon.thing(words, i);
      if (m != null) {
        String canonical = m.entry().canonical();
        add(sw, ctx, "thing:" + canonical.toLowerCase(Locale.ROOT), canonical, i, m.to(), claimed, out);
        i = m.to() - 1;
      }
    }
  }

  private static void add(
      SentenceWords sw, Context ctx, String key, String canonical, int from, int to, boolean[] claimed,
      List<Candidate> out) {
    Word first = sw.words().get(from);
    Word last = sw.words().get(to - 1);
    String text = sw.body(first.start(), last.end());
    out.add(
        new Candidate(FactKind.THING, key, canonical == null ? text : canonical, sw.article().label(), ctx.order(),
            sw.sentence().id(), text, first.start(), last.end(), null, null, false));
    for (int k = from; k < to; k++) {
      claimed[k] = true;
    }
  }
}
