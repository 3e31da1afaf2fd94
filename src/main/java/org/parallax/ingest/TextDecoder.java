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
