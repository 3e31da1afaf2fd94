package org.parallax.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.align.DiffSegment;
import org.parallax.align.WordDiffer;
import org.parallax.compare.Comparison;
import org.parallax.compare.Voice;
import org.parallax.facts.Fact;
import org.parallax.framing.FramingFlag;
import org.parallax.framing.FramingKind;
import org.parallax.ingest.Document;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteMatch;
import org.parallax.text.Article;

/**
 * Picks the few differences an editor should read first, in rank order: conflicts, quote variants,
 * the most important omissions, the headline contrast, the voice balance and the strongest framing
 * contrasts. Each item is one line of plain words with the element id of its evidence.
 *
 * <p>The HTML and Markdown reports show the same list. Each source of items is one method, so a
 * richer comparison (conflicts, fact importance, flag confidence) plugs in where its method is.
 */
final class KeyDifferences {
  /** The most items the list holds. */
  static final int MAX = 7;

  private static final int MAX_CONFLICTS = 3;
  private static final int MAX_VARIANTS = 2;
  private static final int MAX_FRAMING = 2;
  private static final int FACTS_PER_SIDE = 3;
  /** Below this share of equal words a quote variant is shown as two quotes, not as a diff. */
  private static final double DIFF_MIN_EQUAL = 0.4;
  private static final int QUOTE_CHARS = 90;
  private static final int NOTE_CHARS = 190;

  /** What an item is about; the id names it in markup. */
  enum Kind {
    CONFLICT("conflict"),
    QUOTE("quote"),
    OMISSION("omission"),
    HEADLINE("headline"),
    VOICES("voices"),
    FRAMING("framing");

    final String id;

    Kind(String id) {
      this.id = id;
    }
  }

  /**
   * One key difference.
   *
   * @param kind what it is about
   * @param text the line in plain words (not escaped)
   * @param diff a word diff to show after the text, A to B, or empty
   * @param evidence the element id in the HTML report that shows the evidence
   * @param evidenceLabel what the evidence link says
   */
  record Item(Kind kind, String text, List<DiffSegment> diff, String evidence, String evidenceLabel) {
    Item {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      diff = List.copyOf(diff);
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(evidenceLabel, "evidenceLabel");
    }
  }

  /**
   * Two values the articles give for the same thing (a death toll, a date). The comparison does not
   * carry conflicts yet; when it does, they come in here and head the list.
   *
   * @param about what both values are about
   * @param a A's value
   * @param aSentences the A sentences that give it
   * @param b B's value
   * @param bSentences the B sentences that give it
   */
  record Conflict(String about, String a, List<String> aSentences, String b, List<String> bSentences) {
    Conflict {
      Objects.requireNonNull(about, "about");
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      aSentences = List.copyOf(aSentences);
      bSentences = List.copyOf(bSentences);
    }
  }

  private final ReportIndex index;
  private final Comparison c;

  private KeyDifferences(ReportIndex index) {
    this.index = index;
    this.c = index.comparison;
  }

  /** Returns the key differences of the indexed comparison, at most {@link #MAX}. */
  static List<Item> of(ReportIndex index) {
    List<Conflict> conflicts = new ArrayList<>();
    for (org.parallax.facts.Conflict x : index.comparison.conflicts()) {
      conflicts.add(new Conflict(x.about(), x.a().value(), x.a().sentenceIds(), x.b().value(), x.b().sentenceIds()));
    }
    return of(index, conflicts);
  }

  /** Returns the key differences with {@code conflicts} first, at most {@link #MAX}. */
  static List<Item> of(ReportIndex index, List<Conflict> conflicts) {
    KeyDifferences k = new KeyDifferences(index);
    List<Item> out = new ArrayList<>();
    out.addAll(k.conflicts(conflicts));
    out.addAll(k.quoteVariants());
    out.addAll(k.omissions());
    out.addAll(k.headline());
    out.addAll(k.voices());
    out.addAll(k.framing());
    return List.copyOf(out.subList(0, Math.min(MAX, out.size())));
  }

  private List<Item> conflicts(List<Conflict> conflicts) {
    List<Item> out = new ArrayList<>();
    for (Conflict x : conflicts.subList(0, Math.min(MAX_CONFLICTS, conflicts.size()))) {
      String evidence = !x.aSentences().isEmpty() ? x.aSentences().get(0) : x.bSentences().isEmpty() ? "text" : x.bSentences().get(0);
      out.add(new Item(Kind.CONFLICT,
          "Conflict on " + x.about() + ": A says " + x.a() + ", B says " + x.b() + ".", List.of(),
          ReportIndex.safeId(evidence), "the sentences"));
    }
    return out;
  }

  private List<Item> quoteVariants() {
    List<Item> out = new ArrayList<>();
    for (QuoteMatch m : c.quotes().matches()) {
      if (m.kind() != QuoteMatch.Kind.VARIANT || out.size() == MAX_VARIANTS) {
        continue;
      }
      Quote qa = index.quote(m.a());
      Quote qb = index.quote(m.b());
      if (qa == null || qb == null) {
        continue;
      }
      String sa = qa.speaker();
      String sb = qb.speaker();
      String who;
      boolean same = qa.speakerKey() != null && qa.speakerKey().equals(qb.speakerKey());
      if (sa != null && sb != null && !same && !sa.equals(sb)) {
        who = "A quotes " + sa + " and B quotes " + sb + " with different words";
      } else if (sa != null || sb != null) {
        who = possessive(sa != null ? sa : sb) + " quote is worded differently";
      } else {
        who = "A quote is worded differently";
      }
      if (WordDiffer.equalShare(m.diff()) >= DIFF_MIN_EQUAL) {
        out.add(new Item(Kind.QUOTE, who + " (A → B): ", m.diff(), ReportIndex.quoteRow(qa.id()), "both quotes"));
      } else {
        out.add(new Item(Kind.QUOTE,
            who + ": A “" + shorten(qa.text(), QUOTE_CHARS) + "”; B “" + shorten(qb.text(), QUOTE_CHARS) + "”.",
            List.of(), ReportIndex.quoteRow(qa.id()), "both quotes"));
      }
    }
    return out;
  }

  /** A one-sided fact with its importance and the reasons for it. */
  record Ranked(int row, Fact fact, int score, List<String> reasons) {}

  private List<Item> omissions() {
    List<Item> out = new ArrayList<>();
    for (Article article : List.of(c.a(), c.b())) {
      List<Ranked> ranked = rankedOneSided(article);
      List<Ranked> shown = new ArrayList<>();
      for (Ranked r : ranked) {
        if (r.score() > 0 && shown.size() < FACTS_PER_SIDE) {
          shown.add(r);
        }
      }
      if (shown.isEmpty()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (Ranked r : shown) {
        names.add(r.fact().canonical() + (r.reasons().isEmpty() ? "" : " (" + String.join(", ", r.reasons()) + ")"));
      }
      int more = ranked.size() - shown.size();
      String label = article.label();
      String text = "Only " + label + " mentions " + join(names)
          + (more > 0 ? "; " + Plural.of(more, "more fact") + " only in " + label : "") + ".";
      out.add(new Item(Kind.OMISSION, text, List.of(), ReportIndex.factRow(shown.get(0).row()),
          "facts only in " + label));
    }
    return out;
  }

  /**
   * Returns the facts only {@code article} has, most important first: named in its headline or
   * lead, a person it quotes, mentioned often, a number.
   */
  static List<Ranked> rankedOneSided(ReportIndex index, Article article) {
    return new KeyDifferences(index).rankedOneSided(article);
  }

  private List<Ranked> rankedOneSided(Article article) {
    String label = article.label();
    List<Ranked> out = new ArrayList<>();
    for (int i = 0; i < c.facts().size(); i++) {
      Fact f = c.facts().get(i);
      if (!label.equals(ReportIndex.side(f))) {
        continue;
      }
      // One importance for every report: the facts stage's (FactRanker), in hundredths.
      int score = (int) Math.round(f.importance().score() * 100);
      List<String> reasons = new ArrayList<>();
      for (String r : f.importance().reasons()) {
        reasons.add(switch (r) {
          case "headline" -> "in the headline";
          case "lead" -> "in the lead";
          default -> r;
        });
      }
      out.add(new Ranked(i, f, score, reasons));
    }
    out.sort(Comparator.comparingInt((Ranked r) -> -r.score()).thenComparingInt(Ranked::row));
    return out;
  }

  private List<Item> headline() {
    for (int i = 0; i < c.framing().size(); i++) {
      FramingFlag f = c.framing().get(i);
      if (f.kind() != FramingKind.HEADLINE) {
        continue;
      }
      Document a = c.a().document();
      Document b = c.b().document();
      String text = a.title() != null && b.title() != null
          ? "Headlines differ: A “" + shorten(a.title(), 110) + "”; B “" + shorten(b.title(), 110) + "”."
          : "Headlines differ: " + shorten(f.note(), NOTE_CHARS);
      return List.of(new Item(Kind.HEADLINE, text, List.of(), ReportIndex.framingRow(i), "headline flag"));
    }
    return List.of();
  }

  private List<Item> voices() {
    Map<String, String> inA = speakers("A");
    Map<String, String> inB = speakers("B");
    List<String> onlyA = new ArrayList<>();
    List<String> onlyB = new ArrayList<>();
    inA.forEach((key, name) -> {
      if (!inB.containsKey(key)) {
        onlyA.add(name);
      }
    });
    inB.forEach((key, name) -> {
      if (!inA.containsKey(key)) {
        onlyB.add(name);
      }
    });
    int flag = -1;
    for (int i = 0; i < c.framing().size() && flag < 0; i++) {
      if (c.framing().get(i).kind() == FramingKind.VOICE_SHARE) {
        flag = i;
      }
    }
    if (onlyA.isEmpty() && onlyB.isEmpty() && flag < 0) {
      return List.of();
    }
    StringBuilder text = new StringBuilder();
    text.append("Voices: A quotes ").append(Plural.of(inA.size(), "speaker"))
        .append(", B ").append(Plural.of(inB.size(), "speaker"));
    if (!onlyA.isEmpty()) {
      text.append("; only A quotes ").append(join(onlyA));
    }
    if (!onlyB.isEmpty()) {
      text.append("; only B quotes ").append(join(onlyB));
    }
    if (onlyA.isEmpty() && onlyB.isEmpty()) {
      text.append("; ").append(shorten(c.framing().get(flag).note(), NOTE_CHARS));
    }
    text.append('.');
    String evidence = flag >= 0 ? ReportIndex.framingRow(flag) : "voices";
    return List.of(new Item(Kind.VOICES, text.toString(), List.of(), evidence, "quoted voices"));
  }

  /** Returns the named speakers of one article, by key, most quoted words first. */
  private Map<String, String> speakers(String label) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Voice v : c.summary().voices().getOrDefault(label, List.of())) {
      if (v.speakerKey() != null && v.speaker() != null) {
        out.putIfAbsent(v.speakerKey(), v.speaker());
      }
    }
    return out;
  }

  /** Word choice, attribution and naming contrasts, in that order, one of each kind first. */
  private static final List<FramingKind> FRAMING_ORDER =
      List.of(FramingKind.ATTRIBUTION_VERB, FramingKind.LOADED_TERM, FramingKind.NAMING, FramingKind.HEDGE);

  private List<Item> framing() {
    // Only flags confident enough to be shown by default; within a kind, the most confident first.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < c.framing().size(); i++) {
      if (c.framing().get(i).shownByDefault()) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -c.framing().get(i).confidence()).thenComparingInt(i -> i));
    List<Integer> picked = new ArrayList<>();
    for (int round = 0; round < MAX_FRAMING && picked.size() < MAX_FRAMING; round++) {
      for (FramingKind kind : FRAMING_ORDER) {
        int seen = 0;
        for (int k = 0; k < order.size() && picked.size() < MAX_FRAMING; k++) {
          int i = order.get(k);
          if (c.framing().get(i).kind() == kind && seen++ == round) {
            picked.add(i);
            break;
          }
        }
      }
    }
    List<Item> out = new ArrayList<>();
    for (int i : picked) {
      FramingFlag f = c.framing().get(i);
      out.add(new Item(Kind.FRAMING, framingLabel(f.kind()) + ": " + shorten(f.note(), NOTE_CHARS), List.of(),
          ReportIndex.framingRow(i), "framing flag"));
    }
    return out;
  }

  /** Returns a short plain name for a framing kind. */
  static String framingLabel(FramingKind kind) {
    return switch (kind) {
      case ATTRIBUTION_VERB -> "Attribution";
      case LOADED_TERM -> "Word choice";
      case HEDGE -> "Hedging";
      case NAMING -> "Naming";
      case HEADLINE -> "Headline";
      case LEAD -> "Lead";
      case VOICE_SHARE -> "Voices";
      case OWN_VOICE -> "Own voice";
    };
  }

  private static String possessive(String name) {
    return name + (name.endsWith("s") ? "’" : "’s");
  }

  /** Returns the items as "x", "x and y" or "x, y and z". */
  static String join(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** Returns {@code s} on one line, cut at a word boundary to at most {@code max} characters. */
  static String shorten(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    if (t.length() <= max) {
      return t;
    }
    int end = t.lastIndexOf(' ', max - 1);
    if (end < max / 2) {
      end = max - 1;
      if (Character.isHighSurrogate(t.charAt(end - 1))) {
        end--;
      }
    }
    return t.substring(0, end).stripTrailing() + "…";
  }
}
