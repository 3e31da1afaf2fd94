package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteKind;
import org.parallax.text.Tokenizer;

/**
 * Voices: whose words each outlet carries, as shares of its quoted words. Shown by default when a named
 * speaker's share differs by at least {@link #SHIFT} between the two articles.
 */
final class VoiceFlagger implements Flagger {
  /** The difference of shares that counts as a shift of voice. */
  static final double SHIFT = 0.25;
  /** Confidence when a named speaker's share shifts by {@link #SHIFT} or more. */
  static final double SHIFTED = 0.75;
  /** Confidence otherwise (speakers one side quotes briefly, unattributed quotes). */
  static final double MINOR = 0.45;

  @Override
  public List<FramingFlag> flags(ArticlePair p) {
    FramingFlag f = voiceShare(p.quotesA, p.quotesB);
    return f == null ? List.of() : List.of(f);
  }

  private static FramingFlag voiceShare(List<Quote> allA, List<Quote> allB) {
    List<Quote> quotesA = voicesOnly(allA);
    List<Quote> quotesB = voicesOnly(allB);
    Map<String, int[]> wordsA = quotedWords(quotesA);
    Map<String, int[]> wordsB = quotedWords(quotesB);
    if (wordsA.isEmpty() && wordsB.isEmpty()) {
      return null;
    }
    Map<String, String> display = new TreeMap<>();
    for (Quote q : concat(quotesA, quotesB)) {
      display.putIfAbsent(speakerKey(q), q.speaker() == null ? "unattributed" : q.speaker());
    }
    int totalA = wordsA.values().stream().mapToInt(x -> x[0]).sum();
    int totalB = wordsB.values().stream().mapToInt(x -> x[0]).sum();
    Set<String> onlyA = new TreeSet<>(wordsA.keySet());
    onlyA.removeAll(wordsB.keySet());
    Set<String> onlyB = new TreeSet<>(wordsB.keySet());
    onlyB.removeAll(wordsA.keySet());
    Set<String> all = new TreeSet<>(wordsA.keySet());
    all.addAll(wordsB.keySet());
    boolean shifted = false;
    List<String> shares = new ArrayList<>();
    List<String> shifts = new ArrayList<>();
    for (String k : all) {
      double sa = totalA == 0 ? 0 : (double) wordsA.getOrDefault(k, new int[1])[0] / totalA;
      double sb = totalB == 0 ? 0 : (double) wordsB.getOrDefault(k, new int[1])[0] / totalB;
      String share = String.format(Locale.ROOT, "%s %.0f%% of A's quoted words and %.0f%% of B's", display.get(k), sa * 100, sb * 100);
      if (Math.abs(sa - sb) >= SHIFT && !k.equals("~unattributed")) {
        shifted = true;
        shifts.add(share);
      }
      shares.add(share);
    }
    if (shifted) {
      shares = shifts; // name the shifts that make the flag, not every minor speaker
    }
    if (onlyA.isEmpty() && onlyB.isEmpty() && !shifted) {
      return null;
    }
    String note =
        "A quotes "
            + voices(wordsA.keySet(), display, onlyA.isEmpty() && !wordsA.isEmpty() && wordsA.size() == 1)
            + "; B quotes "
            + voices(wordsB.keySet(), display, wordsB.size() == 1)
            + " ("
            + String.join("; ", shares)
            + ").";
    List<String> terms = new ArrayList<>();
    for (String k : onlyA) {
      terms.add(display.get(k));
    }
    for (String k : onlyB) {
      terms.add(display.get(k));
    }
    List<String> ids = new ArrayList<>();
    for (Quote q : concat(quotesA, quotesB)) {
      if (onlyA.contains(speakerKey(q)) || onlyB.contains(speakerKey(q))) {
        for (String id : q.sentenceIds()) {
          if (!ids.contains(id)) {
            ids.add(id);
          }
        }
      }
    }
    // Shown first only when every voice it names is a full name: a one-word speaker ("Orlando",
    // "Last") or unattributed quotes would put a wrong name in front of the editor.
    boolean named = true;
    for (String k : concatKeys(wordsA.keySet(), wordsB.keySet())) {
      String d = display.get(k);
      named &= !k.equals("~unattributed") && d != null && d.strip().contains(" ");
    }
    return new FramingFlag(FramingKind.VOICE_SHARE, null, ids, ArticlePair.dedupe(terms), note, "rule:voice-share",
        shifted && named ? SHIFTED : MINOR);
  }

  /** Returns the quotes that give someone a voice: a quoted term (scare quote) is the writer's, not a voice. */
  private static List<Quote> voicesOnly(List<Quote> quotes) {
    return quotes.stream().filter(q -> q.kind() != QuoteKind.TERM).toList();
  }

  private static String voices(Set<String> keys, Map<String, String> display, boolean only) {
    if (keys.isEmpty()) {
      return "no one";
    }
    List<String> names = new ArrayList<>();
    for (String k : keys) {
      names.add(display.get(k));
    }
    return (only ? "only " : "") + ArticlePair.list(names, "no one");
  }

  private static Map<String, int[]> quotedWords(List<Quote> quotes) {
    Map<String, int[]> out = new TreeMap<>();
    for (Quote q : quotes) {
      out.computeIfAbsent(speakerKey(q), k -> new int[1])[0] += Tokenizer.tokenize(q.text()).size();
    }
    return out;
  }

  private static String speakerKey(Quote q) {
    if (q.speakerKey() != null) {
      return q.speakerKey();
    }
    return q.speaker() == null ? "~unattributed" : q.speaker().toLowerCase(Locale.ROOT);
  }

  private static <T> List<T> concat(List<T> x, List<T> y) {
    List<T> out = new ArrayList<>(x);
    out.addAll(y);
    return out;
  }


  private static List<String> concatKeys(Set<String> a, Set<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
