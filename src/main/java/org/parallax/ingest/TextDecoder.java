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
    if (bytes.length == 0) {
      throw new IngestException(source, "empty input (0 bytes)");
    }
    String magic = binaryMagic(bytes);
    if (magic != null) {
      throw new IngestException(source, "binary input (" + magic + " data), not a text article");
    }
    List<String> warnings = new ArrayList<>();
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
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
        if (indexOfNul(bytes) >= 0) {
          throw new IngestException(source, "binary input (NUL bytes), not a text article");
        }
        text = decodeOrFallback(source, bytes, 0, StandardCharsets.UTF_8, declared, warnings);
      }
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    text = normalizeLineEnds(text);
    text = dropControls(text, warnings);
    if (MOJIBAKE.matcher(text).results().count() >= 2) {
      warnings.add("text contains sequences like \"â€™\" or \"Ã©\": it may have been mis-decoded"
          + " before it reached Parallax");
    }
    if (text.isEmpty()) {
      throw new IngestException(source, "empty input");
    }
    if (text.isBlank()) {
      throw new IngestException(source, "input has only whitespace");
    }
    return new Decoded(text, warnings);
  }

  /** Returns "\n" line ends for CRLF, CR and Unicode line separators. */
  static String normalizeLineEnds(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n')
        .replace('\u2028', '\n').replace('\u2029', '\n').replace('\u0085', '\n');
  }

  private static String dropControls(String text, List<String> warnings) {
    StringBuilder out = new StringBuilder(text.length());
    int dropped = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\f' || c == '\u000B') {
        out.append('\n');
      } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F) {
        dropped++;
      } else {
        out.append(c);
      }
    }
    if (dropped > 0) {
      warnings.add("dropped " + dropped + " control character" + (dropped == 1 ? "" : "s"));
    }
    return out.toString();
  }

  private static String decodeOrFallback(String source, byte[] bytes, int offset, Charset charset,
      String declared, List<String> warnings) throws IngestException {
    try {
      return strict(bytes, offset, charset);
    } catch (CharacterCodingException e) {
      Charset named = declaredCharset(declared, bytes);
      if (named != null && !named.equals(StandardCharsets.UTF_8)) {
        try {
          String text = strict(bytes, offset, named);
          warnings.add("decoded as " + named.name() + " (declared by the input): not valid UTF-8");
          return text;
        } catch (CharacterCodingException ignored) {
          // fall through to Windows-1252
        }
      }
      int[] counts = new int[2];
      String mixed = utf8WithWindows1252Bytes(bytes, offset, counts);
      if (counts[0] > 0) {
        // Valid multi-byte UTF-8 sequences beside stray bytes: text pasted together from two
        // sources. Each part is read in its own encoding, so neither turns into mojibake.
        warnings.add("mixed encodings: " + counts[1] + " byte" + (counts[1] == 1 ? "" : "s")
            + " not valid UTF-8 decoded as Windows-1252, the rest as UTF-8");
        long replaced = mixed.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > 0) {
          warnings.add(replaced + " bytes have no Windows-1252 character and became U+FFFD");
        }
        return mixed;
      }
      String text = lenient(bytes, offset, WINDOWS_1252);
      warnings.add("decoded as Windows-1252: not valid UTF-8");
      long replaced = text.chars().filter(c -> c == '\uFFFD').count();
      if (replaced > 0) {
        warnings.add(replaced + " bytes have no Windows-1252 character and became U+FFFD");
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

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
