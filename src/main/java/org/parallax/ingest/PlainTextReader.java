package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits plain text into paragraphs at blank lines. */
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
    return Parsed.of(blocks, List.of());
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
