package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each boilerplate rule, on lines written the ways different sites write them. */
class BoilerplateRulesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      Region: Middle East & North Africa => region/theme tags
      Theme: Law and Justice, Police State => region/theme tags
      In-depth Report: SYRIA => region/theme tags
      Tags: elections, Europe, Germany => region/theme tags
      Filed under: Politics => region/theme tags
      Become a Member of The Daily Example => membership call
      Support our journalism with a monthly gift => membership call
      Sign up for our daily newsletter => membership call
      Subscribe => membership call
      Comment on Example Articles on our Facebook page => social call
      Follow us on Twitter => social call
      Share this article => social call
      Facebook Twitter Email => social call
      Join us on Telegram => social call
      Disclaimer: The views expressed are the author's own. => disclaimer
      The views expressed in this article are solely those of the author. => disclaimer
      Copyright © Example News, 2019 => copyright
      © 2024 The Example Post. All rights reserved. => copyright
      (c) 2021 Example Media => copyright
      The original source of this article is Example Daily => source note
      This article was originally published on Example Review. => source note
      Source: Example Wire => source note
      Featured image is from Wikimedia Commons. => image credit
      Photo: Jane Doe / Example Wire => image credit
      Image credit: Example Agency => image credit
      (Photo by John Roe/Example Images) => image credit
      Articles by: Jane Doe => author list
      More stories from Example Wire => author list
      For media inquiries: press@example.org => contact line
      Skip to content => navigation
      Read more: Talks collapse in Geneva => navigation
      Related Articles => navigation
      Home > World > Europe => navigation
      Advertisement => advertisement
      """)
  void classifiesBoilerplate(String line, String reason) {
    assertEquals(reason, BoilerplateRules.classify(Line.of(line)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The minister said the talks would resume in Geneva next week.",
      "Photographs from the scene show collapsed buildings.",
      "The theme of the summit was energy security.",
      "Readers who share this view wrote to the paper.",
      "Copyrighted songs were played at the rally, organisers said.",
      "He said the source of the leak was unknown.",
      "Subscribers to the service will pay more from May.",
      "Home prices rose 3 percent in March.",
      "By Thursday the ministers had agreed on a text."})
  void leavesArticleSentencesAlone(String line) {
    assertNull(BoilerplateRules.classify(Line.of(line)));
  }

  @Test
  void longSentencesAreNotTakenForCalls() {
    String sentence = "Protesters urged people to become a member of the union and to support us in the fight,"
        + " the organiser told a crowd of several thousand people outside the ministry on Friday afternoon.";
    assertNull(BoilerplateRules.classify(Line.of(sentence)));
  }

  @Test
  void linkOnlyLinesAreBoilerplate() {
    assertEquals("link-only line", BoilerplateRules.classify(new Line("Europe | Asia | Africa", true)));
    assertNull(BoilerplateRules.classify(new Line("Europe | Asia | Africa", false)));
  }

  @Test
  void tagsAndDisclaimersTakeTheirWholeParagraph() throws Exception {
    String md = "# A Short Headline\n\nThe talks resumed on Monday.\n\nTheme: Energy, Oil  \nand Gas Politics\n\n"
        + "**Disclaimer:** The author is responsible.  \nThis site contains copyrighted material.\n";
    Document d = TestTexts.parse(md, Format.MARKDOWN);
    assertEquals("The talks resumed on Monday.", d.body());
    assertTrue(TestTexts.removedAs(d, "Theme: Energy, Oil and Gas Politics", "region/theme tags"));
    assertTrue(TestTexts.removedAs(d,
        "Disclaimer: The author is responsible. This site contains copyrighted material.", "disclaimer"));
  }

  @Test
  void boilerplateLinesLeaveTheRestOfTheirParagraph() throws Exception {
    String md = "The talks resumed on Monday.\nShare this article\nDelegates arrived from ten countries.\n";
    Document d = TestTexts.parse(md, Format.MARKDOWN);
    assertEquals("The talks resumed on Monday. Delegates arrived from ten countries.", d.body());
    assertEquals(List.of(new Removal("Share this article", "social call")), d.removed());
  }

  @Test
  void everyRemovalIsRecordedAndRulesAndLinkLinesLeave() throws Exception {
    String md = "## The Bridge Reopens Today\n\nThe bridge reopened on Monday after repairs.\n\n***\n\n"
        + "[Europe](/eu) · [Asia](/asia)\n\nFollow us on Facebook\n";
    Document d = TestTexts.parse(md, Format.MARKDOWN);
    assertEquals("The bridge reopened on Monday after repairs.", d.body());
    assertEquals(List.of(
        new Removal("The Bridge Reopens Today", "title"),
        new Removal("***", "rule"),
        new Removal("Europe · Asia", "link-only line"),
        new Removal("Follow us on Facebook", "social call")), d.removed());
  }

  @Test
  void plainTextBoilerplateToo() throws Exception {
    String txt = "Storm Closes Port\n\nThe port closed on Monday as the storm arrived.\n\n"
        + "Copyright 2024 Example Wire. All rights reserved.\n\nhttps://example.org/port-story\n";
    Document d = TestTexts.parse(txt, Format.TXT);
    assertEquals("The port closed on Monday as the storm arrived.", d.body());
    assertTrue(TestTexts.removedAs(d, "Copyright 2024 Example Wire. All rights reserved.", "copyright"));
    assertTrue(TestTexts.removedAs(d, "https://example.org/port-story", "link-only line"));
    assertFalse(d.body().contains("http"));
  }
}
