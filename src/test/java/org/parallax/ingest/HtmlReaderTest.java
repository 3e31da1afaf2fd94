package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** HTML pages: the article element is found, page furniture is removed and recorded. */
class HtmlReaderTest {
  private static final String P1 = "<p>The council approved the new budget on Monday after a long debate.</p>";
  private static final String P2 = "<p>Opposition members said the cuts would hurt rural schools.</p>";

  private static Document html(String page) throws IngestException {
    return TestTexts.parse(page, Format.HTML);
  }

  @Test
  void articleElementWinsAndFurnitureIsRecorded() throws Exception {
    String page = "<html><head><title>Budget Passes | Example Gazette</title></head><body>"
        + "<header><div>Example Gazette</div><div>Subscribe today</div></header>"
        + "<nav><ul><li><a href=/>Home</a></li><li><a href=/politics>Politics</a></li></ul></nav>"
        + "<div class=promo-box>Win a trip to Rome</div>"
        + "<article><h1>Budget Passes</h1>" + P1
        + "<figure><img src=x.jpg><figcaption>Councillors voting. Photo: J. Roe</figcaption></figure>"
        + P2 + "<div class=share-buttons>Share on Facebook</div></article>"
        + "<aside>Most read: Ten things to do</aside>"
        + "<form><label>Email</label><input name=e><button>Sign up</button></form>"
        + "<footer>© 2024 Example Gazette. " + "Long legal text. ".repeat(30) + "</footer></body></html>";
    Document d = html(page);
    assertEquals("Budget Passes", d.title());
    assertEquals("The council approved the new budget on Monday after a long debate.\n\n"
        + "Opposition members said the cuts would hurt rural schools.", d.body());
    assertTrue(TestTexts.removedAs(d, "Home Politics", "navigation"), d.removed().toString());
    assertTrue(TestTexts.removedAs(d, "Councillors voting. Photo: J. Roe", "image caption"));
    assertTrue(TestTexts.removedAs(d, "Most read: Ten things to do", "aside"));
    assertTrue(TestTexts.removedAs(d, "Email Sign up", "form"));
    assertTrue(TestTexts.removedAs(d, "Example Gazette Subscribe today", "page header"));
    assertTrue(TestTexts.removedAs(d, "Win a trip to Rome", "advertisement"));
    assertTrue(TestTexts.removedAs(d, "Share on Facebook", "social call"));
    assertTrue(TestTexts.removedAs(d, "Budget Passes", "title"));
    Removal footer = d.removed().stream().filter(r -> r.reason().equals("page footer")).findFirst().orElseThrow();
    assertTrue(footer.text().startsWith("© 2024 Example Gazette."));
    assertTrue(footer.text().endsWith("…"));
    assertTrue(footer.text().length() <= HtmlReader.MAX_REMOVAL_CHARS, footer.text());
  }

  @Test
  void withoutArticleTheElementWithMostParagraphTextWins() throws Exception {
    String page = "<html><body><div id=top><p>Short teaser.</p></div>"
        + "<div id=story>" + P1 + P2 + "<p>The vote was 31 to 20.</p></div>"
        + "<div id=bottom><p>Other news.</p></div></body></html>";
    Document d = html(page);
    assertTrue(d.body().startsWith("The council approved"), d.body());
    assertTrue(d.body().endsWith("The vote was 31 to 20."));
    assertTrue(TestTexts.removedAs(d, "Short teaser.", "outside article"), d.removed().toString());
    assertTrue(TestTexts.removedAs(d, "Other news.", "outside article"));
  }

  @Test
  void paragraphsFromHeadingsListsAndQuotes() throws Exception {
    String page = "<html><body><main>" + P1 + "<h2>What the cuts mean</h2>"
        + "<ul><li>Fewer buses.</li><li>Larger classes.</li></ul>"
        + "<blockquote><p>We will fight this.</p></blockquote>"
        + "<p>Line one<br>line two of the same paragraph.</p></main></body></html>";
    Document d = html(page);
    assertEquals("The council approved the new budget on Monday after a long debate.\n\nWhat the cuts mean\n\n"
        + "Fewer buses.\n\nLarger classes.\n\nWe will fight this.\n\nLine one line two of the same paragraph.",
        d.body());
  }

  @Test
  void metadataFromMetaTags() throws Exception {
    String page = "<html><head><title>Ignored Title</title>"
        + "<meta property=\"og:title\" content=\"Budget Passes After Debate\">"
        + "<meta property=\"og:site_name\" content=\"Example Gazette\">"
        + "<meta name=\"author\" content=\"By Ann Poe\">"
        + "<meta property=\"article:published_time\" content=\"2024-02-29T18:30:00+01:00\">"
        + "</head><body><article>" + P1 + "</article></body></html>";
    Document d = html(page);
    assertEquals("Budget Passes After Debate", d.title());
    assertEquals("Ann Poe", d.byline());
    assertEquals("Example Gazette", d.publisher());
    assertEquals(LocalDate.of(2024, 2, 29), d.published());
  }

  @Test
  void dateFromTimeElementOrJsonLd() throws Exception {
    String withTime = "<html><body><article><h1>Budget Passes</h1><time datetime=\"2023-07-14\">14 July</time>"
        + P1 + "</article></body></html>";
    assertEquals(LocalDate.of(2023, 7, 14), html(withTime).published());
    String withLd = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\": \"2022-01-05T10:00:00Z\"}</script></head><body>" + P1 + "</body></html>";
    assertEquals(LocalDate.of(2022, 1, 5), html(withLd).published());
  }

  @Test
  void titleFromTitleElementLosesTheSiteSuffix() throws Exception {
    String page = "<html><head><title>Budget Passes | Example Gazette</title>"
        + "<meta property=\"og:site_name\" content=\"Example Gazette\"></head><body>" + P1 + "</body></html>";
    assertEquals("Budget Passes", html(page).title());
  }

  @Test
  void titleFromH1WhenNothingElse() throws Exception {
    Document d = html("<html><body><h1>Budget Passes</h1>" + P1 + "</body></html>");
    assertEquals("Budget Passes", d.title());
    assertFalse(d.body().contains("Budget Passes"));
  }

  @Test
  void bylineAndDatelineInTheArticleLeaveTheBody() throws Exception {
    String page = "<html><body><article><h1>Budget Passes</h1><p class=meta>By Ann Poe</p>"
        + "<p>March 4, 2024</p>" + P1 + "</article></body></html>";
    Document d = html(page);
    assertEquals("Ann Poe", d.byline());
    assertEquals(LocalDate.of(2024, 3, 4), d.published());
    assertEquals("The council approved the new budget on Monday after a long debate.", d.body());
  }

  @Test
  void scriptsAndStylesNeverReachTheBody() throws Exception {
    Document d = html("<html><head><style>p{color:red}</style></head><body><script>alert('x')</script>"
        + P1 + "<noscript>Please enable JavaScript</noscript></body></html>");
    assertFalse(d.body().contains("alert") || d.body().contains("color"));
    assertTrue(TestTexts.removedAs(d, "Please enable JavaScript", "noscript"));
    assertNull(d.byline());
  }

  @Test
  void entitiesAreDecoded() throws Exception {
    Document d = html("<html><body><p>Prices &amp; wages rose &mdash; a lot&nbsp;this year.</p></body></html>");
    // &nbsp; becomes an ordinary space, like every no-break space (Canonicalizer)
    assertEquals("Prices & wages rose — a lot this year.", d.body());
  }

  @Test
  void siteNameHeadingDoesNotBecomeTheTitle() throws Exception {
    String page = "<html><head><title>Budget Passes | Example Gazette</title></head><body>"
        + "<h2>Example Gazette</h2>" + P1 + "</body></html>";
    Document d = html(page);
    assertEquals("Budget Passes | Example Gazette", d.title());
    assertTrue(d.body().contains("Example Gazette"), d.body());
  }
}
