package org.parallax.report;

import static org.parallax.report.Html.esc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.parallax.align.Alignment;
import org.parallax.align.DiffSegment;
import org.parallax.compare.Comparison;
import org.parallax.compare.Summary;
import org.parallax.compare.Voice;
import org.parallax.facts.Fact;
import org.parallax.facts.Mention;
import org.parallax.framing.FramingFlag;
import org.parallax.ingest.Document;
import org.parallax.ingest.Removal;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteKind;
import org.parallax.quotes.QuoteMatch;
import org.parallax.quotes.QuoteSet;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/**
 * Renders a comparison as one self-contained HTML page for editors.
 *
 * <p>The page carries its own style and script, loads nothing from elsewhere and pins both with a
 * Content-Security-Policy hash, so injected markup could not run even if escaping failed. Every
 * piece of article text is escaped; element ids come only from Parallax's own ids.
 */
public final class HtmlReport {
  static final String CSS = Resources.text("report.css");
  static final String JS = Resources.text("report.js");
  private static final int TOP_FLAGS = 5;

  /** Returns the report text for {@code comparison}; the same comparison always gives the same text. */
  public String render(Comparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    return new Writer(new ReportIndex(comparison)).page();
  }

  static String csp() {
    return "default-src 'none'; img-src data:; style-src '"
        + hash(CSS)
        + "'; script-src '"
        + hash(JS)
        + "'; base-uri 'none'; form-action 'none'";
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** Writes one page; holds the output buffer and the index. */
  private static final class Writer {
    private final ReportIndex index;
    private final Comparison c;
    private final StringBuilder out = new StringBuilder(1 << 16);

    Writer(ReportIndex index) {
      this.index = index;
      this.c = index.comparison;
    }

    String page() {
      out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
      out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
          .append(esc(csp()))
          .append("\">\n");
      out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      out.append("<meta name=\"generator\" content=\"Parallax\">\n");
      out.append("<title>Parallax: ")
          .append(esc(name(c.a())))
          .append(" vs ")
          .append(esc(name(c.b())))
          .append("</title>\n");
      out.append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
      out.append("<a class=\"skip\" href=\"#text\">Skip to the articles</a>\n");
      out.append("<header>\n<h1>Parallax comparison</h1>\n");
      articles();
      out.append("</header>\n<main>\n");
      summary();
      toc();
      filters();
      columns();
      alignments();
      quotes();
      facts();
      framing();
      removed();
      out.append("</main>\n<script>").append(JS).append("</script>\n</body>\n</html>\n");
      return out.toString();
    }

    private static String name(Article a) {
      Document d = a.document();
      String n = d.publisher() != null ? d.publisher() : d.title() != null ? d.title() : d.source();
      return a.label() + ": " + n;
    }

    private void articles() {
      out.append("<div class=\"articles\">\n");
      for (Article a : List.of(c.a(), c.b())) {
        Document d = a.document();
        out.append("<section class=\"article-meta side-").append(side(a)).append("\" aria-labelledby=\"meta-")
            .append(side(a)).append("\">\n");
        out.append("<h2 id=\"meta-").append(side(a)).append("\"><span class=\"label\">")
            .append(esc(a.label())).append("</span> ")
            .append(esc(d.title() == null ? "(untitled)" : d.title())).append("</h2>\n<p class=\"byline\">");
        List<String> parts = new ArrayList<>();
        if (d.publisher() != null) {
          parts.add("<span class=\"publisher\">" + esc(d.publisher()) + "</span>");
        }
        if (d.byline() != null) {
          parts.add(esc(d.byline()));
        }
        parts.add(d.published() == null
            ? "date unknown"
            : "<time datetime=\"" + d.published() + "\">" + d.published() + "</time>");
        out.append(String.join(" · ", parts)).append("</p>\n");
        out.append("<p class=\"source\">Source: <code>").append(esc(d.source())).append("</code> (")
            .append(esc(d.format().id())).append(", ").append(a.sentences().size())
            .append(" sentences)</p>\n</section>\n");
      }
      out.append("</div>\n");
    }

    private void summary() {
      Summary s = c.summary();
      out.append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n");
      boolean related = "related".equals(s.verdict());
      out.append("<p class=\"verdict ").append(related ? "v-related" : "v-unrelated")
          .append("\"><strong>Verdict: ").append(esc(s.verdict())).append("</strong> (relatedness ")
          .append(ReportIndex.score(s.relatedness())).append(")</p>\n");
      out.append("<dl class=\"figures\">\n");
      figure("Shared content in A",
          ReportIndex.percent(s.sharedShareA()) + " of the text; " + s.sharedSentencesA()
              + " sentences shared, " + s.onlyA() + " only in A");
      figure("Shared content in B",
          ReportIndex.percent(s.sharedShareB()) + " of the text; " + s.sharedSentencesB()
              + " sentences shared, " + s.onlyB() + " only in B");
      figure("Quotes",
          s.quotesMatched() + " matched, " + s.quotesVariant() + " variant, " + s.quotesOnlyA()
              + " only in A, " + s.quotesOnlyB() + " only in B");
      figure("Facts",
          s.factsShared() + " shared, " + s.factsOnlyA() + " only in A, " + s.factsOnlyB()
              + " only in B");
      figure("Framing flags", Integer.toString(s.framingFlags()));
      out.append("</dl>\n");
      oneSidedFacts();
      out.append("<h3>Top framing flags</h3>\n");
      if (c.framing().isEmpty()) {
        out.append("<p>No framing flags.</p>\n");
      } else {
        out.append("<ol class=\"top-flags\">\n");
        for (int i : index.framingByPriority().subList(0, Math.min(TOP_FLAGS, c.framing().size()))) {
          FramingFlag f = c.framing().get(i);
          out.append("<li><a href=\"#").append(ReportIndex.framingRow(i)).append("\"><span class=\"tag\">")
              .append(esc(f.kind().id())).append("</span>");
          if (f.article() != null) {
            out.append(" <span class=\"label\">").append(esc(f.article())).append("</span>");
          }
          out.append("</a> ").append(esc(f.note())).append("</li>\n");
        }
        out.append("</ol>\n");
        if (c.framing().size() > TOP_FLAGS) {
          out.append("<p><a href=\"#framing\">All ").append(c.framing().size())
              .append(" framing flags</a></p>\n");
        }
      }
      voices(s);
      out.append("</section>\n");
    }

    private void figure(String term, String value) {
      out.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private void oneSidedFacts() {
      for (String side : List.of("A", "B")) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < c.facts().size(); i++) {
          Fact f = c.facts().get(i);
          if (side.equals(ReportIndex.side(f))) {
            names.add("<a href=\"#" + ReportIndex.factRow(i) + "\">" + esc(f.canonical()) + "</a>");
          }
        }
        if (!names.isEmpty()) {
          out.append("<p class=\"one-sided\"><strong>Facts only in ").append(side).append(":</strong> ")
              .append(String.join(", ", names)).append("</p>\n");
        }
      }
    }

    private void voices(Summary s) {
      out.append("<h3>Voices</h3>\n<div class=\"voices\">\n");
      for (String label : List.of("A", "B")) {
        List<Voice> list = s.voices().getOrDefault(label, List.of());
        out.append("<table class=\"voice-table\"><caption>Quoted voices in ").append(label)
            .append("</caption>\n<thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\">Quotes</th>"
                + "<th scope=\"col\">Words</th></tr></thead>\n<tbody>\n");
        if (list.isEmpty()) {
          out.append("<tr><td colspan=\"3\">No attributed quotes.</td></tr>\n");
        }
        for (Voice v : list) {
          out.append("<tr><td>").append(esc(v.speaker() == null ? "(unattributed)" : v.speaker()))
              .append("</td><td>").append(v.quotes()).append("</td><td>").append(v.words())
              .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
      }
      out.append("</div>\n<figure class=\"voice-chart\">\n").append(SvgCharts.voices(c))
          .append("<figcaption>Quoted words per speaker; bars share one scale across both articles."
              + "</figcaption>\n</figure>\n");
    }

    private void toc() {
      out.append("<nav aria-label=\"Sections\"><ul>"
          + "<li><a href=\"#text\">Side by side</a></li>"
          + "<li><a href=\"#alignments\">Alignments</a></li>"
          + "<li><a href=\"#quotes\">Quotes</a></li>"
          + "<li><a href=\"#facts\">Facts</a></li>"
          + "<li><a href=\"#framing\">Framing</a></li>"
          + "<li><a href=\"#removed\">Removed text</a></li>"
          + "</ul></nav>\n");
    }

    private void filters() {
      out.append("<form class=\"filters\" id=\"filters\" aria-label=\"Filters\"><fieldset>"
          + "<legend>Filters</legend>"
          + "<label><input type=\"checkbox\" id=\"filter-differences\"> Only differences</label> "
          + "<label><input type=\"checkbox\" id=\"filter-identical\"> Hide identical</label>"
          + "</fieldset></form>\n");
    }

    private void columns() {
      out.append("<section id=\"text\" aria-labelledby=\"text-h\">\n<h2 id=\"text-h\">Side by side</h2>\n");
      out.append("<p class=\"legend\">Kinds: <span class=\"badge k-identical\">identical</span> "
          + "<span class=\"badge k-near-identical\">near-identical</span> "
          + "<span class=\"badge k-paraphrase\">paraphrase</span> "
          + "<span class=\"badge k-partial\">partial</span> "
          + "<span class=\"badge k-related\">related</span> "
          + "<span class=\"badge k-conflicting\">conflicting</span> "
          + "<span class=\"badge k-only\">only in one</span></p>\n");
      out.append("<details class=\"map\" open><summary>Overview map</summary>\n<p class=\"note\">"
          + "Each block is a sentence, as tall as it is long; ribbons join aligned sentences and cross"
          + " where B tells the story in another order. Select a block to go to its sentence.</p>\n")
          .append(SvgCharts.overview(c, index)).append("</details>\n");
      out.append("<div class=\"cols\">\n");
      for (Article a : List.of(c.a(), c.b())) {
        column(a);
      }
      out.append("</div>\n</section>\n");
    }

    private void column(Article a) {
      out.append("<div class=\"col side-").append(side(a)).append("\">\n<h3>")
          .append(esc(name(a))).append("</h3>\n");
      int paragraph = Integer.MIN_VALUE;
      for (Sentence s : a.sentences()) {
        if (s.paragraph() != paragraph) {
          if (paragraph != Integer.MIN_VALUE) {
            out.append("</div>\n");
          }
          paragraph = s.paragraph();
          out.append("<div class=\"para\">\n");
        }
        sentence(a, s);
      }
      if (paragraph != Integer.MIN_VALUE) {
        out.append("</div>\n");
      } else {
        out.append("<p>No sentences.</p>\n");
      }
      out.append("</div>\n");
    }

    private void sentence(Article a, Sentence s) {
      Alignment al = index.alignmentOf(s.id());
      boolean isA = "A".equals(a.label());
      String kind = al == null ? "only" : al.kind().id();
      out.append("<div class=\"s k-").append(kind).append("\" id=\"").append(ReportIndex.safeId(s.id()))
          .append('"');
      List<String> peers = al == null ? List.of() : isA ? al.b() : al.a();
      if (!peers.isEmpty()) {
        out.append(" data-peers=\"");
        for (int i = 0; i < peers.size(); i++) {
          out.append(i > 0 ? " " : "").append(ReportIndex.safeId(peers.get(i)));
        }
        out.append('"');
      }
      if (al != null && ReportIndex.identical(al)) {
        out.append(" data-same=\"1\" data-identical=\"1\"");
      }
      out.append(">\n<span class=\"st\">").append(esc(s.text())).append("</span>\n<span class=\"sm\">");
      if (al == null) {
        out.append("<span class=\"badge k-only\">only in ").append(esc(a.label())).append("</span>");
      } else {
        out.append("<a class=\"badge k-").append(kind).append("\" href=\"#")
            .append(ReportIndex.safeId(peers.get(0))).append("\">").append(esc(kind)).append(" → ");
        for (int i = 0; i < peers.size(); i++) {
          out.append(i > 0 ? ", " : "").append(esc(peers.get(i)));
        }
        out.append("</a>");
      }
      for (ReportIndex.Ref r : index.refs(s.id())) {
        out.append(" <a class=\"ref\" href=\"#").append(r.rowId()).append("\">").append(esc(r.label()))
            .append("</a>");
      }
      out.append("</span>\n</div>\n");
    }

    private void alignments() {
      List<Alignment> list = c.alignment().alignments();
      out.append("<section id=\"alignments\" aria-labelledby=\"alignments-h\">\n"
          + "<h2 id=\"alignments-h\">Alignments</h2>\n");
      if (list.isEmpty()) {
        out.append("<p>No sentences were aligned.</p>\n</section>\n");
        return;
      }
      out.append("<table><caption>Aligned passages with the word diff from A to B "
          + "(<del>deleted</del> from A, <ins>inserted</ins> in B)</caption>\n<thead><tr>"
          + "<th scope=\"col\">#</th><th scope=\"col\">A</th><th scope=\"col\">B</th>"
          + "<th scope=\"col\">Kind</th><th scope=\"col\">Score</th><th scope=\"col\">Diff</th>"
          + "</tr></thead>\n<tbody>\n");
      for (int i = 0; i < list.size(); i++) {
        Alignment al = list.get(i);
        out.append("<tr id=\"").append(ReportIndex.alignmentRow(i)).append('"');
        if (ReportIndex.identical(al)) {
          out.append(" data-same=\"1\" data-identical=\"1\"");
        }
        out.append("><td>").append(i + 1).append("</td><td>");
        sentenceLinks(al.a());
        out.append("</td><td>");
        sentenceLinks(al.b());
        out.append("</td><td><span class=\"badge k-").append(al.kind().id()).append("\">")
            .append(esc(al.kind().id())).append("</span></td><td>")
            .append(ReportIndex.score(al.score())).append("</td><td class=\"diff\">");
        diff(al.diff());
        out.append("</td></tr>\n");
      }
      out.append("</tbody></table>\n</section>\n");
    }

    private void sentenceLinks(List<String> ids) {
      for (int i = 0; i < ids.size(); i++) {
        out.append(i > 0 ? " " : "").append("<a href=\"#").append(ReportIndex.safeId(ids.get(i)))
            .append("\">").append(esc(ids.get(i))).append("</a>");
      }
    }

    private void diff(List<DiffSegment> diff) {
      for (DiffSegment d : diff) {
        switch (d.op()) {
          case EQUAL -> out.append(esc(d.text()));
          case DELETE -> out.append("<del>").append(esc(d.text())).append("</del>");
          case INSERT -> out.append("<ins>").append(esc(d.text())).append("</ins>");
        }
      }
    }

    private void quotes() {
      out.append("<section id=\"quotes\" aria-labelledby=\"quotes-h\">\n<h2 id=\"quotes-h\">Quotes</h2>\n");
      List<QuoteSet> sets = index.quoteSets();
      if (sets.get(0).quotes().isEmpty() && sets.get(1).quotes().isEmpty()) {
        out.append("<p>No quotes found.</p>\n</section>\n");
        return;
      }
      out.append("<table><caption>Direct quotes in both articles and how they match</caption>\n"
          + "<thead><tr><th scope=\"col\">Quote</th><th scope=\"col\">Speaker</th>"
          + "<th scope=\"col\">Cue</th><th scope=\"col\">Kind</th><th scope=\"col\">Text</th>"
          + "<th scope=\"col\">Sentences</th><th scope=\"col\">Match</th>"
          + "<th scope=\"col\">Variant diff</th></tr></thead>\n<tbody>\n");
      for (QuoteSet set : sets) {
        for (Quote q : set.quotes()) {
          QuoteMatch m = index.matchOf(q.id());
          out.append("<tr id=\"").append(ReportIndex.quoteRow(q.id())).append('"');
          if (m != null && m.kind() == QuoteMatch.Kind.EXACT) {
            out.append(" data-same=\"1\"");
          }
          out.append("><td>").append(esc(q.id())).append("</td><td>")
              .append(esc(q.speaker() == null ? "(unknown)" : q.speaker()));
          if (q.inferred()) {
            out.append(" <span class=\"note\">(inferred)</span>");
          }
          out.append("</td><td>").append(esc(q.cue())).append("</td><td>").append(esc(q.kind().id()))
              .append("</td><td class=\"qt\">").append(esc(q.text())).append("</td><td>");
          sentenceLinks(q.sentenceIds());
          out.append("</td><td>");
          if (m == null) {
            out.append(q.kind() == QuoteKind.TERM ? "term" : "<span class=\"badge k-only\">one-sided</span>");
          } else {
            String other = q.id().equals(m.a()) ? m.b() : m.a();
            out.append("<span class=\"badge m-").append(m.kind().id()).append("\">").append(m.kind().id())
                .append("</span> <a href=\"#").append(ReportIndex.quoteRow(other)).append("\">")
                .append(esc(other)).append("</a> ").append(ReportIndex.score(m.score()));
          }
          out.append("</td><td class=\"diff\">");
          if (m != null && m.kind() != QuoteMatch.Kind.EXACT && q.id().equals(m.a())) {
            diff(m.diff());
          }
          out.append("</td></tr>\n");
        }
      }
      out.append("</tbody></table>\n</section>\n");
    }

    private void facts() {
      out.append("<section id=\"facts\" aria-labelledby=\"facts-h\">\n<h2 id=\"facts-h\">Facts</h2>\n");
      if (c.facts().isEmpty()) {
        out.append("<p>No facts found.</p>\n</section>\n");
        return;
      }
      out.append("<table><caption>People, places, organizations, dates and numbers</caption>\n"
          + "<thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">Kind</th>"
          + "<th scope=\"col\">In</th><th scope=\"col\">Forms</th><th scope=\"col\">Mentions</th>"
          + "</tr></thead>\n");
      for (String group : List.of("shared", "A", "B")) {
        boolean any = false;
        for (int i = 0; i < c.facts().size(); i++) {
          Fact f = c.facts().get(i);
          if (!group.equals(ReportIndex.side(f))) {
            continue;
          }
          if (!any) {
            out.append("<tbody class=\"g-").append(group).append("\"><tr><th scope=\"rowgroup\" colspan=\"5\">")
                .append(group.equals("shared") ? "In both articles" : "Only in " + group)
                .append("</th></tr>\n");
            any = true;
          }
          out.append("<tr id=\"").append(ReportIndex.factRow(i)).append('"');
          if (group.equals("shared")) {
            out.append(" data-same=\"1\"");
          }
          out.append("><td>").append(esc(f.canonical())).append("</td><td>").append(esc(f.kind().id()))
              .append("</td><td>").append(group.equals("shared") ? "both" : "only " + group)
              .append("</td><td>");
          for (int k = 0; k < f.forms().size(); k++) {
            out.append(k > 0 ? ", " : "").append("<q>").append(esc(f.forms().get(k))).append("</q>");
          }
          out.append("</td><td>");
          for (int k = 0; k < f.mentions().size(); k++) {
            Mention m = f.mentions().get(k);
            out.append(k > 0 ? " " : "").append("<a href=\"#").append(ReportIndex.safeId(m.sentenceId()))
                .append("\" title=\"").append(esc(m.text())).append("\">").append(esc(m.sentenceId()))
                .append("</a>");
          }
          out.append("</td></tr>\n");
        }
        if (any) {
          out.append("</tbody>\n");
        }
      }
      out.append("</table>\n</section>\n");
    }

    private void framing() {
      out.append("<section id=\"framing\" aria-labelledby=\"framing-h\">\n<h2 id=\"framing-h\">Framing</h2>\n");
      if (c.framing().isEmpty()) {
        out.append("<p>No framing flags.</p>\n</section>\n");
        return;
      }
      out.append("<table><caption>How the articles frame the story differently</caption>\n"
          + "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Kind</th><th scope=\"col\">Article</th>"
          + "<th scope=\"col\">Terms</th><th scope=\"col\">Note</th><th scope=\"col\">Rule</th>"
          + "<th scope=\"col\">Sentences</th></tr></thead>\n<tbody>\n");
      for (int i = 0; i < c.framing().size(); i++) {
        FramingFlag f = c.framing().get(i);
        out.append("<tr id=\"").append(ReportIndex.framingRow(i)).append("\"><td>").append(i + 1)
            .append("</td><td><span class=\"tag\">").append(esc(f.kind().id())).append("</span></td><td>")
            .append(f.article() == null ? "both" : esc(f.article())).append("</td><td>");
        for (int k = 0; k < f.terms().size(); k++) {
          out.append(k > 0 ? ", " : "").append("<q>").append(esc(f.terms().get(k))).append("</q>");
        }
        out.append("</td><td>").append(esc(f.note())).append("</td><td><code>").append(esc(f.rule()))
            .append("</code></td><td>");
        sentenceLinks(f.sentenceIds());
        out.append("</td></tr>\n");
      }
      out.append("</tbody></table>\n</section>\n");
    }

    private void removed() {
      out.append("<section id=\"removed\" aria-labelledby=\"removed-h\">\n"
          + "<h2 id=\"removed-h\">Removed text and diagnostics</h2>\n");
      List<QuoteSet> sets = index.quoteSets();
      List<Article> articles = List.of(c.a(), c.b());
      for (int n = 0; n < 2; n++) {
        Article a = articles.get(n);
        Document d = a.document();
        out.append("<details><summary>").append(esc(a.label())).append(": ").append(d.removed().size())
            .append(" removed passages, ").append(d.warnings().size()).append(" warnings, ")
            .append(sets.get(n).diagnostics().size()).append(" quote diagnostics</summary>\n");
        if (!d.removed().isEmpty()) {
          out.append("<table><caption>Boilerplate removed from ").append(esc(a.label()))
              .append("</caption>\n<thead><tr><th scope=\"col\">Reason</th><th scope=\"col\">Text</th>"
                  + "</tr></thead>\n<tbody>\n");
          for (Removal r : d.removed()) {
            out.append("<tr><td>").append(esc(r.reason())).append("</td><td>").append(esc(r.text()))
                .append("</td></tr>\n");
          }
          out.append("</tbody></table>\n");
        }
        list("Warnings", d.warnings());
        list("Quote diagnostics", sets.get(n).diagnostics());
        out.append("</details>\n");
      }
      out.append("</section>\n");
    }

    private void list(String title, List<String> items) {
      if (items.isEmpty()) {
        return;
      }
      out.append("<p>").append(esc(title)).append(":</p>\n<ul>\n");
      for (String item : items) {
        out.append("<li>").append(esc(item)).append("</li>\n");
      }
      out.append("</ul>\n");
    }

    private static String side(Article a) {
      return "B".equals(a.label()) ? "b" : "a";
    }
  }
}
