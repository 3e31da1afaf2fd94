package org.parallax.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Resolves the words of an article that point back to a person, "he", "she" and role descriptions
 * such as "the attorney general", to the person the article means.
 *
 * <p>People are grouped by surname. A person's gender comes from an honorific the article gives
 * ("Ms. Miller"), else from the given name ({@code first-names.txt}), else from the article's own
 * pronouns: a sentence that opens with "She" right after a sentence whose only person is X. A
 * pronoun goes to the most salient fitting person, not the nearest name: a person who opens a
 * sentence (its subject) or speaks (next to a speech verb) counts more than one named after a
 * preposition or participle ("Saying President Obama, he said") or in a possessive ("Brown's
 * death"); every sentence between costs a point; and pronouns already resolved count as mentions,
 * so a run of "he said" stays with its subject. When two people are about equally salient the
 * pronoun stays unresolved: no speaker is better than a wrong one.
 */
final class Coreference {
  /** A stretch of the body that refers to a person, with the person's name. */
  record Referent(int start, int end, String name) {}

  /** One mention in salience terms. */
  private record Ref(int start, String key, int sentence, boolean subject, boolean speaker, boolean oblique) {}

  private static final Set<String> OPENERS =
      Set.of("but", "and", "so", "then", "still", "yet", "now", "later", "meanwhile", "also", "instead",
          "however", "indeed", "the", "former", "then-", "ex", "of", "for", "at", "a", "an");
  private static final Set<String> OBLIQUE_BEFORE =
      Set.of("of", "to", "for", "with", "against", "by", "about", "from", "on", "at", "in", "than",
          "toward", "towards", "over", "under", "like", "including", "between", "among",
          "without", "into", "through", "after", "before", "behind", "beside", "besides", "unlike");
  private static final Pattern HONORIFIC_BEFORE = Pattern.compile("(?:Mr|Mrs|Ms|Miss)\\.?\\s+$");
  private static final Pattern ABBREV =
      Pattern.compile("(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|Prof|Rev|No|vs|[A-Z])$");
  /** How much more salient the best person must be than the next for a pronoun to resolve. */
  static final double MARGIN = 0.5;
  /** How many sentences back a pronoun may reach. */
  static final int WINDOW = 6;

  private final String body;
  private final Mentions mentions;
  private final Predicate<Mentions.Mention> isPerson;
  private final List<Integer> sentenceStarts = new ArrayList<>();
  private final Map<String, Lexicon.Gender> gender = new TreeMap<>();
  private final Map<String, String> fullName = new TreeMap<>();
  private final Map<Integer, String> pronouns = new HashMap<>();

  /**
   * Resolves the pronouns of {@code body} outside the {@code quoted} ranges.
   *
   * @param isPerson tells which mentions are people (the attributor also counts surnames written
   *     right before a speech verb)
   */
  Coreference(String body, List<int[]> quoted, Mentions mentions, Predicate<Mentions.Mention> isPerson) {
    this.body = body;
    this.mentions = mentions;
    this.isPerson = isPerson;
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>(List.of(0));
    for (int i = 0; i < body.length(); i++) {
      if (isSentenceEnd(body, i) || (body.charAt(i) == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n')) {
        int next = i + 1;
        while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
          next++;
        }
        starts.add(next); // a stop before a paragraph break starts one sentence, not two
      }
    }
    sentenceStarts.addAll(starts);
    boolean[] inQuote = new boolean[body.length() + 1];
    for (int[] q : quoted) {
      for (int i = Math.max(0, q[0]); i < Math.min(body.length(), q[1]); i++) {
        inQuote[i] = true;
      }
    }
    List<Token> tokens = Tokenizer.tokenize(body);
    Map<String, int[]> votes = new TreeMap<>();
    for (Mentions.Mention m : mentions.all()) {
      if (!isPerson.test(m)) {
        continue;
      }
      String key = m.surname();
      String have = fullName.get(key);
      if (have == null || m.name().split("\\s+").length > have.split("\\s+").length) {
        fullName.put(key, m.name());
      }
      if (HONORIFIC_BEFORE.matcher(body.substring(Math.max(0, m.start() - 6), m.start())).find()) {
        gender.putIfAbsent(key, m.gender()); // an honorific is the strongest evidence
      }
    }
    for (Mentions.Mention m : mentions.all()) {
      if (isPerson.test(m) && m.gender() != Lexicon.Gender.UNKNOWN) {
        gender.putIfAbsent(m.surname(), m.gender());
      }
    }
    // The article's own pronouns, for people whose gender is still unknown.
    for (Token t : tokens) {
      Lexicon.Gender g = pronounGender(t.norm());
      if (g == Lexicon.Gender.UNKNOWN || inQuote[t.start()] || !opensSentence(tokens, t)) {
        continue;
      }
      int s = sentenceOf(t.start());
      if (s == 0) {
        continue;
      }
      String only = onlyPerson(sentenceStarts.get(s - 1), sentenceStarts.get(s));
      if (only != null) {
        votes.computeIfAbsent(only, k -> new int[2])[g == Lexicon.Gender.MALE ? 0 : 1]++;
      }
    }
    for (Map.Entry<String, int[]> e : votes.entrySet()) {
      int[] v = e.getValue();
      if (v[0] != v[1] && Math.min(v[0], v[1]) == 0) {
        gender.putIfAbsent(e.getKey(), v[0] > v[1] ? Lexicon.Gender.MALE : Lexicon.Gender.FEMALE);
      }
    }
    resolveAll(tokens, inQuote);
  }

  /** Returns the person a "he" or "she" outside quotes starting at {@code pos} refers to, or null. */
  String pronoun(int pos) {
    return pronouns.get(pos);
  }

  /** Returns the gender the article gives the person with this surname. */
  Lexicon.Gender genderOf(String surname) {
    return gender.getOrDefault(surname, Lexicon.Gender.UNKNOWN);
  }

  /**
   * Reads "the [modifiers] role" at {@code index} of {@code tokens} and returns the person the role
   * introduced earlier in the article ("the foreign minister" after "Foreign Minister Sergei
   * Lavrov"), or null.
   */
  Referent description(List<Token> tokens, int index) {
    for (int k = index + 1; k < tokens.size() && k <= index + 4; k++) {
      String w = tokens.get(k).norm();
      if (Lexicon.ROLES.contains(w)) {
        String prev = k - 1 > index ? tokens.get(k - 1).norm() : null;
        Mentions.Mention m = prev != null ? mentions.byRole(prev + " " + w) : mentions.byRole(w);
        if (m != null && m.start() < tokens.get(index).start()) {
          return new Referent(tokens.get(index).start(), tokens.get(k).end(), name(m));
        }
        return null;
      }
    }
    return null;
  }

  private void resolveAll(List<Token> tokens, boolean[] inQuote) {
    List<Ref> refs = new ArrayList<>();
    int next = 0;
    List<Mentions.Mention> all = mentions.all();
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      while (next < all.size() && all.get(next).start() <= tok.start()) {
        Mentions.Mention m = all.get(next++);
        if (isPerson.test(m)) {
          refs.add(ref(tokens, m.start(), m.end(), m.surname()));
        }
      }
      if (inQuote[tok.start()]) {
        continue;
      }
      if (tok.norm().equals("the")) {
        Referent d = description(tokens, t);
        if (d != null) {
          refs.add(ref(tokens, d.start(), d.end(), Mentions.surname(d.name())));
        }
        continue;
      }
      Lexicon.Gender want = pronounGender(tok.norm());
      if (want == Lexicon.Gender.UNKNOWN || !(tok.norm().equals("he") || tok.norm().equals("she"))) {
        continue;
      }
      String key = resolve(refs, tok.start(), want);
      if (key != null) {
        pronouns.put(tok.start(), fullName.get(key));
        refs.add(ref(tokens, tok.start(), tok.end(), key));
      }
    }
  }

  /** Returns the surname of the most salient fitting person before {@code pos}, or null when unclear. */
  private String resolve(List<Ref> refs, int pos, Lexicon.Gender want) {
    int here = sentenceOf(pos);
    Map<String, Double> best = new TreeMap<>();
    Map<String, Integer> count = new TreeMap<>();
    for (Ref r : refs) {
      int distance = here - r.sentence();
      if (distance > WINDOW || r.start() >= pos) {
        continue;
      }
      Lexicon.Gender g = genderOf(r.key());
      if (g != want && g != Lexicon.Gender.UNKNOWN) {
        continue;
      }
      double s = -distance;
      s += r.subject() ? 2 : 0;
      s += r.speaker() ? 2 : 0;
      s -= r.oblique() ? 2 : 0;
      s -= g == Lexicon.Gender.UNKNOWN ? 0.5 : 0;
      best.merge(r.key(), s, Math::max);
      count.merge(r.key(), 1, Integer::sum);
    }
    String top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, Double> e : best.entrySet()) {
      double s = e.getValue() + 0.2 * Math.min(count.get(e.getKey()), 5);
      if (s > topScore) {
        second = topScore;
        topScore = s;
        top = e.getKey();
      } else if (s > second) {
        second = s;
      }
    }
    if (top == null || topScore - second < MARGIN) {
      return null;
    }
    return top;
  }

  private Ref ref(List<Token> tokens, int start, int end, String key) {
    int at = tokenAt(tokens, start);
    int s = sentenceOf(start);
    boolean subject = at >= 0;
    boolean oblique = false;
    int sentenceStart = sentenceStarts.get(s);
    for (int k = at - 1; k >= 0 && tokens.get(k).start() >= sentenceStart; k--) {
      Token b = tokens.get(k);
      boolean lead = b.isCapitalized() && !b.norm().endsWith("ing") && !b.stopword();
      if (!(lead || Lexicon.ROLES.contains(b.norm()) || OPENERS.contains(b.norm()) || b.norm().endsWith("ly"))) {
        subject = false;
      }
    }
    // The word that governs the name, past its title ("Calling President George Hale"): a
    // preposition or participle makes the name an object, not the one who speaks next.
    for (int k = at - 1; k >= 0 && tokens.get(k).start() >= sentenceStart; k--) {
      Token b = tokens.get(k);
      if ((b.isCapitalized() && !b.stopword() && !b.norm().endsWith("ing")) || Lexicon.ROLES.contains(b.norm())) {
        continue;
      }
      oblique = OBLIQUE_BEFORE.contains(b.norm()) || b.norm().endsWith("ing");
      break;
    }
    if (at > 0 && tokens.get(at - 1).start() >= sentenceStart) {
      Token first = firstOfSentence(tokens, at, sentenceStart);
      if (first != null && (first.norm().endsWith("ing") || (first.stopword() && !OPENERS.contains(first.norm())))) {
        subject = false; // "Saying President Obama ...", "After Obama ..."
      }
    }
    String after = body.substring(Math.min(end, body.length()), Math.min(body.length(), end + 3));
    if (after.startsWith("'s") || after.startsWith("\u2019s")) {
      oblique = true;
      subject = false;
    }
    boolean speaker = false;
    int atEnd = tokenAt(tokens, lastTokenStart(tokens, at, end));
    for (int k = atEnd + 1; k < tokens.size() && k <= atEnd + 2; k++) {
      String w = tokens.get(k).norm();
      if (Lexicon.CUES.contains(w)) {
        speaker = true;
        break;
      }
      if (!w.endsWith("ly")) {
        break;
      }
    }
    if (at > 0 && Lexicon.CUES.contains(tokens.get(at - 1).norm())) {
      speaker = true; // "said Nanette Lee Miller"
    }
    return new Ref(start, key, s, subject, speaker, oblique && !speaker);
  }

  private static Token firstOfSentence(List<Token> tokens, int at, int sentenceStart) {
    Token first = null;
    for (int k = at - 1; k >= 0 && tokens.get(k).start() >= sentenceStart; k--) {
      first = tokens.get(k);
    }
    return first;
  }

  private static int lastTokenStart(List<Token> tokens, int at, int end) {
    int start = at >= 0 ? tokens.get(at).start() : 0;
    for (int k = Math.max(0, at); k < tokens.size() && tokens.get(k).end() <= end; k++) {
      start = tokens.get(k).start();
    }
    return start;
  }

  /** Returns the index of the token starting at {@code pos}, or -1. */
  private static int tokenAt(List<Token> tokens, int pos) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = tokens.get(mid).start();
      if (s < pos) {
        lo = mid + 1;
      } else if (s > pos) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Returns the surname of the one person named in body[from, to), or null if none or several. */
  private String onlyPerson(int from, int to) {
    String only = null;
    for (int k = mentions.firstFrom(from); k < mentions.all().size(); k++) {
      Mentions.Mention m = mentions.all().get(k);
      if (m.start() >= to) {
        break;
      }
      if (!isPerson.test(m)) {
        continue;
      }
      if (only != null && !only.equals(m.surname())) {
        return null;
      }
      only = m.surname();
    }
    return only;
  }

  private boolean opensSentence(List<Token> tokens, Token t) {
    int s = sentenceStarts.get(sentenceOf(t.start()));
    int at = tokenAt(tokens, t.start());
    for (int k = at - 1; k >= 0 && tokens.get(k).start() >= s; k--) {
      if (!OPENERS.contains(tokens.get(k).norm())) {
        return false;
      }
    }
    return true;
  }

  private String name(Mentions.Mention m) {
    return fullName.getOrDefault(m.surname(), m.name());
  }

  private int sentenceOf(int pos) {
    int lo = 0;
    int hi = sentenceStarts.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentenceStarts.get(mid) <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static Lexicon.Gender pronounGender(String w) {
    return switch (w.toLowerCase(Locale.ROOT)) {
      case "he", "his", "him" -> Lexicon.Gender.MALE;
      case "she", "her", "hers" -> Lexicon.Gender.FEMALE;
      default -> Lexicon.Gender.UNKNOWN;
    };
  }

  /** Returns whether the character at {@code i} ends a sentence (not an abbreviation's stop). */
  static boolean isSentenceEnd(String body, int i) {
    char c = body.charAt(i);
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    if (i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1))) {
      return false;
    }
    if (c == '.') {
      int s = i;
      while (s > 0 && Character.isLetter(body.charAt(s - 1))) {
        s--;
      }
      Matcher m = ABBREV.matcher(body.substring(s, i));
      return !m.matches();
    }
    return true;
  }
}
