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
import org.parallax.facts.Conflict;
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
  /** Voices named per outlet under the voice chart; the table holds the rest. */
  static final int MAX_VOICES = 8;

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
      out.append("<a class=\"skip\" href=\"#key\">Skip to the key differences</a>\n");
      out.append("<header>\n<h1>Parallax comparison</h1>\n");
      articles();
      out.append("</header>\n<main>\n");
      keyDifferences();
      toc();
      filters();
      reading();
      summary();
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
      out.append("<ul class=\"pair\">\n");
      for (Article a : List.of(c.a(), c.b())) {
        Document d = a.document();
        out.append("<li class=\"article-meta side-").append(side(a)).append("\"><span class=\"label\">")
            .append(esc(a.label())).append("</span> <strong class=\"title\">")
            .append(esc(d.title() == null ? "(untitled)" : d.title())).append("</strong> <span class=\"byline\">");
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
        out.append(String.join(" · ", parts)).append("</span></li>\n");
      }
      out.append("</ul>\n");
    }

    private void keyDifferences() {
      List<KeyDifferences.Item> items = KeyDifferences.of(index);
      out.append("<section id=\"key\" aria-labelledby=\"key-h\">\n<h2 id=\"key-h\">Key differences</h2>\n");
      Summary s = c.summary();
      out.append("<p class=\"verdict ").append("related".equals(s.verdict()) ? "v-related" : "v-unrelated")
          .append("\"><strong>").append("related".equals(s.verdict()) ? "Same event" : "Probably not the same event")
          .append("</strong> (relatedness ").append(ReportIndex.score(s.relatedness())).append("); ")
          .append(ReportIndex.percent(s.sharedShareA())).append(" of A and ")
          .append(ReportIndex.percent(s.sharedShareB())).append(" of B is shared content.</p>\n");
      if (items.isEmpty()) {
        out.append("<p>No conflicts, quote variants, notable omissions or framing contrasts found.</p>\n");
      } else {
        out.append("<ol class=\"key\">\n");
        for (KeyDifferences.Item item : items) {
          out.append("<li class=\"kd-").append(item.kind().id).append("\">").append(esc(item.text()));
          if (!item.diff().isEmpty()) {
            out.append("<span class=\"diff\">");
            diff(item.diff());
            out.append("</span>");
          }
          out.append(" <a class=\"ev\" href=\"#").append(item.evidence()).append("\">")
              .append(esc(item.evidenceLabel())).append("</a></li>\n");
        }
        out.append("</ol>\n");
      }
      out.append("</section>\n");
    }

    private void summary() {
      Summary s = c.summary();
      out.append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n");
      out.append("<p><strong>Verdict: ").append(esc(s.verdict())).append("</strong> (relatedness ")
          .append(ReportIndex.score(s.relatedness())).append(")</p>\n");
      out.append("<dl class=\"figures\">\n");
      for (Article a : List.of(c.a(), c.b())) {
        Document d = a.document();
        figure("Source " + a.label(), d.source() + " (" + d.format().id() + ", "
            + Plural.of(a.sentences().size(), "sentence") + ")");
      }
      figure("Shared content in A",
          ReportIndex.percent(s.sharedShareA()) + " of the text; " + Plural.of(s.sharedSentencesA(), "sentence")
              + " shared, " + s.onlyA() + " only in A");
      figure("Shared content in B",
          ReportIndex.percent(s.sharedShareB()) + " of the text; " + Plural.of(s.sharedSentencesB(), "sentence")
              + " shared, " + s.onlyB() + " only in B");
      figure("Quotes",
          s.quotesMatched() + " matched, " + Plural.of(s.quotesVariant(), "variant") + ", " + s.quotesOnlyA()
              + " only in A, " + s.quotesOnlyB() + " only in B");
      figure("Facts",
          s.factsShared() + " shared, " + s.factsOnlyA() + " only in A, " + s.factsOnlyB()
              + " only in B");
      figure("Conflicting values", Integer.toString(s.conflicts()));
      figure("Framing flags", Integer.toString(s.framingFlags()));
      out.append("</dl>\n");
      oneSidedFacts();
      voices(s);
      out.append("</section>\n");
    }

    private void figure(String term, String value) {
      out.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private void oneSidedFacts() {
      for (Article a : List.of(c.a(), c.b())) {
        List<KeyDifferences.Ranked> ranked = KeyDifferences.rankedOneSided(index, a);
        List<String> names = new ArrayList<>();
        for (KeyDifferences.Ranked r : ranked) {
          names.add("<a href=\"#" + ReportIndex.factRow(r.row()) + "\">" + esc(r.fact().canonical()) + "</a>");
        }
        if (!names.isEmpty()) {
          out.append("<p class=\"one-sided\"><strong>Facts only in ").append(a.label())
              .append(":</strong> ").append(String.join(", ", names)).append("</p>\n");
        }
      }
    }

    private void voices(Summary s) {
      out.append("<h3 id=\"voices\">Voices</h3>\n<figure class=\"voice-chart\">\n").append(SvgCharts.voices(c))
          .append("<figcaption>Quoted words per speaker; bars share one scale across both articles."
              + "</figcaption>\n</figure>\n");
      voicesBySide(s);
      out.append("<details><summary>Voices as a table</summary>\n<div class=\"voices\">\n");
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
      out.append("</div>\n</details>\n");
    }

    /** Each outlet's voices with the role and affiliation its article states, and the balance by affiliation. */
    private void voicesBySide(Summary s) {
      out.append("<div class=\"voice-sides\">\n");
      for (String label : List.of("A", "B")) {
        List<String> names = VoicesBySide.voices(s, label);
        out.append("<p><strong>").append(label).append(" quotes:</strong> ");
        if (names.isEmpty()) {
          out.append("no attributed voice");
        }
        int shown = Math.min(names.size(), MAX_VOICES);
        for (int i = 0; i < shown; i++) {
          out.append(i == 0 ? "" : "; ").append(esc(names.get(i)));
        }
        if (names.size() > shown) {
          out.append("; and ").append(names.size() - shown).append(" more");
        }
        out.append("</p>\n");
      }
      String balance = VoicesBySide.balance(s);
      if (balance != null) {
        out.append("<p class=\"voice-balance\">").append(esc(balance)).append("</p>\n");
      }
      out.append("</div>\n");
    }

    private void toc() {
      out.append("<nav aria-label=\"Sections\"><ul>"
          + "<li><a href=\"#text\">Side by side</a></li>"
          + "<li><a href=\"#summary\">Summary</a></li>"
          + "<li><a href=\"#alignments\">Alignments</a></li>"
          + "<li><a href=\"#quotes\">Quotes</a></li>"
          + "<li><a href=\"#facts\">Facts</a></li>"
          + "<li><a href=\"#framing\">Framing</a></li>"
          + "<li><a href=\"#removed\">Removed text</a></li>"
          + "</ul></nav>\n");
    }

    private void filters() {
      out.append("<form class=\"filters\" id=\"filters\" aria-label=\"Filters\"><fieldset>"
          + "<legend>Show</legend>"
          + "<label><input type=\"radio\" name=\"show\" value=\"all\" id=\"filter-all\" checked> everything</label> "
          + "<label><input type=\"radio\" name=\"show\" value=\"differences\" id=\"filter-differences\">"
          + " differences (hide identical passages, same quotes and shared facts)</label> "
          + "<label><input type=\"radio\" name=\"show\" value=\"one-sided\" id=\"filter-one-sided\">"
          + " only what one article has</label>"
          + "</fieldset></form>\n");
    }

    private void reading() {
      out.append("<section id=\"text\" aria-labelledby=\"text-h\">\n<h2 id=\"text-h\">Side by side</h2>\n");
      out.append("<p class=\"legend\">Each row pairs what A and B say about the same thing; "
          + "<del>marked words</del> are A's wording, <ins>marked words</ins> B's. Kinds: "
          + "<span class=\"badge k-identical\">identical</span> "
          + "<span class=\"badge k-near-identical\">near-identical</span> "
          + "<span class=\"badge k-paraphrase\">paraphrase</span> "
          + "<span class=\"badge k-partial\">partial</span> "
          + "<span class=\"badge k-related\">related</span> "
          + "<span class=\"badge k-conflicting\">conflicting</span> "
          + "<span class=\"badge k-only\">only in one</span></p>\n");
      out.append("<div class=\"reading\">\n<aside class=\"map-side\" aria-label=\"Overview map\">"
          + "<details class=\"map\" open><summary>Overview map</summary>\n<p class=\"note\">"
          + "Each block is a sentence, as tall as it is long; ribbons join aligned sentences and cross"
          + " where B tells the story in another order. Select a block to go to its sentence.</p>\n")
          .append(SvgCharts.overview(c, index)).append("</details>\n</aside>\n");
      out.append("<div class=\"rows\">\n<div class=\"row head\" aria-hidden=\"true\"><div class=\"cell a\">")
          .append(esc(name(c.a()))).append("</div><div class=\"cell b\">").append(esc(name(c.b())))
          .append("</div></div>\n");
      List<ReadingView.Row> rows = ReadingView.rows(index);
      if (rows.isEmpty()) {
        out.append("<p>No sentences.</p>\n");
      }
      List<Alignment> alignments = c.alignment().alignments();
      for (ReadingView.Row row : rows) {
        Alignment al = row.aligned() ? alignments.get(row.alignment()) : null;
        String kind = al == null ? "only" : al.kind().id();
        out.append("<div class=\"row k-").append(kind).append(row.moved() ? " moved" : "").append('"');
        if (al != null && ReportIndex.identical(al)) {
          out.append(" data-same=\"1\"");
        }
        if (al == null) {
          out.append(" data-one-sided=\"1\"");
        }
        out.append(">\n<div class=\"rk\">");
        if (al == null) {
          out.append("<span class=\"badge k-only\">only in ").append(row.a().isEmpty() ? "B" : "A").append("</span>");
        } else {
          out.append("<a class=\"badge k-").append(kind).append("\" href=\"#")
              .append(ReportIndex.alignmentRow(row.alignment())).append("\" title=\"score ")
              .append(ReportIndex.score(al.score())).append("\">").append(esc(kind)).append("</a>");
          if (row.moved()) {
            out.append(" <span class=\"badge moved\">earlier in B</span>");
          }
          if (!ReportIndex.identical(al) && !ReadingView.marked(al)) {
            out.append(" <span class=\"note\">worded differently throughout</span>");
          }
        }
        out.append("</div>\n");
        cell("a", row.a(), al, true);
        cell("b", row.b(), al, false);
        out.append("</div>\n");
      }
      out.append("</div>\n</div>\n</section>\n");
    }

    private void cell(String side, List<Sentence> sentences, Alignment al, boolean isA) {
      out.append("<div class=\"cell ").append(side).append(sentences.isEmpty() ? " empty" : "").append("\">");
      List<String> marked = al != null && ReadingView.marked(al) ? ReadingView.mark(sentences, al.diff(), isA) : null;
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        out.append("\n<div class=\"s\" id=\"").append(ReportIndex.safeId(s.id())).append('"');
        List<String> peers = al == null ? List.of() : isA ? al.b() : al.a();
        if (!peers.isEmpty()) {
          out.append(" data-peers=\"");
          for (int p = 0; p < peers.size(); p++) {
            out.append(p > 0 ? " " : "").append(ReportIndex.safeId(peers.get(p)));
          }
          out.append('"');
        }
        out.append("><span class=\"st\">").append(marked != null ? marked.get(i) : esc(s.text())).append("</span>");
        List<ReportIndex.Ref> refs = index.refs(s.id());
        if (!refs.isEmpty()) {
          out.append("<span class=\"sm\">");
          for (ReportIndex.Ref r : refs) {
            out.append("<a class=\"ref\" href=\"#").append(r.rowId()).append("\">").append(esc(r.label()))
                .append("</a>");
          }
          out.append("</span>");
        }
        out.append("</div>");
      }
      out.append("</div>\n");
    }

    private void alignments() {
      List<Alignment> list = c.alignment().alignments();
      out.append("<section id=\"alignments\" aria-labelledby=\"alignments-h\">\n"
          + "<h2 id=\"alignments-h\">Alignments</h2>\n");
      if (list.isEmpty()) {
        out.append("<p>No sentences were aligned.</p>\n</section>\n");
        return;
      }
      out.append("<details class=\"full\"><summary>All ").append(Plural.of(list.size(), "aligned passage"))
          .append(" with the word diff from A to B</summary>\n");
      out.append("<table class=\"cards\"><caption>Aligned passages with the word diff from A to B "
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
        if (!conflictsOf(al).isEmpty()) {
          out.append(" data-conflict=\"1\"");
        }
        out.append("><td data-label=\"#\">").append(i + 1).append("</td><td data-label=\"A\">");
        sentenceLinks(al.a());
        out.append("</td><td data-label=\"B\">");
        sentenceLinks(al.b());
        out.append("</td><td data-label=\"Kind\"><span class=\"badge k-").append(al.kind().id()).append("\">")
            .append(esc(al.kind().id())).append("</span>");
        conflictMark(al);
        out.append("</td><td data-label=\"Score\">")
            .append(ReportIndex.score(al.score())).append("</td><td class=\"diff\" data-label=\"Diff\">");
        diff(al.diff());
        out.append("</td></tr>\n");
      }
      out.append("</tbody></table>\n</details>\n</section>\n");
    }

    /** Returns the indexes of the conflicts stated in the passage's sentences. */
    private List<Integer> conflictsOf(Alignment al) {
      List<Integer> out = new ArrayList<>();
      for (int k = 0; k < c.conflicts().size(); k++) {
        Conflict x = c.conflicts().get(k);
        if (al.a().stream().anyMatch(x::touches) && al.b().stream().anyMatch(x::touches)) {
          out.add(k);
        }
      }
      return out;
    }

    /** Marks a passage that states a conflict, linking to the conflict's row. */
    private void conflictMark(Alignment al) {
      for (int k : conflictsOf(al)) {
        Conflict x = c.conflicts().get(k);
        out.append(" <a class=\"badge k-conflict\" href=\"#conflict-").append(k + 1).append("\" title=\"")
            .append(esc(x.about() + ": " + x.a().value() + " / " + x.b().value())).append("\">conflict</a>");
      }
    }

    /** Writes the conflicting values, the first thing the facts section shows. */
    private void conflicts() {
      if (c.conflicts().isEmpty()) {
        out.append("<p id=\"conflicts\">No conflicting values found.</p>\n");
        return;
      }
      out.append("<table id=\"conflicts\"><caption>Conflicting values: the same thing stated differently"
          + "</caption>\n<thead><tr><th scope=\"col\">About</th><th scope=\"col\">Kind</th>"
          + "<th scope=\"col\">A says</th><th scope=\"col\">B says</th><th scope=\"col\">Why</th>"
          + "</tr></thead>\n<tbody>\n");
      for (int k = 0; k < c.conflicts().size(); k++) {
        Conflict x = c.conflicts().get(k);
        out.append("<tr id=\"conflict-").append(k + 1).append("\"><td>").append(esc(x.about()))
            .append("</td><td><span class=\"badge k-conflict\">").append(esc(x.kind().id()))
            .append("</span></td><td><strong>").append(esc(x.a().value())).append("</strong> ");
        sentenceLinks(x.a().sentenceIds());
        out.append("</td><td><strong>").append(esc(x.b().value())).append("</strong> ");
        sentenceLinks(x.b().sentenceIds());
        out.append("</td><td>").append(esc(x.note())).append("</td></tr>\n");
      }
      out.append("</tbody></table>\n");
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
      int count = sets.get(0).quotes().size() + sets.get(1).quotes().size();
      out.append("<details class=\"full\"><summary>All ").append(Plural.of(count, "quote"))
          .append(" and how they match</summary>\n");
      out.append("<table class=\"cards\"><caption>Direct quotes in both articles and how they match</caption>\n"
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
          out.append(m == null && q.kind() != QuoteKind.TERM ? " data-one-sided=\"1\"" : "");
          out.append("><td data-label=\"Quote\">").append(esc(q.id())).append("</td><td data-label=\"Speaker\">")
              .append(esc(q.speaker() == null ? "(unknown)" : q.speaker()));
          if (q.inferred()) {
            out.append(" <span class=\"note\">(inferred)</span>");
          }
          out.append("</td><td data-label=\"Cue\">").append(esc(q.cue())).append("</td><td data-label=\"Kind\">")
              .append(esc(q.kind().id())).append("</td><td class=\"qt\" data-label=\"Text\">").append(esc(q.text()))
              .append("</td><td data-label=\"Sentences\">");
          sentenceLinks(q.sentenceIds());
          out.append("</td><td data-label=\"Match\">");
          if (m == null) {
            out.append(q.kind() == QuoteKind.TERM ? "term" : "<span class=\"badge k-only\">one-sided</span>");
          } else {
            String other = q.id().equals(m.a()) ? m.b() : m.a();
            out.append("<span class=\"badge m-").append(m.kind().id()).append("\">").append(m.kind().id())
                .append("</span> <a href=\"#").append(ReportIndex.quoteRow(other)).append("\">")
                .append(esc(other)).append("</a> ").append(ReportIndex.score(m.score()));
          }
          out.append("</td><td class=\"diff\" data-label=\"Variant diff\">");
          if (m != null && m.kind() != QuoteMatch.Kind.EXACT && q.id().equals(m.a())) {
            diff(m.diff());
          }
          out.append("</td></tr>\n");
        }
      }
      out.append("</tbody></table>\n</details>\n</section>\n");
    }

    private void facts() {
      out.append("<section id=\"facts\" aria-labelledby=\"facts-h\">\n<h2 id=\"facts-h\">Facts</h2>\n");
      conflicts();
      if (c.facts().isEmpty()) {
        out.append("<p>No facts found.</p>\n</section>\n");
        return;
      }
      out.append("<details class=\"full\"><summary>All ").append(Plural.of(c.facts().size(), "fact"))
          .append(": people, places, organizations, dates and numbers</summary>\n");
      out.append("<table class=\"cards\"><caption>People, places, organizations, dates and numbers</caption>\n"
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
          out.append(group.equals("shared") ? " data-same=\"1\"" : " data-one-sided=\"1\"");
          out.append("><td data-label=\"Fact\">").append(esc(f.canonical())).append("</td><td data-label=\"Kind\">")
              .append(esc(f.kind().id())).append("</td><td data-label=\"In\">")
              .append(group.equals("shared") ? "both" : "only " + group).append("</td><td data-label=\"Forms\">");
          for (int k = 0; k < f.forms().size(); k++) {
            out.append(k > 0 ? ", " : "").append("<q>").append(esc(f.forms().get(k))).append("</q>");
          }
          out.append("</td><td data-label=\"Mentions\">");
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
      out.append("</table>\n</details>\n</section>\n");
    }

    private void framing() {
      out.append("<section id=\"framing\" aria-labelledby=\"framing-h\">\n<h2 id=\"framing-h\">Framing</h2>\n");
      if (c.framing().isEmpty()) {
        out.append("<p>No framing flags.</p>\n</section>\n");
        return;
      }
      out.append("<details class=\"full\"><summary>All ").append(Plural.of(c.framing().size(), "framing flag"))
          .append("</summary>\n");
      out.append("<table class=\"cards\"><caption>How the articles frame the story differently</caption>\n"
          + "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Kind</th><th scope=\"col\">Article</th>"
          + "<th scope=\"col\">Terms</th><th scope=\"col\">Note</th><th scope=\"col\">Rule</th>"
          + "<th scope=\"col\">Sentences</th></tr></thead>\n<tbody>\n");
      for (int i = 0; i < c.framing().size(); i++) {
        FramingFlag f = c.framing().get(i);
        out.append("<tr id=\"").append(ReportIndex.framingRow(i)).append("\"><td data-label=\"#\">").append(i + 1)
            .append("</td><td data-label=\"Kind\"><span class=\"tag\">").append(esc(f.kind().id()))
            .append("</span></td><td data-label=\"Article\">")
            .append(f.article() == null ? "both" : esc(f.article())).append("</td><td data-label=\"Terms\">");
        for (int k = 0; k < f.terms().size(); k++) {
          out.append(k > 0 ? ", " : "").append("<q>").append(esc(f.terms().get(k))).append("</q>");
        }
        out.append("</td><td data-label=\"Note\">").append(esc(f.note())).append("</td><td data-label=\"Rule\"><code>")
            .append(esc(f.rule())).append("</code></td><td data-label=\"Sentences\">");
        sentenceLinks(f.sentenceIds());
        out.append("</td></tr>\n");
      }
      out.append("</tbody></table>\n</details>\n</section>\n");
    }

    private void removed() {
      out.append("<section id=\"removed\" aria-labelledby=\"removed-h\">\n"
          + "<h2 id=\"removed-h\">Removed text and diagnostics</h2>\n");
      List<QuoteSet> sets = index.quoteSets();
      List<Article> articles = List.of(c.a(), c.b());
      for (int n = 0; n < 2; n++) {
        Article a = articles.get(n);
        Document d = a.document();
        out.append("<details><summary>").append(esc(a.label())).append(": ")
            .append(Plural.of(d.removed().size(), "removed passage")).append(", ")
            .append(Plural.of(d.warnings().size(), "warning")).append(", ")
            .append(Plural.of(sets.get(n).diagnostics().size(), "quote diagnostic")).append("</summary>\n");
        if (!d.removed().isEmpty()) {
          out.append("<table class=\"cards\"><caption>Boilerplate removed from ").append(esc(a.label()))
              .append("</caption>\n<thead><tr><th scope=\"col\">Reason</th><th scope=\"col\">Text</th>"
                  + "</tr></thead>\n<tbody>\n");
          for (Removal r : d.removed()) {
            out.append("<tr><td data-label=\"Reason\">").append(esc(r.reason())).append("</td><td data-label=\"Text\">")
                .append(esc(r.text()))
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
