package org.parallax.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Lines up two renderings of a quote word by word and tells excerpting from rewording.
 *
 * <p>Words are compared by stem (stems sharing a long prefix count as equal, as in {@link
 * QuoteMatcher#sameStem}); a common subsequence pairs them, preferring long runs (a lone paired
 * word is not worth a run; of two pairings with as many words, the one in fewer runs wins), and
 * each stretch between
 * paired words is a region where the renderings differ. A region is an <em>excerpt</em> when it is
 * explained by one outlet keeping more of the remark than the other: it lies before the first or
 * after the last paired word (an outlet started or stopped quoting elsewhere), or only one side
 * has words there and they form whole sentences, or an ellipsis or bracket marks the cut. At the
 * ends of a quote, up to two function words on one side ("the lines of ..." against "... but lines
 * of ...") are the outlet's grammar, not the speaker's, and so is one article added, dropped or
 * swapped anywhere ("at a bar" / "at the bar"). Every other region is a <em>rewording</em>:
 * words changed, added or dropped without a mark inside a sentence both outlets quote. Words in
 * brackets are the outlet's insertions and are left out first. Before any of this, {@link #normalize}
 * reads "&amp;" as "and", a hyphen inside a word as a space ("tax-filing" / "tax filing") and a
 * contraction as its long form ("we'll" / "we will"), so those differences are never rewordings.
 */
final class Renderings {
  private static final int PAIR = 10;
  private static final int RUN = 15;

  private Renderings() {}

  /**
   * How two renderings line up.
   *
   * @param lengthA words of A (outside brackets)
   * @param lengthB words of B (outside brackets)
   * @param paired words paired by the common subsequence
   * @param longestRun the longest run of consecutive paired words
   * @param pairedContent distinct stems of paired words that are not function words
   * @param rewordings regions that are rewordings
   * @param inflected paired words whose stems agree but whose forms differ
   * @param spanA the first and one past the last paired word of A, as indexes into the tokens of
   *     {@link #normalize}d A (brackets included); {0, 0} when nothing is paired
   * @param spanB the same for B
   */
  record Layout(
      int lengthA, int lengthB, int paired, int longestRun, int pairedContent, int rewordings, int inflected,
      int[] spanA, int[] spanB) {
    /** Returns the word count of the shorter rendering. */
    int shorter() {
      return Math.min(lengthA, lengthB);
    }

    /** Returns whether the two renderings are the same words, up to brackets. */
    boolean same() {
      return rewordings == 0 && inflected == 0 && paired == lengthA && paired == lengthB;
    }

    /**
     * Returns whether one rendering is an excerpt of the remark the other quotes: no rewording, a
     * shared run of at least three words holding two content words, and the pairing covers half
     * the shorter quote or runs at least five words.
     */
    boolean excerpt() {
      return rewordings == 0
          && !(lengthA == lengthB && paired == lengthA)
          && longestRun >= 3
          && pairedContent >= 2
          && (2 * paired >= shorter() || longestRun >= 5);
    }

    /** Returns whether the difference is only the form of some words in quotes of one length. */
    boolean inflectionOnly() {
      return rewordings == 0 && inflected > 0 && paired == lengthA && paired == lengthB;
    }
  }

  /** A word of a rendering with what precedes it, and its index among all tokens of the normalized text. */
  private record Word(Token token, boolean cutBefore, boolean sentenceBefore, int index) {}

  /** Returns how the renderings {@code a} and {@code b} line up. */
  static Layout layout(String a, String b) {
    List<Word> wa = words(a);
    List<Word> wb = words(b);
    int n = wa.size();
    int m = wb.size();
    // best[s][i][j]: the best alignment of A[i..] and B[j..], s = 1 when A[i-1] and B[j-1] were
    // paired. A pair earns PAIR; each run of pairs costs RUN, so a lone pair is not worth making
    // and of two alignments with as many pairs, the one in fewer runs wins.
    int[][][] best = new int[2][n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        int skip = Math.max(best[0][i + 1][j], best[0][i][j + 1]);
        for (int s = 0; s < 2; s++) {
          int v = skip;
          if (same(wa.get(i), wb.get(j))) {
            v = Math.max(v, PAIR - (s == 1 ? 0 : RUN) + best[1][i + 1][j + 1]);
          }
          best[s][i][j] = v;
        }
      }
    }
    List<int[]> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    int s = 0;
    while (i < n && j < m) {
      if (same(wa.get(i), wb.get(j))
          && best[s][i][j] == PAIR - (s == 1 ? 0 : RUN) + best[1][i + 1][j + 1]) {
        pairs.add(new int[] {i, j});
        i++;
        j++;
        s = 1;
      } else if (best[0][i + 1][j] >= best[0][i][j + 1]) {
        i++;
        s = 0;
      } else {
        j++;
        s = 0;
      }
    }
    int longest = 0;
    int run = 0;
    Set<String> content = new HashSet<>();
    int inflected = 0;
    for (int p = 0; p < pairs.size(); p++) {
      int[] q = pairs.get(p);
      boolean continues = p > 0 && pairs.get(p - 1)[0] == q[0] - 1 && pairs.get(p - 1)[1] == q[1] - 1;
      run = continues ? run + 1 : 1;
      longest = Math.max(longest, run);
      Token ta = wa.get(q[0]).token();
      if (!ta.stopword()) {
        content.add(ta.stem());
      }
      if (!ta.norm().equals(wb.get(q[1]).token().norm()) && !article(wa.get(q[0]))) {
        inflected++;
      }
    }
    int rewordings = 0;
    int prevA = -1;
    int prevB = -1;
    for (int p = 0; p <= pairs.size(); p++) {
      int nextA = p < pairs.size() ? pairs.get(p)[0] : n;
      int nextB = p < pairs.size() ? pairs.get(p)[1] : m;
      boolean head = p == 0;
      boolean tail = p == pairs.size();
      if ((nextA > prevA + 1 || nextB > prevB + 1)
          && !isExcerpt(wa, prevA + 1, nextA, wb, prevB + 1, nextB, head, tail)) {
        rewordings++;
      }
      if (!tail) {
        prevA = nextA;
        prevB = nextB;
      }
    }
    int[] spanA = {0, 0};
    int[] spanB = {0, 0};
    if (!pairs.isEmpty()) {
      int[] first = pairs.get(0);
      int[] last = pairs.get(pairs.size() - 1);
      spanA = new int[] {wa.get(first[0]).index(), wa.get(last[0]).index() + 1};
      spanB = new int[] {wb.get(first[1]).index(), wb.get(last[1]).index() + 1};
    }
    return new Layout(n, m, pairs.size(), longest, content.size(), rewordings, inflected, spanA, spanB);
  }

  /** Returns whether the region A[fa, ta) against B[fb, tb) is explained by excerpting. */
  private static boolean isExcerpt(
      List<Word> a, int fa, int ta, List<Word> b, int fb, int tb, boolean head, boolean tail) {
    boolean emptyA = fa >= ta;
    boolean emptyB = fb >= tb;
    if ((head || tail) && (emptyA || emptyB)) {
      return true;
    }
    if (marked(a, fa, ta) || marked(b, fb, tb)) {
      return true;
    }
    if (head || tail) {
      return edgeGrammar(a, fa, ta) || edgeGrammar(b, fb, tb);
    }
    if (articleOnly(a, fa, ta) && articleOnly(b, fb, tb)) {
      return true; // "at a bar" / "at the bar": an article is the outlet's transcription
    }
    if (emptyA) {
      return wholeSentences(b, fb, tb);
    }
    if (emptyB) {
      return wholeSentences(a, fa, ta);
    }
    return false;
  }

  /** Returns whether an ellipsis or bracket cuts the words from..to (before, inside or right after them). */
  private static boolean marked(List<Word> w, int from, int to) {
    int last = Math.min(to, w.size() - 1);
    for (int k = Math.max(0, from); k <= last; k++) {
      if (w.get(k).cutBefore()) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the words from..to are one or two function words: an outlet's own grammar at a quote's edge. */
  private static boolean edgeGrammar(List<Word> w, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!w.get(k).token().stopword()) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether the words from..to are at most one article (a, an, the). */
  private static boolean articleOnly(List<Word> w, int from, int to) {
    if (to - from > 1) {
      return false;
    }
    return from >= to || article(w.get(from));
  }

  /** Returns whether the words from..to begin and end at sentence boundaries. */
  private static boolean wholeSentences(List<Word> w, int from, int to) {
    return w.get(from).sentenceBefore() && (to >= w.size() || w.get(to).sentenceBefore());
  }

  private static boolean same(Word a, Word b) {
    return QuoteMatcher.sameStem(a.token().stem(), b.token().stem()) || (article(a) && article(b));
  }

  private static boolean article(Word w) {
    return ARTICLES.contains(w.token().norm());
  }

  /** Returns the words of a rendering outside brackets, each marked with the cut or sentence end before it. */
  private static List<Word> words(String text) {
    String t = normalize(text);
    List<Word> out = new ArrayList<>();
    int index = -1;
    int depth = 0;
    int from = 0;
    boolean cut = false;
    boolean sentence = true;
    for (Token tok : Tokenizer.tokenize(t)) {
      index++;
      for (int k = from; k < tok.start(); k++) {
        char c = t.charAt(k);
        if (c == '[') {
          depth++;
          cut = true;
        } else if (c == ']') {
          depth = Math.max(0, depth - 1);
          cut = true;
        } else if (c == '\u2026' || (c == '.' && k + 2 < tok.start() && t.startsWith("...", k))) {
          cut = true;
          k += c == '.' ? 2 : 0;
        } else if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') {
          sentence = true;
        }
      }
      from = tok.end();
      if (depth > 0) {
        continue;
      }
      out.add(new Word(tok, cut, sentence, index));
      cut = false;
      sentence = false;
    }
    return out;
  }

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Pattern NUMBER_WORD =
      Pattern.compile("(?i)\\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b");
  private static final List<String> NUMBERS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})");
  private static final Pattern CANNOT = Pattern.compile("(?i)\\b(can)['\u2019]t\\b");
  private static final Pattern WONT = Pattern.compile("(?i)\\b(w)on['\u2019]t\\b");
  private static final Pattern NOT = Pattern.compile("(?i)(?<=\\p{L})n['\u2019]t\\b");
  private static final Pattern IS =
      Pattern.compile("(?i)\\b(he|she|it|that|there|what|who|here|where)['\u2019]s\\b");
  private static final Pattern[] SUFFIXES = {
    Pattern.compile("(?i)(?<=\\p{L})['\u2019]re\\b"),
    Pattern.compile("(?i)(?<=\\p{L})['\u2019]ve\\b"),
    Pattern.compile("(?i)(?<=\\p{L})['\u2019]ll\\b"),
    Pattern.compile("(?i)(?<=\\bi)['\u2019]m\\b"),
    Pattern.compile("(?i)(?<=\\p{L})['\u2019]d\\b"),
  };
  private static final String[] LONG_FORMS = {" are", " have", " will", " am", " would"};

  /**
   * Returns {@code text} as quotes are compared: "&amp;" read as "and", a hyphen between letters
   * as a space, the numbers zero to twelve as digits ("two-in-three" / "2 in 3"), and the contractions n't, 're, 've, 'll, I'm, 'd and he's (after a pronoun or
   * "that", "there", "what", "who", "here", "where") written out. 'd reads as "would" and 's as
   * "is" on both sides alike, so "he'd" against "he had" stays a difference.
   */
  static String normalize(String text) {
    String t = normalizeAmpersand(text);
    if (t.indexOf('-') >= 0 || t.indexOf('\u2010') >= 0 || t.indexOf('\u2011') >= 0) {
      t = INNER_HYPHEN.matcher(t).replaceAll(" ");
    }
    t = NUMBER_WORD.matcher(t).replaceAll(m -> NUMBERS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + "");
    if (t.indexOf('\'') < 0 && t.indexOf('\u2019') < 0) {
      return t;
    }
    t = CANNOT.matcher(t).replaceAll("$1 not");
    t = WONT.matcher(t).replaceAll("$1ill not");
    t = NOT.matcher(t).replaceAll(" not");
    t = IS.matcher(t).replaceAll("$1 is");
    for (int k = 0; k < SUFFIXES.length; k++) {
      t = SUFFIXES[k].matcher(t).replaceAll(LONG_FORMS[k]);
    }
    return t;
  }

  /** Returns {@code text} with each ampersand read as the word "and". */
  static String normalizeAmpersand(String text) {
    return text.indexOf('&') < 0 ? text : text.replace("&", " and ");
  }
}
