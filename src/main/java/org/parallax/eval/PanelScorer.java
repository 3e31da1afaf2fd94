package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.eval.PanelFile.Judgment;

/**
 * Scores one pair's JSON report (what a user sees) against the pair's panel judgments, item by item.
 *
 * <p>An item the report shows is right only when a judgment says so, wrong when one says so, and
 * otherwise unjudged: nothing unjudged counts as right. The rules are those of docs/panel-rubric.md.
 */
final class PanelScorer {
  /** A category of report items, in the order the table prints them. */
  enum Category {
    ALIGNMENT("alignment"),
    QUOTE_MATCHES("quote matches"),
    QUOTE_VARIANTS("quote variants"),
    SPEAKERS("speakers"),
    ONE_SIDED_FACTS("one-sided facts"),
    FACT_KINDS("fact kinds"),
    CONFLICTS("conflicts"),
    FRAMING("framing flags"),
    FRAMING_SHOWN("framing shown"),
    VOICES("voices"),
    VERDICT("same-event verdict");

    final String label;

    Category(String label) {
      this.label = label;
    }
  }

  /** Counts for one category: items shown, judged right or wrong, must-find items and those found. */
  static final class Tally {
    int shown;
    int right;
    int wrong;
    int must;
    int found;

    int unjudged() {
      return shown - right - wrong;
    }

    void add(Tally o) {
      shown += o.shown;
      right += o.right;
      wrong += o.wrong;
      must += o.must;
      found += o.found;
    }
  }

  /** One line of the listing file: an unjudged item, a missed must-find item, a wrong item, or a stale judgment. */
  record Listed(String pair, String status, Category category, String text) {
    String line() {
      return pair + " | " + status + " | " + category.label + " | " + text;
    }
  }

  /**
   * One shown alignment with a judgment: its score, calibrated score (confidence; NaN when the
   * report has none) and kind as the report gives them, whether the judgment says it is right, and
   * the features of its calibrated score (null unless asked for, see {@link
   * PanelEval#evaluate(java.nio.file.Path, java.nio.file.Path, org.parallax.compare.Comparer, boolean)}).
   */
  record JudgedAlignment(double score, double confidence, String kind, boolean right, double[] features) {}

  /** The score of one pair. */
  record PairScore(String pair, Map<Category, Tally> tallies, List<Listed> listed, boolean conflictsInReport,
      int controlFlags, List<JudgedAlignment> judgedAlignments, Map<String, Integer> alignmentKinds,
      Map<String, KindTally> framingKinds) {
    PairScore {
      judgedAlignments = List.copyOf(judgedAlignments);
      alignmentKinds = Map.copyOf(alignmentKinds);
      framingKinds = Map.copyOf(framingKinds);
    }
  }

  /**
   * Framing flags of one kind at one confidence (the rule that rated them), all of them and those shown
   * by default, each as right, wrong and unjudged: which rules an editor can trust.
   */
  static final class KindTally {
    final Tally all = new Tally();
    final Tally shown = new Tally();

    void add(KindTally o) {
      all.add(o.all);
      shown.add(o.shown);
    }
  }

  private final PanelFile panel;
  private final JsonNode report;
  private final Map<Category, Tally> tallies = new EnumMap<>(Category.class);
  private final List<Listed> listed = new ArrayList<>();
  private final Map<String, String> sentences = new HashMap<>();
  private final Map<String, String> quoteText = new HashMap<>();
  private final Map<String, String> fullText = new HashMap<>();
  private final List<JudgedAlignment> judgedAlignments = new ArrayList<>();
  private final Map<String, Integer> alignmentKinds = new HashMap<>();
  private final Map<String, KindTally> framingKinds = new java.util.TreeMap<>();

  private final double[][] features;

  private PanelScorer(PanelFile panel, JsonNode report, double[][] features) {
    this.panel = panel;
    this.report = report;
    this.features = features;
    for (Category c : Category.values()) {
      tallies.put(c, new Tally());
    }
    for (JsonNode art : report.path("articles")) {
      String label = art.path("label").asText();
      StringBuilder all = new StringBuilder(art.path("title").asText(""));
      for (JsonNode s : art.path("sentences")) {
        sentences.put(s.path("id").asText(), s.path("text").asText());
        all.append(' ').append(s.path("text").asText());
      }
      for (JsonNode q : art.path("quotes")) {
        quoteText.put(q.path("id").asText(), q.path("text").asText());
      }
      fullText.put(label, all.toString());
    }
  }

  /** Returns the score of {@code report} (a parsed JSON report) against {@code panel}. */
  static PairScore score(PanelFile panel, JsonNode report) {
    return score(panel, report, null);
  }

  /**
   * Returns the score of {@code report} against {@code panel}, keeping with each judged alignment
   * row n of {@code features} (one row a shown alignment, in report order; null for none).
   */
  static PairScore score(PanelFile panel, JsonNode report, double[][] features) {
    PanelScorer s = new PanelScorer(panel, report, features);
    s.alignment();
    s.quoteMatches();
    if (panel.sameEvent()) {
      s.speakers();
      s.facts();
      s.voices();
    }
    boolean hasConflicts = s.conflicts(report.get("conflicts"));
    int flags = s.framing();
    s.verdict();
    return new PairScore(panel.id(), s.tallies, List.copyOf(s.listed), hasConflicts, panel.sameEvent() ? 0 : flags,
        s.judgedAlignments, s.alignmentKinds, s.framingKinds);
  }

  private Tally t(Category c) {
    return tallies.get(c);
  }

  private void list(String status, Category c, String text) {
    listed.add(new Listed(panel.id(), status, c, text));
  }

  private void mark(Category c, Boolean verdict, String text) {
    Tally t = t(c);
    t.shown++;
    if (verdict == null) {
      list("unjudged", c, text);
    } else if (verdict) {
      t.right++;
      if (c == Category.FRAMING) {
        list("right", c, text); // framing flags judged right are listed too, to read beside the wrong ones
      }
    } else {
      t.wrong++;
      list("wrong", c, text);
    }
  }

  private static void count(Tally t, Boolean verdict) {
    t.shown++;
    if (verdict != null && verdict) {
      t.right++;
    } else if (verdict != null) {
      t.wrong++;
    }
  }

  private void must(Category c, Judgment j, boolean found) {
    Tally t = t(c);
    t.must++;
    if (found) {
      t.found++;
    } else {
      list("miss", c, "line " + j.line() + ": " + j.text());
    }
  }

  private void stale(Category c, Judgment j, String side, String snippet) {
    if (!PanelText.containsWords(PanelText.normalize(fullText.getOrDefault(side, "")), PanelText.normalize(snippet))) {
      list("stale", c, "line " + j.line() + ": '" + snippet + "' is not in article " + side + ": " + j.text());
    }
  }

  // ---- alignment

  private static String joined(JsonNode ids, Map<String, String> byId) {
    StringBuilder b = new StringBuilder();
    for (JsonNode id : ids) {
      b.append(b.length() == 0 ? "" : " ").append(byId.getOrDefault(id.asText(), ""));
    }
    return b.toString();
  }

  private static boolean in(String snippet, String text) {
    return PanelText.containsWords(PanelText.normalize(text), PanelText.normalize(snippet));
  }

  private void alignment() {
    List<String[]> passages = new ArrayList<>();
    List<JsonNode> shown = new ArrayList<>();
    for (JsonNode al : report.path("alignments")) {
      passages.add(new String[] {joined(al.path("a"), sentences), joined(al.path("b"), sentences)});
      shown.add(al);
      alignmentKinds.merge(al.path("kind").asText(), 1, Integer::sum);
    }
    for (int n = 0; n < passages.size(); n++) {
      String[] p = passages.get(n);
      Boolean v;
      if (!panel.sameEvent()) {
        v = false;
      } else {
        v = null;
        for (Judgment j : panel.of("align", null)) {
          if (in(j.f(1), p[0]) && in(j.f(2), p[1])) {
            if (j.f(0).equals("not")) {
              v = false;
              break;
            }
            v = true;
          }
        }
      }
      mark(Category.ALIGNMENT, v, "A: " + clip(p[0]) + " || B: " + clip(p[1]));
      if (v != null) {
        JsonNode al = shown.get(n);
        judgedAlignments.add(new JudgedAlignment(al.path("score").asDouble(),
            al.has("confidence") ? al.path("confidence").asDouble() : Double.NaN, al.path("kind").asText(), v,
            features == null ? null : features[n]));
      }
    }
    for (Judgment j : panel.of("align", null)) {
      stale(Category.ALIGNMENT, j, "A", j.f(1));
      stale(Category.ALIGNMENT, j, "B", j.f(2));
      if (j.f(0).equals("must")) {
        boolean found = false;
        for (String[] p : passages) {
          found |= in(j.f(1), p[0]) && in(j.f(2), p[1]);
        }
        must(Category.ALIGNMENT, j, found);
      }
    }
  }

  // ---- quote matches

  private void quoteMatches() {
    List<String[]> shown = new ArrayList<>();
    for (JsonNode m : report.path("quoteMatches")) {
      String a = quoteText.getOrDefault(m.path("a").asText(), m.path("a").asText());
      String b = quoteText.getOrDefault(m.path("b").asText(), m.path("b").asText());
      shown.add(new String[] {a, b, m.path("kind").asText()});
    }
    List<Judgment> judged = panel.of("quote-match", null);
    for (String[] m : shown) {
      String text = m[2] + ": A \"" + clip(m[0]) + "\" || B \"" + clip(m[1]) + "\"";
      String relation = null;
      for (Judgment j : judged) {
        if (PanelText.matches(j.f(0), m[0]) && PanelText.matches(j.f(1), m[1])) {
          relation = j.f(2);
          if (relation.equals("different")) {
            break;
          }
        }
      }
      mark(Category.QUOTE_MATCHES, !panel.sameEvent() ? Boolean.FALSE
          : relation == null ? null : !relation.equals("different"), text);
      if (m[2].equals("variant")) {
        mark(Category.QUOTE_VARIANTS, !panel.sameEvent() ? Boolean.FALSE
            : relation == null ? null : relation.equals("variant"), text);
      }
    }
    for (Judgment j : judged) {
      stale(Category.QUOTE_MATCHES, j, "A", j.f(0));
      stale(Category.QUOTE_MATCHES, j, "B", j.f(1));
      if (j.f(2).equals("different")) {
        continue;
      }
      boolean found = false;
      boolean variantFound = false;
      for (String[] m : shown) {
        if (PanelText.matches(j.f(0), m[0]) && PanelText.matches(j.f(1), m[1])) {
          found = true;
          variantFound |= m[2].equals("variant");
        }
      }
      must(Category.QUOTE_MATCHES, j, found);
      if (j.f(2).equals("variant")) {
        must(Category.QUOTE_VARIANTS, j, variantFound);
      }
    }
  }

  // ---- speakers

  private boolean notSpeaker(String shown) {
    for (Judgment j : panel.of("not-speaker", null)) {
      if (PanelText.sameName(j.f(0), shown)) {
        return true;
      }
    }
    return false;
  }

  private static boolean speakerRight(Judgment j, String shown) {
    for (String alt : PanelText.alternatives(j.f(2))) {
      if (!alt.equals("-") && PanelText.sameSpeaker(alt, shown)) {
        return true;
      }
    }
    return false;
  }

  private void speakers() {
    for (JsonNode art : report.path("articles")) {
      String side = art.path("label").asText();
      List<Judgment> judged = new ArrayList<>();
      for (Judgment j : panel.of("speaker", side)) {
        judged.add(j);
      }
      for (JsonNode q : art.path("quotes")) {
        JsonNode sp = q.get("speaker");
        if (sp == null || sp.isNull() || sp.asText().isBlank()) {
          continue;
        }
        String speaker = sp.asText();
        String text = q.path("text").asText();
        Boolean v = null;
        if (notSpeaker(speaker)) {
          v = false;
        } else {
          for (Judgment j : judged) {
            if (PanelText.matches(j.f(1), text)) {
              if (speakerRight(j, speaker)) {
                v = true;
                break;
              }
              v = false;
            }
          }
        }
        mark(Category.SPEAKERS, v, side + " \"" + clip(text) + "\" -> " + speaker);
      }
      for (Judgment j : judged) {
        stale(Category.SPEAKERS, j, side, j.f(1));
        if (PanelText.alternatives(j.f(2)).equals(List.of("-"))) {
          continue;
        }
        boolean found = false;
        for (JsonNode q : art.path("quotes")) {
          JsonNode sp = q.get("speaker");
          if (sp != null && !sp.isNull() && PanelText.matches(j.f(1), q.path("text").asText())
              && speakerRight(j, sp.asText())) {
            found = true;
          }
        }
        must(Category.SPEAKERS, j, found);
      }
    }
  }

  // ---- facts

  private static boolean factNamed(JsonNode fact, String name) {
    if (PanelText.sameName(name, fact.path("canonical").asText())) {
      return true;
    }
    for (JsonNode f : fact.path("forms")) {
      if (PanelText.sameName(name, f.asText())) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether a one-sided judgment's name matches a shown fact: the same name, or one contains the other. */
  private static boolean factMatches(JsonNode fact, String name) {
    if (factNamed(fact, name) || PanelText.matches(name, fact.path("canonical").asText())) {
      return true;
    }
    for (JsonNode f : fact.path("forms")) {
      if (PanelText.matches(name, f.asText())) {
        return true;
      }
    }
    return false;
  }

  private boolean judgedNotFact(JsonNode fact) {
    for (Judgment j : panel.of("fact", "not")) {
      if (factNamed(fact, j.f(1))) {
        return true;
      }
    }
    return false;
  }

  private void facts() {
    List<JsonNode> oneSided = new ArrayList<>();
    for (JsonNode f : report.path("facts")) {
      if (f.path("in").size() == 1) {
        oneSided.add(f);
      }
    }
    for (JsonNode f : oneSided) {
      String side = f.path("in").get(0).asText();
      String text = side + " " + f.path("kind").asText() + " '" + f.path("canonical").asText() + "' forms "
          + f.path("forms").toString();
      Boolean v = null;
      boolean notFact = false;
      for (Judgment j : panel.judgments()) {
        if (!j.type().equals("fact")) {
          continue;
        }
        switch (j.f(0)) {
          case "not" -> {
            if (factNamed(f, j.f(1))) {
              v = false;
              notFact = true;
            }
          }
          case "both" -> {
            if (factNamed(f, j.f(1)) || factNamed(f, j.f(2))) {
              v = false;
            }
          }
          case "A", "B" -> {
            if (factMatches(f, j.f(1)) && v == null) {
              v = j.f(0).equals(side);
            }
          }
          default -> { }
        }
      }
      mark(Category.ONE_SIDED_FACTS, v, text);
      Boolean kind = notFact ? Boolean.FALSE : null;
      if (!notFact) {
        for (Judgment j : panel.of("fact", "kind")) {
          if (factNamed(f, j.f(1))) {
            kind = j.f(2).equals(f.path("kind").asText());
          }
        }
      }
      mark(Category.FACT_KINDS, kind, text);
    }
    for (Judgment j : panel.judgments()) {
      if (!j.type().equals("fact")) {
        continue;
      }
      switch (j.f(0)) {
        case "A", "B" -> {
          stale(Category.ONE_SIDED_FACTS, j, j.f(0), j.f(1));
          boolean found = false;
          for (JsonNode f : oneSided) {
            found |= f.path("in").get(0).asText().equals(j.f(0)) && factMatches(f, j.f(1)) && !judgedNotFact(f);
          }
          must(Category.ONE_SIDED_FACTS, j, found);
        }
        case "both" -> {
          stale(Category.ONE_SIDED_FACTS, j, "A", j.f(1));
          stale(Category.ONE_SIDED_FACTS, j, "B", j.f(2));
        }
        default -> { }
      }
    }
  }

  // ---- conflicts

  /** Scores the report's conflicts; returns whether the report has a {@code conflicts} array at all. */
  boolean conflicts(JsonNode shown) {
    List<Judgment> judged = panel.of("conflict", null);
    List<String[]> items = new ArrayList<>();
    if (shown != null && shown.isArray()) {
      for (JsonNode c : shown) {
        items.add(new String[] {
          c.path("about").asText(), c.path("a").path("value").asText(), c.path("b").path("value").asText()
        });
      }
    }
    for (String[] c : items) {
      Boolean v = null;
      if (!panel.sameEvent()) {
        v = false;
      } else {
        for (Judgment j : panel.of("no-conflict", null)) {
          if (PanelText.matches(j.f(0), c[1]) && PanelText.matches(j.f(1), c[2])) {
            v = false;
          }
        }
        if (v == null) {
          for (Judgment j : judged) {
            if (PanelText.matches(j.f(1), c[1]) && PanelText.matches(j.f(2), c[2])) {
              v = true;
            }
          }
        }
      }
      mark(Category.CONFLICTS, v, c[0] + ": A '" + c[1] + "' vs B '" + c[2] + "'");
    }
    for (Judgment j : judged) {
      stale(Category.CONFLICTS, j, "A", j.f(1));
      stale(Category.CONFLICTS, j, "B", j.f(2));
      boolean found = false;
      for (String[] c : items) {
        found |= PanelText.matches(j.f(1), c[1]) && PanelText.matches(j.f(2), c[2]);
      }
      must(Category.CONFLICTS, j, found);
    }
    return shown != null && shown.isArray();
  }

  // ---- framing

  private static final Map<String, Set<String>> FAMILIES = new LinkedHashMap<>();

  static {
    FAMILIES.put("attribution", Set.of("attribution-verb"));
    FAMILIES.put("naming", Set.of("naming"));
    // word choice and own voice are one family in the rubric ("word-choice / own-voice: an evaluative word
    // the other outlet does not use for the same thing"); the report's own-voice kind belongs to both
    FAMILIES.put("word-choice", Set.of("loaded-term", "hedge", "own-voice"));
    FAMILIES.put("emphasis", Set.of("headline", "lead"));
    FAMILIES.put("voices", Set.of("voice-share"));
    FAMILIES.put("own-voice", Set.of("loaded-term", "hedge", "own-voice"));
  }

  private static final Set<String> TOOL_KINDS =
      Set.of("attribution-verb", "loaded-term", "hedge", "naming", "headline", "lead", "voice-share", "own-voice");

  /** Returns {@code kind} if it is one of the report's framing kinds, else null. */
  static String toolKind(String kind) {
    return TOOL_KINDS.contains(kind) ? kind : null;
  }

  /** Returns whether a judged framing kind (a rubric kind, a report kind or {@code *}) covers the report's kind. */
  static boolean kindCovers(String judged, String shown) {
    return judged.equals("*") || judged.equals(shown) || FAMILIES.getOrDefault(judged, Set.of()).contains(shown);
  }

  private static boolean termsContain(JsonNode flag, String words) {
    if (words.equals("-")) {
      return false;
    }
    if (flag.path("terms").isEmpty()) {
      return in(words, flag.path("note").asText()); // a flag without terms is judged by its note
    }
    StringBuilder all = new StringBuilder();
    for (JsonNode t : flag.path("terms")) {
      if (in(words, t.asText())) {
        return true;
      }
      all.append(all.length() == 0 ? "" : " ").append(t.asText());
    }
    return in(words, all.toString());
  }

  private static boolean overlaps(JsonNode flag, String words) {
    if (termsContain(flag, words)) {
      return true;
    }
    for (JsonNode t : flag.path("terms")) {
      if (!words.equals("-") && PanelText.normalize(t.asText()).length() >= 4 && in(t.asText(), words)) {
        return true;
      }
    }
    return false;
  }

  private int framing() {
    int n = 0;
    List<JsonNode> flags = new ArrayList<>();
    report.path("framing").forEach(flags::add);
    for (JsonNode f : flags) {
      n++;
      String kind = f.path("kind").asText();
      Boolean v = null;
      if (!panel.sameEvent()) {
        v = false;
      } else {
        for (Judgment j : panel.of("framing", null)) {
          if (j.f(0).equals("must") || !kindCovers(j.f(1), kind) || !termsContain(f, j.f(2))) {
            continue;
          }
          if (j.f(0).equals("no")) {
            v = false;
            break;
          }
          v = true;
        }
      }
      String side = f.path("article").isNull() ? "A+B" : f.path("article").asText();
      String text =
          kind + " " + side + " " + f.path("terms").toString()
              + String.format(Locale.ROOT, " (confidence %.2f)", f.path("confidence").asDouble(1.0))
              + " — " + clip(f.path("note").asText());
      mark(Category.FRAMING, v, text);
      // What an editor sees first: the flags the HTML top list and the Markdown show.
      boolean shown = f.path("shownByDefault").asBoolean(true);
      if (shown) {
        mark(Category.FRAMING_SHOWN, v, text);
      }
      String key = String.format(Locale.ROOT, "%s %.2f", kind, f.path("confidence").asDouble(1.0));
      KindTally k = framingKinds.computeIfAbsent(key, x -> new KindTally());
      count(k.all, v);
      if (shown) {
        count(k.shown, v);
      }
    }
    // A must is found by a flag on its side whose terms and the judged words overlap (either contains
    // the other), whatever kind the flag has: the editor is shown the difference either way.
    for (Judgment j : panel.of("framing", "must")) {
      boolean found = false;
      boolean foundShown = false;
      for (JsonNode f : flags) {
        String side = f.path("article").isNull() ? null : f.path("article").asText();
        boolean a = (side == null || side.equals("A")) && overlaps(f, j.f(2));
        boolean b = (side == null || side.equals("B")) && overlaps(f, j.f(3));
        found |= a || b;
        foundShown |= (a || b) && f.path("shownByDefault").asBoolean(true);
      }
      must(Category.FRAMING_SHOWN, j, foundShown);
      if (!j.f(2).equals("-")) {
        stale(Category.FRAMING, j, "A", j.f(2));
      }
      if (!j.f(3).equals("-")) {
        stale(Category.FRAMING, j, "B", j.f(3));
      }
      must(Category.FRAMING, j, found);
    }
    return n;
  }

  // ---- voices and verdict

  private void voices() {
    JsonNode voices = report.path("summary").path("voices");
    for (String side : List.of("A", "B")) {
      List<List<String>> judged = new ArrayList<>();
      List<Judgment> lines = panel.of("voices", side);
      for (Judgment j : lines) {
        for (String v : j.f(1).split(";")) {
          if (!v.isBlank()) {
            judged.add(PanelText.alternatives(v.strip()));
          }
        }
      }
      List<String> shown = new ArrayList<>();
      for (JsonNode v : voices.path(side)) {
        String name = v.path("speaker").asText();
        if (!name.startsWith("(")) { // "(unattributed)" gathers quotes without a speaker: no voice is claimed
          shown.add(name);
        }
      }
      for (String s : shown) {
        Boolean v = null;
        if (notSpeaker(s)) {
          v = false;
        } else if (!lines.isEmpty()) {
          v = false;
          for (List<String> alts : judged) {
            for (String alt : alts) {
              v |= PanelText.sameSpeaker(alt, s);
            }
          }
        }
        mark(Category.VOICES, v, side + " " + s);
      }
      for (List<String> alts : judged) {
        Tally t = t(Category.VOICES);
        t.must++;
        boolean found = false;
        for (String s : shown) {
          for (String alt : alts) {
            found |= PanelText.sameSpeaker(alt, s);
          }
        }
        if (found) {
          t.found++;
        } else {
          list("miss", Category.VOICES, side + " " + String.join(" / ", alts));
        }
      }
    }
  }

  private void verdict() {
    String verdict = report.path("summary").path("verdict").asText();
    boolean related = verdict.equals("related");
    mark(Category.VERDICT, related == panel.sameEvent(),
        verdict + " (relatedness " + report.path("summary").path("relatedness").asText() + "), event "
            + (panel.sameEvent() ? "same" : "different"));
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 90 ? t : t.substring(0, 87) + "...";
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PanelScorer[%s]", panel.id());
  }
}
