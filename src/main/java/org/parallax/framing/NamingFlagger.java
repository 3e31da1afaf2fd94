package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parallax.align.Alignment;
import org.parallax.facts.Fact;
import org.parallax.facts.FactFinder;
import org.parallax.facts.FactKind;
import org.parallax.facts.Mention;
import org.parallax.text.Sentence;

/**
 * Naming: the same person, place or body called differently ("Sergei" / "Sergey", "Russian Federation" /
 * "Moscow"), from the facts both articles share, and loaded names of the naming lexicon ("regime" /
 * "government") in a passage both carry. Never a dateline ("WASHINGTON"), a spelling that differs only in
 * case, spaces or hyphens ("Kim Jong Un" / "Kim Jong-un"), a shortened form of the same name ("Lavrov") or
 * a plural or adjective of it ("Republicans").
 */
final class NamingFlagger implements Flagger {
  /** Confidence of a loaded name of the naming lexicon against its neutral counterpart. */
  static final double LEXICON = 0.8;
  /** Confidence of another name or spelling of the same person or place. */
  static final double VARIANT = 0.75;
  /** Confidence of a routine name of the United States or an abbreviation ("U.S." / "Washington", "GOP"). */
  static final double ROUTINE = 0.4;

  /** Names of the United States and its government that news uses interchangeably. */
  private static final Set<String> ROUTINE_NAMES =
      Set.of("us", "u.s.", "u.s", "usa", "u.s.a.", "united states", "america", "washington", "white house");

  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "dr", "sir", "president", "minister", "secretary", "the", "foreign", "prime", "rep", "sen", "gov");

  @Override
  public List<FramingFlag> flags(ArticlePair p) {
    List<FramingFlag> forms = forms(p);
    Set<String> seen = new HashSet<>();
    for (FramingFlag f : forms) {
      seen.add(f.terms().toString().toLowerCase(Locale.ROOT));
    }
    List<FramingFlag> out = new ArrayList<>(forms);
    for (FramingFlag f : lexiconPairs(p)) {
      if (seen.add(f.terms().toString().toLowerCase(Locale.ROOT))) {
        out.add(f);
      }
    }
    return out;
  }

  private static List<FramingFlag> lexiconPairs(ArticlePair p) {
    List<FramingFlag> out = new ArrayList<>();
    for (Alignment al : p.strongAlignments()) {
      Set<String> ka = nameKeys(p.a, al.a());
      Set<String> kb = nameKeys(p.b, al.b());
      for (String[] pair : Lexicons.NAMING_PAIRS) {
        String[][] directions = {{pair[0], pair[1]}, {pair[1], pair[0]}};
        for (String[] d : directions) {
          if (ka.contains(d[0]) && !ka.contains(d[1]) && kb.contains(d[1]) && !kb.contains(d[0])) {
            List<String> ids = new ArrayList<>(al.a());
            ids.addAll(al.b());
            String note = String.format(Locale.ROOT, "A says '%s' where B says '%s' for the same thing.", d[0], d[1]);
            out.add(new FramingFlag(FramingKind.NAMING, null, ids, List.of(d[0], d[1]), note, "rule:naming-pair", LEXICON));
          }
        }
      }
    }
    return out;
  }

  private static Set<String> nameKeys(ArticleText t, List<String> ids) {
    Set<String> keys = new HashSet<>();
    for (String id : ids) {
      Sentence s = t.sentence(id);
      if (s != null) {
        for (Lexicon.Match m : Lexicons.NAMES.find(t.tokens(s.index()))) {
          LexiconHit h = LexiconHit.of(t, s.index(), m);
          if (!t.inQuote(h.start(), h.end())) {
            keys.add(m.entry().term());
          }
        }
      }
    }
    return keys;
  }

  /** Returns at most one flag per fact: its best-rated pair of forms only one side uses. */
  private static List<FramingFlag> forms(ArticlePair p) {
    List<FramingFlag> out = new ArrayList<>();
    for (Fact f : p.facts) {
      if (f.kind() != FactKind.PERSON && f.kind() != FactKind.PLACE && f.kind() != FactKind.ORGANIZATION) {
        continue;
      }
      Map<String, Mention> formsA = forms(f, p.a.label());
      Map<String, Mention> formsB = forms(f, p.b.label());
      FramingFlag best = null;
      for (Map.Entry<String, Mention> ea : formsA.entrySet()) {
        for (Map.Entry<String, Mention> eb : formsB.entrySet()) {
          if (formsB.containsKey(ea.getKey()) || formsA.containsKey(eb.getKey())) {
            continue;
          }
          double c = rate(f.kind(), ea.getValue().text(), eb.getValue().text());
          if (c <= 0 || (best != null && best.confidence() >= c)) {
            continue;
          }
          String ta = ea.getValue().text();
          String tb = eb.getValue().text();
          String note = String.format(Locale.ROOT, "A writes '%s' where B writes '%s' for %s.", ta, tb, f.canonical());
          best = new FramingFlag(FramingKind.NAMING, null, List.of(ea.getValue().sentenceId(), eb.getValue().sentenceId()),
              List.of(ta, tb), note, "rule:naming-forms", c);
        }
      }
      if (best != null) {
        out.add(best);
      }
    }
    return out;
  }

  /** Returns the confidence that two forms are a naming difference, 0 when they are not one at all. */
  static double rate(FactKind kind, String a, String b) {
    if (dateline(a) || dateline(b) || FactFinder.isDemonym(a) || FactFinder.isDemonym(b)) {
      return 0;
    }
    if (letters(a).equals(letters(b))) {
      return 0; // "Kim Jong Un" / "Kim Jong-un": the same name spelled with other spaces, hyphens or case
    }
    Set<String> wa = nameWords(fold(a));
    Set<String> wb = nameWords(fold(b));
    Set<String> onlyA = new TreeSet<>(wa);
    onlyA.removeAll(wb);
    Set<String> onlyB = new TreeSet<>(wb);
    onlyB.removeAll(wa);
    if (kind == FactKind.PERSON) {
      // middle initials and generational suffixes are house style ("Joseph R. Biden Jr." / "Joseph Biden")
      onlyA.removeIf(NamingFlagger::initialOrSuffix);
      onlyB.removeIf(NamingFlagger::initialOrSuffix);
    }
    if (onlyA.isEmpty() || onlyB.isEmpty()) {
      return 0; // one is a shortened form of the other ("Lavrov", "President Obama", "Raúl R." / "Raul")
    }
    if (shortened(remainder(fold(a), wb), remainder(fold(b), wa))) {
      return 0; // an abbreviation of the other: "Calif." / "California", "R" / "Republican", "U.S." / "United States"
    }
    if (kind == FactKind.PERSON && shortGivenNames(onlyA, onlyB)) {
      return 0; // "Ken" / "Kenneth": a short form of the same given name
    }
    for (String x : onlyA) {
      for (String y : onlyB) {
        if (x.length() >= 5 && y.length() >= 5 && x.regionMatches(0, y, 0, 5) && Math.abs(x.length() - y.length()) <= 2
            && kind != FactKind.PERSON) {
          return 0; // "Republican" / "Republicans": a plural or adjective of the same name
        }
      }
    }
    if (ROUTINE_NAMES.contains(a.toLowerCase(Locale.ROOT)) && ROUTINE_NAMES.contains(b.toLowerCase(Locale.ROOT))) {
      return ROUTINE;
    }
    if (abbreviation(a) || abbreviation(b)) {
      return ROUTINE;
    }
    Set<String> shared = new TreeSet<>(wa);
    shared.retainAll(wb);
    if (kind == FactKind.PERSON) {
      // Another spelling of the same name ("Sergei" / "Sergey", "Muammar" / "Moammar") is shown; a pet form
      // or the formal given name ("Bill" / "William", "Chuck" / "Charles E.") is a newsroom's house style.
      return respelled(onlyA, onlyB) ? VARIANT : ROUTINE;
    }
    // Another name for the same place or body shares no word with it ("Russian Federation" / "Moscow");
    // forms that share words differ by a modifier or a spelling ("U.S. Supreme Court" / "Supreme Court of the U.S.").
    return shared.isEmpty() ? VARIANT : ROUTINE;
  }

  /** Edit distance, as a share of the longer word, up to which two words are spellings of one name. */
  static final double RESPELLING = 0.34;

  /** Returns whether every word only one name has is a respelling of a word only the other has. */
  static boolean respelled(Set<String> onlyA, Set<String> onlyB) {
    if (onlyA.size() != onlyB.size()) {
      return false;
    }
    for (String x : onlyA) {
      boolean found = false;
      for (String y : onlyB) {
        found |= x.length() >= 4 && y.length() >= 4
            && distance(x, y) <= RESPELLING * Math.max(x.length(), y.length());
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Returns the Levenshtein distance of two words. */
  static int distance(String x, String y) {
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int sub = prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }

  /** Returns whether the letters of {@code x} occur in {@code y} in order. */
  private static boolean subsequence(String x, String y) {
    int i = 0;
    for (int j = 0; j < y.length() && i < x.length(); j++) {
      if (x.charAt(i) == y.charAt(j)) {
        i++;
      }
    }
    return i == x.length();
  }

  /** Returns the words of {@code form} that {@code other} lacks, in their order. */
  private static String remainder(String form, Set<String> other) {
    List<String> out = new ArrayList<>();
    for (String w : form.toLowerCase(Locale.ROOT).split("\\s+")) {
      String x = w.replaceAll("[^\\p{L}\\p{N}-]", "");
      if (!x.isEmpty() && !HONORIFICS.contains(x) && !other.contains(x)) {
        out.add(x);
      }
    }
    return String.join(" ", out);
  }

  /** Returns whether a name word is a middle initial or a generational suffix. */
  private static boolean initialOrSuffix(String w) {
    String x = w.replace("-", "");
    return x.length() <= 1 || Set.of("jr", "sr", "ii", "iii", "iv").contains(x);
  }

  /**
   * Returns whether one form abbreviates the other: its letters begin the other's first word ("Calif." /
   * "California", "R" / "Republican Party") or are the initials of the other's words ("U.S." / "United
   * States", "ARB" / "Accountability Review Board").
   */
  static boolean shortened(String a, String b) {
    String la = letters(a);
    String lb = letters(b);
    String shorter = la.length() <= lb.length() ? la : lb;
    String longer = shorter == la ? b : a;
    if (shorter.isEmpty()) {
      return false;
    }
    String[] words = longer.toLowerCase(Locale.ROOT).split("[\\s\\-]+");
    String first = letters(words[0]);
    if (shorter.length() < first.length() && first.startsWith(shorter)) {
      return true;
    }
    if (words.length == 1 && shorter.length() <= 5 && shorter.length() <= 0.6 * first.length()
        && shorter.charAt(0) == first.charAt(0) && subsequence(shorter, first)) {
      return true; // a contraction of one word: "Va." / "Virginia", "Fla." / "Florida"
    }
    StringBuilder initials = new StringBuilder();
    for (String w : words) {
      String l = letters(w);
      if (!l.isEmpty()) {
        initials.append(l.charAt(0));
      }
    }
    return words.length > 1 && shorter.equals(initials.toString());
  }

  /** Returns the form without accents ("Raúl" → "Raul"), for comparing names only. */
  private static String fold(String form) {
    return java.text.Normalizer.normalize(form, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  /** Returns whether every differing word of one name starts the other's, or the other's starts it. */
  private static boolean shortGivenNames(Set<String> onlyA, Set<String> onlyB) {
    for (String x : onlyA) {
      boolean found = false;
      for (String y : onlyB) {
        found |= x.length() >= 2 && y.length() >= 2 && (x.startsWith(y) || y.startsWith(x));
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether a form is written in capitals like a dateline ("WASHINGTON"), not an acronym. */
  private static boolean dateline(String form) {
    long letters = form.chars().filter(Character::isLetter).count();
    return letters >= 4 && form.equals(form.toUpperCase(Locale.ROOT)) && form.chars().noneMatch(c -> c == '.');
  }

  /** Returns whether a form is an abbreviation: "GOP", "U.S.", "N.A.A.C.P.". */
  private static boolean abbreviation(String form) {
    String s = form.replace(".", "");
    return s.length() >= 2 && s.length() <= 5 && s.chars().allMatch(Character::isUpperCase);
  }

  private static String letters(String form) {
    return form.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Returns the distinct folded forms of a fact in one article, each with its first mention. */
  private static Map<String, Mention> forms(Fact f, String label) {
    Map<String, Mention> out = new TreeMap<>();
    for (Mention m : f.mentions()) {
      if (m.article().equals(label)) {
        out.putIfAbsent(m.text().strip().toLowerCase(Locale.ROOT), m);
      }
    }
    return out;
  }

  private static Set<String> nameWords(String form) {
    Set<String> out = new TreeSet<>();
    for (String w : form.toLowerCase(Locale.ROOT).split("[\\s]+")) {
      String x = w.replaceAll("[^\\p{L}\\p{N}-]", "");
      if (!x.isEmpty() && !HONORIFICS.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }
}
