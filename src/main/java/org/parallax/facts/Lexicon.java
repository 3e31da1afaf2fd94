package org.parallax.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/** The word lists of the facts stage: places, organizations, things, titles and cue words. */
final class Lexicon {
  /** JDK country names that are also common first names or words; only the curated list adds them. */
  private static final Set<String> AMBIGUOUS_COUNTRIES = Set.of("Jordan", "Chad", "Jersey", "Georgia", "Guinea", "Niger");

  /** One phrase of a list and what it stands for. */
  record Entry(List<String> norms, List<String> texts, String canonical, FactKind kind, boolean exactCase) {}

  /** A phrase found in a word sequence. */
  record Match(Entry entry, int from, int to) {}

  private static final Lexicon INSTANCE = new Lexicon();

  private final Map<String, List<Entry>> places = new TreeMap<>();
  private final Map<String, List<Entry>> orgs = new TreeMap<>();
  private final Map<String, List<Entry>> things = new TreeMap<>();
  private final Map<String, List<Entry>> titles = new TreeMap<>();
  private final Map<String, List<Entry>> speech = new TreeMap<>();
  private final Map<String, Set<String>> nicknames = new TreeMap<>();
  private final Map<String, String> stateAbbreviations = new TreeMap<>();
  private final Set<String> cues = new TreeSet<>();
  private final Set<String> titleWords = new TreeSet<>();
  private final Set<String> notNames = new TreeSet<>();
  private final Set<String> possessives = new TreeSet<>();
  private final Set<String> orgHeads = new TreeSet<>();
  private final Set<String> placeHeads = new TreeSet<>();
  /** Demonyms of the places list (American, Russians), lower-cased. */
  private final Set<String> demonyms = new TreeSet<>();

  private Lexicon() {
    Map<String, String[]> curated = new LinkedHashMap<>();
    for (String[] row : read("places.tsv")) {
      curated.put(row[0], row);
    }
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      if (curated.containsKey(name) || AMBIGUOUS_COUNTRIES.contains(name) || !plainName(name)) {
        continue;
      }
      add(places, name, name, FactKind.PLACE);
    }
    for (String[] row : curated.values()) {
      if (row.length > 2) {
        for (String d : row[2].split("\\|")) {
          if (!d.isBlank()) {
            demonyms.add(d.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
      add(places, row[0], row[0], FactKind.PLACE);
      for (int col = 1; col < row.length; col++) {
        for (String alias : row[col].split("\\|")) {
          if (!alias.isBlank()) {
            add(places, alias.strip(), row[0], FactKind.PLACE);
          }
        }
      }
    }
    for (String[] row : read("nicknames.tsv")) {
      String full = norm(row[0]);
      for (String nick : row[1].split("\\|")) {
        nicknames.computeIfAbsent(norm(nick), k -> new TreeSet<>()).add(full);
      }
      nicknames.computeIfAbsent(full, k -> new TreeSet<>()).add(full);
    }
    for (String[] row : read("states.tsv")) {
      stateAbbreviations.put(row[0], row[0]);
      for (String abbreviation : row[1].split("\\|")) {
        stateAbbreviations.put(abbreviation.strip(), row[0]);
      }
    }
    loadAliases("orgs.tsv", orgs, FactKind.ORGANIZATION);
    loadAliases("things.tsv", things, FactKind.THING);
    for (String[] row : read("words.tsv")) {
      if (row.length < 2) {
        continue;
      }
      String word = row[1].strip();
      switch (row[0]) {
        case "title" -> {
          add(titles, word, word, FactKind.PERSON);
          titleWords.add(norm(word));
        }
        case "speech" -> add(speech, word, word, FactKind.PERSON);
        case "cue" -> cues.add(word.toLowerCase(Locale.ROOT));
        case "possessive" -> possessives.add(word.toLowerCase(Locale.ROOT));
        case "orghead" -> orgHeads.add(singleWord(word));
        case "placehead" -> placeHeads.add(singleWord(word));
        case "notname" -> notNames.add(NameFinder.slug(word));
        default -> throw new IllegalStateException("words.tsv: unknown category " + row[0]);
      }
    }
  }

  /** Returns the shared lexicon, loading the resources on first use. */
  static Lexicon get() {
    return INSTANCE;
  }

  /** Returns whether {@code text} is a demonym of the places list (American, North Koreans). */
  boolean isDemonym(String text) {
    return demonyms.contains(text.strip().toLowerCase(Locale.ROOT));
  }

  Match place(List<Word> words, int at) {
    return longest(places, words, at, true);
  }

  Match org(List<Word> words, int at) {
    return longest(orgs, words, at, true);
  }

  Match thing(List<Word> words, int at) {
    return longest(things, words, at, false);
  }

  Match title(List<Word> words, int at) {
    return longest(titles, words, at, true);
  }

  Match speech(List<Word> words, int at) {
    return longest(speech, words, at, false);
  }

  /** Returns the state a party-state tag abbreviation stands for (Calif., Calif, CA, Texas), or null. */
  String stateByAbbreviation(String abbreviation) {
    return stateAbbreviations.get(abbreviation);
  }

  boolean isCue(String norm) {
    return cues.contains(norm);
  }

  /** Returns whether two folded given names are one name in full and short form (bill, william). */
  boolean sameGivenName(String a, String b) {
    Set<String> fa = nicknames.get(a);
    Set<String> fb = nicknames.get(b);
    return fa != null && fb != null && fa.stream().anyMatch(fb::contains);
  }

  /** Returns whether a capitalized run is listed as never a name (Sources, Witch Hunt, Election Day). */
  boolean isNotName(String text) {
    return notNames.contains(NameFinder.slug(text));
  }

  boolean isTitleWord(String norm) {
    return titleWords.contains(norm);
  }

  boolean isPossessiveNoun(String norm) {
    return possessives.contains(norm);
  }

  boolean isOrgHead(String norm) {
    return orgHeads.contains(norm);
  }

  boolean isPlaceHead(String norm) {
    return placeHeads.contains(norm);
  }

  private static boolean plainName(String name) {
    return name.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-');
  }

  private void loadAliases(String resource, Map<String, List<Entry>> into, FactKind kind) {
    for (String[] row : read(resource)) {
      add(into, row[0], row[0], kind);
      if (row.length > 1) {
        for (String alias : row[1].split("\\|")) {
          if (!alias.isBlank()) {
            add(into, alias.strip(), row[0], kind);
          }
        }
      }
    }
  }

  private static void add(Map<String, List<Entry>> into, String phrase, String canonical, FactKind kind) {
    List<Token> tokens = Tokenizer.tokenize(phrase);
    if (tokens.isEmpty()) {
      return;
    }
    List<String> norms = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Token t : tokens) {
      norms.add(t.norm());
      texts.add(t.text());
    }
    String letters = phrase.replace(".", "");
    boolean exact =
        tokens.size() == 1 && letters.length() >= 2 && letters.length() <= 5
            && letters.chars().allMatch(Character::isUpperCase);
    into.computeIfAbsent(norms.get(0), k -> new ArrayList<>())
        .add(new Entry(List.copyOf(norms), List.copyOf(texts), canonical, kind, exact));
  }

  private static Match longest(Map<String, List<Entry>> map, List<Word> words, int at, boolean capitalized) {
    Word first = words.get(at);
    List<Entry> candidates = map.get(first.norm());
    if (candidates == null && !capitalized && first.norm().endsWith("s")) {
      candidates = map.get(first.norm().substring(0, first.norm().length() - 1));
    }
    if (candidates == null) {
      return null;
    }
    Match best = null;
    for (Entry e : candidates) {
      int n = e.norms().size();
      if (at + n > words.size() || (best != null && n <= best.to() - best.from())) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        Word w = words.get(at + k);
        String want = e.norms().get(k);
        boolean last = k == n - 1;
        if (e.exactCase()) {
          ok = w.text().equals(e.texts().get(k));
        } else if (!w.norm().equals(want) && !(last && !capitalized && w.norm().equals(want + "s"))) {
          ok = false;
        } else if (capitalized && Character.isLetter(w.text().charAt(0)) && !w.capitalized()) {
          ok = Tokenizer.isStopword(w.norm()) && k > 0 && !last;
        }
        if (ok && k > 0 && words.get(at + k - 1).possessive() && !last) {
          ok = false;
        }
      }
      if (ok) {
        best = new Match(e, at, at + n);
      }
    }
    return best;
  }

  private static String singleWord(String word) {
    if (Tokenizer.tokenize(word).size() != 1) {
      throw new IllegalStateException("words.tsv: a head must be one word: " + word);
    }
    return norm(word);
  }

  static String norm(String word) {
    List<Token> t = Tokenizer.tokenize(word);
    return t.isEmpty() ? word.toLowerCase(Locale.ROOT) : t.get(0).norm();
  }

  private static List<String[]> read(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource org/parallax/facts/" + resource + " is missing");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
