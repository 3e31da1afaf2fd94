package org.parallax.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Separates title, byline, dateline and boilerplate from the body, for every input format. */
final class ArticleCleaner {
  /** Blocks after the first one that are still searched for title, byline and dateline. */
  private static final int HEADER_LIMIT = 12;
  private static final Pattern TERMINAL = Pattern.compile("[.!?:…\"”’'»)\\]]$");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:·•-]\\s+|\\s*::\\s*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:…\"”’'»]$");

  private final String source;
  private final Format format;
  private final List<Removal> removed = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private String title;
  private String byline;
  private String publisher;
  private LocalDate published;

  private ArticleCleaner(String source, Format format, Parsed parsed) {
    this.source = source;
    this.format = format;
    this.title = parsed.title();
    this.byline = parsed.byline();
    this.publisher = parsed.publisher();
    this.published = parsed.published();
    this.removed.addAll(parsed.removed());
    this.warnings.addAll(parsed.warnings());
  }

  /** Returns the document made from {@code parsed}; fails when no body text is left. */
  static Document clean(String source, Format format, Parsed parsed, List<String> warnings)
      throws IngestException {
    ArticleCleaner cleaner = new ArticleCleaner(source, format, parsed);
    List<String> all = new ArrayList<>(warnings);
    return cleaner.run(parsed.blocks(), all);
  }

  private Document run(List<Block> blocks, List<String> earlier) throws IngestException {
    List<Block> kept = new ArrayList<>();
    boolean header = true;
    boolean afterMeta = false;
    boolean titleDone = false;
    int seen = 0;
    int lastBody = lastBodyIndex(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() == Block.Kind.RULE) {
        removed.add(new Removal(b.text(), "rule"));
        continue;
      }
      String text = b.text();
      if (i == lastBody && signatureAtEnd(b)) {
        continue;
      }
      if (header && seen++ <= HEADER_LIMIT) {
        Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        if (!titleDone && takeTitle(b, seen == 1, next)) {
          titleDone = true;
          afterMeta = true;
          continue;
        }
        if (title != null && sameText(text, title)) {
          removed.add(new Removal(text, "title"));
          afterMeta = true;
          continue;
        }
        if (b.lines().size() <= 2 && takeByline(text)) {
          afterMeta = true;
          continue;
        }
        if (b.lines().size() <= 2 && takeDateline(text)) {
          afterMeta = true;
          continue;
        }
        if (afterMeta && b.heading() && BoilerplateRules.words(text) <= 6
            && !SENTENCE_END.matcher(text).find()) {
          removed.add(new Removal(text, "site section"));
          afterMeta = false;
          continue;
        }
        afterMeta = false;
        Block rest = filter(b);
        if (rest == null) {
          continue;
        }
        header = false;
        kept.add(rest);
      } else {
        Block rest = filter(b);
        if (rest != null) {
          kept.add(rest);
        }
      }
    }
    List<String> paragraphs = repairBreaks(kept);
    if (paragraphs.isEmpty()) {
      throw new IngestException(source, "no body text left after removing boilerplate ("
          + removed.size() + " piece" + (removed.size() == 1 ? "" : "s") + " removed)");
    }
    List<String> allWarnings = new ArrayList<>(earlier);
    allWarnings.addAll(warnings);
    return new Document(source, format, title, byline, publisher, published,
        String.join("\n\n", paragraphs), removed, allWarnings);
  }

  private static int lastBodyIndex(List<Block> blocks) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (blocks.get(i).kind() != Block.Kind.RULE) {
        return i;
      }
    }
    return -1;
  }

  /** Takes a closing "• Jane Doe" or "By Jane Doe" line as the byline. */
  private boolean signatureAtEnd(Block b) {
    if (b.lines().size() != 1) {
      return false;
    }
    String text = b.text();
    Optional<String> name = HeaderRules.signature(text)
        .or(() -> HeaderRules.byline(text).map(HeaderRules.Byline::names));
    if (name.isEmpty()) {
      return false;
    }
    if (byline == null) {
      byline = name.get();
    }
    removed.add(new Removal(text, "byline"));
    return true;
  }

  private boolean takeTitle(Block b, boolean first, Block next) {
    String text = b.text();
    if (title != null) {
      // The title is known from markup; the page repeats it as its first heading.
      if (!b.heading()) {
        return false;
      }
      if (sameText(text, title)) {
        removed.add(new Removal(text, "title"));
        return true;
      }
      if (sameText(TITLE_SEPARATOR.split(title, 2)[0], text)) {
        // "<title>Headline | Site</title>" with "<h1>Headline</h1>": the heading is the cleaner title.
        title = text;
        removed.add(new Removal(text, "title"));
        return true;
      }
      return false;
    }
    boolean candidate = b.heading()
        || first && format != Format.HTML && headlineLike(b) && !continuedBy(next);
    if (!candidate || HeaderRules.byline(text).isPresent() || HeaderRules.dateline(text).isPresent()) {
      return false;
    }
    title = text;
    removed.add(new Removal(text, "title"));
    return true;
  }

  /** Returns true when {@code next} starts in lower case, as the rest of a broken sentence does. */
  private static boolean continuedBy(Block next) {
    if (next == null || next.kind() != Block.Kind.PARAGRAPH) {
      return false;
    }
    String text = next.text();
    return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
  }

  private static boolean headlineLike(Block b) {
    if (b.lines().size() != 1) {
      return false;
    }
    String text = b.text();
    int words = BoilerplateRules.words(text);
    return words >= 2 && words <= 25 && text.length() <= 200
        && !text.endsWith(".") && !text.endsWith(",") && !text.endsWith(";") && !text.endsWith(":")
        && !Character.isLowerCase(text.codePointAt(0))
        && BoilerplateRules.classify(b.lines().get(0)) == null;
  }

  private boolean takeByline(String text) {
    Optional<HeaderRules.Byline> found = HeaderRules.byline(text);
    if (found.isEmpty()) {
      return false;
    }
    if (byline == null) {
      byline = found.get().names();
    }
    if (published == null) {
      published = found.get().date();
    }
    removed.add(new Removal(text, "byline"));
    return true;
  }

  private boolean takeDateline(String text) {
    Optional<HeaderRules.Dateline> found = HeaderRules.dateline(text);
    if (found.isEmpty()) {
      return false;
    }
    if (publisher == null) {
      publisher = found.get().publisher();
    }
    if (published == null) {
      published = found.get().date();
    }
    removed.add(new Removal(text, "dateline"));
    return true;
  }

  /** Returns the block without its boilerplate lines, or null when nothing is left. */
  private Block filter(Block b) {
    String first = BoilerplateRules.classify(b.lines().get(0));
    if (first != null && BoilerplateRules.takesParagraph(first)) {
      removed.add(new Removal(b.text(), first));
      return null;
    }
    List<Line> keep = new ArrayList<>();
    String previousReason = null;
    String previousText = "";
    for (Line line : b.lines()) {
      String reason = BoilerplateRules.classify(line);
      if (reason == null && previousReason != null && continues(previousText, line.text())) {
        reason = previousReason;
      }
      if (reason == null) {
        keep.add(line);
        previousReason = null;
      } else {
        removed.add(new Removal(line.text(), reason));
        previousReason = reason;
      }
      previousText = line.text();
    }
    if (keep.isEmpty()) {
      return null;
    }
    return new Block(keep, b.kind());
  }

  /** Returns true when {@code next} reads as the rest of a sentence broken after {@code previous}. */
  private static boolean continues(String previous, String next) {
    return !next.isEmpty() && !TERMINAL.matcher(previous.strip()).find()
        && Character.isLowerCase(next.codePointAt(0));
  }

  /** Returns the paragraphs, joining those that a stray blank line split mid-sentence. */
  private List<String> repairBreaks(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    boolean lastWasHeading = true;
    for (Block b : blocks) {
      String text = b.text();
      if (text.isEmpty()) {
        continue;
      }
      if (!out.isEmpty() && !lastWasHeading && !b.heading()) {
        String prev = out.get(out.size() - 1);
        if (!SENTENCE_END.matcher(prev).find() && Character.isLowerCase(text.codePointAt(0))) {
          out.set(out.size() - 1, prev + " " + text);
          warnings.add("joined a paragraph broken mid-sentence: \"…" + tail(prev) + "\" + \""
              + head(text) + "…\"");
          continue;
        }
      }
      out.add(text);
      lastWasHeading = b.heading();
    }
    return out;
  }

  /** Returns about the last 30 characters of {@code s}, starting at a word. */
  private static String tail(String s) {
    if (s.length() <= 30) {
      return s;
    }
    String cut = s.substring(s.length() - 30);
    int space = cut.indexOf(' ');
    return space >= 0 && space < cut.length() - 1 ? cut.substring(space + 1) : cut;
  }

  /** Returns about the first 30 characters of {@code s}, ending at a word. */
  private static String head(String s) {
    if (s.length() <= 30) {
      return s;
    }
    String cut = s.substring(0, 30);
    int space = cut.lastIndexOf(' ');
    return space > 0 ? cut.substring(0, space) : cut;
  }

  /** Returns true when two texts are the same apart from case, spacing and punctuation. */
  static boolean sameText(String a, String b) {
    return key(a).equals(key(b)) && !key(a).isEmpty();
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
