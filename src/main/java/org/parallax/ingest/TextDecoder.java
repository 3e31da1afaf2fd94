package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns input bytes into text: detects the encoding, refuses binary data, normalizes line ends. */
final class TextDecoder {
  /** The decoded text and what was noticed while decoding. */
  record Decoded(String text, List<String> warnings) {
    Decoded {
      warnings = List.copyOf(warnings);
    }
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂ][\\u0080-\\u00BF]|â€[™œ\\u009D˜“”¦]");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes} to text with line ends normalized to "\n" and no byte order mark.
   *
   * @param declared a charset named by the transport (HTTP Content-Type), or null
   */
  static Decoded decode(String source, byte[] bytes, String declared) throws IngestException {
    return decode(source, bytes, declared, null);
  }

  /**
   * Decodes {@code bytes} to text with line ends normalized to "\n" and no byte order mark.
   *
   * @param declared a charset named by the transport (HTTP Content-Type), or null
   * @param forced the encoding the user named with --encoding, or null to detect it
   */
  static Decoded decode(String source, byte[] bytes, String declared, Charset forced)
      throws IngestException {
    if (bytes.length == 0) {
      throw new IngestException(source, "empty input (0 bytes)");
    }
    String magic = binaryMagic(bytes);
    if (magic != null) {
      throw new IngestException(source, "binary input (" + magic + " data), not a text article");
    }
    List<String> warnings = new ArrayList<>();
    String text;
    if (forced != null) {
      text = forced(bytes, forced, warnings);
    } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = decodeOrFallback(source, bytes, 3, StandardCharsets.UTF_8, declared, warnings);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = utf16(source, bytes, 2, StandardCharsets.UTF_16LE, warnings);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = utf16(source, bytes, 2, StandardCharsets.UTF_16BE, warnings);
    } else {
      Charset utf16 = utf16WithoutBom(bytes);
      if (utf16 != null) {
        text = utf16(source, bytes, 0, utf16, warnings);
        warnings.add("decoded as " + utf16.name() + ": no byte order mark, detected from NUL bytes");
      } else {
        long nuls = countNul(bytes);
        Charset plain16 = nuls > Math.max(1, bytes.length / 100) ? EncodingDetector.utf16(bytes) : null;
        if (plain16 != null) {
          // UTF-16 of a script beyond Latin: NUL bytes only beside ASCII spaces and punctuation
          text = utf16(source, bytes, 0, plain16, warnings);
          warnings.add("decoded as " + plain16.name() + ": no byte order mark, detected from the text");
        } else if (nuls > Math.max(1, bytes.length / 100)) {
          throw new IngestException(source, "binary input (" + nuls + " NUL bytes), not a text article");
        } else {
          text = decodeOrFallback(source, bytes, 0, StandardCharsets.UTF_8, declared, warnings);
        }
      }
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    text = normalizeLineEnds(text);
    int before = text.length();
    text = dropControls(text, warnings);
    if (MOJIBAKE.matcher(text).results().count() >= 2) {
      warnings.add("text contains sequences like \"â€™\" or \"Ã©\": it may have been mis-decoded"
          + " before it reached Parallax");
    }
    if (text.isEmpty() && before > 0) {
      throw new IngestException(source, "input has only control characters (" + before + " dropped), no text");
    }
    if (text.isEmpty()) {
      throw new IngestException(source, "empty input");
    }
    if (text.isBlank()) {
      throw new IngestException(source, before > text.length()
          ? "input has only control characters and whitespace, no text"
          : "input has only whitespace");
    }
    return new Decoded(text, warnings);
  }

  private static String forced(byte[] bytes, Charset charset, List<String> warnings) {
    int offset = 0;
    String id = charset.name().toUpperCase(Locale.ROOT);
    if (id.equals("UTF-8") && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
    }
    try {
      return strict(bytes, offset, charset);
    } catch (CharacterCodingException e) {
      String text = lenient(bytes, offset, charset);
      long replaced = text.chars().filter(c -> c == '\uFFFD').count();
      warnings.add("--encoding " + charset.name() + ": " + replaced + " invalid byte sequence"
          + (replaced == 1 ? "" : "s") + " became U+FFFD");
      return text;
    }
  }

  /** Returns "\n" line ends for CRLF, CR and Unicode line separators. */
  static String normalizeLineEnds(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n')
        .replace('\u2028', '\n').replace('\u2029', '\n').replace('\u0085', '\n');
  }

  private static String dropControls(String text, List<String> warnings) {
    StringBuilder out = new StringBuilder(text.length());
    int dropped = 0;
    int nuls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\f' || c == '\u000B') {
        out.append('\n');
      } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F) {
        dropped++;
        if (c == 0) {
          nuls++;
        }
      } else {
        out.append(c);
      }
    }
    if (dropped > 0) {
      warnings.add("dropped " + dropped + " control character" + (dropped == 1 ? "" : "s")
          + (nuls == 0 ? "" : nuls == dropped ? " (NUL)" : " (" + nuls + " NUL)"));
    }
    return out.toString();
  }

  private static String decodeOrFallback(String source, byte[] bytes, int offset, Charset charset,
      String declared, List<String> warnings) throws IngestException {
    try {
      return strict(bytes, offset, charset);
    } catch (CharacterCodingException e) {
      // not UTF-8: the input's own declaration, then detection
      Charset named = declaredCharset(declared, bytes);
      if (named != null && !named.equals(StandardCharsets.UTF_8)) {
        try {
          String text = strict(bytes, offset, named);
          warnings.add("decoded as " + named.name() + " (declared by the input): not valid UTF-8");
          return text;
        } catch (CharacterCodingException ignored) {
          // the declaration is wrong too: detect
        }
      }
      byte[] rest = offset == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, offset, bytes.length);
      EncodingDetector.Guess guess = null;
      String considered = null;
      try {
        guess = EncodingDetector.legacy(rest);
      } catch (EncodingDetector.Unsure u) {
        considered = u.getMessage();
      }
      // UTF-16 without a mark or NUL bytes (Chinese, Japanese) unless a legacy encoding is sure:
      // Shift_JIS and GB18030 bytes also read as UTF-16 letters.
      if (offset == 0 && (guess == null || guess.confidence() < EncodingDetector.SURE)) {
        Charset utf16 = EncodingDetector.utf16(bytes);
        if (utf16 != null) {
          warnings.add("decoded as " + utf16.name() + ": no byte order mark, detected from the text");
          return utf16(source, bytes, 0, utf16, warnings);
        }
      }
      if (guess == null) {
        throw new IngestException(source, "cannot tell the encoding: not UTF-8 or UTF-16, and no"
            + " other encoding is clearly ahead (" + considered + "); name it with --encoding");
      }
      if (EncodingDetector.western(guess.charset())) {
        int[] counts = new int[2];
        String mixed = utf8WithWindows1252Bytes(bytes, offset, counts);
        if (counts[0] > 0) {
          // Valid multi-byte UTF-8 sequences beside stray Western bytes: text pasted together from
          // two sources. Each part is read in its own encoding, so neither turns into mojibake.
          warnings.add("mixed encodings: " + counts[1] + " byte" + (counts[1] == 1 ? "" : "s")
              + " not valid UTF-8 decoded as Windows-1252, the rest as UTF-8");
          long replaced = mixed.chars().filter(c -> c == '\uFFFD').count();
          if (replaced > 0) {
            warnings.add(replaced + " bytes have no Windows-1252 character and became U+FFFD");
          }
          return mixed;
        }
      }
      String text;
      try {
        text = strict(bytes, offset, guess.charset());
        warnings.add("decoded as " + guess.name() + ": not valid UTF-8; detected with confidence "
            + guess.confidence() + " of 100 (use --encoding to name another)");
      } catch (CharacterCodingException bad) {
        text = lenient(bytes, offset, guess.charset());
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        warnings.add("decoded as " + guess.name() + ": not valid UTF-8; detected with confidence "
            + guess.confidence() + " of 100 (use --encoding to name another); " + replaced
            + " invalid byte sequence" + (replaced == 1 ? "" : "s") + " became U+FFFD");
      }
      return text;
    }
  }

  private static String utf16(String source, byte[] bytes, int offset, Charset charset,
      List<String> warnings) throws IngestException {
    try {
      return strict(bytes, offset, charset);
    } catch (CharacterCodingException e) {
      String text = lenient(bytes, offset, charset);
      warnings.add("invalid " + charset.name() + " sequences replaced with U+FFFD");
      return text;
    }
  }

  private static Charset declaredCharset(String declared, byte[] bytes) {
    String name = declared;
    if (name == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      name = m.find() ? m.group(1) : null;
    }
    if (name == null) {
      return null;
    }
    try {
      Charset c = Charset.forName(name.strip());
      // Browsers read Latin-1 labels as Windows-1252; so do we.
      String id = c.name().toLowerCase(Locale.ROOT);
      return id.equals("iso-8859-1") || id.equals("us-ascii") ? WINDOWS_1252 : c;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, int offset, Charset charset)
      throws CharacterCodingException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    return chars.toString();
  }

  /**
   * Decodes each well-formed UTF-8 sequence as UTF-8 and each other byte as Windows-1252; {@code
   * counts} receives the number of multi-byte UTF-8 sequences and of bytes read as Windows-1252.
   */
  static String utf8WithWindows1252Bytes(byte[] bytes, int offset, int[] counts) {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = offset;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      }
      int n = utf8Length(bytes, i);
      if (n > 0) {
        out.append(new String(bytes, i, n, StandardCharsets.UTF_8));
        counts[0]++;
        i += n;
      } else {
        out.append(new String(bytes, i, 1, WINDOWS_1252));
        counts[1]++;
        i++;
      }
    }
    return out.toString();
  }

  /** Returns the length of the well-formed UTF-8 sequence at {@code i} (RFC 3629), or 0 when there is none. */
  private static int utf8Length(byte[] b, int i) {
    int lead = b[i] & 0xFF;
    int n;
    int min2;
    int max2;
    if (lead >= 0xC2 && lead <= 0xDF) {
      n = 2; min2 = 0x80; max2 = 0xBF;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 3;
      min2 = lead == 0xE0 ? 0xA0 : 0x80;
      max2 = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 4;
      min2 = lead == 0xF0 ? 0x90 : 0x80;
      max2 = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + n > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    if (second < min2 || second > max2) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      int c = b[i + k] & 0xFF;
      if (c < 0x80 || c > 0xBF) {
        return 0;
      }
    }
    return n;
  }

  private static String lenient(byte[] bytes, int offset, Charset charset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }

  /** Returns UTF-16LE or UTF-16BE when NUL bytes sit in alternate positions, as in ASCII text. */
  private static Charset utf16WithoutBom(byte[] bytes) {
    int pairs = bytes.length / 2;
    if (pairs < 2) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      if (bytes[i] == 0) {
        evenNul++;
      }
      if (bytes[i + 1] == 0) {
        oddNul++;
      }
    }
    if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.02) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.02) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String binaryMagic(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
      return "PDF";
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
      return "ZIP";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "MS Office";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "ELF";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static long countNul(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      if (b == 0) {
        n++;
      }
    }
    return n;
  }
}
