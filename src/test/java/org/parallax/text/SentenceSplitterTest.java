package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private static Arguments row(String input, String... sentences) {
    return Arguments.of(input, List.of(sentences));
  }

  /** Input on the left, the sentences it must give on the right. All texts written for these tests. */
  static Stream<Arguments> table() {
    return Stream.of(
        row("The vote passed. Critics walked out.", "The vote passed.", "Critics walked out."),
        row("Why now? Nobody knows! It is late.", "Why now?", "Nobody knows!", "It is late."),
        row("Really?! Yes.", "Really?!", "Yes."),
        // reference marks after the stop stay with their sentence, with or without a space
        row("He won the prize in 2009. [2] [3] He retired later.", "He won the prize in 2009. [2] [3]",
            "He retired later."),
        row("He won the prize in 2009.[2] He retired later.", "He won the prize in 2009.[2]", "He retired later."),
        // titles before names never end a sentence
        row("Mr. Lee met Mrs. Park and Dr. Wu.", "Mr. Lee met Mrs. Park and Dr. Wu."),
        row("Gen. Mark Milley spoke to Sen. Warren on St. Patrick's Day.",
            "Gen. Mark Milley spoke to Sen. Warren on St. Patrick's Day."),
        // abbreviations inside a sentence
        row("The U.S. and the U.K. signed a deal in Sept. 2021 with Acme Inc. and Beta Corp. on board.",
            "The U.S. and the U.K. signed a deal in Sept. 2021 with Acme Inc. and Beta Corp. on board."),
        row("It was Jan. 6 and No. 10 Downing St. was quiet.", "It was Jan. 6 and No. 10 Downing St. was quiet."),
        row("It was Arsenal vs. Chelsea, with fans, flags, etc. in the stands.",
            "It was Arsenal vs. Chelsea, with fans, flags, etc. in the stands."),
        // abbreviations that do end a sentence
        row("Officials raised concerns about the large-scale U.S.",
            "Officials raised concerns about the large-scale U.S."),
        row("The troops left the U.S. They flew to Guam.", "The troops left the U.S.", "They flew to Guam."),
        row("He sold shares in Acme Inc. The price fell.", "He sold shares in Acme Inc.", "The price fell."),
        row("They brought food, water, etc. Then they left.", "They brought food, water, etc.", "Then they left."),
        row("She works for the U.S. Treasury in Washington.", "She works for the U.S. Treasury in Washington."),
        // initials
        row("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it."),
        row("George W. Bush met John F. Kennedy Jr. at the event.",
            "George W. Bush met John F. Kennedy Jr. at the event."),
        row("It was just you and I. Did anyone else see it?", "It was just you and I.", "Did anyone else see it?"),
        // numbers and money
        row("Prices rose 3.5% to $1.50 a loaf. Bakers blamed wheat.",
            "Prices rose 3.5% to $1.50 a loaf.", "Bakers blamed wheat."),
        row("The bill was $2,000.50. He paid it.", "The bill was $2,000.50.", "He paid it."),
        row("At 5 a.m. Mr. Cho left. He came back at 9 p.m. Nobody asked why.",
            "At 5 a.m. Mr. Cho left.", "He came back at 9 p.m.", "Nobody asked why."),
        row("The talks start at 10 a.m. Monday in Geneva.", "The talks start at 10 a.m. Monday in Geneva."),
        // ellipses
        row("He hesitated... and then he signed.", "He hesitated... and then he signed."),
        row("He hesitated\u2026 Then he signed.", "He hesitated\u2026", "Then he signed."),
        row("It was over.... The crowd left.", "It was over....", "The crowd left."),
        row("\"It's as if ... radical actions\".", "\"It's as if ... radical actions\"."),
        row("The thing is . . . I did not know.", "The thing is . . . I did not know."),
        // quotes and brackets after terminal punctuation
        row("\"Stop.\" She left.", "\"Stop.\"", "She left."),
        row("He said \"go!\" and left.", "He said \"go!\" and left."),
        row("\u201CWe will respond,\u201D he said. \u201CNobody should doubt it.\u201D",
            "\u201CWe will respond,\u201D he said.", "\u201CNobody should doubt it.\u201D"),
        // a quotation of several sentences is split into its sentences (pieces() links them)
        row("\u201CWe came in peace. We leave in peace,\u201D the envoy said.",
            "\u201CWe came in peace.", "We leave in peace,\u201D the envoy said."),
        // a quotation closed by ? or ! keeps its attribution, even before a capital
        row("\u201CWho paid?\u201D Ms. Ortiz asked. Nobody answered.",
            "\u201CWho paid?\u201D Ms. Ortiz asked.", "Nobody answered."),
        row("\"Enough!\" I said. \"Out!\" He left.", "\"Enough!\" I said.", "\"Out!\"", "He left."),
        row("\"Why?\" The question hung there.", "\"Why?\"", "The question hung there."),
        row("'Is it over?' she asked. 'Not yet.'", "'Is it over?' she asked.", "'Not yet.'"),
        row("The talks (which began in May.) were long. They ended.",
            "The talks (which began in May.) were long.", "They ended."),
        row("The deal collapsed. (Both sides blamed each other.) Markets fell.",
            "The deal collapsed.", "(Both sides blamed each other.)", "Markets fell."),
        // lists
        row("1. Stay calm 2. Call for help 3. Wait", "1. Stay calm", "2. Call for help", "3. Wait"),
        row("a) red b) green c) blue", "a) red", "b) green", "c) blue"),
        row("He scored 1. Then he scored 2. Then he stopped.",
            "He scored 1.", "Then he scored 2.", "Then he stopped."),
        // e-mail, URLs and missing spaces
        row("Write to press.office@example.org. They answer fast.",
            "Write to press.office@example.org.", "They answer fast."),
        row("Read it at www.example.com/news.html. It is free.",
            "Read it at www.example.com/news.html.", "It is free."),
        row("The polls closed.Counting began at once.", "The polls closed.", "Counting began at once."),
        // exclamations inside names and sentences
        row("She works at Yahoo! in London.", "She works at Yahoo! in London."),
        row("Go -- now! -- before it is late.", "Go -- now! -- before it is late."),
        // citations after a sentence
        row("The war ended in 1945.[3] Europe was in ruins.", "The war ended in 1945.[3]", "Europe was in ruins."),
        // blank lines always separate
        row("A title without a stop\n\nThe first sentence.", "A title without a stop", "The first sentence."),
        // news sentences
        row("Russian Foreign Minister Sergei Lavrov finally had enough - and flat-out accused Trump..., "
                + "Reuters reports. The Kremlin declined to comment.",
            "Russian Foreign Minister Sergei Lavrov finally had enough - and flat-out accused Trump..., Reuters reports.",
            "The Kremlin declined to comment."),
        row("North Korea fired a missile on Sunday, the South Korean military said. Japan protested.",
            "North Korea fired a missile on Sunday, the South Korean military said.", "Japan protested."),
        // real news shapes (texts invented for these tests)
        // datelines are part of the first sentence
        row("WASHINGTON \u2014 The Senate voted 234-193 on Tuesday. The House follows.",
            "WASHINGTON \u2014 The Senate voted 234-193 on Tuesday.", "The House follows."),
        row("WASHINGTON (Reuters) - U.S. lawmakers met on Friday. No deal came.",
            "WASHINGTON (Reuters) - U.S. lawmakers met on Friday.", "No deal came."),
        row("NEW YORK, Jan. 5 (AP) \u2014 Stocks fell. Oil rose.",
            "NEW YORK, Jan. 5 (AP) \u2014 Stocks fell.", "Oil rose."),
        // a date line under a headline without a stop, and a date opening the text
        row("Mayor resigns after audit Tuesday, March 3, 2026 The mayor of Dunmore resigned.",
            "Mayor resigns after audit", "Tuesday, March 3, 2026", "The mayor of Dunmore resigned."),
        row("MARCH 3, 2026 PRESS RELEASE", "MARCH 3, 2026", "PRESS RELEASE"),
        row("The vote was held on Tuesday, March 3, 2026 in the old hall.",
            "The vote was held on Tuesday, March 3, 2026 in the old hall."),
        row("Results came in Friday, May 8, 2026. Turnout was low.",
            "Results came in Friday, May 8, 2026.", "Turnout was low."),
        // captions: a label without a stop, and a credit in parentheses after the caption
        row("Photo 2 Firefighters work through the night. (Photo: Ana Ruiz/Press Agency)",
            "Photo 2", "Firefighters work through the night.", "(Photo: Ana Ruiz/Press Agency)"),
        row("Figure 1.5 (credit: city archive) The bridge in 1950.",
            "Figure 1.5", "(credit: city archive) The bridge in 1950."),
        row("See Figure 3 Above for details.", "See Figure 3 Above for details."),
        row("The plan failed. (see below for details)", "The plan failed.", "(see below for details)"),
        row("The plan (see below) failed. (it was late) but cheap.", "The plan (see below) failed. (it was late) but cheap."),
        // list items joined into one paragraph
        row("The bill does three things: - Raises pay - Cuts fees - Ends the freeze",
            "The bill does three things:", "- Raises pay", "- Cuts fees", "- Ends the freeze"),
        row("Talks ended - Officials left.", "Talks ended - Officials left."),
        row("\u2022 Pay rises 3% \u2022 Fees fall", "\u2022 Pay rises 3%", "\u2022 Fees fall"),
        // an elision mark after a stop ends that sentence; inside a sentence it does not
        row("The statement thanked the voters. [...] It ended with a warning.",
            "The statement thanked the voters. [...]", "It ended with a warning."),
        row("The report said the plan [...] Would cost more.", "The report said the plan [...] Would cost more."),
        // endnote numbers after a space stay with their sentence
        row("Costs doubled in a decade. 4 Even so, the plan went ahead.",
            "Costs doubled in a decade. 4", "Even so, the plan went ahead."),
        row("The team won 3-1. 12 Fans were hurt.", "The team won 3-1.", "12 Fans were hurt."),
        // odd input
        row("", new String[0]),
        row("   \n  ", new String[0]),
        row("...", "..."),
        row("!!! Wow.", "!!! Wow."));
  }

  @ParameterizedTest
  @MethodSource("table")
  void splitsAsExpected(String input, List<String> expected) {
    assertEquals(expected, texts(input));
  }

  @Test
  void marksThePiecesThatContinueAQuotation() {
    String text = "The mayor spoke. \u201CThe bridge is safe. It will reopen Monday. Trust us,\u201D she said. "
        + "Critics disagreed.";
    List<SentenceSplitter.Piece> pieces = splitter.pieces(text);
    assertEquals(List.of("The mayor spoke.", "\u201CThe bridge is safe.", "It will reopen Monday.",
        "Trust us,\u201D she said.", "Critics disagreed."), pieces.stream().map(p -> p.span().of(text)).toList());
    assertEquals(List.of(false, false, true, true, false),
        pieces.stream().map(SentenceSplitter.Piece::continuesQuote).toList());
    assertEquals(splitter.split(text), pieces.stream().map(SentenceSplitter.Piece::span).toList());
  }

  @Test
  void spansPointIntoTheTextAndAreTrimmed() {
    String text = "  First one.   Second one!  ";
    List<Span> spans = splitter.split(text);
    assertEquals(List.of(new Span(2, 12), new Span(15, 26)), spans);
  }

  @Test
  void splitsAMegabyteOfRandomTextAndCoversIt() {
    Random random = new Random(42);
    String[] pieces = {
      "word", "U.S.", "Mr.", "3.5%", "...", ". . .", "\u2026", "\"", "'", "(", ")", "1.", "a)", "?!",
      "e.g.", "www.example.com", "a@b.c", "\n", "\n\n", "\u2022", "Capital", "[1]", "....", "-", "J."
    };
    StringBuilder sb = new StringBuilder(1_100_000);
    while (sb.length() < 1_000_000) {
      sb.append(pieces[random.nextInt(pieces.length)]);
      sb.append(random.nextInt(4) == 0 ? "" : " ");
      if (random.nextInt(50) == 0) {
        sb.append("x".repeat(random.nextInt(300)));
      }
    }
    String text = sb.toString();
    List<Span> spans = splitter.split(text);
    assertTrue(spans.size() > 1000, "expected many sentences, got " + spans.size());
    int pos = 0;
    for (Span s : spans) {
      assertTrue(s.start() >= pos, "spans must be in order and not overlap");
      assertTrue(text.substring(pos, s.start()).isBlank(), "only whitespace between sentences");
      assertTrue(s.end() > s.start());
      pos = s.end();
    }
    assertTrue(text.substring(pos).isBlank(), "only whitespace after the last sentence");
  }

  @Test
  void handlesPathologicalRuns() {
    String dots = "a." + ".".repeat(200_000) + " B";
    assertEquals(2, splitter.split(dots).size(), "a long run of dots ends a sentence before a capital");
    String noSpaces = "a.b".repeat(100_000);
    assertEquals(1, splitter.split(noSpaces).size());
    String quotes = "\"".repeat(100_000) + " x.";
    assertEquals(1, splitter.split(quotes).size());
  }

  private List<String> texts(String input) {
    List<String> out = new ArrayList<>();
    for (Span s : splitter.split(input)) {
      out.add(s.of(input));
    }
    return out;
  }
}
