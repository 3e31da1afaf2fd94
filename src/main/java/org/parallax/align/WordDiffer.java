package org.parallax.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.TextNormalizer;

/**
 * Word-level diff of two texts, as a word processor shows tracked changes.
 *
 * <p>Texts are cut into words, runs of punctuation and runs of whitespace, so a change never
 * splits a word. Words are compared in their normalized form (case, quotes and dashes folded), but
 * segments carry the original characters. Whitespace between two changed words joins the change.
 */
public final class WordDiffer {
  // DOTALL: "." must take every character, line separators such as U+0085 included, or it is lost.
  private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019\\-.][\\p{L}\\p{N}]+)*+|\\s+|.", Pattern.DOTALL);

  private WordDiffer() {}

  /** Returns the segments that turn {@code a} into {@code b}. */
  public static List<DiffSegment> diff(String a, String b) {
    List<String> pa = pieces(a);
    List<String> pb = pieces(b);
    List<String> na = pa.stream().map(WordDiffer::key).toList();
    List<String> nb = pb.stream().map(WordDiffer::key).toList();
    Patch<String> patch = DiffUtils.diff(na, nb);
    List<DiffSegment> out = new ArrayList<>();
    int ia = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int sa = d.getSource().getPosition();
      int sb = d.getTarget().getPosition();
      append(out, DiffSegment.Op.EQUAL, join(pa, ia, sa));
      append(out, DiffSegment.Op.DELETE, join(pa, sa, sa + d.getSource().size()));
      append(out, DiffSegment.Op.INSERT, join(pb, sb, sb + d.getTarget().size()));
      ia = sa + d.getSource().size();
    }
    append(out, DiffSegment.Op.EQUAL, join(pa, ia, pa.size()));
    return absorbSpaces(out);
  }

  /** Returns the share of words (not spaces) that the diff keeps equal, from 0 to 1. */
  public static double equalShare(List<DiffSegment> diff) {
    int equal = 0;
    int total = 0;
    for (DiffSegment s : diff) {
      int words = countWords(s.text());
      total += words;
      if (s.op() == DiffSegment.Op.EQUAL) {
        equal += words;
      }
    }
    return total == 0 ? 1.0 : (double) equal / total;
  }

  private static int countWords(String s) {
    Matcher m = PIECE.matcher(s);
    int n = 0;
    while (m.find()) {
      if (Character.isLetterOrDigit(m.group().charAt(0))) {
        n++;
      }
    }
    return n;
  }

  private static List<String> pieces(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = PIECE.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String key(String piece) {
    if (piece.isBlank()) {
      // The whitespace itself: an equal segment carries A's characters, so B's text is given back
      // only if equal whitespace is the same whitespace ("x " + " word" is two spaces, not one).
      return piece;
    }
    return TextNormalizer.normalize(piece);
  }

  private static String join(List<String> pieces, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(pieces.get(i));
    }
    return sb.toString();
  }

  private static void append(List<DiffSegment> out, DiffSegment.Op op, String text) {
    if (text.isEmpty()) {
      return;
    }
    out.add(new DiffSegment(op, text));
  }

  /** Joins changes separated only by whitespace into one deleted and one inserted phrase. */
  private static List<DiffSegment> absorbSpaces(List<DiffSegment> in) {
    List<DiffSegment> out = new ArrayList<>();
    StringBuilder del = new StringBuilder();
    StringBuilder ins = new StringBuilder();
    for (int i = 0; i < in.size(); i++) {
      DiffSegment s = in.get(i);
      switch (s.op()) {
        case DELETE -> del.append(s.text());
        case INSERT -> ins.append(s.text());
        case EQUAL -> {
          boolean pending = del.length() > 0 || ins.length() > 0;
          boolean nextChanges = i + 1 < in.size() && in.get(i + 1).op() != DiffSegment.Op.EQUAL;
          if (pending && nextChanges && s.text().isBlank()) {
            del.append(s.text());
            ins.append(s.text());
          } else {
            flush(out, del, ins);
            out.add(s);
          }
        }
      }
    }
    flush(out, del, ins);
    return List.copyOf(out);
  }

  private static void flush(List<DiffSegment> out, StringBuilder del, StringBuilder ins) {
    append(out, DiffSegment.Op.DELETE, del.toString());
    append(out, DiffSegment.Op.INSERT, ins.toString());
    del.setLength(0);
    ins.setLength(0);
  }
}
