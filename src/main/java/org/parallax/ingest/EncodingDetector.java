package org.parallax.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the encoding of bytes that are neither UTF-8 nor marked by a byte order mark.
 *
 * <p>UTF-16 without a byte order mark is recognized here, by decoding both byte orders and
 * keeping the one that gives ordinary text; ICU4J's {@link CharsetDetector} (byte statistics and
 * character n-grams per language) names the legacy encodings. A guess is used only when it is
 * clearly ahead of the next one that would give a different text.
 */
final class EncodingDetector {
  /** A detected encoding: the name shown to the user, the decoder to use, and ICU's confidence. */
  record Guess(String name, Charset charset, int confidence) {}

  /** Thrown when no encoding is clearly ahead; the message lists what was considered. */
  static final class Unsure extends Exception {
    private static final long serialVersionUID = 1L;

    Unsure(String message) {
      super(message);
    }
  }

  /** The least confidence (ICU's 0–100 scale) a guess needs. */
  static final int MIN_CONFIDENCE = 20;
  /** The confidence at which a legacy guess wins over UTF-16 without a byte order mark. */
  static final int SURE = 50;
  /** How far a guess must lead the next guess that decodes the bytes differently. */
  static final int MIN_LEAD = 10;
  /** The share of UTF-16 code units that must be ordinary text for UTF-16 without a mark. */
  static final double UTF16_PLAUSIBLE = 0.97;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private EncodingDetector() {}

  /**
   * Returns UTF-16LE or UTF-16BE when exactly one byte order decodes {@code bytes} to ordinary
   * text (letters, digits, marks, punctuation, spaces and line ends), else null.
   */
  static Charset utf16(byte[] bytes) {
    if (bytes.length < 8 || bytes.length % 2 != 0) {
      return null;
    }
    // Two printable ASCII bytes read as one UTF-16 unit give a CJK ideograph: Western 8-bit text
    // would pass for Chinese. Real UTF-16 has a NUL or a byte outside 0x20–0x7E in most units.
    int asciiPairs = 0;
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      if (bytes[i] >= 0x20 && bytes[i] < 0x7F && bytes[i + 1] >= 0x20 && bytes[i + 1] < 0x7F) {
        asciiPairs++;
      }
    }
    if (asciiPairs * 2 >= bytes.length / 2) {
      return null;
    }
    boolean le = plausible(bytes, StandardCharsets.UTF_16LE);
    boolean be = plausible(bytes, StandardCharsets.UTF_16BE);
    if (le == be) {
      return null;
    }
    return le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
  }

  private static boolean plausible(byte[] bytes, Charset charset) {
    String text;
    try {
      text = strict(bytes, charset);
    } catch (CharacterCodingException e) {
      return false;
    }
    int total = 0;
    int good = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      total++;
      if (ordinary(cp)) {
        good++;
      }
    }
    return total > 0 && good >= UTF16_PLAUSIBLE * total;
  }

  private static boolean ordinary(int cp) {
    if (cp == '\n' || cp == '\r' || cp == '\t') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.SPACE_SEPARATOR:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.CURRENCY_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns the legacy encoding of {@code bytes} (not valid UTF-8, no byte order mark).
   *
   * @throws Unsure when no encoding is clearly ahead; the message names the candidates
   */
  static Guess legacy(byte[] bytes) throws Unsure {
    CharsetDetector detector = new CharsetDetector();
    // Statistics of the text, not of the markup around it: in a web page the ASCII of tags, styles
    // and scripts would outweigh a few hundred bytes of Cyrillic.
    detector.setText(withoutMarkup(bytes));
    CharsetMatch[] matches = detector.detectAll();
    List<Guess> guesses = new ArrayList<>();
    for (CharsetMatch m : matches) {
      String name = m.getName();
      String upper = name.toUpperCase(Locale.ROOT);
      // UTF-8 is already ruled out; UTF-16/32 without a mark are judged by utf16() above.
      if (upper.startsWith("UTF-")) {
        continue;
      }
      Charset charset = javaCharset(name);
      if (charset != null) {
        guesses.add(new Guess(displayName(name), charset, m.getConfidence()));
      }
    }
    if (guesses.isEmpty()) {
      throw new Unsure("no known encoding fits");
    }
    Guess best = guesses.get(0);
    String bestText = lenient(bytes, best.charset());
    Guess next = null;
    for (Guess g : guesses.subList(1, guesses.size())) {
      if (!lenient(bytes, g.charset()).equals(bestText)) {
        next = g;
        break;
      }
    }
    boolean clear = best.confidence() >= MIN_CONFIDENCE
        && (next == null || best.confidence() - next.confidence() >= MIN_LEAD);
    if (!clear) {
      StringBuilder sb = new StringBuilder();
      int shown = 0;
      for (Guess g : guesses) {
        if (shown == 4) {
          break;
        }
        if (sb.indexOf(g.name() + " ") >= 0) {
          continue;
        }
        sb.append(shown++ == 0 ? "" : ", ").append(g.name()).append(" (").append(g.confidence()).append(')');
      }
      throw new Unsure("considered " + sb);
    }
    return best;
  }

  /**
   * Returns {@code bytes} without HTML tags, comments and the content of style and script
   * elements when they look like markup (three tags or more), else {@code bytes}. Works on the
   * bytes of any ASCII-compatible encoding, where '<' and '>' are single bytes.
   */
  static byte[] withoutMarkup(byte[] bytes) {
    int tags = 0;
    for (int i = 0; i + 1 < bytes.length && tags < 3; i++) {
      if (bytes[i] == '<' && (Character.isLetter(bytes[i + 1]) || bytes[i + 1] == '/' || bytes[i + 1] == '!')) {
        tags++;
      }
    }
    if (tags < 3) {
      return bytes;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      if (bytes[i] != '<') {
        out.write(bytes[i++]);
        continue;
      }
      int close = indexOf(bytes, (byte) '>', i);
      if (close < 0) {
        break;
      }
      String name = tagName(bytes, i + 1, close);
      boolean closing = i + 1 < close && bytes[i + 1] == '/';
      i = close + 1;
      if (!closing && (name.equals("style") || name.equals("script"))) {
        int end = indexOfIgnoreCase(bytes, "</" + name, i);
        i = end < 0 ? bytes.length : end;
      }
      out.write(' ');
    }
    byte[] text = out.toByteArray();
    // keep the original when the page is nearly all markup: too little text to judge either way
    return text.length < 16 ? bytes : text;
  }

  private static int indexOf(byte[] b, byte x, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfIgnoreCase(byte[] b, String ascii, int from) {
    outer:
    for (int i = from; i + ascii.length() <= b.length; i++) {
      for (int k = 0; k < ascii.length(); k++) {
        if (Character.toLowerCase((char) (b[i + k] & 0xFF)) != ascii.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String tagName(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to && sb.length() < 10; i++) {
      char c = (char) (b[i] & 0xFF);
      if (c < 0x80 && Character.isLetter(c)) {
        sb.append(Character.toLowerCase(c));
      } else if (sb.length() > 0) {
        break;
      } else if (c != '/') {
        break;
      }
    }
    return sb.toString();
  }

  /** Returns whether {@code charset} is ISO-8859-1 or Windows-1252, which browsers treat as one. */
  static boolean western(Charset charset) {
    return charset.equals(WINDOWS_1252) || charset.equals(StandardCharsets.ISO_8859_1);
  }

  /** Returns the Java decoder for an ICU encoding name, or null when Java has none. */
  private static Charset javaCharset(String icuName) {
    String n = icuName.toUpperCase(Locale.ROOT);
    try {
      switch (n) {
        // Browsers read Latin-1 as Windows-1252, which agrees on every printable Latin-1 byte.
        case "ISO-8859-1":
          return WINDOWS_1252;
        // Windows' Shift_JIS, with the NEC and IBM extensions that Japanese sites use.
        case "SHIFT_JIS":
          return Charset.forName("windows-31j");
        default:
          return Charset.isSupported(icuName) ? Charset.forName(icuName) : null;
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String displayName(String icuName) {
    return icuName.equalsIgnoreCase("ISO-8859-1") || icuName.equalsIgnoreCase("windows-1252")
        ? "Windows-1252" : icuName;
  }

  static String strict(byte[] bytes, Charset charset) throws CharacterCodingException {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static String lenient(byte[] bytes, Charset charset) {
    return new String(bytes, charset);
  }
}
