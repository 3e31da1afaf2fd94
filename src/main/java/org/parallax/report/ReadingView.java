package org.parallax.report;

import static org.parallax.report.Html.esc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentKind;
import org.parallax.align.DiffSegment;
import org.parallax.align.WordDiffer;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/**
 * Lays out both articles as rows of the aligned reading view: each alignment is a row with its A
 * and B sentences side by side, in A's order; a sentence only one article has sits in its own row
 * where it stands in that article. Also marks the changed words inside the sentences of a row.
 */
final class ReadingView {
  /** Below this share of equal words the word marks would cover most of the text, so none are drawn. */
  static final double MARK_MIN_EQUAL = 0.4;

  private ReadingView() {}

  /**
   * One row.
   *
   * @param alignment the row's alignment, or -1 when the row holds sentences of one article only
   * @param a the A sentences, in article order
   * @param b the B sentences, in article order
   * @param moved whether B tells this passage earlier than a passage above it
   */
  record Row(int alignment, List<Sentence> a, List<Sentence> b, boolean moved) {
    Row {
      a = List.copyOf(a);
      b = List.copyOf(b);
    }

    boolean aligned() {
      return alignment >= 0;
    }
  }

  /** Returns the rows of the indexed comparison, in the order a reader meets them. */
  static List<Row> rows(ReportIndex index) {
    Article articleA = index.comparison.a();
    Article articleB = index.comparison.b();
    List<Alignment> alignments = index.comparison.alignment().alignments();
    List<Row> base = new ArrayList<>();
    Map<String, Integer> rowOfB = new LinkedHashMap<>();
    Set<Integer> placed = new HashSet<>();
    List<Sentence> pendingA = new ArrayList<>();
    for (Sentence s : articleA.sentences()) {
      Integer al = index.alignmentIndexOf(s.id());
      if (al == null) {
        pendingA.add(s);
        continue;
      }
      if (!pendingA.isEmpty()) {
        base.add(new Row(-1, pendingA, List.of(), false));
        pendingA.clear();
      }
      if (placed.add(al)) {
        Alignment alignment = alignments.get(al);
        List<Sentence> bs = sentences(index, alignment.b());
        for (Sentence b : bs) {
          rowOfB.putIfAbsent(b.id(), base.size());
        }
        base.add(new Row(al, sentences(index, alignment.a()), bs, false));
      }
    }
    if (!pendingA.isEmpty()) {
      base.add(new Row(-1, pendingA, List.of(), false));
    }
    // B's own sentences go right after the row of the B sentence before them.
    Map<Integer, List<Sentence>> after = new LinkedHashMap<>();
    int anchor = -1;
    for (Sentence s : articleB.sentences()) {
      Integer r = rowOfB.get(s.id());
      if (r != null) {
        anchor = r;
      } else if (index.alignmentIndexOf(s.id()) == null) {
        after.computeIfAbsent(anchor, k -> new ArrayList<>()).add(s);
      }
    }
    List<Row> out = new ArrayList<>();
    addOnlyB(out, after.get(-1));
    int maxB = -1;
    for (int i = 0; i < base.size(); i++) {
      Row row = base.get(i);
      if (row.aligned() && !row.b().isEmpty()) {
        int first = row.b().get(0).index();
        int last = row.b().get(row.b().size() - 1).index();
        row = new Row(row.alignment(), row.a(), row.b(), first < maxB);
        maxB = Math.max(maxB, last);
      }
      out.add(row);
      addOnlyB(out, after.get(i));
    }
    return out;
  }

  private static void addOnlyB(List<Row> out, List<Sentence> sentences) {
    if (sentences != null && !sentences.isEmpty()) {
      out.add(new Row(-1, List.of(), sentences, false));
    }
  }

  private static List<Sentence> sentences(ReportIndex index, List<String> ids) {
    List<Sentence> out = new ArrayList<>();
    for (String id : ids) {
      Sentence s = index.sentence(id);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** Returns whether the sentences of {@code al} get word marks: they differ, but not throughout. */
  static boolean marked(Alignment al) {
    return al.kind() != AlignmentKind.IDENTICAL
        && al.kind() != AlignmentKind.RELATED
        && WordDiffer.equalShare(al.diff()) >= MARK_MIN_EQUAL;
  }

  /**
   * Returns the escaped HTML of each sentence with the words the other side lacks wrapped in
   * {@code del} (A side) or {@code ins} (B side), or null when the diff does not fit the text.
   */
  static List<String> mark(List<Sentence> sentences, List<DiffSegment> diff, boolean aSide) {
    DiffSegment.Op own = aSide ? DiffSegment.Op.DELETE : DiffSegment.Op.INSERT;
    StringBuilder chars = new StringBuilder();
    List<Boolean> changed = new ArrayList<>();
    List<Boolean> exact = new ArrayList<>();
    for (DiffSegment d : diff) {
      if (d.op() != DiffSegment.Op.EQUAL && d.op() != own) {
        continue;
      }
      String t = d.text();
      for (int i = 0; i < t.length(); i++) {
        char ch = t.charAt(i);
        if (!Character.isWhitespace(ch)) {
          chars.append(ch);
          changed.add(d.op() == own);
          exact.add(aSide || d.op() == own);
        }
      }
    }
    int k = 0;
    List<boolean[]> flags = new ArrayList<>();
    for (Sentence s : sentences) {
      String t = s.text();
      boolean[] f = new boolean[t.length()];
      for (int i = 0; i < t.length(); i++) {
        char ch = t.charAt(i);
        if (Character.isWhitespace(ch)) {
          continue;
        }
        if (k >= chars.length() || (exact.get(k) && chars.charAt(k) != ch)) {
          return null;
        }
        f[i] = changed.get(k++);
      }
      flags.add(f);
    }
    if (k != chars.length()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    String tag = aSide ? "del" : "ins";
    for (int n = 0; n < sentences.size(); n++) {
      out.add(render(sentences.get(n).text(), flags.get(n), tag));
    }
    return out;
  }

  private static String render(String text, boolean[] f, String tag) {
    // Whitespace belongs to a change when the characters on both sides of it do.
    boolean[] on = f.clone();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        int l = i - 1;
        while (l >= 0 && Character.isWhitespace(text.charAt(l))) {
          l--;
        }
        int r = i + 1;
        while (r < text.length() && Character.isWhitespace(text.charAt(r))) {
          r++;
        }
        on[i] = l >= 0 && r < text.length() && f[l] && f[r];
      }
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int j = i;
      while (j < text.length() && on[j] == on[i]) {
        j++;
      }
      String part = esc(text.substring(i, j));
      sb.append(on[i] ? "<" + tag + ">" + part + "</" + tag + ">" : part);
      i = j;
    }
    return sb.toString();
  }
}
