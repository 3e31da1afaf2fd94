package org.parallax.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Gives every form of one person's name the same key: "Sergei Lavrov", "Sergey Lavrov", "Mr
 * Lavrov" and "Lavrov" all become {@code lavrov}.
 *
 * <p>Names are grouped by surname. When one surname comes with first names that are not
 * transliteration variants of each other (Jaro-Winkler below {@value #FIRST_NAME_SIMILARITY}),
 * each person gets {@code surname-firstname} and a bare surname goes to the person named most
 * often. Organizations and places keep their whole name as key. The display name of a key is its
 * fullest form: most words, then longest, then alphabetically first.
 */
final class SpeakerKeys {
  static final double FIRST_NAME_SIMILARITY = 0.85;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final Map<String, String> keyByName = new TreeMap<>();
  private final Map<String, String> displayByKey = new TreeMap<>();

  /** Builds keys for {@code names}, given in text order with repetitions. */
  SpeakerKeys(List<String> names) {
    Map<String, List<String>> bySurname = new TreeMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String raw : names) {
      String name = clean(raw);
      if (name.isEmpty()) {
        continue;
      }
      counts.merge(name, 1, Integer::sum);
      if (Mentions.isGroup(name)) {
        keyByName.put(name, slug(name));
        continue;
      }
      String[] parts = name.split("\\s+");
      String surname = slug(parts[parts.length - 1]);
      List<String> list = bySurname.computeIfAbsent(surname, k -> new ArrayList<>());
      if (!list.contains(name)) {
        list.add(name);
      }
    }
    for (Map.Entry<String, List<String>> e : bySurname.entrySet()) {
      assign(e.getKey(), e.getValue(), counts);
    }
    for (Map.Entry<String, String> e : keyByName.entrySet()) {
      String current = displayByKey.get(e.getValue());
      if (current == null || fuller(e.getKey(), current)) {
        displayByKey.put(e.getValue(), e.getKey());
      }
    }
  }

  /** Returns the key of a name, or null for null. */
  String keyOf(String name) {
    if (name == null) {
      return null;
    }
    String k = keyByName.get(clean(name));
    return k != null ? k : slug(clean(name));
  }

  /** Returns the fullest form of the name with {@code key}. */
  String displayOf(String key, String fallback) {
    return displayByKey.getOrDefault(key, fallback);
  }

  private void assign(String surname, List<String> names, Map<String, Integer> counts) {
    List<List<String>> clusters = new ArrayList<>();
    List<String> bare = new ArrayList<>();
    for (String n : names) {
      String[] parts = n.split("\\s+");
      if (parts.length == 1) {
        bare.add(n);
        continue;
      }
      String first = parts[0];
      List<String> home = null;
      for (List<String> c : clusters) {
        String rep = c.get(0).split("\\s+")[0];
        if (sameFirstName(rep, first)) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(n);
    }
    if (clusters.size() <= 1) {
      for (String n : names) {
        keyByName.put(n, surname);
      }
      return;
    }
    List<String> keys = new ArrayList<>();
    int best = 0;
    int bestCount = -1;
    for (int i = 0; i < clusters.size(); i++) {
      List<String> c = clusters.get(i);
      String key = surname + "-" + slug(c.get(0).split("\\s+")[0]);
      keys.add(key);
      int count = 0;
      for (String n : c) {
        keyByName.put(n, key);
        count += counts.getOrDefault(n, 0);
      }
      if (count > bestCount) {
        bestCount = count;
        best = i;
      }
    }
    for (String n : bare) {
      keyByName.put(n, keys.get(best));
    }
  }

  static boolean sameFirstName(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT).replace(".", "");
    String y = b.toLowerCase(Locale.ROOT).replace(".", "");
    if (x.length() == 1 || y.length() == 1) {
      return x.charAt(0) == y.charAt(0);
    }
    return JARO_WINKLER.apply(x, y) >= FIRST_NAME_SIMILARITY;
  }

  private static boolean fuller(String a, String b) {
    int wa = a.split("\\s+").length;
    int wb = b.split("\\s+").length;
    if (wa != wb) {
      return wa > wb;
    }
    if (a.length() != b.length()) {
      return a.length() > b.length();
    }
    return a.compareTo(b) < 0;
  }

  /** Returns the name without possessive, honorific and extra spaces. */
  static String clean(String raw) {
    String name = Mentions.stripPossessive(raw.strip()).replaceAll("\\s+", " ");
    String[] parts = name.split(" ");
    if (parts.length > 1 && Lexicon.HONORIFICS.containsKey(parts[0].toLowerCase(Locale.ROOT).replace(".", ""))) {
      name = name.substring(parts[0].length()).strip();
    }
    return name;
  }

  static String slug(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }
}
