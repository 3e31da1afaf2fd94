package org.parallax.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds top-level quotations in a body by pairing quotation marks paragraph by paragraph.
 *
 * <p>Double marks ({@code " “ ” „ « »}) and single marks ({@code ' ‘ ’ ‚ ‹ ›}) are paired with a
 * stack, so a quote nested in another stays part of the outer one. A single mark between letters
 * or before a decade ('90s) is an apostrophe. A paragraph that ends inside a quote continues into
 * the next paragraph when that one opens with a mark of the same family (the newspaper
 * convention) or when the paragraph breaks mid-sentence and the next starts in lower case.
 * Unpaired double marks become diagnostics; unpaired single marks are taken as apostrophes. A
 * comma just before the closing mark is left out of the quote, as it punctuates the reporting
 * sentence.
 */
final class QuoteScanner {
  /** One stretch of a quotation inside one paragraph: body offsets of the text without marks. */
  record Segment(int start, int end) {}

  /** A quotation: its segments in order, and the body offset of its opening mark. */
  record RawQuote(List<Segment> segments, int openMark, int closeMark) {
    int start() {
      return segments.get(0).start();
    }

    int end() {
      return segments.get(segments.size() - 1).end();
    }

    /** Returns the quoted text, segments joined by one space. */
    String text(String body) {
      StringBuilder sb = new StringBuilder();
      for (Segment s : segments) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(body, s.start(), s.end());
      }
      return sb.toString();
    }
  }

  /** The quotes and diagnostics of one body. */
  record Result(List<RawQuote> quotes, List<String> diagnostics) {}

  private record Paragraph(int index, int start, int end) {}

  /** A quotation mark: its character ('"' for a doubled straight single mark), offset and width. */
  private record Mark(char c, int pos, int width) {}

  /** What a mark closing at the end of a paragraph left open. */
  private record Open(Mark mark, List<Segment> done) {}

  private static final String DOUBLE = "\"\u201C\u201D\u201E\u00AB\u00BB\u201F";
  private static final String SINGLE = "'\u2018\u2019\u201A\u2039\u203A\u201B";
  private static final String OPEN_CONTEXT = "([{\u2014\u2013-*_/\u00A0";

  private QuoteScanner() {}

  /** Returns the quotes of {@code body} labelled {@code label} in body order, with diagnostics. */
  static Result scan(String label, String body) {
    List<Paragraph> paragraphs = paragraphs(body);
    List<RawQuote> out = new ArrayList<>();
    List<String> diagnostics = new ArrayList<>();
    Open carry = null;
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      Set<Integer> ignored = new HashSet<>();
      if (carry != null) {
        int first = firstNonSpace(body, para.start(), para.end());
        boolean continues = false;
        int segStart = para.start();
        if (first >= 0 && family(markAt(body, first, para.end())) == family(carry.mark().c())
            && isOpening(body, first, markWidth(body, first, para.end()))) {
          continues = true;
          ignored.add(first);
          segStart = first + markWidth(body, first, para.end());
        } else if (first >= 0 && Character.isLowerCase(body.charAt(first))) {
          continues = true;
          segStart = first;
        }
        if (continues) {
          Scan s = scanParagraph(body, segStart, para.end(), ignored, carry.mark());
          carry = finish(label, body, para, p, paragraphs, s, carry, out, diagnostics);
          continue;
        }
        reportUnclosed(label, carry.mark(), paragraphIndexOf(paragraphs, carry.mark().pos()), diagnostics);
        carry = null;
      }
      carry = scanFresh(label, body, para, p, paragraphs, out, diagnostics);
    }
    if (carry != null) {
      reportUnclosed(label, carry.mark(), paragraphIndexOf(paragraphs, carry.mark().pos()), diagnostics);
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return new Result(List.copyOf(out), List.copyOf(diagnostics));
  }

  private static Open scanFresh(
      String label,
      String body,
      Paragraph para,
      int p,
      List<Paragraph> paragraphs,
      List<RawQuote> out,
      List<String> diagnostics) {
    Set<Integer> ignored = new HashSet<>();
    for (int attempt = 0; attempt < 64; attempt++) {
      Scan s = scanParagraph(body, para.start(), para.end(), ignored, null);
      if (s.unclosed == null) {
        out.addAll(s.quotes);
        return null;
      }
      Mark m = s.unclosed;
      boolean isDouble = family(m.c()) == 2;
      boolean lastParagraph = p + 1 >= paragraphs.size();
      if (!lastParagraph && canContinue(body, para, paragraphs.get(p + 1), m)) {
        out.addAll(s.quotes);
        List<Segment> segs = new ArrayList<>();
        int a = trimStart(body, m.pos() + m.width(), para.end());
        int b = trimEnd(body, a, para.end());
        if (b > a) {
          segs.add(new Segment(a, b));
        }
        return new Open(m, segs);
      }
      if (isDouble) {
        reportUnclosed(label, m, p, diagnostics);
      }
      ignored.add(m.pos());
    }
    return null;
  }

  private static Open finish(
      String label,
      String body,
      Paragraph para,
      int p,
      List<Paragraph> paragraphs,
      Scan s,
      Open carry,
      List<RawQuote> out,
      List<String> diagnostics) {
    List<Segment> segs = new ArrayList<>(carry.done());
    if (s.carryClose >= 0) {
      int a = trimStart(body, s.carryFrom, s.carryClose);
      int b = trimClosing(body, a, s.carryClose);
      if (b > a) {
        segs.add(new Segment(a, b));
      }
      if (!segs.isEmpty()) {
        out.add(new RawQuote(List.copyOf(segs), carry.mark().pos(), s.carryClose + s.carryWidth - 1));
      }
      // The rest of the paragraph after the close is scanned fresh when it leaves a mark open.
      if (s.unclosed == null) {
        out.addAll(s.quotes);
      } else {
        Paragraph rest = new Paragraph(para.index(), s.carryClose + s.carryWidth, para.end());
        return scanFresh(label, body, rest, p, paragraphs, out, diagnostics);
      }
      return null;
    }
    int a = trimStart(body, s.carryFrom, para.end());
    int b = trimEnd(body, a, para.end());
    if (b > a) {
      segs.add(new Segment(a, b));
    }
    Open next = new Open(carry.mark(), segs);
    if (p + 1 < paragraphs.size() && canContinue(body, para, paragraphs.get(p + 1), carry.mark())) {
      return next;
    }
    reportUnclosed(label, carry.mark(), paragraphIndexOf(paragraphs, carry.mark().pos()), diagnostics);
    return null;
  }

  private static boolean canContinue(String body, Paragraph para, Paragraph next, Mark m) {
    int first = firstNonSpace(body, next.start(), next.end());
    if (first < 0) {
      return false;
    }
    char c = markAt(body, first, next.end());
    if (family(c) == family(m.c()) && isOpening(body, first, markWidth(body, first, next.end()))) {
      return true;
    }
    int last = trimEnd(body, para.start(), para.end()) - 1;
    if (last < 0) {
      return false;
    }
    char end = body.charAt(last);
    boolean midSentence = Character.isLetterOrDigit(end) || end == ',' || end == ';';
    return midSentence && Character.isLowerCase(c);
  }

  private static final class Scan {
    final List<RawQuote> quotes = new ArrayList<>();
    Mark unclosed;
    int carryFrom = -1;
    int carryClose = -1;
    int carryWidth = 1;
  }

  /**
   * Scans one paragraph range; when {@code carried} is given the range starts inside that open
   * quote and {@code carryClose} reports where it closes.
   */
  private static Scan scanParagraph(
      String body, int from, int to, Set<Integer> ignored, Mark carried) {
    Scan scan = new Scan();
    List<Mark> stack = new ArrayList<>();
    if (carried != null) {
      stack.add(carried);
      scan.carryFrom = from;
    }
    for (int i = from; i < to; i++) {
      char c = markAt(body, i, to);
      int width = markWidth(body, i, to);
      int fam = family(c);
      if (fam == 0 || ignored.contains(i)) {
        continue;
      }
      if (fam == 1 && isApostrophe(body, i, from, to)) {
        continue;
      }
      boolean opening = isOpening(body, i, width);
      boolean closing = isClosing(body, i, width, to);
      int match = -1;
      for (int k = stack.size() - 1; k >= 0; k--) {
        if (closes(stack.get(k).c(), c) && family(stack.get(k).c()) == fam) {
          match = k;
          break;
        }
      }
      boolean close = match >= 0 && (closing || !opening);
      if (!close && match >= 0 && match == stack.size() - 1 && c == '"' && stack.get(match).c() == '"'
          && closesAfterStraySpace(body, i, width, to, ignored)) {
        close = true;
      }
      if (close) {
        Mark open = stack.get(match);
        while (stack.size() > match) {
          stack.remove(stack.size() - 1);
        }
        if (stack.isEmpty()) {
          if (carried != null && open == carried) {
            scan.carryClose = i;
            scan.carryWidth = width;
          } else {
            int a = trimStart(body, open.pos() + open.width(), i);
            int b = trimClosing(body, a, i);
            if (b > a) {
              scan.quotes.add(new RawQuote(List.of(new Segment(a, b)), open.pos(), i + width - 1));
            }
          }
        }
      } else if (opening && canOpen(c)) {
        stack.add(new Mark(c, i, width));
      }
      i += width - 1;
    }
    if (!stack.isEmpty()) {
      Mark bottom = stack.get(0);
      if (bottom != carried) {
        scan.unclosed = bottom;
      }
    }
    return scan;
  }

  private static boolean canOpen(char c) {
    return c != '\u201D' && c != '\u2019' && c != '\u203A';
  }

  /** Returns whether the mark {@code c} can close a quote opened with {@code open}. */
  static boolean closes(char open, char c) {
    return switch (open) {
      case '"', '\u201C', '\u201F' -> c == '"' || c == '\u201D' || c == '\u201C';
      case '\u201E' -> c == '\u201C' || c == '\u201D' || c == '"';
      case '\u00AB' -> c == '\u00BB';
      case '\u00BB' -> c == '\u00AB';
      case '\'', '\u2018', '\u201B' -> c == '\'' || c == '\u2019' || c == '\u2018';
      case '\u201A' -> c == '\u2018' || c == '\u2019';
      case '\u2039' -> c == '\u203A';
      case '\u203A' -> c == '\u2039';
      default -> false;
    };
  }

  /** Returns 2 for double marks, 1 for single marks, 0 otherwise. */
  static int family(char c) {
    if (DOUBLE.indexOf(c) >= 0) {
      return 2;
    }
    if (SINGLE.indexOf(c) >= 0) {
      return 1;
    }
    return 0;
  }

  /** Returns the mark at {@code i}, reading two straight apostrophes ('') as one straight double mark. */
  private static char markAt(String body, int i, int to) {
    return markWidth(body, i, to) == 2 ? '"' : body.charAt(i);
  }

  private static int markWidth(String body, int i, int to) {
    return body.charAt(i) == '\'' && i + 1 < to && body.charAt(i + 1) == '\'' ? 2 : 1;
  }

  /**
   * Returns whether a straight double mark that looks like an opening one ({@code wrong. "Perry
   * is}) closes the straight quote already open: it follows sentence punctuation and a space, and
   * an even number of straight double marks follow it in the paragraph, so that they pair up among
   * themselves. Straight double marks cannot nest, and opening here would leave one of them unpaired.
   */
  private static boolean closesAfterStraySpace(String body, int i, int width, int to, Set<Integer> ignored) {
    int k = i - 1;
    while (k >= 0 && (body.charAt(k) == ' ' || body.charAt(k) == '\t')) {
      k--;
    }
    if (k < 0 || k == i - 1 || ".!?,;".indexOf(body.charAt(k)) < 0) {
      return false;
    }
    int straight = 0;
    for (int j = i + width; j < to; j++) {
      if (markAt(body, j, to) == '"' && !ignored.contains(j)) {
        straight++;
        j += markWidth(body, j, to) - 1;
      }
    }
    return straight % 2 == 0;
  }

  private static boolean isOpening(String body, int i, int width) {
    char c = body.charAt(i);
    if (c == '\u201D' || c == '\u2019' || c == '\u203A') {
      return false;
    }
    char prev = i > 0 ? body.charAt(i - 1) : ' ';
    char next = i + width < body.length() ? body.charAt(i + width) : ' ';
    boolean prevOpen =
        Character.isWhitespace(prev) || OPEN_CONTEXT.indexOf(prev) >= 0 || family(prev) > 0 || prev == ':';
    boolean nextWord = !Character.isWhitespace(next);
    return prevOpen && nextWord;
  }

  private static boolean isClosing(String body, int i, int width, int to) {
    char prev = i > 0 ? body.charAt(i - 1) : ' ';
    char next = i + width < to ? body.charAt(i + width) : ' ';
    boolean prevWord = !Character.isWhitespace(prev);
    boolean nextEnd = !Character.isLetterOrDigit(next);
    return prevWord && nextEnd;
  }

  /** Returns whether the single mark at {@code i} is an apostrophe rather than a quotation mark. */
  static boolean isApostrophe(String body, int i, int from, int to) {
    char c = body.charAt(i);
    if (c == '\u2039' || c == '\u203A' || c == '\u201A') {
      return false;
    }
    char prev = i > from ? body.charAt(i - 1) : ' ';
    char next = i + 1 < to ? body.charAt(i + 1) : ' ';
    if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
      return true; // don't, Korea's
    }
    if (Character.isDigit(next)) {
      // '90s, '16
      int j = i + 1;
      while (j < to && Character.isDigit(body.charAt(j))) {
        j++;
      }
      if (j - i - 1 == 2) {
        return true;
      }
    }
    // rock 'n' roll: a lone n between marks
    if (next == 'n' && i + 2 < to && family(body.charAt(i + 2)) == 1) {
      return true;
    }
    if (prev == 'n' && i >= 2 && family(body.charAt(i - 2)) == 1) {
      return true;
    }
    // 'em, 'til, 'cause
    String ahead = body.substring(i + 1, Math.min(to, i + 7)).toLowerCase(java.util.Locale.ROOT);
    for (String elision : new String[] {"em ", "til ", "cause ", "tis ", "twas "}) {
      if (ahead.startsWith(elision)) {
        return true;
      }
    }
    return false;
  }

  private static void reportUnclosed(String label, Mark m, int paragraph, List<String> diagnostics) {
    diagnostics.add(
        label + ": unclosed quotation mark at offset " + m.pos() + " (paragraph " + (paragraph + 1) + ")");
  }

  private static int paragraphIndexOf(List<Paragraph> paragraphs, int pos) {
    int found = 0;
    for (Paragraph p : paragraphs) {
      if (p.start() <= pos) {
        found = p.index();
      }
    }
    return found;
  }

  private static List<Paragraph> paragraphs(String body) {
    List<Paragraph> out = new ArrayList<>();
    int pos = 0;
    while (pos <= body.length()) {
      int next = body.indexOf("\n\n", pos);
      int end = next < 0 ? body.length() : next;
      if (!body.substring(pos, end).isBlank()) {
        out.add(new Paragraph(out.size(), pos, end));
      }
      if (next < 0) {
        break;
      }
      pos = next + 2;
    }
    return out;
  }

  private static int firstNonSpace(String body, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(body.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int trimStart(String body, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(body.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Trims spaces and one trailing comma, which belongs to the reporting sentence. */
  private static int trimClosing(String body, int from, int to) {
    int b = trimEnd(body, from, to);
    if (b > from && body.charAt(b - 1) == ',') {
      b = trimEnd(body, from, b - 1);
    }
    return b;
  }

  private static int trimEnd(String body, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(body.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
