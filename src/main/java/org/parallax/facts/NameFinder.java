package org.parallax.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.text.Tokenizer;

/**
 * Finds people, organizations and places: runs of capitalized words split by the lexicon's places,
 * organizations and titles, then classified by titles, cue words and organization or place heads.
 */
final class NameFinder {
  /** Words that end a name of a treaty, law or agreement, which is a thing. */
  private static final Set<String> THING_HEADS = Set.of("act", "treaty", "accord", "agreement", "convention", "protocol",
      "cup", "games", "olympics", "championship", "doctrine", "plan", "initiative", "bill", "amendment");
  private static final Set<String> CONNECTORS = Set.of("of", "for");
  /** First words that make a name a place: County Durham, Mount Everest, Lake Chad. */
  private static final Set<String> PLACE_OPENERS = Set.of("county", "mount", "lake", "fort", "cape", "isle", "port",
      "gulf", "bay", "river", "mt");
  /** Prepositions after which an unknown proper name is a place rather than a person. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "across", "throughout", "outside",
      "inside", "around");

  private final Lexicon lexicon = Lexicon.get();

  void find(SentenceWords sw, Context ctx, boolean[] claimed, List<Candidate> out) {
    List<Word> words = sw.words();
    int titleEnd = -1;
    int i = 0;
    while (i < words.size()) {
      if (claimed[i]) {
        i++;
        continue;
      }
      Lexicon.Match title = lexicon.title(words, i);
      if (title != null && !words.get(title.to() - 1).possessive() && nameLike(sw, ctx, title.to(), claimed)) {
        i = title.to();
        titleEnd = i;
        continue;
      }
      if (!nameLike(sw, ctx, i, claimed)) {
        i++;
        continue;
      }
      int to = i + 1;
      while (to < words.size() && !words.get(to - 1).possessive() && joined(words, to)) {
        if (nameLike(sw, ctx, to, claimed) || repairable(words, to, ctx)) {
          if (lexicon.title(words, to) != null && !containsOrgHead(words, i, to + 1)) {
            break;
          }
          to++;
        } else if (CONNECTORS.contains(words.get(to).norm()) && to + 1 < words.size()
            && containsOrgHead(words, i, to) && nameLike(sw, ctx, to + 1, claimed) && joined(words, to + 1)) {
          to += 2;
        } else {
          break;
        }
      }
      run(sw, ctx, i, to, titleEnd == i, claimed, out);
      i = to;
    }
  }

  /** Returns whether nothing but a space, a hyphen or the dot of an initial separates word k from the one before. */
  private static boolean joined(List<Word> words, int k) {
    String gap = words.get(k).gapBefore().strip();
    return gap.isEmpty() || gap.equals("-") || gap.equals(".") && words.get(k - 1).text().length() == 1;
  }

  /** Classifies the run [from, to): the whole run when it has an organization head, else piece by piece. */
  private void run(
      SentenceWords sw, Context ctx, int from, int to, boolean titled, boolean[] claimed, List<Candidate> out) {
    List<Word> words = sw.words();
    Lexicon.Match org = lexicon.org(words, from);
    if (org != null && org.to() == to) {
      emit(sw, ctx, FactKind.ORGANIZATION, org.entry().canonical(), from, to, true, claimed, out);
      return;
    }
    if (to - from >= 2 && THING_HEADS.contains(words.get(to - 1).norm())) {
      emit(sw, ctx, FactKind.THING, null, from, to, true, claimed, out);
      return;
    }
    Lexicon.Match place = lexicon.place(words, from);
    if (to - from >= 2 && containsOrgHead(words, from, to) && (place == null || place.to() < to)) {
      emit(sw, ctx, FactKind.ORGANIZATION, null, from, to, true, claimed, out);
      return;
    }
    int k = from;
    int rest = from;
    while (k < to) {
      Lexicon.Match p = lexicon.place(words, k);
      Lexicon.Match o = lexicon.org(words, k);
      Lexicon.Match m = p == null ? o : o == null ? p : (o.to() > p.to() ? o : p);
      if (m != null && m.to() <= to) {
        if (rest < k) {
          residual(sw, ctx, rest, k, titled && rest == from, claimed, out);
        }
        emit(sw, ctx, m.entry().kind(), m.entry().canonical(), k, m.to(), true, claimed, out);
        k = m.to();
        rest = k;
      } else {
        k++;
      }
    }
    if (rest < to) {
      residual(sw, ctx, rest, to, titled && rest == from, claimed, out);
    }
  }

  /** Classifies a run with no listed place or organization in it. */
  private void residual(
      SentenceWords sw, Context ctx, int from, int to, boolean titled, boolean[] claimed, List<Candidate> out) {
    List<Word> words = sw.words();
    while (from < to && Tokenizer.isStopword(words.get(from).norm())) {
      from++;
    }
    if (from >= to || !words.get(from).capitalized()) {
      return;
    }
    if (lexicon.isNotName(sw.body(words.get(from).start(), words.get(to - 1).end()))) {
      return;
    }
    if (to - from >= 2 && PLACE_OPENERS.contains(words.get(from).norm())) {
      emit(sw, ctx, FactKind.PLACE, null, from, to, true, claimed, out);
      return;
    }
    if (lexicon.isPlaceHead(words.get(to - 1).norm()) && to - from >= 2) {
      emit(sw, ctx, FactKind.PLACE, null, from, to, true, claimed, out);
      return;
    }
    if (to - from == 1 && lexicon.isOrgHead(words.get(from).norm())) {
      return;
    }
    if (!words.subList(from, to).stream().allMatch(w -> w.alphabetic() && w.text().indexOf('.') < 0)
        || words.get(to - 1).text().length() == 1) {
      return;
    }
    boolean cued = titled || cueBefore(words, from) || speechNear(words, from, to);
    if (sw.titleCase() && !cued) {
      return;
    }
    Word last = words.get(to - 1);
    if (to - from >= 2 && !cued && last.capitalized() && !last.propn() && !"X".equals(last.tag())) {
      return;
    }
    Word only = words.get(from);
    if (to - from == 1 && only.text().length() >= 2 && only.text().equals(only.text().toUpperCase(Locale.ROOT))
        && !ctx.capitalizedWords().contains(only.norm())) {
      if (cued) {
        emit(sw, ctx, FactKind.ORGANIZATION, null, from, to, true, claimed, out);
      }
      return;
    }
    if (to - from == 1 && only.initial() && !titled && "NOUN".equals(only.tag()) && only.norm().endsWith("s")) {
      return; // Sources said, Officials say: a plural common noun opening the sentence
    }
    if (!cued && from > 0 && PLACE_PREPOSITIONS.contains(words.get(from - 1).norm())
        && words.get(from).gapBefore().equals(" ") && words.subList(from, to).stream().allMatch(Word::propn)
        && !words.get(to - 1).possessive()
        && !(to < words.size() && lexicon.speech(words, to) != null)) {
      emit(sw, ctx, FactKind.PLACE, null, from, to, true, claimed, out);
      return; // born in Ziguinchor, moved to Basse Casamance: a name after a preposition of place
    }
    boolean sure = cued || to - from >= 2;
    emit(sw, ctx, FactKind.PERSON, null, from, to, sure, claimed, out);
  }

  private boolean cueBefore(List<Word> words, int at) {
    if (at == 0) {
      return false;
    }
    Word prev = words.get(at - 1);
    return !prev.capitalized() && lexicon.isCue(prev.norm()) && prev.gapBefore().strip().isEmpty()
        && words.get(at).gapBefore().strip().isEmpty();
  }

  private boolean speechNear(List<Word> words, int from, int to) {
    Word last = words.get(to - 1);
    if (last.possessive() && to < words.size() && lexicon.isPossessiveNoun(words.get(to).norm())) {
      return true;
    }
    if (to < words.size() && words.get(to).gapBefore().strip().isEmpty() && lexicon.speech(words, to) != null) {
      return true;
    }
    for (int back = 1; back <= 2 && from - back >= 0; back++) {
      Lexicon.Match m = lexicon.speech(words, from - back);
      if (m != null && m.to() == from && words.get(from).gapBefore().strip().matches("[,]?")) {
        return true;
      }
    }
    return false;
  }

  private boolean containsOrgHead(List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.get(k).capitalized() && lexicon.isOrgHead(words.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether word {@code k} can be part of a name. */
  private boolean nameLike(SentenceWords sw, Context ctx, int k, boolean[] claimed) {
    List<Word> words = sw.words();
    if (k >= words.size() || claimed[k]) {
      return false;
    }
    Word w = words.get(k);
    if (!w.capitalized() || !Character.isLetter(w.text().charAt(0))) {
      return false;
    }
    if (DateFinder.month(w) != null) {
      return false;
    }
    if (lexicon.title(words, k) != null
        && !(k + 1 < words.size() && words.get(k + 1).capitalized() && lexicon.isOrgHead(words.get(k + 1).norm()))) {
      return false;
    }
    if (Tokenizer.isStopword(w.norm()) && !w.text().equals(w.text().toUpperCase(Locale.ROOT))) {
      return false;
    }
    if (w.initial() || sw.titleCase()) {
      return w.propn() || lexicon.place(words, k) != null || lexicon.org(words, k) != null
          || !sw.titleCase() && (ctx.capitalizedWords().contains(w.norm()) || speechNear(words, k, k + 1));
    }
    return true;
  }

  /** Returns whether a lower-case word continues a name because the article writes it capitalized elsewhere. */
  private static boolean repairable(List<Word> words, int k, Context ctx) {
    Word w = words.get(k);
    return !w.capitalized() && w.gapBefore().equals(" ") && !"AUX".equals(w.tag())
        && !Lexicon.get().isCue(w.norm()) && !Lexicon.get().isTitleWord(w.norm())
        && w.text().chars().allMatch(Character::isLetter) && !Tokenizer.isStopword(w.norm())
        && ctx.capitalizedWords().contains(w.norm()) && k + 1 <= words.size()
        && words.get(k - 1).capitalized();
  }

  private static void emit(
      SentenceWords sw, Context ctx, FactKind kind, String canonical, int from, int to, boolean sure,
      boolean[] claimed, List<Candidate> out) {
    Word first = sw.words().get(from);
    Word last = sw.words().get(to - 1);
    String text = sw.body(first.start(), last.end());
    String key = canonical == null ? null : kind.id() + ":" + slug(canonical);
    if (kind == FactKind.THING || kind == FactKind.PLACE && canonical == null
        || kind == FactKind.ORGANIZATION && canonical == null) {
      key = kind.id() + ":" + slug(text);
    }
    out.add(new Candidate(kind, key, canonical == null ? text : canonical, sw.article().label(), ctx.order(),
        sw.sentence().id(), text, first.start(), last.end(), null, null, sure));
    for (int k = from; k < to; k++) {
      claimed[k] = true;
    }
  }

  static String slug(String s) {
    return org.parallax.text.TextNormalizer.normalize(s).replace(".", "").replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
  }
}
