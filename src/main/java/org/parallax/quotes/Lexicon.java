package org.parallax.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Word lists for attribution: speech cues, role words, honorifics and first names with gender. */
final class Lexicon {
  /** A person's grammatical gender as far as the text tells. */
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
  }

  /** Speech cues, multi-word first, then longer before shorter. */
  static final List<String> CUES = loadCues();

  static final Set<String> ROLES = load("roles.txt");

  static final Map<String, Gender> FIRST_NAMES = loadNames();

  static final Map<String, Gender> HONORIFICS =
      Map.ofEntries(
          Map.entry("mr", Gender.MALE),
          Map.entry("mrs", Gender.FEMALE),
          Map.entry("ms", Gender.FEMALE),
          Map.entry("miss", Gender.FEMALE),
          Map.entry("sir", Gender.MALE),
          Map.entry("lord", Gender.MALE),
          Map.entry("lady", Gender.FEMALE),
          Map.entry("dr", Gender.UNKNOWN),
          Map.entry("prof", Gender.UNKNOWN));

  /** Words that make a capitalized name an organization or place rather than a person. */
  static final Set<String> GROUP_WORDS =
      Set.of(
          "federation", "ministry", "government", "department", "office", "party", "committee",
          "council", "kremlin", "union", "agency", "commission", "administration", "campaign",
          "court", "police", "army", "house", "embassy", "foundation", "institute", "university",
          "association", "corporation", "company", "group", "news", "times", "post", "journal",
          "network", "states", "nations", "republic", "kingdom", "korea", "russia", "china",
          "america", "moscow", "washington", "pyongyang", "beijing", "reuters", "press", "tass",
          "senate", "congress", "pentagon", "bureau", "service", "media", "centre", "center",
          "college", "school", "church", "hospital", "county", "airport", "club", "society", "bank",
          "magazine", "tribune", "herald", "daily", "inc", "llc");

  private Lexicon() {}

  /** Returns the gender a first name or honorific signals. */
  static Gender genderOf(String firstToken) {
    String k = firstToken.toLowerCase(Locale.ROOT).replace(".", "");
    if (HONORIFICS.containsKey(k)) {
      return HONORIFICS.get(k);
    }
    return FIRST_NAMES.getOrDefault(k, Gender.UNKNOWN);
  }

  private static List<String> loadCues() {
    List<String> cues = new ArrayList<>(load("speech-verbs.txt"));
    cues.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return List.copyOf(cues);
  }

  private static Map<String, Gender> loadNames() {
    Map<String, Gender> out = new TreeMap<>();
    for (String line : lines("first-names.txt")) {
      String[] parts = line.split("\\s+");
      if (parts.length == 2) {
        Gender g = switch (parts[0]) {
          case "f" -> Gender.FEMALE;
          case "m" -> Gender.MALE;
          default -> Gender.UNKNOWN; // "u": a given name of either gender
        };
        out.put(parts[1].toLowerCase(Locale.ROOT), g);
      }
    }
    return Map.copyOf(out);
  }

  private static Set<String> load(String name) {
    return Set.copyOf(new TreeSet<>(lines(name)));
  }

  private static List<String> lines(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource org/parallax/quotes/" + name + " is missing");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
