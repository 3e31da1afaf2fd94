package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final HtmlReport report = new HtmlReport();
  private final String html = report.render(Fixtures.council());
  private final org.jsoup.nodes.Document doc = Jsoup.parse(html);

  @Test
  void rendersTheSameBytesTwice() {
    assertEquals(html, new HtmlReport().render(Fixtures.council()));
  }

  @Test
  void isOneSelfContainedPage() {
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    for (Element el : doc.select("[src], [href], link, iframe, object, embed, img")) {
      String url = el.hasAttr("src") ? el.attr("src") : el.attr("href");
      String lower = url.toLowerCase(Locale.ROOT).strip();
      assertFalse(lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//"),
          "external URL " + el);
      assertTrue(url.startsWith("#"), "only in-page links are allowed: " + el);
    }
    assertTrue(doc.select("link, iframe, object, embed, img").isEmpty());
    assertFalse(html.contains("@import"));
    assertFalse(html.contains("url("));
    assertEquals(1, doc.select("style").size());
    assertEquals(1, doc.select("script").size());
    assertFalse(doc.selectFirst("script").hasAttr("src"));
  }

  @Test
  void pinsStyleAndScriptWithAContentSecurityPolicy() {
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.startsWith("default-src 'none';"), csp);
    assertTrue(csp.contains("script-src 'sha256-"), csp);
    assertFalse(csp.contains("unsafe-inline"), csp);
  }

  @Test
  void everySentenceIsAnElementWithItsId() {
    for (var article : List.of(Fixtures.council().a(), Fixtures.council().b())) {
      for (var s : article.sentences()) {
        Element el = doc.getElementById(s.id());
        assertNotNull(el, s.id());
        assertEquals(s.text(), el.selectFirst(".st").wholeText());
      }
    }
  }

  /** Returns the reading view as lines "A ids | B ids | kind", one a row. */
  private List<String> readingRows(org.jsoup.nodes.Document d) {
    List<String> out = new ArrayList<>();
    for (Element row : d.select(".rows > .row:not(.head)")) {
      out.add(String.join(" ", row.select(".cell.a .s").eachAttr("id")) + " | "
          + String.join(" ", row.select(".cell.b .s").eachAttr("id")) + " | " + row.selectFirst(".rk .badge").text()
          + (row.hasClass("moved") ? " | moved" : ""));
    }
    return out;
  }

  @Test
  void readingViewPairsAlignedSentencesInRowsAndKeepsOneSidedOnesInPlace() {
    assertEquals(
        List.of(
            "A-s0 | B-s0 | identical",
            "A-s1 | B-s1 | paraphrase",
            "A-s2 | B-s2 | near-identical",
            " | B-s3 | only in B",
            "A-s3 |  | only in A",
            "A-s4 | B-s4 | near-identical",
            "A-s5 | B-s5 | related"),
        readingRows(doc));
  }

  @Test
  void readingViewShowsWhenBTellsAPassageEarlier() {
    var c = Fixtures.council();
    var swapped =
        new org.parallax.align.AlignmentResult(
            List.of(
                new org.parallax.align.Alignment(List.of("A-s0"), List.of("B-s4"),
                    org.parallax.align.AlignmentKind.PARAPHRASE, 0.5, List.of()),
                new org.parallax.align.Alignment(List.of("A-s4"), List.of("B-s0"),
                    org.parallax.align.AlignmentKind.PARAPHRASE, 0.5, List.of())),
            List.of(), List.of(), 0.5, true);
    var reordered =
        new org.parallax.compare.Comparison(c.a(), c.b(), swapped, c.quotes(), c.facts(), c.framing(),
            c.summary());
    assertEquals(
        List.of(
            "A-s0 | B-s4 | paraphrase",
            " | B-s5 | only in B",
            "A-s1 A-s2 A-s3 |  | only in A",
            "A-s4 | B-s0 | paraphrase | moved",
            " | B-s1 B-s2 B-s3 | only in B",
            "A-s5 |  | only in A"),
        readingRows(Jsoup.parse(report.render(reordered))));
  }

  @Test
  void wordMarksSitInsideTheSentences() {
    assertEquals(List.of("about", ", officials said."), doc.getElementById("B-s4").select(".st ins").eachText());
    assertEquals(List.of("."), doc.getElementById("A-s4").select(".st del").eachText());
    // identical passages carry no marks, loosely related ones neither
    assertTrue(doc.getElementById("A-s0").select("del, ins").isEmpty());
    assertTrue(doc.getElementById("A-s5").select("del, ins").isEmpty());
  }

  @Test
  void alignedSentencesLinkToTheirCounterpartWithATextualBadge() {
    Element s = doc.getElementById("A-s1");
    Element row = s.parent().parent();
    assertTrue(row.hasClass("k-paraphrase"), row.className());
    Element badge = row.selectFirst(".rk a.badge");
    assertEquals("#row-al-2", badge.attr("href"));
    assertEquals("paraphrase", badge.text());
    assertEquals("B-s1", s.attr("data-peers"));
    Element only = doc.getElementById("A-s3").parent().parent();
    assertTrue(only.hasClass("k-only"));
    assertEquals("only in A", only.selectFirst(".badge").text());
    assertEquals("only in B", doc.getElementById("B-s3").parent().parent().selectFirst(".badge").text());
    assertTrue(doc.getElementById("A-s0").parent().parent().hasAttr("data-same"));
    assertFalse(doc.getElementById("A-s2").parent().parent().hasAttr("data-same"));
  }

  @Test
  void chipsSayWhatTheyPointTo() {
    assertEquals(List.of("Tom Berg quote, only in B", "Tom Berg, only in B", "word choice: reckless"),
        doc.getElementById("B-s3").select(".sm a").eachText());
    for (Element chip : doc.select(".s .sm a")) {
      assertFalse(chip.text().matches(".*\\b(fact|framing|quote|alignment) \\d+.*"), chip.text());
    }
  }

  @Test
  void alignmentRowsShowAWordDiff() {
    Element row = doc.getElementById("row-al-3");
    assertEquals(List.of("Mayor Ana Ruiz said:", "every family"), row.select("del").eachText());
    assertTrue(row.select("ins").eachText().contains("families"));
    assertEquals("0.875", row.select("td").get(4).text());
  }

  @Test
  void rowsAndSentencesLinkBothWays() {
    List<String> broken = new ArrayList<>();
    for (Element a : doc.select("a[href^=#]")) {
      String target = a.attr("href").substring(1);
      if (doc.getElementById(target) == null) {
        broken.add(a.outerHtml());
      }
    }
    assertTrue(broken.isEmpty(), broken.toString());
    // quote row → sentence, sentence → quote row
    Element quoteRow = doc.getElementById("row-q-B-q1");
    assertFalse(quoteRow.select("a[href=#B-s2]").isEmpty());
    assertFalse(doc.getElementById("B-s2").select("a[href=#row-q-B-q1]").isEmpty());
    // fact and framing rows
    assertFalse(doc.getElementById("A-s5").select("a[href=#row-f-4]").isEmpty());
    assertFalse(doc.getElementById("B-s4").select("a[href=#row-fr-3]").isEmpty());
    assertFalse(doc.getElementById("row-fr-3").select("a[href=#B-s4]").isEmpty());
  }

  @Test
  void tablesCarryQuotesFactsFramingAndRemovedText() {
    Element q = doc.getElementById("row-q-A-q1");
    assertTrue(q.text().contains("Ana Ruiz"));
    assertTrue(q.text().contains("said"));
    assertTrue(q.text().contains("variant"));
    assertEquals("every family", q.selectFirst("td.diff del").text());
    assertTrue(doc.getElementById("row-q-A-q2").text().contains("term"));
    assertTrue(doc.getElementById("row-q-B-q2").text().contains("one-sided"));

    Elements groups = doc.select("#facts tbody");
    assertEquals(List.of("g-shared", "g-A", "g-B"), groups.eachAttr("class"));
    assertEquals(List.of("Ana Ruiz", "Ruiz"), doc.getElementById("row-f-1").select("q").eachText());
    assertTrue(doc.select("#facts tbody.g-B").text().contains("Tom Berg"));

    Element flag = doc.getElementById("row-fr-1");
    assertTrue(flag.text().contains("attribution-verb"));
    assertTrue(flag.text().contains("claimed"));
    assertTrue(flag.text().contains("attribution-verbs"));
    assertEquals(4, doc.select("#framing tbody tr").size());

    Elements details = doc.select("#removed details");
    assertEquals(2, details.size());
    assertFalse(details.get(0).hasAttr("open"));
    assertTrue(details.get(0).text().contains("Subscribe to our newsletter"));
    assertTrue(details.get(1).text().contains("share-widget"));
    assertTrue(details.get(1).text().contains("no byline found"));
    assertTrue(details.get(1).text().contains("unpaired closing quotation mark"));
  }

  @Test
  void headerSummarizesBothArticles() {
    String header = doc.selectFirst("header").text();
    assertTrue(header.contains("Council approves harbour budget"));
    assertTrue(header.contains("Harbour spending passes amid criticism"));
    assertTrue(header.contains("Northern Ledger"));
    assertTrue(header.contains("2024-02-12"));
    assertTrue(header.contains("date unknown"));
    String summary = doc.getElementById("summary").text();
    assertTrue(summary.contains("Verdict: related"));
    assertTrue(summary.contains("0.873"));
    assertTrue(summary.contains("78.5%"));
    assertTrue(summary.contains("73.2%"));
    assertTrue(summary.contains("1 variant,"));
    assertTrue(summary.contains("Facts only in A: March 2024"));
    assertTrue(summary.contains("Facts only in B: Tom Berg"));
  }

  @Test
  void keyDifferencesComeFirstWithLinksToTheirEvidence() {
    Element key = doc.selectFirst("main > section");
    assertEquals("key", key.id());
    Elements items = key.select("ol.key > li");
    assertTrue(items.size() >= 3 && items.size() <= KeyDifferences.MAX, items.toString());
    Element quote = items.get(0);
    assertTrue(quote.text().startsWith("Ana Ruiz’s quote is worded differently (A → B):"), quote.text());
    assertEquals("every family", quote.selectFirst("del").text());
    assertEquals("#row-q-A-q1", quote.selectFirst("a.ev").attr("href"));
    for (Element a : key.select("a.ev")) {
      assertNotNull(doc.getElementById(a.attr("href").substring(1)), a.outerHtml());
    }
  }

  @Test
  void isAccessible() {
    int last = 0;
    for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
      int level = h.tagName().charAt(1) - '0';
      assertTrue(level <= last + 1, "heading level jumps at " + h);
      last = level;
    }
    assertEquals(1, doc.select("h1").size());
    for (Element table : doc.select("table")) {
      assertFalse(table.select("thead th[scope=col]").isEmpty(), "table without headers");
      assertNotNull(table.selectFirst("caption"));
    }
    for (Element box : doc.select("input[type=radio]")) {
      Element label = box.parent();
      assertEquals("label", label.tagName());
      assertFalse(label.text().isBlank());
      assertFalse(box.hasAttr("tabindex"));
    }
    assertEquals(3, doc.select("input[type=radio][name=show]").size());
    assertEquals(1, doc.select("input[type=radio][checked]").size());
  }

  @Test
  void hasAPrintStylesheet() {
    assertTrue(doc.selectFirst("style").data().contains("@media print"));
  }

  @Test
  void filterMarkersSelectOnlyRowsWithoutDifferences() {
    for (Element el : doc.select("[data-identical]")) {
      assertTrue(el.hasAttr("data-same"), el.id());
    }
    assertEquals(List.of("row-al-1", "row-f-1", "row-f-2", "row-f-3"),
        doc.select("tr[data-same]").eachAttr("id"));
    assertEquals(List.of("A-s0", "B-s0"), doc.select(".row[data-same] .s").eachAttr("id"));
    assertEquals(List.of("B-s3", "A-s3"), doc.select(".row[data-one-sided] .s").eachAttr("id"));
  }

  @Test
  void overviewMapLinksEveryBlockToItsSentence() {
    Element map = doc.selectFirst("svg.overview");
    assertNotNull(map);
    assertEquals(12, map.select("a > rect").size());
    for (String id : List.of("A-s0", "A-s3", "B-s5")) {
      assertEquals(1, map.select("a[href=#" + id + "]").size(), id);
    }
    assertEquals(5, map.select("path.ribbon").size());
    assertTrue(map.selectFirst("a[href=#A-s3] rect").hasClass("k-only"));
    assertTrue(map.selectFirst("a[href=#A-s3] title").text().contains("only in A"));
  }

  @Test
  void overviewRibbonsCrossWhenBReordersTheStory() {
    var c = Fixtures.council();
    var swapped =
        new org.parallax.align.AlignmentResult(
            List.of(
                new org.parallax.align.Alignment(List.of("A-s0"), List.of("B-s4"),
                    org.parallax.align.AlignmentKind.PARAPHRASE, 0.5, List.of()),
                new org.parallax.align.Alignment(List.of("A-s4"), List.of("B-s0"),
                    org.parallax.align.AlignmentKind.PARAPHRASE, 0.5, List.of())),
            List.of(), List.of(), 0.5, true);
    var reordered =
        new org.parallax.compare.Comparison(c.a(), c.b(), swapped, c.quotes(), c.facts(), c.framing(),
            c.summary());
    Elements ribbons = Jsoup.parse(report.render(reordered)).select("svg.overview path.ribbon");
    assertEquals(2, ribbons.size());
    double[] first = ends(ribbons.get(0).attr("d"));
    double[] second = ends(ribbons.get(1).attr("d"));
    assertTrue(first[0] < second[0], "first ribbon starts higher in A");
    assertTrue(first[1] > second[1], "first ribbon ends lower in B, so they cross");
    // without reordering they do not cross
    Elements straight = doc.select("svg.overview path.ribbon");
    double[] s0 = ends(straight.get(0).attr("d"));
    double[] s1 = ends(straight.get(1).attr("d"));
    assertTrue(s0[0] < s1[0] && s0[1] < s1[1]);
  }

  /** Returns the top y of a ribbon on the A side and on the B side. */
  private static double[] ends(String d) {
    String[] parts = d.replaceAll("[MCLZ]", " ").trim().split("\\s+");
    return new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[7])};
  }

  @Test
  void voiceChartsDrawOneBarPerSpeaker() {
    Elements charts = doc.select("svg.bars");
    assertEquals(2, charts.size());
    assertEquals(1, charts.get(0).select("rect").size());
    assertEquals(2, charts.get(1).select("rect").size());
    assertTrue(charts.get(1).text().contains("Tom Berg"));
    assertTrue(charts.get(1).text().contains("3 words, 1 quote"));
    double ruiz = Double.parseDouble(charts.get(1).select("rect").get(0).attr("width"));
    double berg = Double.parseDouble(charts.get(1).select("rect").get(1).attr("width"));
    assertEquals(8.0 / 3.0, ruiz / berg, 0.01);
  }
}
