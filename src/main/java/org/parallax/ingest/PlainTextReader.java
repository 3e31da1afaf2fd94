package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into paragraphs at blank lines, and at line breaks that a writer made on purpose:
 * after a short line without closing punctuation (a heading, a byline, a dateline) that is followed by
 * a line starting a new unit, where a line wrapper would have had room for the next line's first word.
 * The lines of a hard-wrapped paragraph are joined; those of a heading and its paragraph are not.
 */
final class PlainTextReader {
  private static final Pattern URL = Pattern.compile("<?(https?://|www\\.)\\S+");
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");

  private PlainTextReader() {}

  /** Returns the paragraphs of {@code text}, whose line ends are already "\n". */
  static Parsed read(String text) {
    List<Block> blocks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    for (String raw : text.split("\n", -1)) {
      String line = SPACES.matcher(raw).replaceAll(" ").strip();
      if (line.isEmpty()) {
        flush(blocks, current);
      } else {
        current.add(new Line(line, urlsOnly(line)));
      }
    }
    flush(blocks, current);
    return Parsed.of(splitAtDeliberateBreaks(blocks), List.of());
  }

  /** Lines a heading or byline may have, in words, at most. */
  private static final int HEADING_WORDS = 12;
  /** Wrapped lines (not the last of their paragraph) needed before the text counts as hard-wrapped. */
  private static final int WRAPPED_LINES = 5;

  /** Splits each block after every line that ends a unit of its own (see the class comment). */
  static List<Block> splitAtDeliberateBreaks(List<Block> blocks) {
    int width = wrapWidth(blocks);
    List<Block> out = new ArrayList<>();
    for (Block block : blocks) {
      List<Line> lines = block.lines();
      int start = 0;
      for (int i = 0; i + 1 < lines.size(); i++) {
        if (deliberateBreak(lines.get(i).text(), lines.get(i + 1).text(), width)) {
          out.add(new Block(lines.subList(start, i + 1), block.kind()));
          start = i + 1;
        }
      }
      out.add(start == 0 ? block : new Block(lines.subList(start, lines.size()), block.kind()));
    }
    return out;
  }

  /**
   * The width the text was wrapped at: the longest line that is not the last of a paragraph of three
   * or more lines, when there are enough of them; otherwise the text is not hard-wrapped and any
   * width will do.
   */
  private static int wrapWidth(List<Block> blocks) {
    List<Integer> wrapped = new ArrayList<>();
    for (Block block : blocks) {
      List<Line> lines = block.lines();
      if (lines.size() >= 3) {
        for (Line l : lines.subList(0, lines.size() - 1)) {
          if (!l.linkOnly()) {
            wrapped.add(l.text().length());
          }
        }
      }
    }
    return wrapped.size() < WRAPPED_LINES ? Integer.MAX_VALUE : wrapped.stream().max(Integer::compare).orElseThrow();
  }

  private static boolean deliberateBreak(String line, String next, int width) {
    if (line.split(" ").length > HEADING_WORDS || endsAUnitOrContinues(line)) {
      return false;
    }
    int first = next.codePointAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"\u201C'\u2018".indexOf(first) >= 0)) {
      return false;
    }
    if (width == Integer.MAX_VALUE) {
      // No evidence of wrapping: a short paragraph of two or three wrapped lines looks like a line
      // and its continuation, the first about as long as the next. A heading is followed by a byline
      // or by a paragraph that runs well past it.
      return next.startsWith("By ") || next.length() >= line.length() * 3 / 2;
    }
    String firstWord = next.split(" ", 2)[0];
    return line.length() + 1 + firstWord.length() <= width;
  }

  /**
   * True when {@code line} ends in punctuation: a sentence's end (the sentence splitter's business),
   * or a mark that carries on to the next line (comma, hyphen, dash, opening bracket).
   */
  private static boolean endsAUnitOrContinues(String line) {
    int last = line.codePointBefore(line.length());
    return !Character.isLetterOrDigit(last) && last != ')' && last != ']';
  }

  /** Returns true when every word of {@code line} is a URL. */
  static boolean urlsOnly(String line) {
    for (String word : line.split(" ")) {
      if (!URL.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  private static void flush(List<Block> blocks, List<Line> current) {
    if (!current.isEmpty()) {
      blocks.add(new Block(current, Block.Kind.PARAGRAPH));
      current.clear();
    }
  }
}
