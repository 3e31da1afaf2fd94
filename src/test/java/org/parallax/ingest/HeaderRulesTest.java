package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Title, byline, publisher and date found in the lines around a headline. */
class HeaderRulesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      By Jane Doe => Jane Doe
      By Jane Doe and John Roe => Jane Doe and John Roe
      By Jane Doe, John Roe and Ann Poe => Jane Doe, John Roe and Ann Poe
      by Ludwig van der Berg => Ludwig van der Berg
      Written by Amal El-Sayed => Amal El-Sayed
      Author: Pat Smith => Pat Smith
      BY MARIA GARCIA => MARIA GARCIA
      """)
  void bylines(String line, String names) {
    assertEquals(Optional.of(names), HeaderRules.byline(line).map(HeaderRules.Byline::names));
  }

  @Test
  void bylineWithDate() {
    assertEquals(Optional.of(new HeaderRules.Byline("Jane Doe", LocalDate.of(2019, 4, 2))),
        HeaderRules.byline("By Jane Doe, April 2, 2019"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "By Thursday, the ministers had agreed on a text.",
      "By then it was too late",
      "By the end of 2017 sanctions had tightened",
      "Bystanders watched"})
  void sentencesStartingWithByAreNotBylines(String line) {
    assertTrue(HeaderRules.byline(line).isEmpty(), line);
  }

  @Test
  void signatures() {
    assertEquals(Optional.of("Tracy Klein"), HeaderRules.signature("  • Tracy Klein"));
    assertEquals(Optional.of("Jane Doe"), HeaderRules.signature("— Jane Doe"));
    assertTrue(HeaderRules.signature("• Germany").isEmpty());
    assertTrue(HeaderRules.signature("- the talks failed").isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      Global Research, November 30, 2017 => Global Research => 2017-11-30
      Example Times | Nov. 30, 2017 => Example Times => 2017-11-30
      The Daily Example - 30 November 2017 => The Daily Example => 2017-11-30
      November 30, 2017 => none => 2017-11-30
      Published: 2017-11-30 => none => 2017-11-30
      Posted on Thursday, Nov 30, 2017 at 10:15 AM => none => 2017-11-30
      Updated 30 Nov 2017 14:02 GMT => none => 2017-11-30
      """)
  void datelines(String line, String publisher, String date) {
    Optional<HeaderRules.Dateline> d = HeaderRules.dateline(line);
    assertTrue(d.isPresent(), line);
    assertEquals(publisher.equals("none") ? null : publisher, d.get().publisher());
    assertEquals(LocalDate.parse(date), d.get().date());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The summit ended on November 30, 2017",
      "Officials met in Geneva, November 30, 2017, to sign the accord",
      "2017 was a hard year"})
  void sentencesWithDatesAreNotDatelines(String line) {
    assertTrue(HeaderRules.dateline(line).isEmpty(), line);
  }

  @Test
  void markdownHeaderBlocks() throws Exception {
    String md = "# Floods Hit the Valley\n\nBy [Jane Doe](/authors/jd) and John Roe\n\n"
        + "The Example Herald, March 3, 2024\n\n## World News\n\nRiver levels rose overnight in the valley.\n";
    Document d = TestTexts.parse(md, Format.MARKDOWN);
    assertEquals("Floods Hit the Valley", d.title());
    assertEquals("Jane Doe and John Roe", d.byline());
    assertEquals("The Example Herald", d.publisher());
    assertEquals(LocalDate.of(2024, 3, 3), d.published());
    assertEquals("River levels rose overnight in the valley.", d.body());
    assertTrue(TestTexts.removedAs(d, "World News", "site section"));
    assertTrue(TestTexts.removedAs(d, "By Jane Doe and John Roe", "byline"));
    assertTrue(TestTexts.removedAs(d, "The Example Herald, March 3, 2024", "dateline"));
  }

  @Test
  void subheadingsInsideTheBodyStay() throws Exception {
    String md = "# Floods Hit the Valley\n\nRiver levels rose overnight.\n\n## What Happens Next\n\n"
        + "Engineers will inspect the dams.\n";
    Document d = TestTexts.parse(md, Format.MARKDOWN);
    assertEquals("River levels rose overnight.\n\nWhat Happens Next\n\nEngineers will inspect the dams.", d.body());
  }

  @Test
  void plainTextTitleIsTheFirstLineWhenItLooksLikeAHeadline() throws Exception {
    Document d = TestTexts.parse("Floods Hit the Valley\n\nRiver levels rose overnight.\n", Format.TXT);
    assertEquals("Floods Hit the Valley", d.title());
    assertEquals("River levels rose overnight.", d.body());
    assertTrue(TestTexts.removedAs(d, "Floods Hit the Valley", "title"));
  }

  @Test
  void plainTextWithoutHeadlineHasNoTitle() throws Exception {
    Document d = TestTexts.parse("River levels rose overnight.\n\nEngineers will inspect the dams.\n", Format.TXT);
    assertNull(d.title());
    assertNull(d.byline());
    assertNull(d.publisher());
    assertNull(d.published());
    assertEquals("River levels rose overnight.\n\nEngineers will inspect the dams.", d.body());
  }

  @Test
  void datesInTheBodyAreNotPublicationDates() throws Exception {
    Document d = TestTexts.parse("Floods Hit the Valley\n\nRiver levels rose overnight.\n\nMarch 3, 2024\n",
        Format.TXT);
    assertNull(d.published());
    assertTrue(d.body().endsWith("March 3, 2024"));
  }

  @Test
  void trailingBylineLine() throws Exception {
    Document d = TestTexts.parse("Floods Hit the Valley\n\nRiver levels rose overnight.\n\n— Ann Poe\n",
        Format.TXT);
    assertEquals("Ann Poe", d.byline());
    assertEquals("River levels rose overnight.", d.body());
  }
}
