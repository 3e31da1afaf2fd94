package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs of plain text: blank lines, and line breaks made on purpose. (Texts invented here.) */
class PlainTextReaderTest {
  private static List<String> paragraphs(String text) {
    return PlainTextReader.read(text).blocks().stream().map(Block::text).toList();
  }

  /** A paragraph of about {@code width} characters a line, hard-wrapped greedily. */
  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }

  @Test
  void headlineBylineAndSubheadingAreTheirOwnParagraphs() {
    String text = "Council approves the new bridge\nBy Ana Lopez\n\n"
        + "RIVERTON — The city council approved the bridge on Monday. Work starts in May.\n\n"
        + "Opposition\nResidents of the east bank said the bridge would bring traffic.\n";
    assertEquals(
        List.of("Council approves the new bridge", "By Ana Lopez",
            "RIVERTON — The city council approved the bridge on Monday. Work starts in May.",
            "Opposition", "Residents of the east bank said the bridge would bring traffic."),
        paragraphs(text));
  }

  @Test
  void hardWrappedParagraphsAreJoinedEvenBeforeAName() {
    String first = "The council approved the bridge on Monday after a long meeting in which residents of both"
        + " banks spoke for and against it, and the mayor said construction would start in May once the state"
        + " has signed off on the plans and the money for the first phase has arrived.";
    String second = "Residents of the east bank said the bridge would bring traffic to their streets, according to"
        + " council member Ruth Ellis of the fourth ward, who voted against it.";
    String text = "Council approves the new bridge\n\n" + wrap(first, 60) + "\n\n" + wrap(second, 60) + "\n";
    assertEquals(List.of("Council approves the new bridge", first, second), paragraphs(text));
    // The wrap breaks "Ruth / Ellis": a line without punctuation, then a capital. Still one paragraph.
    assertTrue(wrap(second, 60).contains("Ruth\nEllis"), wrap(second, 60));
  }

  @Test
  void aShortWrappedParagraphIsNotTakenForAHeading() {
    assertEquals(
        List.of("In the end the members who had said they would vote against Mayor Ellis voted for the plan."),
        paragraphs("In the end the members who had said they would vote against\nMayor Ellis voted for the plan.\n"));
  }

  @Test
  void lineEndingInACommaOrDashCarriesOn() {
    assertEquals(
        List.of("The mayor, who spoke first, said the plan was sound."),
        paragraphs("The mayor,\nwho spoke first, said the plan was sound.\n"));
    assertEquals(
        List.of("Three members — Ellis, Park and Ode — voted no."),
        paragraphs("Three members —\nEllis, Park and Ode — voted no.\n"));
  }
}
