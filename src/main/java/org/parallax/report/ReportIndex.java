package org.parallax.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentKind;
import org.parallax.compare.Comparison;
import org.parallax.facts.Fact;
import org.parallax.facts.Mention;
import org.parallax.framing.FramingFlag;
import org.parallax.framing.FramingKind;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteMatch;
import org.parallax.quotes.QuoteSet;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/** Lookups over one comparison that the HTML and Markdown renderers share. */
final class ReportIndex {
  /** A table row that refers to a sentence: its element id and a short label. */
  record Ref(String rowId, String label) {}

  final Comparison comparison;
  private final Map<String, Sentence> sentences = new LinkedHashMap<>();
  private final Map<String, Integer> alignmentOf = new LinkedHashMap<>();
  private final Map<String, Quote> quotes = new LinkedHashMap<>();
  private final Map<String, QuoteMatch> matchOf = new LinkedHashMap<>();
  private final Map<String, List<Ref>> refs = new LinkedHashMap<>();

  ReportIndex(Comparison c) {
    this.comparison = c;
    for (Article article : List.of(c.a(), c.b())) {
      for (Sentence s : article.sentences()) {
        sentences.putIfAbsent(s.id(), s);
      }
    }
    List<Alignment> alignments = c.alignment().alignments();
    for (int i = 0; i < alignments.size(); i++) {
      Alignment al = alignments.get(i);
      for (String id : al.a()) {
        alignmentOf.putIfAbsent(id, i);
      }
      for (String id : al.b()) {
        alignmentOf.putIfAbsent(id, i);
      }
    }
    for (QuoteMatch m : c.quotes().matches()) {
      matchOf.putIfAbsent(m.a(), m);
      matchOf.putIfAbsent(m.b(), m);
    }
    List<QuoteSet> sets = quoteSets();
    for (int n = 0; n < 2; n++) {
      String label = n == 0 ? "A" : "B";
      for (Quote q : sets.get(n).quotes()) {
        quotes.putIfAbsent(q.id(), q);
        for (String id : q.sentenceIds()) {
          ref(id, quoteRow(q.id()), quoteChip(q, matchOf.get(q.id()), label));
        }
      }
    }
    for (int i = 0; i < c.facts().size(); i++) {
      Fact f = c.facts().get(i);
      String side = side(f);
      if (side.equals("shared")) {
        continue;
      }
      for (Mention m : f.mentions()) {
        ref(m.sentenceId(), factRow(i), shorten(f.canonical(), 40) + ", only in " + side);
      }
    }
    for (int i = 0; i < c.framing().size(); i++) {
      FramingFlag f = c.framing().get(i);
      if (f.kind() == FramingKind.LEAD || f.kind() == FramingKind.VOICE_SHARE) {
        continue; // about whole articles: a chip on each of their sentences would say nothing
      }
      String chip = KeyDifferences.framingLabel(f.kind()).toLowerCase(Locale.ROOT)
          + (f.terms().isEmpty() ? "" : ": " + shorten(f.terms().get(0), 30));
      for (String id : f.sentenceIds()) {
        ref(id, framingRow(i), chip);
      }
    }
  }

  List<QuoteSet> quoteSets() {
    List<QuoteSet> out = new ArrayList<>();
    out.add(comparison.quotes().a() == null ? new QuoteSet(List.of(), List.of()) : comparison.quotes().a());
    out.add(comparison.quotes().b() == null ? new QuoteSet(List.of(), List.of()) : comparison.quotes().b());
    return out;
  }

  /** Returns what a chip to a quote says: whose quote it is and how it matches ("Lavrov quote, only in A"). */
  private static String quoteChip(Quote q, QuoteMatch m, String label) {
    String who = q.speaker() == null ? "quote" : shorten(q.speaker(), 30) + " quote";
    if (q.kind() == org.parallax.quotes.QuoteKind.TERM) {
      return (q.speaker() == null ? "" : shorten(q.speaker(), 30) + " ") + "term “" + shorten(q.text(), 24) + "”";
    }
    if (m == null) {
      return who + ", only in " + label;
    }
    return who + (m.kind() == QuoteMatch.Kind.EXACT ? ", same in both" : ", " + m.kind().id());
  }

  private static String shorten(String s, int max) {
    return KeyDifferences.shorten(s, max);
  }

  private void ref(String sentenceId, String rowId, String label) {
    List<Ref> list = refs.computeIfAbsent(sentenceId, k -> new ArrayList<>());
    Ref r = new Ref(rowId, label);
    if (!list.contains(r)) {
      list.add(r);
    }
  }

  Sentence sentence(String id) {
    return sentences.get(id);
  }

  /** Returns the alignment that holds sentence {@code id}, or null when it is one-sided. */
  Alignment alignmentOf(String id) {
    Integer i = alignmentOf.get(id);
    return i == null ? null : comparison.alignment().alignments().get(i);
  }

  Integer alignmentIndexOf(String id) {
    return alignmentOf.get(id);
  }

  Quote quote(String id) {
    return quotes.get(id);
  }

  QuoteMatch matchOf(String quoteId) {
    return matchOf.get(quoteId);
  }

  List<Ref> refs(String sentenceId) {
    return refs.getOrDefault(sentenceId, List.of());
  }

  /** Returns "shared", "A" or "B": where a fact appears. */
  static String side(Fact f) {
    boolean a = f.in().contains("A");
    boolean b = f.in().contains("B");
    return a && b ? "shared" : a ? "A" : b ? "B" : "shared";
  }

  static boolean identical(Alignment al) {
    return al.kind() == AlignmentKind.IDENTICAL;
  }

  static String alignmentRow(int i) {
    return "row-al-" + (i + 1);
  }

  static String quoteRow(String quoteId) {
    return "row-q-" + safeId(quoteId);
  }

  static String factRow(int i) {
    return "row-f-" + (i + 1);
  }

  /**
   * The order in which an editor wants framing differences first: what each headline says, how
   * speech is attributed, whose voices are heard, naming, then word choice, hedges and lead.
   */
  private static final List<FramingKind> EDITORIAL_ORDER =
      List.of(
          FramingKind.HEADLINE,
          FramingKind.ATTRIBUTION_VERB,
          FramingKind.VOICE_SHARE,
          FramingKind.NAMING,
          FramingKind.LOADED_TERM,
          FramingKind.HEDGE,
          FramingKind.LEAD,
          FramingKind.OWN_VOICE);

  /**
   * Returns the indices of the framing flags shown by default (confident ones, see {@link
   * FramingFlag#shownByDefault()}) in editorial order, stable within a kind.
   */
  List<Integer> framingByPriority() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < comparison.framing().size(); i++) {
      if (comparison.framing().get(i).shownByDefault()) {
        order.add(i);
      }
    }
    order.sort(
        Comparator.comparingInt(
            (Integer i) -> EDITORIAL_ORDER.indexOf(comparison.framing().get(i).kind())));
    return order;
  }

  static String framingRow(int i) {
    return "row-fr-" + (i + 1);
  }

  /** Returns {@code id} with every character outside [A-Za-z0-9_-] replaced by an underscore. */
  static String safeId(String id) {
    if (id == null || id.isEmpty()) {
      return "_";
    }
    StringBuilder sb = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char ch = id.charAt(i);
      boolean ok =
          (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_';
      sb.append(ok ? ch : '_');
    }
    return sb.toString();
  }

  /** Returns a share from 0 to 1 as a percentage with one decimal. */
  static String percent(double share) {
    if (!Double.isFinite(share)) {
      return "0.0%";
    }
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** Returns a score with three decimals, rounded half-up like the JSON report. */
  static String score(double x) {
    return JsonReport.score(x).toPlainString();
  }
}
