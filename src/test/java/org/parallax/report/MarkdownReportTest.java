package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private final MarkdownReport report = new MarkdownReport().full();
  private final String md = report.render(Fixtures.council());
  private final String brief = new MarkdownReport().linkingTo("council.html").render(Fixtures.council());

  @Test
  void rendersTheSameBytesTwice() {
    assertEquals(md, new MarkdownReport().full().render(Fixtures.council()));
    assertEquals(brief, new MarkdownReport().linkingTo("council.html").render(Fixtures.council()));
  }

  @Test
  void shortFormHoldsTheKeyDifferencesCountsAndAPointer() {
    List<String> order =
        List.of(
            "**Verdict: related** (relatedness 0.873)",
            "### Key differences",
            "1. Ana Ruiz’s quote is worded differently (A → B): This budget protects"
                + " <del>every family</del><ins>families</ins> in the port district."
                + " ([both quotes](council.html#row-q-A-q1))",
            "2. Only B mentions Tom Berg (quoted)",
            "3. Voices: A quotes 1 speaker, B 2 speakers; only B quotes Tom Berg.",
            "### Counts",
            "| Facts only here | 1 | 1 |",
            "[The HTML report](council.html) shows");
    int at = -1;
    for (String part : order) {
      int next = brief.indexOf(part);
      assertTrue(next > at, "out of order or missing: " + part + "\n" + brief);
      at = next;
    }
    assertFalse(brief.contains("### Quotes"), brief);
    assertFalse(brief.contains("### Framing"), brief);
    assertTrue(md.contains("### Key differences"));
  }

  @Test
  void shortFormStaysUnderEightThousandCharactersForHugeComparisons() {
    String huge = new MarkdownReport().render(Fixtures.huge(4000));
    assertTrue(huge.length() <= MarkdownReport.SHORT_MAX_CHARS, "length " + huge.length());
    assertTrue(huge.contains("### Key differences"), huge);
    assertTrue(huge.contains("### Counts"), huge);
    assertFalse(huge.contains("report truncated"), "fits without the last-resort cut: " + huge.length());
  }

  @Test
  void fileNamesThatNeedEscapingAreNotLinked() {
    String odd = new MarkdownReport().linkingTo("a b(1).html").render(Fixtures.council());
    assertFalse(odd.contains("]("), odd);
  }

  @Test
  void putsTheTopDifferencesBeforeTheTables() {
    List<String> order =
        List.of(
            "**Verdict: related** (relatedness 0.873)",
            "| Shared content | 78.5% (5 sentences) | 73.2% (5 sentences) |",
            "### Top differences",
            "- **Quote variant** Ana Ruiz / Ruiz (A-q1 → B-q1, 0.857): This budget protects"
                + " <del>every family</del><ins>families</ins> in the port district.",
            "- **Facts only in A:** March 2024 (date)",
            "- **Facts only in B:** Tom Berg (person)",
            "- **Framing** `attribution-verb` (both)",
            "### Aligned passages that differ",
            "### Quotes",
            "### Facts",
            "### Framing",
            "### Sentences in one article only");
    int at = -1;
    for (String part : order) {
      int next = md.indexOf(part);
      assertTrue(next > at, "out of order or missing: " + part + "\n" + md);
      at = next;
    }
  }

  @Test
  void keepsSpacesAroundChangedWords() {
    assertTrue(md.contains("The project will cost <ins>about </ins>40 million euros"), md);
  }

  @Test
  void listsDifferingAlignmentsAndOneSidedRows() {
    assertFalse(md.contains("| 1 | A-s0 | B-s0 |"), "identical alignments are left out");
    assertTrue(md.contains("Identical passages not listed: 1."));
    assertTrue(md.contains("| B-q2 | Tom Berg | called | partial | reckless and rushed | one-sided |"));
    assertTrue(md.contains("| Ana Ruiz | person | both | Ana Ruiz; Ruiz | A-s2 B-s2 |"));
    assertTrue(md.contains("| A-s3 | Critics called the plan a “giveaway” to developers. |"));
  }

  @Test
  void staysUnderTheCommentLimitForHugeComparisons() {
    String huge = report.render(Fixtures.huge(4000));
    assertTrue(huge.length() < MarkdownReport.MAX_CHARS, "length " + huge.length());
    assertTrue(huge.contains("more rows"), huge);
    assertTrue(huge.contains("more differences"), huge);
    assertTrue(huge.length() > 20_000, "tables should still be filled");
  }

  @Test
  void fitCutsAtALineEnd() {
    String text = "x".repeat(99) + "\n";
    String fitted = MarkdownReport.fit(text.repeat(2000));
    assertTrue(fitted.length() <= MarkdownReport.MAX_CHARS);
    assertTrue(fitted.endsWith("see the JSON or HTML report.\n"));
    assertEquals("short\n", MarkdownReport.fit("short\n"));
  }

  @Test
  void escapesMarkdownAndHtml() {
    assertEquals("\\# heading", MarkdownReport.escape("# heading"));
    assertEquals("a\\|b", MarkdownReport.escape("a|b"));
    assertEquals("\\`code\\`", MarkdownReport.escape("`code`"));
    assertEquals("&lt;b&gt;x&lt;/b&gt; &amp;amp;", MarkdownReport.escape("<b>x</b> &amp;"));
    assertEquals("\\[link\\](x) \\*em\\*", MarkdownReport.escape("[link](x) *em*"));
    assertEquals("@\u200Boctocat", MarkdownReport.escape("@octocat"));
    assertEquals("a b", MarkdownReport.escape("a\nb"));
  }

  @Test
  void hostileTextStaysInert() {
    for (String hostile : List.of(report.render(Fixtures.hostile()), new MarkdownReport().render(Fixtures.hostile()))) {
      hostileStaysInert(hostile);
    }
  }

  private static void hostileStaysInert(String hostile) {
    for (String evil : Fixtures.HOSTILE) {
      assertFalse(hostile.contains(evil), evil);
    }
    assertFalse(hostile.contains("<script"));
    assertFalse(hostile.contains("<img"));
    assertFalse(hostile.contains("<svg"));
    assertFalse(hostile.contains("<a "));
    for (String line : hostile.split("\n")) {
      assertFalse(line.startsWith("#") && !line.startsWith("## Parallax") && !line.startsWith("### "), line);
      if (line.startsWith("|")) {
        assertTrue(line.endsWith("|"), line);
      }
    }
    // every row of a table has as many unescaped pipes as its header
    String[] lines = hostile.split("\n");
    int expected = -1;
    for (String line : lines) {
      if (!line.startsWith("|")) {
        expected = -1;
        continue;
      }
      int pipes = line.replace("\\\\", "").replace("\\|", "").replaceAll("[^|]", "").length();
      if (expected < 0) {
        expected = pipes;
      }
      assertEquals(expected, pipes, line);
    }
  }
}
