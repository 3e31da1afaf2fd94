package org.parallax.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Merges candidate mentions into facts: people by surname and similar first name, dates by resolution. */
final class FactMerger {
  /** First names at least this similar (Jaro-Winkler) are one person when the surnames are equal. */
  static final double FIRST_NAME_SIMILARITY = 0.85;

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Set<String> PARTICLES = Set.of("de", "van", "von", "bin", "al", "da", "di", "le", "la", "du", "der");
  private static final Comparator<Candidate> BY_POSITION =
      Comparator.comparingInt(Candidate::articleOrder).thenComparingInt(Candidate::start).thenComparingInt(Candidate::end);

  /** The merged facts with the candidates behind each, by key. */
  record Result(List<Fact> facts, Map<String, List<Candidate>> byKey) {}

  Result merge(List<Candidate> candidates, List<String> labels) {
    return merge(candidates, labels, List.of());
  }

  /**
   * Merges as {@link #merge(List, List)}; with the tagged sentences of both articles, a name only one
   * article has as a fact also joins the other article where that article writes it inside a longer
   * name or as a modifier (Michigan in "Michigan Republican Party Chairman", Newtown in "the Newtown
   * shooting"): the other article names it, so it is no omission.
   */
  Result merge(List<Candidate> candidates, List<String> labels, List<SentenceWords> sentences) {
    List<Candidate> resolved = new ArrayList<>();
    List<Candidate> people = new ArrayList<>();
    for (Candidate c : candidates) {
      (c.kind() == FactKind.PERSON ? people : resolved).add(c);
    }
    resolved.addAll(people(people));
    resolved = joinUnresolvedDates(resolved);
    TreeMap<String, List<Candidate>> byKey = new TreeMap<>();
    for (Candidate c : resolved) {
      byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    mergeOrganizations(byKey);
    coverWiderDates(byKey);
    if (labels.size() == 2 && !sentences.isEmpty()) {
      coverNamedInside(byKey, sentences, labels);
    }
    List<Fact> facts = new ArrayList<>();
    for (Map.Entry<String, List<Candidate>> e : byKey.entrySet()) {
      List<Candidate> group = e.getValue();
      group.sort(BY_POSITION);
      String canonical = group.stream().map(Candidate::canonical)
          .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElseThrow();
      List<String> in = labels.stream().filter(l -> group.stream().anyMatch(c -> c.article().equals(l))).toList();
      List<String> forms = new ArrayList<>(new TreeSet<>(group.stream().map(Candidate::text).toList()));
      if (in.size() == 1 && labels.size() == 2 && group.get(0).kind() == FactKind.PLACE
          && forms.stream().allMatch(Lexicon.get()::isDemonym)) {
        continue; // "American" alone names people or qualifies a noun: no place one article leaves out
      }
      if (group.stream().allMatch(c -> PARTY_TAG.equals(c.alias()))) {
        continue; // (D-Calif.) says whom a lawmaker represents: it covers a fact, it makes none
      }
      facts.add(new Fact(group.get(0).kind(), e.getKey(), canonical, in, forms,
          group.stream().map(Candidate::mention).toList()));
    }
    Map<String, Candidate> first = new TreeMap<>();
    byKey.forEach((k, v) -> first.put(k, v.get(0)));
    facts.sort(Comparator.comparing(Fact::kind)
        .thenComparing((Fact f) -> first.get(f.key()), BY_POSITION)
        .thenComparing(Fact::key));
    return new Result(List.copyOf(facts), byKey);
  }

  /** Gives every person mention its key and display name; drops lone unsure names that match no one. */
  private List<Candidate> people(List<Candidate> people) {
    Map<String, List<Candidate>> bySignature = new TreeMap<>();
    for (Candidate c : people) {
      bySignature.computeIfAbsent(compact(c.text()), k -> new ArrayList<>()).add(c);
    }
    List<String> signatures = new ArrayList<>(bySignature.keySet());
    int[] parent = new int[signatures.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // The folded words of each signature's name, computed once; multi-word names are indexed by
    // their last word (and, with three words or more, their first) so that only names that can
    // match are compared, instead of all pairs.
    List<List<String>> words = new ArrayList<>();
    for (String signature : signatures) {
      words.add(core(tokens(bySignature.get(signature).get(0).text())));
    }
    List<Integer> multi = new ArrayList<>();
    boolean[] isMulti = new boolean[signatures.size()];
    Map<String, List<Integer>> multiByLast = new TreeMap<>();
    Map<String, List<Integer>> longByFirst = new TreeMap<>();
    Map<String, List<Integer>> byFirst = new TreeMap<>();
    for (int i = 0; i < signatures.size(); i++) {
      List<String> t = words.get(i);
      if (t.size() >= 2) {
        multi.add(i);
        isMulti[i] = true;
        multiByLast.computeIfAbsent(t.get(t.size() - 1), k -> new ArrayList<>()).add(i);
        if (t.size() >= 3) {
          longByFirst.computeIfAbsent(t.get(0), k -> new ArrayList<>()).add(i);
        }
        byFirst.computeIfAbsent(t.get(0), k -> new ArrayList<>()).add(i);
      }
    }
    JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
    // Same surname, similar first name: the components do not depend on the order of unions.
    for (List<Integer> group : multiByLast.values()) {
      for (int x = 0; x < group.size(); x++) {
        List<String> a = words.get(group.get(x));
        for (int y = x + 1; y < group.size(); y++) {
          List<String> b = words.get(group.get(y));
          if (jw.apply(a.get(0), b.get(0)) >= FIRST_NAME_SIMILARITY || Lexicon.get().sameGivenName(a.get(0), b.get(0))) {
            union(parent, group.get(x), group.get(y));
          }
        }
      }
    }
    for (int x : multi) {
      List<String> a = words.get(x);
      TreeSet<Integer> roots = new TreeSet<>();
      for (int y : multiByLast.get(a.get(a.size() - 1))) {
        List<String> b = words.get(y);
        if (b.size() > a.size() && b.subList(b.size() - a.size(), b.size()).equals(a)) {
          roots.add(find(parent, y));
        }
      }
      if (roots.size() == 1) {
        union(parent, roots.first(), x);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < signatures.size(); i++) {
      if (isMulti[i]) {
        continue;
      }
      String single = signatures.get(i);
      TreeSet<Integer> roots = new TreeSet<>();
      for (int m : multiByLast.getOrDefault(single, List.of())) {
        roots.add(find(parent, m));
      }
      if (roots.isEmpty()) {
        for (int m : longByFirst.getOrDefault(single, List.of())) {
          roots.add(find(parent, m));
        }
      }
      if (roots.isEmpty() && !multiByLast.containsKey(single)) {
        // A first name alone (Nancy) is the one person named in full with it, if there is just one.
        for (int m : byFirst.getOrDefault(single, List.of())) {
          roots.add(find(parent, m));
        }
      }
      if (roots.size() == 1) {
        union(parent, roots.first(), i);
      } else if (roots.size() > 1 || bySignature.get(single).stream().noneMatch(Candidate::sure)) {
        parent[i] = -1; // a surname two people share, or a lone name nothing shows to be a person
      }
    }
    Map<Integer, List<Candidate>> clusters = new TreeMap<>();
    for (int i = 0; i < signatures.size(); i++) {
      if (parent[i] >= 0) {
        clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).addAll(bySignature.get(signatures.get(i)));
      }
    }
    for (List<Candidate> cluster : clusters.values()) {
      String display = displayName(cluster);
      List<String> t = core(tokens(display));
      String key = "person:" + t.get(t.size() - 1) + (t.size() >= 2 ? ":" + t.get(0) : "");
      for (Candidate c : cluster) {
        out.add(new Candidate(c.kind(), key, display, c.article(), c.articleOrder(), c.sentenceId(), c.text(),
            c.start(), c.end(), c.alias(), c.slot(), c.sure()));
      }
    }
    return out;
  }

  /** Returns the fullest name of a cluster, its lower-case words capitalized. */
  private static String displayName(List<Candidate> cluster) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Candidate c : cluster) {
      counts.merge(c.text().replaceAll("\\s+", " "), 1, Integer::sum);
    }
    // A name that only adds words before another name of two words or more (Attorney Paul Fishman,
    // National Intelligence James Clapper, from a title the run took in) is not shown when that name is there.
    Set<String> prefixed = new TreeSet<>();
    for (String x : counts.keySet()) {
      List<String> tx = core(tokens(x));
      for (String y : counts.keySet()) {
        List<String> ty = core(tokens(y));
        boolean named = java.util.Arrays.stream(y.split(" ")).allMatch(w -> Character.isUpperCase(w.charAt(0)))
            && !PARTICLES.contains(ty.get(0)); // Van Voorhis is the surname of Chandler Van Voorhis
        if (named && ty.size() >= 2 && tx.size() > ty.size()
            && tx.subList(tx.size() - ty.size(), tx.size()).equals(ty)) {
          prefixed.add(x);
        }
      }
    }
    if (prefixed.size() < counts.size()) {
      prefixed.forEach(counts::remove);
    }
    String best = counts.keySet().stream()
        .max(Comparator.comparingInt((String s) -> s.split(" ").length)
            .thenComparingInt(String::length)
            .thenComparingInt(counts::get)
            .thenComparing(Comparator.reverseOrder()))
        .orElseThrow();
    StringBuilder out = new StringBuilder();
    for (String w : best.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean lower = w.equals(w.toLowerCase(Locale.ROOT));
      out.append(lower && !PARTICLES.contains(w) ? w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1) : w);
    }
    return out.toString();
  }

  /**
   * Adds to a year or month that only one article names the mentions of the other article that fall
   * inside it and write it out (2016 and January 2016; October and October 23, not Thursday): both
   * articles then have the year, while the narrower date stays a fact of its own. The added mentions keep their own text, so the merge shows what it merged.
   */
  private static void coverWiderDates(TreeMap<String, List<Candidate>> byKey) {
    Map<String, List<Candidate>> added = new TreeMap<>();
    for (Map.Entry<String, List<Candidate>> e : byKey.entrySet()) {
      String key = e.getKey();
      List<Candidate> group = e.getValue();
      if (!key.startsWith("date:") || !resolved(key) || key.length() > "date:2016-01".length()) {
        continue;
      }
      Set<String> articles = new TreeSet<>();
      group.forEach(c -> articles.add(c.article()));
      if (articles.size() != 1) {
        continue;
      }
      Candidate model = group.get(0);
      for (Map.Entry<String, List<Candidate>> inner : byKey.subMap(key + "-", key + "-\uffff").entrySet()) {
        for (Candidate c : inner.getValue()) {
          String shown = key.length() == "date:2016".length() ? key.substring(5)
              : model.canonical().split(" ")[0];
          if (!articles.contains(c.article()) && c.text().contains(shown)) {
            added.computeIfAbsent(key, k -> new ArrayList<>()).add(new Candidate(c.kind(), key, model.canonical(),
                c.article(), c.articleOrder(), c.sentenceId(), c.text(), c.start(), c.end(), c.alias(), c.slot(),
                c.sure()));
          }
        }
      }
    }
    added.forEach((k, v) -> byKey.get(k).addAll(v));
  }

  /** Capitalized words after a city's name that make it a newspaper's name (Washington Post, New York Times). */
  private static final Set<String> MASTHEADS = Set.of("times", "post", "journal", "examiner", "tribune", "herald",
      "globe", "star", "news", "daily", "gazette", "chronicle", "sun", "register", "inquirer", "observer",
      "telegraph", "dispatch", "courant", "free", "press", "bee", "record", "review", "magazine");

  /**
   * Adds to each fact only one article has the places where the other article writes one of its
   * forms, word for word and capitalized the same, without it being a fact there: inside a longer name
   * or before a noun it qualifies, or by the initials of an organization's name of three words or
   * more. Only places, organizations' acronyms and party names (Republican), and people,
   * organizations and named things of two words or more, are looked for (a lone "Senate" inside "Pennsylvania Senate" is another body), and
   * a city before a newspaper's masthead word (Washington Post) is the paper, not the city.
   */
  private static void coverNamedInside(
      TreeMap<String, List<Candidate>> byKey, List<SentenceWords> sentences, List<String> labels) {
    Map<String, List<Candidate>> added = new TreeMap<>();
    for (Map.Entry<String, List<Candidate>> e : byKey.entrySet()) {
      List<Candidate> group = e.getValue();
      Set<String> articles = articles(group);
      FactKind kind = group.get(0).kind();
      if (articles.size() != 1 || kind == FactKind.DATE || kind == FactKind.NUMBER
          || group.stream().allMatch(c -> PARTY_TAG.equals(c.alias()))) {
        continue;
      }
      Set<String> forms = new TreeSet<>();
      for (Candidate c : group) {
        String f = c.text().strip();
        int words = f.split("\\s+").length;
        boolean lettered = f.length() >= 3 && Character.isUpperCase(f.charAt(0)) && f.chars().anyMatch(Character::isLowerCase);
        if (lettered && (kind == FactKind.PLACE || words >= 2) && !Lexicon.get().isDemonym(f)) {
          forms.add(f);
        }
        boolean party = kind == FactKind.ORGANIZATION && c.canonical().endsWith(" Party") && words == 1 && lettered;
        if (kind == FactKind.ORGANIZATION && (f.matches("\\p{Lu}{3,6}") || party)) {
          forms.add(f); // AARP, NCAA; Republican for the Republican Party
        }
        String initials = kind == FactKind.ORGANIZATION && words >= 3 ? initials(f) : null;
        if (initials != null && initials.length() >= 3) {
          forms.add(initials); // DNC for Democratic National Committee, WSJ for Wall Street Journal
        }
      }
      if (forms.isEmpty()) {
        continue;
      }
      Candidate model = group.get(0);
      for (SentenceWords sw : sentences) {
        if (articles.contains(sw.article().label())) {
          continue;
        }
        String text = sw.sentence().text();
        for (String form : forms) {
          int at = text.indexOf(form);
          while (at >= 0) {
            int end = at + form.length();
            boolean bounded = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (bounded && !masthead(sw, sw.sentence().start() + end)) {
              int start = sw.sentence().start() + at;
              added.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Candidate(model.kind(), e.getKey(),
                  model.canonical(), sw.article().label(), labels.indexOf(sw.article().label()), sw.sentence().id(),
                  form, start, start + form.length(), null, null, model.sure()));
              break;
            }
            at = text.indexOf(form, at + 1);
          }
        }
      }
    }
    added.forEach((k, v) -> byKey.get(k).addAll(v));
  }

  /** Returns whether the word right after body offset {@code end} is a newspaper's masthead word. */
  private static boolean masthead(SentenceWords sw, int end) {
    for (Word w : sw.words()) {
      if (w.start() >= end) {
        return w.capitalized() && w.gapBefore().equals(" ") && MASTHEADS.contains(w.norm());
      }
    }
    return false;
  }

  /** The alias of a mention read from a party-state tag (R-Texas): it joins a fact but never makes one. */
  static final String PARTY_TAG = "party-state-tag";
  private static final Set<String> ACRONYM_SKIP = Set.of("of", "and", "for", "the", "on", "in", "&");

  /**
   * Merges organizations named in full and in part or by initials: a name whose words end a longer
   * name and no other (Review Board, Accountability Review Board, State Department Accountability
   * Review Board), and an acronym whose letters are the initials of exactly one longer name (ARB,
   * CPAC for Conservative Political Action Conference). The merged fact keeps every form, and an
   * acronym makes a name read as a person an organization.
   */
  private static void mergeOrganizations(TreeMap<String, List<Candidate>> byKey) {
    List<String> orgs = byKey.keySet().stream().filter(k -> k.startsWith("organization:")).toList();
    Map<String, String> into = new TreeMap<>();
    for (String k : orgs) {
      String words = k.substring("organization:".length());
      if (words.indexOf('-') < 0) {
        continue;
      }
      List<String> longer = orgs.stream().filter(l -> l.endsWith("-" + words)).sorted(
          Comparator.comparingInt(String::length)).toList();
      boolean chain = !longer.isEmpty();
      for (int x = 1; x < longer.size() && chain; x++) {
        chain = longer.get(x).endsWith("-" + longer.get(x - 1).substring("organization:".length()));
      }
      if (chain) {
        into.put(k, longer.get(longer.size() - 1));
      }
    }
    Map<String, List<String>> byInitials = new TreeMap<>();
    for (Map.Entry<String, List<Candidate>> e : byKey.entrySet()) {
      FactKind kind = e.getValue().get(0).kind();
      if (kind != FactKind.ORGANIZATION && kind != FactKind.PERSON && kind != FactKind.THING) {
        continue;
      }
      String initials = initials(e.getValue().get(0).text());
      if (initials != null) {
        byInitials.computeIfAbsent(initials, x -> new ArrayList<>()).add(e.getKey());
      }
    }
    for (Map.Entry<String, List<Candidate>> e : byKey.entrySet()) {
      Candidate c = e.getValue().get(0);
      boolean acronym = c.text().matches("\\p{Lu}{2,6}") && e.getValue().stream().allMatch(x -> x.text().equals(c.text()));
      // the initials of the whole name, or with three letters or more of its last words (ARB for State
      // Department Accountability Review Board)
      List<String> full = new ArrayList<>();
      byInitials.forEach((ini, keys) -> {
        if (ini.equals(c.text()) || c.text().length() >= 3 && ini.endsWith(c.text())) {
          full.addAll(keys);
        }
      });
      if (acronym && full.size() == 1 && (c.kind() == FactKind.ORGANIZATION || c.kind() == FactKind.PERSON)
          && !into.containsKey(e.getKey())) {
        into.put(e.getKey(), full.get(0));
      }
    }
    for (Map.Entry<String, String> m : into.entrySet()) {
      String target = m.getValue();
      while (into.containsKey(target)) {
        target = into.get(target);
      }
      List<Candidate> moved = byKey.remove(m.getKey());
      List<Candidate> kept = byKey.get(target);
      if (moved == null || kept == null) {
        continue;
      }
      FactKind kind = kept.get(0).kind() == FactKind.PERSON ? FactKind.ORGANIZATION : kept.get(0).kind();
      String canonical = kept.get(0).canonical();
      List<Candidate> all = new ArrayList<>();
      for (Candidate c : kept) {
        all.add(rekey(c, kind, target, c.canonical()));
      }
      for (Candidate c : moved) {
        all.add(rekey(c, kind, target, canonical));
      }
      byKey.put(target, all);
    }
  }

  /** Returns the initials of a name of two or more capitalized words (CPAC), or null. */
  private static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split("[\\s\u2013-]+")) {
      if (w.isEmpty() || ACRONYM_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return null;
      }
      out.append(w.charAt(0));
    }
    return out.length() >= 2 ? out.toString() : null;
  }

  private static Candidate rekey(Candidate c, FactKind kind, String key, String canonical) {
    return new Candidate(kind, key, canonical, c.article(), c.articleOrder(), c.sentenceId(), c.text(), c.start(),
        c.end(), c.alias(), c.slot(), c.sure());
  }

  private static Set<String> articles(List<Candidate> group) {
    Set<String> out = new TreeSet<>();
    group.forEach(c -> out.add(c.article()));
    return out;
  }

  /** Gives an unresolved weekday or month the date of the one resolved fact with the same name. */
  private static List<Candidate> joinUnresolvedDates(List<Candidate> candidates) {
    Map<String, Set<String>> resolvedByAlias = new TreeMap<>();
    Map<String, String> canonicalByKey = new TreeMap<>();
    for (Candidate c : candidates) {
      if (c.kind() == FactKind.DATE && c.alias() != null && resolved(c.key())) {
        resolvedByAlias.computeIfAbsent(c.alias(), k -> new TreeSet<>()).add(c.key());
        canonicalByKey.put(c.key(), c.canonical());
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      Set<String> keys = c.alias() == null ? null : resolvedByAlias.get(c.alias());
      if (c.kind() == FactKind.DATE && !resolved(c.key()) && keys != null && keys.size() == 1) {
        String key = keys.iterator().next();
        c = new Candidate(c.kind(), key, canonicalByKey.get(key), c.article(), c.articleOrder(), c.sentenceId(),
            c.text(), c.start(), c.end(), c.alias(), c.slot(), c.sure());
      }
      out.add(c);
    }
    return out;
  }

  static boolean resolved(String dateKey) {
    return dateKey.length() > 5 && Character.isDigit(dateKey.charAt(5));
  }

  /**
   * Returns the name's words folded for comparison: no accents, no case, letters only (Jong-un = jongun),
   * without a generational suffix (Jr., Sr., III), so Cesar Sayoc Jr. is Cesar Sayoc.
   */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.trim().split("\\s+")) {
      String c = fold(w);
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    while (out.size() >= 2 && SUFFIXES.contains(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return out.isEmpty() ? List.of("") : out;
  }

  /**
   * Returns a name's words without its initials when a given name or surname remains on each side
   * (Paul J. Fishman = Paul Fishman, J. Christopher Stevens = Christopher Stevens): initials are
   * written by one outlet and left out by another.
   */
  static List<String> core(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      boolean initial = tokens.get(i).length() == 1 && i < tokens.size() - 1;
      if (!initial) {
        out.add(tokens.get(i));
      }
    }
    return out.size() >= 2 ? out : tokens;
  }

  static String compact(String name) {
    return fold(name);
  }

  private static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
