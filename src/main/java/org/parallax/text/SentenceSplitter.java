package org.parallax.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph of news text into sentences.
 *
 * <p>The splitter scans the text once. Each run of terminal punctuation ({@code . ! ? …} and spaced
 * ellipses), with the closing quotes and brackets after it, is a candidate boundary; the words on
 * either side decide whether it is one. Periods of abbreviations, initials, numbers, e-mail
 * addresses, URLs and list markers are not boundaries; punctuation inside a short, balanced
 * bracket is not a boundary either. A quotation of several sentences is split into its sentences
 * ({@code "I came. I saw," he said.} gives {@code "I came.} and {@code I saw," he said.}), and
 * {@link #pieces} marks each piece after the first as continuing the quotation, so later stages can
 * keep the pieces together. A quotation closed by {@code ?} or {@code !} and followed by its
 * attribution ({@code "Why?" Anna asked.}) is one sentence. A blank line is always a boundary, and
 * so is the start of a bulleted or numbered list item. Every look-around is bounded, so the time is
 * linear in the length of the text.
 */
public final class SentenceSplitter {
  /** Longest double-quoted span (in chars) whose inner punctuation is protected. */
  private static final int QUOTE_CAP = 400;

  /** Longest bracketed span (in chars) whose inner punctuation is protected. */
  private static final int BRACKET_CAP = 250;

  /** Longest single-quoted span (in chars) whose inner punctuation is protected. */
  private static final int SINGLE_QUOTE_CAP = 300;

  /** Longest word looked at on either side of a candidate boundary. */
  private static final int WORD_CAP = 80;

  /** A caption label at the start of a line: "Figure 1.5", "Table 2", "Photo 3". */
  private static final Pattern CAPTION_LABEL = Pattern.compile(
      "(?:Figure|FIGURE|Fig\\.|Table|TABLE|Chart|Map|Photo|PHOTO|Image|Exhibit|Graphic|Video) \\d{1,3}(?:[.\\-]\\d{1,3}){0,2}[a-z]?"
          + "(?= [\\p{Lu}(\\[\u201C\"])");

  /** A full date, as on a dateline or under a headline: "Wednesday, October 9, 2013", "MARCH 3, 2021". */
  private static final Pattern DATE = Pattern.compile(
      "(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day, )?"
          + "(?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}, \\d{4}\\b");

  /** Words after which a date belongs to the sentence ("on Monday, May 4, 2020"). */
  private static final Set<String> BEFORE_DATE = Set.of("on", "of", "by", "since", "until", "till", "from", "before",
      "after", "and", "or", "the", "to", "in", "at", "dated", "published", "updated", "posted", "through", "between",
      "than", "as", "for", "that", "last", "next", "this", "early", "late", "is", "was", "be", "been");

  /**
   * A sentence of a split text.
   *
   * @param span the sentence's offsets, trimmed of surrounding whitespace
   * @param continuesQuote whether the sentence continues a quotation that the sentence before it opened
   *     (the boundary between them lies inside the quotation marks)
   */
  public record Piece(Span span, boolean continuesQuote) {}

  /** Returns the sentence spans of {@code text} in order, trimmed of surrounding whitespace. */
  public List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    for (Piece p : pieces(text)) {
      out.add(p.span());
    }
    return out;
  }

  /** Returns the sentences of {@code text} in order, each marked when it continues a quotation. */
  public List<Piece> pieces(String text) {
    Objects.requireNonNull(text, "text");
    return new Scan(text).run();
  }

  /** The state of one split: the text, protected positions and the cuts found so far. */
  private static final class Scan {
    private final String text;
    private final int n;
    private final BitSet inside = new BitSet();
    private final BitSet quoted = new BitSet();
    private final BitSet quoteCuts = new BitSet();
    private final BitSet listDots = new BitSet();
    private final BitSet listStarts = new BitSet();
    private final BitSet lineStarts = new BitSet();
    private int[] cuts = new int[16];
    private int cutCount;
    private int lastCut;
    private boolean content;

    Scan(String text) {
      this.text = text;
      this.n = text.length();
    }

    List<Piece> run() {
      protectQuotesAndBrackets();
      findLists();
      findCaptionsAndDates();
      findDashItems();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\n') {
          int j = i + 1;
          while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
          }
          if (j < n && text.charAt(j) == '\n') {
            cut(i);
          }
          i = j;
          continue;
        }
        if (listStarts.get(i) || lineStarts.get(i)) {
          cut(i);
        }
        if (isBullet(c) && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
          cut(i);
          i++;
          continue;
        }
        if (!isTerminal(c)) {
          if (Character.isLetterOrDigit(c)) {
            content = true;
          }
          i++;
          continue;
        }
        i = terminalRun(i);
      }
      return spans();
    }

    /** Handles the punctuation run starting at {@code start}; returns where scanning resumes. */
    private int terminalRun(int start) {
      int dots = 0;
      boolean strong = false;
      boolean spaced = false;
      boolean closers = false;
      boolean wide = false;
      int j = start;
      boolean more = true;
      while (more) {
        more = false;
        while (j < n) {
          char d = text.charAt(j);
          if (d == '.') {
            dots++;
          } else if (d == '\u2026') {
            dots += 3;
          } else if (d == '!' || d == '?' || d == '\u203C' || d == '\u2047' || d == '\u2048' || d == '\u2049') {
            strong = true;
          } else if (isWideTerminal(d)) {
            wide = true;
          } else if (d == ' ' && dots > 0 && !strong && j + 1 < n && text.charAt(j + 1) == '.'
              && spacedDotFollows(j + 1)) {
            spaced = true;
          } else {
            break;
          }
          j++;
          more = true;
        }
        int k = j;
        while (k < n && isCloser(text.charAt(k))) {
          k++;
        }
        if (k > j) {
          closers = true;
          j = k;
          more = k < n && isTerminal(text.charAt(k));
        }
      }
      j = skipFootnotes(start, j, dots, strong);
      int end = j;
      if (listDots.get(start) || !content) {
        return end;
      }
      // "compounds. . . . The": the first dot ends the sentence, the ellipsis opens the next one.
      // ("constantly. ... It was": an unspaced ellipsis after the stop stays with the sentence it follows.)
      if (dots >= 4 && spaced && !strong && start > 0 && !Character.isWhitespace(text.charAt(start - 1))
          && text.charAt(start + 1) == ' ' && !(start + 3 < n && text.charAt(start + 3) == '.')) {
        Next next = next(end);
        if (next != null && next.upper) {
          cut(start + 1);
          return end;
        }
      }
      if (end >= n || inside.get(end)) {
        return end;
      }
      char after = text.charAt(end);
      if (!Character.isWhitespace(after)) {
        if (wide || !closers && (strong || dots == 1) && noSpaceBoundary(start, end)) {
          cut(end);
        }
        return end;
      }
      Next next = next(end);
      if (next == null) {
        return end;
      }
      if (isBoundary(start, end, dots, strong, closers, next)) {
        cut(end);
      }
      return end;
    }

    /**
     * Returns the end of citation marks right after a sentence end, as in "martyr.[1][2] The" or
     * "(type 2).10 This", or {@code end} if there are none.
     */
    private int skipFootnotes(int start, int end, int dots, boolean strong) {
      int j = end;
      while (true) {
        // A reference mark right after the stop, or after one space ("ended. [7] [8] Next").
        int open = j < n && text.charAt(j) == ' ' ? j + 1 : j;
        if (!(open + 2 < n && text.charAt(open) == '[' && Character.isDigit(text.charAt(open + 1)))) {
          break;
        }
        // "[7]", "[1 - 3]", "[2, 5]"
        int k = open + 1;
        while (k < n && k - open <= 12 && (Character.isDigit(text.charAt(k)) || text.charAt(k) == ' '
            || text.charAt(k) == '-' || text.charAt(k) == '\u2013' || text.charAt(k) == ',')) {
          k++;
        }
        if (k >= n || text.charAt(k) != ']' || !Character.isDigit(text.charAt(k - 1))) {
          break;
        }
        j = k + 1;
      }
      if (j == end && dots == 1 && !strong && start > 0 && j + 2 < n && text.charAt(j) == ' '
          && Character.isDigit(text.charAt(j + 1))) {
        // An endnote number after a space, before a sentence starter: "a publication fee. 8 Yet some".
        int k = j + 1;
        while (k < n && k - j <= 2 && Character.isDigit(text.charAt(k))) {
          k++;
        }
        if (k < n && text.charAt(k) == ' ' && plainWordBefore(start)) {
          Next next = next(k);
          if (next != null && next.upper && next.pos == k + 1 && SplitterLexicon.isStarter(next.word)
              && !next.word.equals("A") && !next.word.equals("I")) {
            return k;
          }
        }
      }
      if (j > end || dots != 1 || strong || start == 0 || j >= n || !Character.isDigit(text.charAt(j))) {
        return j;
      }
      char before = text.charAt(start - 1);
      if (!Character.isLetter(before) && before != ')' && before != ']') {
        return j;
      }
      String prev = previousWord(start);
      if (isAbbreviationLike(prev) || SplitterLexicon.isTitle(prev)) {
        return j;
      }
      int k = j;
      while (k < n && k - j < 3 && Character.isDigit(text.charAt(k))) {
        k++;
      }
      return k >= n || Character.isWhitespace(text.charAt(k)) ? k : j;
    }

    private boolean isBoundary(int start, int end, int dots, boolean strong, boolean closers, Next next) {
      if (next.lower && next.bracket >= 0) {
        // "... in a 1:1 ratio. (credit: work by Liz West)": a parenthesis that stands alone after a stop.
        return (strong || dots == 1 && plainWordBefore(start)) && standsAlone(next.bracket);
      }
      if (next.lower || next.other) {
        return false;
      }
      if (strong) {
        return !(closers && closesQuote(start, end) && attributionAt(next.pos));
      }
      if (dots >= 4) {
        return next.upper || next.digit;
      }
      if (dots >= 2) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (before == '[' || before == '(') {
          // "... Jonathan Bell. [...] For the intervener": an elision mark after a stop ends that sentence.
          return closers && next.upper && stopBefore(start - 1);
        }
        // "I" is capitalized anywhere, so it gives no evidence after an ellipsis.
        return next.upper && !next.word.equals("I");
      }
      String prev = previousWord(start);
      if (prev.isEmpty()) {
        return next.upper || next.digit;
      }
      if (markerOnly(start)) {
        return false;
      }
      if (SplitterLexicon.isTitle(prev) || SplitterLexicon.isNeverFinal(prev)) {
        return false;
      }
      if (closers) {
        return next.upper || next.other;
      }
      if (SplitterLexicon.isTime(prev)) {
        return next.upper && !SplitterLexicon.isAfterTime(next.word) && !shortTimePhrase(start);
      }
      if (isAbbreviationLike(prev)) {
        if (!next.upper) {
          return false;
        }
        return SplitterLexicon.isStarter(next.word) || SplitterLexicon.isFinalAbbreviation(prev);
      }
      return true;
    }

    /** Returns whether the text before {@code pos}, spaces aside, ends with a stop (and closing marks). */
    private boolean stopBefore(int pos) {
      int k = pos - 1;
      while (k >= 0 && pos - k < WORD_CAP && text.charAt(k) == ' ') {
        k--;
      }
      while (k > 0 && pos - k < WORD_CAP && isCloser(text.charAt(k))) {
        k--;
      }
      return k >= 0 && (text.charAt(k) == '.' || text.charAt(k) == '!' || text.charAt(k) == '?' || text.charAt(k) == '\u2026');
    }

    /** Returns whether the word before the period at {@code start} is no abbreviation, initial or title. */
    private boolean plainWordBefore(int start) {
      String prev = previousWord(start);
      return !prev.isEmpty() && !isAbbreviationLike(prev) && !SplitterLexicon.isTitle(prev)
          && !SplitterLexicon.isNeverFinal(prev) && !SplitterLexicon.isTime(prev);
    }

    /**
     * Returns whether the bracket opened at {@code open} closes within {@link #BRACKET_CAP} and is followed by
     * the end of the text or by a new sentence (a capital, a digit or an opening mark after a space), so it
     * is a sentence of its own.
     */
    private boolean standsAlone(int open) {
      int depth = 0;
      int i = open;
      for (; i < n && i - open <= BRACKET_CAP; i++) {
        char c = text.charAt(i);
        if (c == '(' || c == '[') {
          depth++;
        } else if ((c == ')' || c == ']') && --depth == 0) {
          break;
        }
      }
      if (i >= n || depth != 0) {
        return false;
      }
      int j = i + 1;
      while (j < n && (isTerminal(text.charAt(j)) || isCloser(text.charAt(j)))) {
        j++;
      }
      if (j >= n) {
        return true;
      }
      if (!Character.isWhitespace(text.charAt(j))) {
        return false;
      }
      while (j < n && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j >= n) {
        return true;
      }
      char c = text.charAt(j);
      return Character.isUpperCase(c) || Character.isDigit(c) || isOpener(c);
    }

    /** Returns whether the closing marks in [{@code start}, {@code end}) include a quotation mark. */
    private boolean closesQuote(int start, int end) {
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == '\u00BB') {
          return true;
        }
      }
      return false;
    }

    /**
     * Returns whether the words at {@code pos} are an attribution: a pronoun or up to three capitalized
     * words, then a speech verb ({@code Anna asked}, {@code I say}), as after {@code "Why?"}.
     */
    private boolean attributionAt(int pos) {
      int i = pos;
      for (int w = 0; w < 4 && i < n; w++) {
        int j = i;
        while (j < n && j - i < WORD_CAP && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\''
            || text.charAt(j) == '\u2019' || text.charAt(j) == '-' || text.charAt(j) == '.')) {
          j++;
        }
        if (j == i) {
          return false;
        }
        String word = text.substring(i, j);
        if (w > 0 && SplitterLexicon.isSpeechVerb(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)) {
          return true;
        }
        if (!Character.isUpperCase(word.charAt(0)) || w > 0 && SplitterLexicon.isPronoun(text.substring(pos, i).strip())) {
          return false;
        }
        if (j >= n || text.charAt(j) != ' ') {
          return false;
        }
        i = j + 1;
      }
      return false;
    }

    /** Returns whether the sentence so far is only an item marker such as "1", "10", "Q" or "a". */
    private boolean markerOnly(int start) {
      if (start - lastCut > 8) {
        return false;
      }
      String s = text.substring(lastCut, start).strip();
      while (!s.isEmpty() && isBullet(s.charAt(0))) {
        s = s.substring(1).strip();
      }
      if (s.length() == 1 && Character.isLetter(s.charAt(0))) {
        return true;
      }
      if (s.isEmpty() || s.length() > 3) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isDigit(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** Returns whether {@code word} (without its final period) is an abbreviation or an initial. */
    private static boolean isAbbreviationLike(String word) {
      if (SplitterLexicon.isAbbreviation(word)) {
        return true;
      }
      if (word.length() == 1) {
        return Character.isLetter(word.charAt(0));
      }
      if (word.indexOf('.') < 0) {
        return false;
      }
      // Initialisms such as U.S, a.m, Ph.D: segments of one or two letters between dots.
      int seg = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c == '.') {
          if (seg == 0) {
            return false;
          }
          seg = 0;
        } else if (Character.isLetter(c) && seg < 2) {
          seg++;
        } else {
          return false;
        }
      }
      return seg > 0;
    }

    /** Returns whether the sentence so far is only a short time phrase such as "At 5 a.m.". */
    private boolean shortTimePhrase(int start) {
      if (start - lastCut > 40) {
        return false;
      }
      String[] words = text.substring(lastCut, start).strip().split("\\s+");
      return words.length <= 4 && SplitterLexicon.isTimePreposition(stripOpeners(words[0]));
    }

    /** Decides a period or mark with no space after it, as in "world.Today" but not "Jane.Doe@x". */
    private boolean noSpaceBoundary(int start, int end) {
      if (end + 1 >= n || !Character.isUpperCase(text.charAt(end)) || !Character.isLowerCase(text.charAt(end + 1))) {
        return false;
      }
      char before = start > 0 ? text.charAt(start - 1) : ' ';
      if (!Character.isLowerCase(before) && !Character.isDigit(before)) {
        return false;
      }
      int from = start;
      while (from > 0 && start - from < WORD_CAP && !Character.isWhitespace(text.charAt(from - 1))) {
        from--;
      }
      int to = end;
      while (to < n && to - end < WORD_CAP && !Character.isWhitespace(text.charAt(to))) {
        to++;
      }
      String chunk = text.substring(from, to);
      if (chunk.indexOf('@') >= 0 || chunk.indexOf('/') >= 0 || chunk.contains("www")) {
        return false;
      }
      int w = start;
      while (w > from && text.charAt(w - 1) != '.') {
        w--;
      }
      String prev = text.substring(w, start);
      return prev.length() >= 2 && !isAbbreviationLike(prev) && !SplitterLexicon.isTitle(prev);
    }

    /** Returns the word before {@code start} without opening quotes or closing punctuation. */
    private String previousWord(int start) {
      int from = start;
      while (from > lastCut && start - from < WORD_CAP && !Character.isWhitespace(text.charAt(from - 1))) {
        from--;
      }
      int to = start;
      while (to > from && isCloser(text.charAt(to - 1))) {
        to--;
      }
      return stripOpeners(text.substring(from, to));
    }

    private static String stripOpeners(String word) {
      int i = 0;
      while (i < word.length() && isOpener(word.charAt(i))) {
        i++;
      }
      return word.substring(i);
    }

    /** Describes the first word after the whitespace at {@code pos}, or null at the end of text. */
    private Next next(int pos) {
      int i = pos;
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int limit = Math.min(n, i + WORD_CAP);
      int bracket = -1;
      while (i < limit && isOpener(text.charAt(i))) {
        if (bracket < 0 && text.charAt(i) == '(') {
          bracket = i;
        }
        i++;
      }
      if (i >= limit) {
        return null;
      }
      int j = i;
      while (j < limit && Character.isLetter(text.charAt(j))) {
        j++;
      }
      return new Next(text.charAt(i), text.substring(i, j), i, bracket);
    }

    /** Returns whether the dot at {@code i} continues a spaced ellipsis such as ". . .". */
    private boolean spacedDotFollows(int i) {
      int k = i + 1;
      return k >= n || text.charAt(k) == ' ' || text.charAt(k) == '.' || isCloser(text.charAt(k))
          || Character.isWhitespace(text.charAt(k));
    }

    /** Marks positions inside short balanced double quotes and brackets as no place to cut. */
    private void protectQuotesAndBrackets() {
      int[] quotes = new int[8];
      int quoteDepth = 0;
      int[] singles = new int[8];
      int singleDepth = 0;
      int[] brackets = new int[8];
      int bracketDepth = 0;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c == '\n' && blankLineAt(i)) {
          quoteDepth = 0;
          singleDepth = 0;
          bracketDepth = 0;
          continue;
        }
        int single = singleQuoteKind(i);
        if (single > 0) {
          if (singleDepth == singles.length) {
            singles = Arrays.copyOf(singles, singleDepth * 2);
          }
          singles[singleDepth++] = i;
          continue;
        }
        if (single < 0) {
          if (singleDepth > 0) {
            protect(quoted, singles[--singleDepth], i, SINGLE_QUOTE_CAP);
          }
          continue;
        }
        int kind = quoteKind(i);
        if (kind > 0) {
          if (quoteDepth == quotes.length) {
            quotes = Arrays.copyOf(quotes, quoteDepth * 2);
          }
          quotes[quoteDepth++] = i;
        } else if (kind < 0 && quoteDepth > 0) {
          protect(quoted, quotes[--quoteDepth], i, QUOTE_CAP);
        } else if (c == '(' || c == '[') {
          if (bracketDepth == brackets.length) {
            brackets = Arrays.copyOf(brackets, bracketDepth * 2);
          }
          brackets[bracketDepth++] = i;
        } else if ((c == ')' || c == ']') && bracketDepth > 0) {
          protect(inside, brackets[--bracketDepth], i, BRACKET_CAP);
        }
      }
    }

    private static void protect(BitSet into, int open, int close, int cap) {
      if (close - open <= cap) {
        into.set(open + 1, close + 1);
      }
    }

    /** Returns 1 for an opening double quote at {@code i}, -1 for a closing one, 0 otherwise. */
    private int quoteKind(int i) {
      char c = text.charAt(i);
      if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
        return 1;
      }
      if (c == '\u201D' || c == '\u00BB') {
        return -1;
      }
      if (c != '"') {
        return 0;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < n ? text.charAt(i + 1) : ' ';
      boolean prevSpace = Character.isWhitespace(prev) || isOpener(prev) || prev == '-' || prev == '\u2014' || prev == '\u2013';
      if (prevSpace && !Character.isWhitespace(next)) {
        return 1;
      }
      if (!Character.isWhitespace(prev)) {
        return -1;
      }
      return 0;
    }

    /**
     * Returns 1 for an opening single quote at {@code i}, -1 for a closing one, 0 otherwise;
     * apostrophes inside words (they'll) and before digits ('90s) are neither.
     */
    private int singleQuoteKind(int i) {
      char c = text.charAt(i);
      if (c != '\'' && c != '\u2018' && c != '\u2019') {
        return 0;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < n ? text.charAt(i + 1) : ' ';
      if (c != '\u2019' && (Character.isWhitespace(prev) || isOpener(prev) || prev == '\u2014')
          && Character.isLetter(next)) {
        return 1;
      }
      if (c != '\u2018' && !Character.isLetterOrDigit(next)
          && (Character.isLetter(prev) || isTerminal(prev) || prev == ',')) {
        return -1;
      }
      return 0;
    }

    private boolean blankLineAt(int i) {
      int j = i + 1;
      while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
        j++;
      }
      return j < n && text.charAt(j) == '\n';
    }

    /**
     * Finds numbered and lettered lists ("1. a 2. b", "a) x b) y", "• 9. x • 10. y"): each item
     * starts a sentence and the period of its marker ends none.
     */
    private void findLists() {
      List<Marker> markers = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        char prev = p > 0 ? text.charAt(p - 1) : ' ';
        if (p > 0 && !Character.isWhitespace(prev) && !isBullet(prev)) {
          continue;
        }
        Marker m = marker(p);
        if (m != null) {
          markers.add(m);
        }
      }
      if (markers.size() < 2) {
        return;
      }
      List<Marker> chain = new ArrayList<>();
      for (Marker m : markers) {
        Marker last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        if (last != null && m.style.equals(last.style) && m.value == last.value + 1) {
          chain.add(m);
          continue;
        }
        if (m.eligibleStart) {
          accept(chain);
          chain.clear();
          chain.add(m);
        }
      }
      accept(chain);
    }

    private void accept(List<Marker> chain) {
      if (chain.size() < 2) {
        return;
      }
      for (int k = 0; k < chain.size(); k++) {
        Marker m = chain.get(k);
        if (m.dot >= 0) {
          listDots.set(m.dot);
        }
        listStarts.set(m.start);
      }
    }

    /**
     * Finds sentences that end without a stop: a caption label at the start of a line ("Figure 1.5 Residents
     * of ...") and a full date standing after a headline or before the text ("... sea anemone Tuesday, January
     * 21, 2014 Wikinews interviewed ..."), and marks where the next sentence starts.
     */
    private void findCaptionsAndDates() {
      Matcher m = CAPTION_LABEL.matcher(text);
      for (int p = 0; p < n; p++) {
        if (Character.isWhitespace(text.charAt(p)) || !(p == 0 || text.charAt(p - 1) == '\n' || lineStartAfterSpace(p))) {
          continue;
        }
        m.region(p, Math.min(n, p + 40));
        if (m.lookingAt()) {
          lineStarts.set(m.end() + 1);
        }
      }
      Matcher d = DATE.matcher(text);
      while (d.find()) {
        int from = d.start();
        int to = d.end();
        if (!Character.isUpperCase(text.charAt(from))) {
          continue;
        }
        boolean weekday = text.charAt(from + 3) != ' ' && text.indexOf(',', from) < to - 6;
        boolean atLine = lineStartAfterSpace(from);
        Next next = next(to);
        boolean endsLine = next == null || (next.upper || next.digit) && Character.isWhitespace(text.charAt(to));
        if (!endsLine) {
          continue;
        }
        if (atLine) {
          if (next != null && next.upper) {
            lineStarts.set(next.pos);
          }
          continue;
        }
        if (!weekday) {
          continue;
        }
        int k = from;
        while (k > 0 && text.charAt(k - 1) == ' ') {
          k--;
        }
        char before = k > 0 ? text.charAt(k - 1) : ' ';
        if (!Character.isLetterOrDigit(before) && before != ')' || k == 0) {
          continue;
        }
        int w = k;
        while (w > 0 && k - w < WORD_CAP && !Character.isWhitespace(text.charAt(w - 1))) {
          w--;
        }
        if (BEFORE_DATE.contains(text.substring(w, k).toLowerCase(Locale.ROOT))) {
          continue;
        }
        lineStarts.set(from);
        if (next != null && next.upper) {
          lineStarts.set(next.pos);
        }
      }
    }

    /**
     * Finds list items marked with a dash or an asterisk ("- Spending rises - Taxes stay"), as they come when
     * the lines of a list are joined into one paragraph: two or more items, the first at the start of a line,
     * after a stop or after a colon, each a spaced mark before a capital or a digit.
     */
    private void findDashItems() {
      List<Integer> chain = new ArrayList<>();
      for (int p = 0; p + 2 < n; p++) {
        char c = text.charAt(p);
        if (c != '-' && c != '*' && c != '\u2013' || text.charAt(p + 1) != ' '
            || !(Character.isUpperCase(text.charAt(p + 2)) || Character.isDigit(text.charAt(p + 2)))
            || p > 0 && text.charAt(p - 1) != ' ' && text.charAt(p - 1) != '\n') {
          continue;
        }
        boolean opens = lineStartAfterSpace(p) || stopBefore(p) || colonBefore(p);
        if (chain.isEmpty() && !opens) {
          continue;
        }
        if (opens && !chain.isEmpty() && chain.size() < 2) {
          chain.clear();
        }
        chain.add(p);
      }
      if (chain.size() >= 2) {
        for (int p : chain) {
          lineStarts.set(p);
        }
      }
    }

    private boolean colonBefore(int pos) {
      int k = pos - 1;
      while (k >= 0 && pos - k < WORD_CAP && text.charAt(k) == ' ') {
        k--;
      }
      return k >= 0 && text.charAt(k) == ':';
    }

    /** Returns whether only spaces stand between the start of the text or of a line and {@code p}. */
    private boolean lineStartAfterSpace(int p) {
      int k = p;
      while (k > 0 && p - k < WORD_CAP && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
        k--;
      }
      return k == 0 || text.charAt(k - 1) == '\n';
    }

    /** Reads a list marker at {@code p}, or returns null. */
    private Marker marker(int p) {
      int i = p;
      int value;
      String kind;
      if (i < n && Character.isDigit(text.charAt(i))) {
        value = 0;
        while (i < n && i - p < 3 && Character.isDigit(text.charAt(i))) {
          value = value * 10 + (text.charAt(i) - '0');
          i++;
        }
        if (i < n && Character.isDigit(text.charAt(i))) {
          return null;
        }
        kind = "9";
      } else if (i < n && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
        value = text.charAt(i) - 'a';
        i++;
        kind = "a";
      } else {
        return null;
      }
      int dot = -1;
      String suffix;
      if (i + 1 < n && text.charAt(i) == '.' && text.charAt(i + 1) == ')') {
        dot = i;
        suffix = ".)";
        i += 2;
      } else if (i < n && text.charAt(i) == '.') {
        dot = i;
        suffix = ".";
        i++;
      } else if (i < n && text.charAt(i) == ')') {
        suffix = ")";
        i++;
      } else {
        return null;
      }
      if (i >= n || !Character.isWhitespace(text.charAt(i))) {
        return null;
      }
      int start = p;
      boolean bulleted = false;
      if (p > 0 && isBullet(text.charAt(p - 1))) {
        start = p - 1;
        bulleted = true;
      } else if (p > 1 && text.charAt(p - 1) == ' ' && isBullet(text.charAt(p - 2))) {
        start = p - 2;
        bulleted = true;
      }
      return new Marker(start, value, kind + suffix, dot, bulleted, bulleted || opensItem(start));
    }

    /** Returns whether a list may begin at {@code p}: text start, new line, or after a sentence end or colon. */
    private boolean opensItem(int p) {
      int i = p;
      while (i > 0 && p - i < WORD_CAP && text.charAt(i - 1) != '\n' && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      if (i == 0 || text.charAt(i - 1) == '\n') {
        return true;
      }
      char c = text.charAt(i - 1);
      return c == ':' || isTerminal(c) || isCloser(c);
    }

    private void cut(int pos) {
      if (pos <= 0 || pos >= n) {
        return;
      }
      if (cutCount == cuts.length) {
        cuts = Arrays.copyOf(cuts, cutCount * 2);
      }
      cuts[cutCount++] = pos;
      if (quoted.get(pos)) {
        quoteCuts.set(pos);
      }
      if (pos > lastCut) {
        lastCut = pos;
        content = false;
      }
    }

    /** Turns the cuts into trimmed spans; a piece without letters or digits joins its neighbour. */
    private List<Piece> spans() {
      int[] sorted = Arrays.copyOf(cuts, cutCount);
      Arrays.sort(sorted);
      List<Piece> out = new ArrayList<>();
      int from = 0;
      int pendingStart = -1;
      for (int k = 0; k <= sorted.length; k++) {
        int to = k < sorted.length ? sorted[k] : n;
        if (to <= from) {
          continue;
        }
        int s = from;
        int e = to;
        boolean continues = quoteCuts.get(from);
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        from = to;
        if (e <= s) {
          continue;
        }
        if (pendingStart >= 0) {
          s = pendingStart;
          pendingStart = -1;
          continues = false;
        }
        if (!hasContent(s, e)) {
          if (!out.isEmpty()) {
            Piece last = out.remove(out.size() - 1);
            out.add(new Piece(new Span(last.span().start(), e), last.continuesQuote()));
          } else {
            pendingStart = s;
          }
          continue;
        }
        out.add(new Piece(new Span(s, e), continues && !out.isEmpty()));
      }
      if (pendingStart >= 0) {
        int e = n;
        while (e > pendingStart && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        out.add(new Piece(new Span(pendingStart, e), false));
      }
      return out;
    }

    private boolean hasContent(int s, int e) {
      for (int i = s; i < e; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }

  /** The first word after a candidate boundary and the class of its first character. */
  private static final class Next {
    final String word;
    final int pos;
    final int bracket;
    final boolean upper;
    final boolean lower;
    final boolean digit;
    final boolean other;

    Next(char first, String word, int pos, int bracket) {
      this.word = word;
      this.pos = pos;
      this.bracket = bracket;
      this.upper = Character.isUpperCase(first) || Character.isTitleCase(first);
      this.lower = Character.isLowerCase(first);
      this.digit = Character.isDigit(first) || first == '$' || first == '\u20AC' || first == '\u00A3';
      this.other = !upper && !lower && !digit;
    }
  }

  /** A list-item marker such as "2." or "b)". */
  private record Marker(int start, int value, String style, int dot, boolean bulleted, boolean eligibleStart) {}

  /** Returns whether {@code c} is a full-width or ideographic stop, which needs no space after it. */
  static boolean isWideTerminal(char c) {
    return c == '\u3002' || c == '\uFF0E' || c == '\uFF01' || c == '\uFF1F';
  }

  static boolean isTerminal(char c) {
    return isWideTerminal(c) || c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u203C' || c == '\u2047'
        || c == '\u2048' || c == '\u2049';
  }

  static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
        || c == '\u00BB' || c == '\u203A' || c == '}';
  }

  static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '['
        || c == '\u00AB' || c == '\u2039' || c == '{' || c == '\u201E';
  }

  static boolean isBullet(char c) {
    return c == '\u2022' || c == '\u2043' || c == '\u2023' || c == '\u25E6' || c == '\u25AA'
        || c == '\u25CF' || c == '\u25A0';
  }
}
