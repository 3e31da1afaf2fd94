package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Proves that markup in article text stays text in the HTML report. */
class HtmlSecurityTest {
  private final String html = new HtmlReport().render(Fixtures.hostile());
  private final Document doc = Jsoup.parse(html);

  @Test
  void onlyOurOwnScriptExists() {
    assertEquals(1, doc.select("script").size());
    assertEquals(HtmlReport.JS, doc.selectFirst("script").data());
    assertTrue(doc.select("svg[onload], img, iframe, object, embed").isEmpty());
  }

  @Test
  void noElementHasAnEventHandler() {
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), el.outerHtml());
      }
    }
  }

  @Test
  void noLinkUsesAScriptUrl() {
    for (Element el : doc.select("[href], [src], [action], [formaction], [xlink:href]")) {
      for (Attribute a : el.attributes()) {
        String v = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        assertFalse(v.startsWith("javascript:") || v.startsWith("data:"), el.outerHtml());
      }
      if (el.hasAttr("href")) {
        assertTrue(el.attr("href").startsWith("#"), el.outerHtml());
      }
    }
  }

  @Test
  void theStyleElementIsOursUnchanged() {
    assertEquals(1, doc.select("style").size());
    assertEquals(HtmlReport.CSS, doc.selectFirst("style").data());
  }

  @Test
  void voicesBySideShowHostileRoleAndAffiliationAsText() {
    Element sides = doc.selectFirst(".voice-sides");
    assertTrue(sides.text().contains(Fixtures.HOSTILE[1] + " (" + Fixtures.HOSTILE[2] + ", " + Fixtures.HOSTILE[4] + ")"),
        sides::text);
    assertTrue(sides.selectFirst(".voice-balance").text().contains("A: " + Fixtures.HOSTILE[4] + " 1; B: not stated 1."),
        sides::text);
    assertTrue(sides.select("*").stream().allMatch(e -> e.tagName().matches("div|p|strong")), sides::html);
  }

  @Test
  void hostileStringsAppearAsText() {
    String text = doc.body().text();
    for (String evil : Fixtures.HOSTILE) {
      assertTrue(text.contains(evil), "missing as text: " + evil);
    }
    assertTrue(doc.title().contains("Outlet </style>"), doc.title());
    Element sentence = doc.getElementById("A-s0");
    assertEquals("Plain text 0 <script>alert(1)</script> end.", sentence.selectFirst(".st").text());
    // the raw markup must never appear unescaped in the page source
    assertFalse(html.contains("<img src=x"));
    assertFalse(html.contains("<svg onload"));
    assertFalse(html.contains("href=\"javascript"));
    assertEquals(1, html.split("</style>", -1).length - 1);
  }

  @Test
  void idsComeFromParallaxIdsOnly() {
    for (Element el : doc.select("[id]")) {
      assertTrue(el.id().matches("[A-Za-z0-9_-]+"), el.id());
    }
    assertEquals("a_b_c_", ReportIndex.safeId("a\"b c<"));
  }

  @Test
  void escaperCoversAttributesAndControlCharacters() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Html.esc("<a href=\"x\" title='y'>&"));
    assertEquals("a\uFFFDb\n", Html.esc("a\u0000b\r"));
    assertEquals("\uD83D\uDE00\uFFFD", Html.esc("\uD83D\uDE00\uD800"));
    assertEquals("", Html.esc(null));
  }
}
