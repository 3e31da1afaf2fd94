package org.parallax.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentResult;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/**
 * Finds values two articles give differently for the same thing. Precision comes first, so a pair of
 * values is only a conflict when it is stated in aligned sentences, each side states one value of that
 * sort there, neither value appears in the other article, and both are tied to the same thing: the
 * same unit and the same verb for a count, the same person for an age, the same verb or noun for a
 * date, the same role words before two different people.
 */
final class ConflictFinder {
  /** Verbs too generic to tie two values to one event (said on Monday, told on Tuesday). */
  private static final Set<String> GENERIC_VERBS = Set.of("said", "say", "told", "tell", "ad", "add", "report",
      "ask", "note", "wrote", "write", "accord", "call", "seem", "is", "be", "wa", "were", "ha", "have", "had",
      "do", "did", "get", "got", "make", "made", "includ", "announc", "sai");
  /** Words before a number that make it approximate or a bound, never a conflicting value. */
  private static final Set<String> APPROXIMATE = Set.of("about", "around", "roughly", "nearly", "almost",
      "approximately", "some", "over", "than", "least", "under", "fewer", "less", "estimated", "close", "upwards",
      "below", "above", "only", "just", "more", "most", "several", "another", "additional", "other", "first",
      "last", "top");
  /** Role words that say too little to hold one person (a man, a friend). */
  private static final Set<String> WEAK_ROLES = Set.of("man", "woman", "boy", "girl", "people", "person", "friend",
      "guy", "figure", "member", "colleague", "neighbor", "resident", "citizen", "candidate", "politician", "leader",
      "official", "lawmaker", "voter", "supporter", "critic", "opponent", "rival", "ally", "son", "daughter",
      "wife", "husband", "brother", "sister", "father", "mother", "like", "star", "fellow");
  private static final Set<String> VOTE_WORDS = Set.of("vote", "votes", "voted", "voting", "passed", "approved",
      "confirmed", "rejected", "tally", "margin", "ballot", "ruled", "decision", "split");
  private static final Pattern TALLY = Pattern.compile("(\\d{1,3})[-\u2013](\\d{1,3})");
  /** Nouns that name an event, so that "the vote on Tuesday" dates the vote. */
  private static final Set<String> EVENT_NOUNS = Set.of("vote", "election", "attack", "shooting", "bombing",
      "meeting", "hearing", "summit", "talks", "test", "launch", "strike", "raid", "trial", "ruling", "verdict",
      "visit", "speech", "announcement", "explosion", "crash", "debate", "rally", "protest", "arrest", "deadline",
      "ceremony", "funeral", "interview", "primary", "referendum", "sentencing", "decision", "killing", "fire",
      "storm", "earthquake", "indictment", "resignation", "inauguration", "call", "letter", "report", "release");
  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "since", "last", "this", "by", "from");

  private final Article a;
  private final Article b;
  private final Map<String, SentenceWords> sentences;
  private final Map<String, Fact> factByKey = new HashMap<>();
  private final Map<String, List<Candidate>> bySentence = new HashMap<>();
  private final Map<String, Integer> order = new HashMap<>();
  private final Map<String, Found> found = new LinkedHashMap<>();

  ConflictFinder(Article a, Article b, FactMerger.Result merged, Map<String, SentenceWords> sentences) {
    this.a = a;
    this.b = b;
    this.sentences = sentences;
    for (Fact f : merged.facts()) {
      factByKey.put(f.key(), f);
    }
    for (List<Candidate> group : merged.byKey().values()) {
      for (Candidate c : group) {
        bySentence.computeIfAbsent(c.sentenceId(), k -> new ArrayList<>()).add(c);
      }
    }
    bySentence.values().forEach(list -> list.sort(Comparator.comparingInt(Candidate::start)));
    for (Article article : List.of(a, b)) {
      for (Sentence s : article.sentences()) {
        order.put(s.id(), s.index());
      }
    }
  }

  /** A conflict being collected; the same two values from several aligned passages become one conflict. */
  private static final class Found {
    final Conflict.Kind kind;
    final String about;
    final String valueA;
    final String valueB;
    final String note;
    final TreeSet<String> idsA;
    final TreeSet<String> idsB;

    Found(Conflict.Kind kind, String about, String valueA, String valueB, String note, Comparator<String> byIndex) {
      this.kind = kind;
      this.about = about;
      this.valueA = valueA;
      this.valueB = valueB;
      this.note = note;
      this.idsA = new TreeSet<>(byIndex);
      this.idsB = new TreeSet<>(byIndex);
    }
  }

  List<Conflict> find(AlignmentResult alignment) {
    for (Alignment al : alignment.alignments()) {
      List<Candidate> ca = candidates(al.a());
      List<Candidate> cb = candidates(al.b());
      numbers(ca, cb);
      dates(ca, cb);
      roles(ca, cb);
      tallies(al.a(), al.b());
    }
    List<Conflict> out = new ArrayList<>();
    for (Found f : found.values()) {
      out.add(new Conflict(f.kind, f.about, new Conflict.Side(f.valueA, List.copyOf(f.idsA)),
          new Conflict.Side(f.valueB, List.copyOf(f.idsB)), f.note));
    }
    return List.copyOf(out);
  }

  private List<Candidate> candidates(List<String> ids) {
    List<Candidate> out = new ArrayList<>();
    for (String id : ids) {
      out.addAll(bySentence.getOrDefault(id, List.of()));
    }
    return out;
  }

  private void add(Conflict.Kind kind, String about, String valueA, String idA, String valueB, String idB, String note) {
    String key = kind + "\u0000" + about + "\u0000" + valueA.toLowerCase(Locale.ROOT) + "\u0000"
        + valueB.toLowerCase(Locale.ROOT);
    Comparator<String> byIndex = Comparator.comparing((String id) -> id.startsWith(b.label() + "-") ? 1 : 0)
        .thenComparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE)).thenComparing(id -> id);
    Found f = found.computeIfAbsent(key, k -> new Found(kind, about, valueA, valueB, note, byIndex));
    f.idsA.add(idA);
    f.idsB.add(idB);
  }

  private boolean onlyIn(Candidate c, Article article) {
    Fact f = factByKey.get(c.key());
    return f != null && f.in().equals(List.of(article.label()));
  }

  // ---- numbers -------------------------------------------------------------------------------

  private void numbers(List<Candidate> ca, List<Candidate> cb) {
    Map<String, List<Candidate>> na = numberSlots(ca);
    Map<String, List<Candidate>> nb = numberSlots(cb);
    for (Map.Entry<String, List<Candidate>> e : na.entrySet()) {
      List<Candidate> other = nb.get(e.getKey());
      if (e.getValue().size() != 1 || other == null || other.size() != 1) {
        continue;
      }
      Candidate x = e.getValue().get(0);
      Candidate y = other.get(0);
      if (x.key().equals(y.key()) || !onlyIn(x, a) || !onlyIn(y, b) || approximate(x) || approximate(y)) {
        continue;
      }
      if (e.getKey().equals("age")) {
        Candidate px = nearestPerson(ca, x);
        Candidate py = nearestPerson(cb, y);
        if (px == null || py == null || !px.key().equals(py.key())) {
          continue;
        }
        String about = "age of " + px.canonical();
        add(Conflict.Kind.NUMBER, about, x.text(), x.sentenceId(), y.text(), y.sentenceId(),
            "A gives " + px.canonical() + "'s age as " + value(x) + ", B as " + value(y) + ".");
        continue;
      }
      Word vx = eventVerb(x);
      Word vy = eventVerb(y);
      if (vx == null || vy == null || !vx.stem().equals(vy.stem())) {
        Word ox = ofWhat(x);
        Word oy = ofWhat(y);
        if (ox != null && oy != null && ox.stem().equals(oy.stem())) {
          // 50,000 pages of printed emails / 55,000 pages of Clinton's emails: one count of one thing
          String unit = x.canonical().replaceFirst("^[0-9][0-9.,]*( (million|billion|trillion))?[ -]?", "");
          String about = (unit.isEmpty() ? x.slot() : unit) + " of " + oy.text().toLowerCase(Locale.ROOT);
          add(Conflict.Kind.NUMBER, about, x.text(), x.sentenceId(), y.text(), y.sentenceId(),
              "Both count the " + about + " in matching sentences: A says " + x.text() + ", B says " + y.text() + ".");
        }
        continue;
      }
      String about = aboutNumber(x, vx);
      add(Conflict.Kind.NUMBER, about, x.text(), x.sentenceId(), y.text(), y.sentenceId(),
          "Both count " + about + " in matching sentences: A says " + x.text() + ", B says " + y.text() + ".");
    }
  }

  /** Units too vague to tie two counts to one thing by what they are of (years of, times of, percent of). */
  private static final Set<String> VAGUE_UNITS = Set.of("%", "year", "month", "week", "day", "hour", "minute",
      "time", "part", "number", "lot", "kind", "sort", "type", "piece", "set", "group", "member");

  /**
   * Returns the common noun a counted unit is of, right after it (pages of printed emails, pages of
   * Clinton's emails), within four words after "of"; null when there is none or the unit is vague.
   */
  private Word ofWhat(Candidate c) {
    if (c.slot() == null || VAGUE_UNITS.contains(c.slot()) || c.slot().matches("[A-Z]{3}")) {
      return null;
    }
    SentenceWords sw = sentences.get(c.sentenceId());
    int last = lastWord(sw, c);
    List<Word> w = sw.words();
    if (last < 0 || last + 1 >= w.size() || !w.get(last + 1).norm().equals("of")
        || !w.get(last + 1).gapBefore().equals(" ")) {
      return null;
    }
    for (int k = last + 2; k < w.size() && k <= last + 5; k++) {
      if (!sameClause(w, last, k)) {
        return null;
      }
      if ("NOUN".equals(w.get(k).tag()) && !w.get(k).possessive()) {
        return w.get(k);
      }
    }
    return null;
  }

  private static String value(Candidate c) {
    return c.key().split(":")[1];
  }

  /** Returns the numbers of the passage by what they count; ages share the slot "age". */
  private Map<String, List<Candidate>> numberSlots(List<Candidate> cands) {
    Map<String, List<Candidate>> out = new TreeMap<>();
    for (Candidate c : cands) {
      if (c.kind() == FactKind.NUMBER && c.slot() != null) {
        String slot = c.slot().startsWith("year-old") || c.slot().equals("year old") ? "age" : c.slot();
        out.computeIfAbsent(slot, k -> new ArrayList<>()).add(c);
      }
    }
    return out;
  }

  private String aboutNumber(Candidate c, Word verb) {
    String unit = c.slot();
    String verbText = verb.text().toLowerCase(Locale.ROOT);
    if (unit.equals("%")) {
      return "percentage " + verbText;
    }
    if (unit.matches("[A-Z]{3}")) {
      return "amount " + verbText + " (" + unit + ")";
    }
    String canonical = c.canonical();
    String text = canonical.replaceFirst("^[0-9][0-9.,]*( (million|billion|trillion))?[ -]?", "");
    return (text.isEmpty() ? unit : text) + " " + verbText;
  }

  private boolean approximate(Candidate c) {
    SentenceWords sw = sentences.get(c.sentenceId());
    int i = firstWord(sw, c);
    if (i < 0) {
      return true;
    }
    List<Word> w = sw.words();
    String p1 = i > 0 ? w.get(i - 1).norm() : "";
    String p2 = i > 1 ? w.get(i - 2).norm() : "";
    return APPROXIMATE.contains(p1) || p1.equals("to") && (p2.equals("up") || w.get(i - 2).isNumber())
        || p1.equals("many") && p2.equals("as") || p1.equals("and") && i > 1 && w.get(i - 2).isNumber()
        || p1.equals("or") && i > 1 && w.get(i - 2).isNumber();
  }

  private static int firstWord(SentenceWords sw, Candidate c) {
    List<Word> words = sw.words();
    for (int k = 0; k < words.size(); k++) {
      if (words.get(k).start() >= c.start()) {
        return k;
      }
    }
    return -1;
  }

  private static int lastWord(SentenceWords sw, Candidate c) {
    List<Word> words = sw.words();
    int out = -1;
    for (int k = 0; k < words.size(); k++) {
      if (words.get(k).end() <= c.end()) {
        out = k;
      }
    }
    return out;
  }

  /** Returns the nearest verb to the value that is not a generic one, within eight words, or null. */
  private Word eventVerb(Candidate c) {
    return eventVerb(c, 8);
  }

  private Word eventVerb(Candidate c, int within) {
    SentenceWords sw = sentences.get(c.sentenceId());
    int from = firstWord(sw, c);
    int to = lastWord(sw, c);
    if (from < 0 || to < from) {
      return null;
    }
    List<Word> words = sw.words();
    for (int d = 1; d <= within; d++) {
      for (int k : new int[] {from - d, to + d}) {
        if (k >= 0 && k < words.size() && sameClause(words, Math.min(k, from), Math.max(k, to))
            && "VERB".equals(words.get(k).tag())
            && !GENERIC_VERBS.contains(words.get(k).stem()) && !GENERIC_VERBS.contains(words.get(k).norm())) {
          return words.get(k);
        }
      }
    }
    return null;
  }

  /** Returns whether no comma, semicolon, colon or dash separates words {@code from} to {@code to}. */
  private static boolean sameClause(List<Word> words, int from, int to) {
    for (int k = from + 1; k <= to && k < words.size(); k++) {
      if (words.get(k).gapBefore().matches(".*[,;:\u2014\u2013()].*")) {
        return false;
      }
    }
    return true;
  }

  private static Candidate nearestPerson(List<Candidate> cands, Candidate c) {
    Candidate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Candidate p : cands) {
      if (p.kind() != FactKind.PERSON || !p.sentenceId().equals(c.sentenceId())) {
        continue;
      }
      int d = p.end() <= c.start() ? c.start() - p.end() : p.start() - c.end();
      if (d >= 0 && d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    return bestDistance <= 60 ? best : null;
  }

  // ---- dates ---------------------------------------------------------------------------------

  private void dates(List<Candidate> ca, List<Candidate> cb) {
    Map<String, List<Candidate>> da = dateGrains(ca);
    Map<String, List<Candidate>> db = dateGrains(cb);
    for (Map.Entry<String, List<Candidate>> e : da.entrySet()) {
      List<Candidate> other = db.get(e.getKey());
      if (e.getValue().size() != 1 || other == null || other.size() != 1) {
        continue;
      }
      Candidate x = e.getValue().get(0);
      Candidate y = other.get(0);
      if (x.key().equals(y.key()) || x.text().equalsIgnoreCase(y.text())) {
        continue;
      }
      boolean exclusive = onlyIn(x, a) && onlyIn(y, b);
      String nx = eventNoun(x);
      String ny = eventNoun(y);
      String about;
      if (exclusive && nx != null && nx.equals(ny)) {
        about = "date of the " + nx;
      } else {
        Word vx = eventVerb(x, 8);
        Word vy = eventVerb(y, 8);
        if (vx == null || vy == null || !vx.stem().equals(vy.stem())) {
          continue;
        }
        // A weekday the other article also gives to another event (the post on Friday, the apology
        // on Saturday) still conflicts when both articles tie it to the same verb right beside it.
        if (!exclusive) {
          Word ax = eventVerb(x, 2);
          Word ay = eventVerb(y, 2);
          if (!(e.getKey().equals("weekday") || e.getKey().equals("day")) || ax == null || ay == null
              || !ax.stem().equals(ay.stem())) {
            continue;
          }
        }
        about = "date of \u201C" + vx.text().toLowerCase(Locale.ROOT) + "\u201D";
      }
      add(Conflict.Kind.DATE, about, x.text(), x.sentenceId(), y.text(), y.sentenceId(),
          "A dates it " + x.canonical() + ", B " + y.canonical() + ", in matching sentences.");
    }
  }

  /** Returns the resolved dates of the passage by grain (day, month, year); weekdays without a date form their own. */
  private static Map<String, List<Candidate>> dateGrains(List<Candidate> cands) {
    Map<String, List<Candidate>> out = new TreeMap<>();
    for (Candidate c : cands) {
      if (c.kind() != FactKind.DATE) {
        continue;
      }
      String grain;
      if (FactMerger.resolved(c.key())) {
        grain = c.key().length() == "date:2017-01-01".length() ? "day"
            : c.key().length() == "date:2017-01".length() ? "month"
            : c.key().length() == "date:2017".length() ? "year" : null;
      } else {
        grain = c.alias() != null && c.alias().startsWith("weekday:") ? "weekday" : null;
      }
      if (grain != null) {
        out.computeIfAbsent(grain, k -> new ArrayList<>()).add(c);
      }
    }
    return out;
  }

  /** Returns the event noun a date is attached to by a preposition (the vote on Tuesday), or null. */
  private String eventNoun(Candidate c) {
    SentenceWords sw = sentences.get(c.sentenceId());
    int i = firstWord(sw, c);
    List<Word> w = sw.words();
    if (i < 2 || !PREPOSITIONS.contains(w.get(i - 1).norm())) {
      return null;
    }
    Word n = w.get(i - 2);
    return EVENT_NOUNS.contains(n.norm()) ? n.norm() : null;
  }

  // ---- roles ---------------------------------------------------------------------------------

  private void roles(List<Candidate> ca, List<Candidate> cb) {
    Map<String, List<Candidate>> ra = roleHolders(ca);
    Map<String, List<Candidate>> rb = roleHolders(cb);
    TreeSet<String> keysA = new TreeSet<>();
    TreeSet<String> keysB = new TreeSet<>();
    ca.stream().filter(c -> c.kind() == FactKind.PERSON).forEach(c -> keysA.add(c.key()));
    cb.stream().filter(c -> c.kind() == FactKind.PERSON).forEach(c -> keysB.add(c.key()));
    for (Map.Entry<String, List<Candidate>> e : ra.entrySet()) {
      List<Candidate> other = rb.get(e.getKey());
      if (e.getValue().size() != 1 || other == null || other.size() != 1) {
        continue;
      }
      Candidate x = e.getValue().get(0);
      Candidate y = other.get(0);
      if (x.key().equals(y.key()) || keysB.contains(x.key()) || keysA.contains(y.key())) {
        continue;
      }
      add(Conflict.Kind.ROLE, e.getKey(), x.canonical(), x.sentenceId(), y.canonical(), y.sentenceId(),
          "Matching sentences name a different " + e.getKey() + ": " + x.canonical() + " in A, " + y.canonical()
              + " in B.");
    }
  }

  /** Returns the people of the passage by the role words just before their name (former communications director). */
  private Map<String, List<Candidate>> roleHolders(List<Candidate> cands) {
    Map<String, List<Candidate>> out = new TreeMap<>();
    for (Candidate c : cands) {
      if (c.kind() != FactKind.PERSON) {
        continue;
      }
      String role = roleBefore(sentences.get(c.sentenceId()), c);
      if (role != null) {
        out.computeIfAbsent(role, k -> new ArrayList<>()).add(c);
      }
    }
    return out;
  }

  private static String roleBefore(SentenceWords sw, Candidate c) {
    int i = firstWord(sw, c);
    if (i <= 0) {
      return null;
    }
    List<Word> w = sw.words();
    if (!w.get(i).gapBefore().isBlank() || !"NOUN".equals(w.get(i - 1).tag())) {
      return null;
    }
    int from = i;
    while (from > 0 && i - from < 4) {
      Word p = w.get(from - 1);
      boolean joined = from == i || w.get(from).gapBefore().isBlank();
      if (!joined || p.capitalized() || p.possessive() && from != i - 1 || !p.text().chars().allMatch(Character::isLetter)
          || !("NOUN".equals(p.tag()) || "ADJ".equals(p.tag()))) {
        break;
      }
      from--;
    }
    if (from == i || WEAK_ROLES.contains(w.get(i - 1).norm())
        || WEAK_ROLES.contains(NumberFinder.singular(w.get(i - 1).norm()))) {
      return null;
    }
    StringBuilder role = new StringBuilder();
    for (int k = from; k < i; k++) {
      role.append(k > from ? " " : "").append(w.get(k).norm());
    }
    return role.toString();
  }

  // ---- vote tallies --------------------------------------------------------------------------

  private void tallies(List<String> idsA, List<String> idsB) {
    List<String[]> ta = tallies(idsA);
    List<String[]> tb = tallies(idsB);
    if (ta.size() != 1 || tb.size() != 1) {
      return;
    }
    String[] x = ta.get(0);
    String[] y = tb.get(0);
    String vx = x[1] + "-" + x[2];
    String vy = y[1] + "-" + y[2];
    if (vx.equals(vy) || mentions(b, x) || mentions(a, y)) {
      return;
    }
    add(Conflict.Kind.TALLY, "vote count", x[0], x[3], y[0], y[3],
        "Matching sentences about a vote give " + vx + " in A and " + vy + " in B.");
  }

  /** Returns each vote count of the sentences as {text, left, right, sentence id}, if the sentence speaks of a vote. */
  private List<String[]> tallies(List<String> ids) {
    List<String[]> out = new ArrayList<>();
    for (String id : ids) {
      SentenceWords sw = sentences.get(id);
      if (sw == null || sw.words().stream().noneMatch(w -> VOTE_WORDS.contains(w.norm()))) {
        continue;
      }
      for (Word w : sw.words()) {
        Matcher m = TALLY.matcher(w.text());
        if (m.matches() && Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) >= 3) {
          out.add(new String[] {w.text(), m.group(1), m.group(2), id});
        }
      }
    }
    return out;
  }

  private static boolean mentions(Article article, String[] tally) {
    Matcher m = TALLY.matcher(article.body());
    while (m.find()) {
      if (m.group(1).equals(tally[1]) && m.group(2).equals(tally[2])) {
        return true;
      }
    }
    return false;
  }
}
