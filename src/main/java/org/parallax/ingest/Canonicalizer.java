package org.parallax.ingest;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts text that looks the same into the same characters, so that later stages match what a
 * reader sees.
 *
 * <ul>
 *   <li>Unicode NFC: a decomposed "e" + U+0301 becomes "é";
 *   <li>soft hyphens (U+00AD), zero-width spaces (U+200B), word joiners (U+2060) and byte order
 *       marks inside the text (U+FEFF) are removed;
 *   <li>zero-width (non-)joiners (U+200C, U+200D) are removed next to Latin, Greek and Cyrillic
 *       letters, and kept where they shape a script or join an emoji;
 *   <li>no-break spaces (U+00A0, U+2007, U+202F) become ordinary spaces.
 * </ul>
 *
 * <p>Each change is invisible on screen, so the body a report quotes still shows as the input
 * did; offsets of later stages point into the changed text.
 */
final class Canonicalizer {
  private Canonicalizer() {}

  /** Returns {@code s} in canonical form; {@code null} stays null. */
  static String text(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = null;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      char replacement;
      switch (c) {
        case '\u00AD', '\u200B', '\u2060', '\uFEFF' -> replacement = 0;
        case '\u200C', '\u200D' -> replacement = shapes(n, i) ? c : 0;
        case '\u00A0', '\u2007', '\u202F' -> replacement = ' ';
        default -> replacement = c;
      }
      if (replacement != c && out == null) {
        out = new StringBuilder(n.length()).append(n, 0, i);
      }
      if (out != null && replacement != 0) {
        out.append(replacement);
      }
    }
    return out == null ? n : out.toString();
  }

  /** Returns the parsed input with every line and metadata field in canonical form. */
  static Parsed parsed(Parsed p) {
    List<Block> blocks = new ArrayList<>(p.blocks().size());
    for (Block b : p.blocks()) {
      List<Line> lines = new ArrayList<>(b.lines().size());
      for (Line l : b.lines()) {
        lines.add(new Line(text(l.text()), l.linkOnly()));
      }
      blocks.add(new Block(lines, b.kind()));
    }
    List<Removal> removed = new ArrayList<>(p.removed().size());
    for (Removal r : p.removed()) {
      removed.add(new Removal(text(r.text()), r.reason()));
    }
    return new Parsed(blocks, removed, p.warnings(), text(p.title()), text(p.byline()),
        text(p.publisher()), p.published());
  }

  /**
   * Returns whether the joiner at {@code i} matters: it sits after a letter or mark of a script
   * other than Latin, Greek and Cyrillic (Arabic, Devanagari ...), or after an emoji.
   */
  private static boolean shapes(String s, int i) {
    if (i == 0) {
      return false;
    }
    int prev = s.codePointBefore(i);
    int type = Character.getType(prev);
    if (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
        || prev == 0xFE0F || prev >= 0x1F3FB && prev <= 0x1F3FF) {
      return true;
    }
    if (!Character.isLetter(prev) && type != Character.NON_SPACING_MARK
        && type != Character.COMBINING_SPACING_MARK) {
      return false;
    }
    UnicodeScript script = UnicodeScript.of(prev);
    return script != UnicodeScript.LATIN && script != UnicodeScript.GREEK
        && script != UnicodeScript.CYRILLIC && script != UnicodeScript.COMMON
        && script != UnicodeScript.INHERITED;
  }
}
