package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits Markdown into blocks and removes its inline markup, keeping the text. */
final class MarkdownReader {
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*+\\1){2,}+[ \\t]*$");
  private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,3}[.)])[ \\t]+(.*)$");
  private static final Pattern QUOTE = Pattern.compile("^[ \\t]{0,3}(?:>[ \\t]?)++(.*)$");
  private static final Pattern FENCE = Pattern.compile("^[ \\t]{0,3}(```|~~~).*$");
  private static final Pattern REF_DEF = Pattern.compile("^[ \\t]{0,3}\\[[^\\]]+]:[ \\t]+\\S+.*$");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
  private static final Pattern IMAGE = Pattern.compile(
      "!\\[([^\\[\\]\\n]{0,1000}+)]\\(([^()\\[\\]\\s]{0,2048}+)(?:\\s+\"[^\"\\n]{0,500}+\")?\\)");
  static final Pattern LINK = Pattern.compile(
      "\\[([^\\[\\]\\n]{1,1000}+)]\\(([^()\\[\\]\\s]{0,2048}+)(?:\\s+\"[^\"\\n]{0,500}+\")?\\)");
  private static final Pattern REF_LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,1000}+)]\\[[^\\[\\]\\n]{0,100}+]");
  private static final Pattern AUTOLINK = Pattern.compile(
      "<((?:https?|mailto):[^<>\\s]{1,2048}+|[^<>\\s@]{1,200}+@[^<>\\s]{1,200}+)>");
  private static final Pattern BARE_URL = Pattern.compile("(?:https?://|www\\.)\\S+");
  private static final Pattern HTML_TAG = Pattern.compile(
      "</?[A-Za-z][A-Za-z0-9-]{0,30}+(\\s[^<>]{0,1000}+)?/?>|<!--[^<>]{0,2000}+>");
  private static final Pattern CODE = Pattern.compile("`+([^`\\n]+?)`+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:|·•/\\-–—()\\[\\]]*");
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");
  /** Escaped characters are parked in a private-use range while emphasis is removed. */
  private static final char PARK = '\uE000';

  private MarkdownReader() {}

  /** Returns the blocks of Markdown {@code text}, whose line ends are already "\n". */
  static Parsed read(String text) {
    List<Block> blocks = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    boolean fenced = false;
    for (String raw : text.split("\n", -1)) {
      if (FENCE.matcher(raw).matches()) {
        fenced = !fenced;
        flush(blocks, current);
        continue;
      }
      if (fenced) {
        if (raw.isBlank()) {
          flush(blocks, current);
        } else {
          current.add(Line.of(raw.strip()));
        }
        continue;
      }
      String line = raw;
      Matcher quote = QUOTE.matcher(line);
      if (quote.matches()) {
        line = quote.group(1);
      }
      if (line.isBlank()) {
        flush(blocks, current);
        continue;
      }
      boolean shortLine = line.length() <= 200;
      Matcher setext = SETEXT.matcher(line);
      if (shortLine && setext.matches() && current.size() == 1
          && (setext.group(1).charAt(0) == '=' || setext.group(1).length() >= 2)) {
        Line title = current.remove(0);
        blocks.add(new Block(List.of(title), Block.Kind.HEADING));
        continue;
      }
      if (shortLine && RULE.matcher(line).matches()) {
        flush(blocks, current);
        blocks.add(new Block(List.of(Line.of(line.strip())), Block.Kind.RULE));
        continue;
      }
      Matcher atx = ATX.matcher(line);
      if (atx.matches()) {
        flush(blocks, current);
        String heading = atx.group(2) == null ? "" : atx.group(2);
        Line cleaned = inline(heading, removed);
        if (!cleaned.text().isBlank()) {
          blocks.add(new Block(List.of(cleaned), Block.Kind.HEADING));
        }
        continue;
      }
      if (REF_DEF.matcher(line).matches()) {
        removed.add(new Removal(line.strip(), "link reference"));
        continue;
      }
      Matcher item = LIST_ITEM.matcher(line);
      if (item.matches()) {
        flush(blocks, current);
        line = item.group(1);
      }
      Line cleaned = inline(line, removed);
      if (!cleaned.text().isBlank()) {
        current.add(cleaned);
      }
    }
    flush(blocks, current);
    return Parsed.of(blocks, removed);
  }

  /** Returns one line with links, emphasis, code marks and escapes turned into plain text. */
  static Line inline(String raw, List<Removal> removed) {
    String s = park(raw);
    Matcher image = IMAGE.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (image.find()) {
      String alt = image.group(1).isBlank() ? image.group(2) : image.group(1);
      removed.add(new Removal(unpark(alt), "image"));
      image.appendReplacement(sb, "");
    }
    image.appendTail(sb);
    s = sb.toString();
    int links = 0;
    String withoutLinks = s;
    for (Pattern p : List.of(LINK, REF_LINK, AUTOLINK)) {
      Matcher m = p.matcher(s);
      links += (int) m.results().count();
      withoutLinks = p.matcher(withoutLinks).replaceAll("");
      s = p.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }
    Matcher bare = BARE_URL.matcher(withoutLinks);
    links += (int) bare.results().count();
    withoutLinks = BARE_URL.matcher(withoutLinks).replaceAll("");
    s = HTML_TAG.matcher(s).replaceAll("");
    s = CODE.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    s = EmphasisRemover.strip(s);
    s = unpark(s);
    if (s.endsWith("\\")) {
      s = s.substring(0, s.length() - 1);
    }
    s = SPACES.matcher(s).replaceAll(" ").strip();
    String rest = HTML_TAG.matcher(withoutLinks).replaceAll("").replace("*", "").replace("_", "");
    boolean linkOnly = links > 0 && SEPARATORS.matcher(rest).matches();
    return new Line(s, linkOnly);
  }

  private static String park(String s) {
    return ESCAPE.matcher(s).replaceAll(r -> String.valueOf((char) (PARK + r.group(1).charAt(0))));
  }

  private static String unpark(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= PARK && c < PARK + 128 ? (char) (c - PARK) : c);
    }
    return out.toString();
  }

  private static void flush(List<Block> blocks, List<Line> current) {
    if (!current.isEmpty()) {
      blocks.add(new Block(current, Block.Kind.PARAGRAPH));
      current.clear();
    }
  }
}
