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
    if (onlyA.isEmpty() || onlyB.isEmpty()) {
      return 0; // one is a shortened form of the other ("Lavrov", "President Obama", "Raúl R." / "Raul")
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
    if (kind == FactKind.PERSON && wa.size() > 1 && wb.size() > 1 && !wa.equals(wb)) {
      Set<String> shared = new TreeSet<>(wa);
      shared.retainAll(wb);
      return shared.isEmpty() ? ROUTINE : VARIANT; // "Sergei Lavrov" / "Sergey Lavrov", "Bill" / "William"
    }
    return kind == FactKind.PERSON ? ROUTINE : VARIANT;
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
