package org.parallax.report;

import static org.parallax.report.Html.esc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.align.Alignment;
import org.parallax.compare.Comparison;
import org.parallax.compare.Voice;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/** Draws the inline SVG pictures of the HTML report: the overview map and the voice-share bars. */
final class SvgCharts {
  private static final int WIDTH = 400;
  private static final int COL = 125;
  private static final int LEFT = 4;
  private static final int RIGHT = WIDTH - LEFT - COL;
  private static final int TOP = 30;
  private static final int MAX_HEIGHT = 1200;
  private static final int GAP = 2;
  private static final int PARA_GAP = 6;
  private static final int MIN_BLOCK = 3;
  private static final int MAX_SPEAKERS = 8;
  private static final int BARS_WIDTH = 430;
  private static final int NAME_WIDTH = 135;
  private static final int BAR_MAX = 150;

  private SvgCharts() {}

  /** A sentence block in the overview: its top and bottom edge. */
  private record Block(Sentence sentence, boolean a, double top, double bottom) {}

  /**
   * Returns an SVG with a column of sentence blocks per article and ribbons between aligned
   * sentences; crossing ribbons show reordering, and each block links to its sentence.
   */
  static String overview(Comparison c, ReportIndex index) {
    Map<String, Block> blocks = new java.util.LinkedHashMap<>();
    long totalA = chars(c.a());
    long totalB = chars(c.b());
    int n = Math.max(c.a().sentences().size(), c.b().sentences().size());
    double available = Math.max(240, Math.min(MAX_HEIGHT, n * 16.0));
    double scale = available / Math.max(1, Math.max(totalA, totalB));
    double bottomA = layout(c.a(), scale, blocks);
    double bottomB = layout(c.b(), scale, blocks);
    int height = (int) Math.ceil(Math.max(bottomA, bottomB)) + 10;
    StringBuilder out = new StringBuilder();
    out.append("<svg class=\"overview\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" aria-labelledby=\"overview-title\">\n")
        .append("<title id=\"overview-title\">Overview map: sentences of A (left) and B (right),"
            + " ribbons join aligned sentences</title>\n");
    out.append("<text x=\"").append(LEFT).append("\" y=\"18\" class=\"ov-label\">")
        .append(esc(label(c.a()))).append("</text>\n");
    out.append("<text x=\"").append(RIGHT).append("\" y=\"18\" class=\"ov-label\">")
        .append(esc(label(c.b()))).append("</text>\n");
    for (Alignment al : c.alignment().alignments()) {
      Span a = span(al.a(), blocks);
      Span b = span(al.b(), blocks);
      if (a == null || b == null) {
        continue;
      }
      double x1 = LEFT + COL;
      double x2 = RIGHT;
      double mid = (x1 + x2) / 2;
      out.append("<path class=\"ribbon k-").append(al.kind().id()).append("\" d=\"M").append(num(x1))
          .append(' ').append(num(a.top)).append(" C").append(num(mid)).append(' ').append(num(a.top))
          .append(' ').append(num(mid)).append(' ').append(num(b.top)).append(' ').append(num(x2))
          .append(' ').append(num(b.top)).append(" L").append(num(x2)).append(' ').append(num(b.bottom))
          .append(" C").append(num(mid)).append(' ').append(num(b.bottom)).append(' ').append(num(mid))
          .append(' ').append(num(a.bottom)).append(' ').append(num(x1)).append(' ').append(num(a.bottom))
          .append(" Z\"/>\n");
    }
    for (Block block : blocks.values()) {
      Sentence s = block.sentence();
      Alignment al = index.alignmentOf(s.id());
      boolean isA = block.a();
      out.append("<a href=\"#").append(ReportIndex.safeId(s.id())).append("\"><rect class=\"ov k-")
          .append(al == null ? "only" : al.kind().id()).append("\" x=\"").append(isA ? LEFT : RIGHT)
          .append("\" y=\"").append(num(block.top())).append("\" width=\"").append(COL)
          .append("\" height=\"").append(num(block.bottom() - block.top())).append("\"><title>")
          .append(esc(s.id())).append(": ").append(esc(shorten(s.text(), 90))).append(" (")
          .append(al == null ? "only in " + (isA ? "A" : "B") : al.kind().id()).append(")</title></rect></a>\n");
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private record Span(double top, double bottom) {}

  private static Span span(List<String> ids, Map<String, Block> blocks) {
    double top = Double.MAX_VALUE;
    double bottom = -1;
    for (String id : ids) {
      Block b = blocks.get(id);
      if (b != null) {
        top = Math.min(top, b.top());
        bottom = Math.max(bottom, b.bottom());
      }
    }
    return bottom < 0 ? null : new Span(top, bottom);
  }

  private static double layout(Article article, double scale, Map<String, Block> blocks) {
    double y = TOP;
    int paragraph = Integer.MIN_VALUE;
    for (Sentence s : article.sentences()) {
      if (paragraph != Integer.MIN_VALUE && s.paragraph() != paragraph) {
        y += PARA_GAP;
      }
      paragraph = s.paragraph();
      double h = Math.max(MIN_BLOCK, s.text().length() * scale);
      blocks.putIfAbsent(s.id(), new Block(s, "A".equals(article.label()), y, y + h));
      y += h + GAP;
    }
    return y;
  }

  private static long chars(Article a) {
    long n = 0;
    for (Sentence s : a.sentences()) {
      n += Math.max(1, s.text().length());
    }
    return n;
  }

  /** Returns one horizontal bar chart per article of the words each speaker is quoted with. */
  static String voices(Comparison c) {
    Map<String, List<Voice>> voices = c.summary().voices();
    int max = 1;
    for (String label : List.of("A", "B")) {
      for (Voice v : voices.getOrDefault(label, List.of())) {
        max = Math.max(max, v.words());
      }
    }
    StringBuilder out = new StringBuilder("<div class=\"bar-charts\">\n");
    for (String label : List.of("A", "B")) {
      List<Voice> list = voices.getOrDefault(label, List.of());
      List<Voice> shown = list.subList(0, Math.min(MAX_SPEAKERS, list.size()));
      int rows = shown.size() + (list.size() > shown.size() ? 1 : 0);
      int height = 28 + Math.max(1, rows) * 22;
      out.append("<svg class=\"bars\" viewBox=\"0 0 ").append(BARS_WIDTH)
          .append(' ').append(height).append("\" width=\"").append(BARS_WIDTH).append("\" height=\"").append(height)
          .append("\" role=\"img\" aria-labelledby=\"voices-").append(label).append("\">\n<title id=\"voices-")
          .append(label).append("\">Quoted words per speaker in ").append(label).append("</title>\n")
          .append("<text x=\"0\" y=\"16\" class=\"ov-label\">").append(label)
          .append(": quoted words per speaker</text>\n");
      if (shown.isEmpty()) {
        out.append("<text x=\"0\" y=\"42\">No attributed quotes.</text>\n");
      }
      double y = 28;
      for (Voice v : shown) {
        double w = (double) BAR_MAX * v.words() / max;
        out.append("<text x=\"0\" y=\"").append(num(y + 14)).append("\">")
            .append(esc(shorten(v.speaker() == null ? "(unattributed)" : v.speaker(), 18))).append("</text>")
            .append("<rect class=\"bar side-").append(label.toLowerCase(Locale.ROOT)).append("\" x=\"").append(NAME_WIDTH).append("\" y=\"")
            .append(num(y + 3)).append("\" width=\"").append(num(Math.max(1, w))).append("\" height=\"15\"/>")
            .append("<text x=\"").append(num(NAME_WIDTH + 6 + w)).append("\" y=\"").append(num(y + 14)).append("\">")
            .append(v.words()).append(v.words() == 1 ? " word, " : " words, ").append(v.quotes())
            .append(v.quotes() == 1 ? " quote" : " quotes").append("</text>\n");
        y += 22;
      }
      if (list.size() > shown.size()) {
        out.append("<text x=\"0\" y=\"").append(num(y + 14)).append("\">… ").append(list.size() - shown.size())
            .append(" more speakers</text>\n");
      }
      out.append("</svg>\n");
    }
    return out.append("</div>\n").toString();
  }

  private static String label(Article a) {
    String p = a.document().publisher();
    return shorten(a.label() + (p == null ? "" : ": " + p), 17);
  }

  private static String shorten(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    if (t.length() <= max) {
      return t;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(0, end) + "…";
  }

  private static String num(double x) {
    return new java.math.BigDecimal(x).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

}
