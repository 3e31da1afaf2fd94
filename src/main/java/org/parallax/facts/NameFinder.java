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
  /** Generational suffixes written without a dot after a name: III, IV, Jr, Sr. */
  private static final Set<String> GENERATIONS = Set.of("II", "III", "IV", "Jr", "Sr");
  /** Abbreviations that open a place name with their dot: St. Louis, Ft. Worth, Mt. Vernon. */
  private static final Set<String> DOTTED_OPENERS = Set.of("St", "Ft", "Mt");
  /** A party-state tag after a lawmaker's name: R-Texas, D-Calif., I-Vt. */
  private static final java.util.regex.Pattern PARTY_TAG =
      java.util.regex.Pattern.compile("([RDI])-(\\p{Lu}[\\p{L}.]*)");
  /** First words that make a name a place: County Durham, Mount Everest, Lake Chad. */
  private static final Set<String> PLACE_OPENERS = Set.of("county", "mount", "lake", "fort", "cape", "isle", "port",
      "gulf", "bay", "river", "mt", "st", "ft");
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
      if (partyTag(sw, ctx, i, claimed, out)) {
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
            && (containsOrgHead(words, i, to) || thingHeadAhead(words, to + 1))
            && nameLike(sw, ctx, to + 1, claimed) && joined(words, to + 1)) {
          to += 2;
        } else if (words.get(to).norm().equals("and") && to + 1 < words.size() && nameLike(sw, ctx, to + 1, claimed)
            && joined(words, to + 1) && andJoinsOrg(words, i, to)) {
          to += 2; // Health and Human Services Department, Department of Health and Human Services
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
    return gap.isEmpty() || gap.equals("-") || gap.equals(".") && (words.get(k - 1).text().length() == 1
        || DOTTED_OPENERS.contains(words.get(k - 1).text()));
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
    Lexicon.Match second = to - from == 2 ? lexicon.org(words, from + 1) : null;
    if (org != null && org.to() == from + 1 && second != null && second.to() == to
        && !org.entry().canonical().equals(second.entry().canonical())) {
      // Senate Democrats, Republican Congress: a party and a chamber, each a fact of its own
      emit(sw, ctx, FactKind.ORGANIZATION, org.entry().canonical(), from, from + 1, true, claimed, out);
      emit(sw, ctx, FactKind.ORGANIZATION, second.entry().canonical(), from + 1, to, true, claimed, out);
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
    // William Taylor III, Jesse Jackson Jr: a generational suffix ends the name but does not decide it
    int end = to - from >= 3 && GENERATIONS.contains(words.get(to - 1).text()) ? to - 1 : to;
    boolean cued = titled || cueBefore(words, from) || speechNear(words, from, to);
    if (sw.titleCase() && !cued) {
      return;
    }
    Word last = words.get(end - 1);
    boolean middleInitial = false; // Donald J. Trump: a given name, an initial and a surname
    for (int k = from + 1; k < end - 1; k++) {
      middleInitial |= words.get(k).text().length() == 1 && words.get(k + 1).gapBefore().startsWith(".");
    }
    if (to - from >= 2 && !cued && !middleInitial && last.capitalized() && !last.propn() && !"X".equals(last.tag())) {
      return;
    }
    Word only = words.get(from);
    if (to - from == 1 && only.text().length() >= 2 && only.text().equals(only.text().toUpperCase(Locale.ROOT))
        && !ctx.capitalizedWords().contains(only.norm())) {
      if (cued || ctx.initials().contains(only.text())) {
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

  /** Returns whether the capitalized words from {@code k} end with a law's or treaty's head (Defense of Marriage Act). */
  private static boolean thingHeadAhead(List<Word> words, int k) {
    int end = k;
    while (end < words.size() && words.get(end).capitalized() && (end == k || joined(words, end))
        && !words.get(end).possessive()) {
      end++;
    }
    return end - k >= 1 && end > k && THING_HEADS.contains(words.get(end - 1).norm())
        && (end == words.size() || !words.get(end).capitalized());
  }

  /**
   * Returns whether "and" after words [from, to) joins two halves of one organization's name: an
   * organization head follows it (Health and Human Services Department) with none and no listed place
   * before, or the run already holds "of" after a head (Department of Health and Human Services).
   */
  private boolean andJoinsOrg(List<Word> words, int from, int to) {
    boolean ofAfterHead = false;
    for (int k = from + 1; k < to; k++) {
      ofAfterHead |= words.get(k).norm().equals("of") && containsOrgHead(words, from, k);
    }
    boolean headAhead = false;
    for (int k = to + 1; k < words.size() && words.get(k).capitalized() && (k == to + 1 || joined(words, k)); k++) {
      headAhead |= lexicon.isOrgHead(words.get(k).norm());
    }
    if (ofAfterHead) {
      return true;
    }
    for (int k = from; k < to; k++) {
      if (lexicon.place(words, k) != null || lexicon.org(words, k) != null) {
        return false;
      }
    }
    return headAhead && !containsOrgHead(words, from, to);
  }

  /**
   * Emits the party and the state of a party-state tag (R-Texas, D-Calif.) at word {@code i}, as
   * mentions that only join a party or state fact named elsewhere; returns whether the word was one.
   */
  private boolean partyTag(SentenceWords sw, Context ctx, int i, boolean[] claimed, List<Candidate> out) {
    Word w = sw.words().get(i);
    java.util.regex.Matcher m = PARTY_TAG.matcher(w.text());
    if (!m.matches()) {
      return false;
    }
    String state = lexicon.stateByAbbreviation(m.group(2));
    if (state == null) {
      return false;
    }
    String party = switch (m.group(1)) {
      case "R" -> "Republican Party";
      case "D" -> "Democratic Party";
      default -> null;
    };
    if (party != null) {
      add(sw, ctx, FactKind.ORGANIZATION, party, w.start(), w.start() + 1, out);
    }
    add(sw, ctx, FactKind.PLACE, state, w.start() + 2, w.end(), out);
    claimed[i] = true;
    return true;
  }

  private static void add(SentenceWords sw, Context ctx, FactKind kind, String canonical, int start, int end,
      List<Candidate> out) {
    out.add(new Candidate(kind, kind.id() + ":" + slug(canonical), canonical, sw.article().label(), ctx.order(),
        sw.sentence().id(), sw.body(start, end), start, end, FactMerger.PARTY_TAG, null, true));
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
    if (kind == FactKind.ORGANIZATION) {
      // U.S. Supreme Court and Supreme Court, U.S. Senate and Senate: one body
      String rest = key.replaceFirst("^organization:(u-s|us|united-states)-", "");
      if (!rest.equals(key) && (rest.indexOf('-') > 0 || Lexicon.get().isOrgHead(rest))) {
        key = "organization:" + rest;
      }
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
