package org.parallax.align;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The BERT uncased WordPiece tokenizer of all-MiniLM-L6-v2, in plain Java.
 *
 * <p>It follows the model's {@code tokenizer.json} (HuggingFace tokenizers): special tokens such
 * as {@code [CLS]} written in the raw text stay whole; the rest is cleaned (control characters
 * dropped, every white space becomes a space), CJK ideographs are set apart, accents are stripped
 * (NFD, non-spacing marks removed) and letters lower-cased; words split at white space and around
 * each punctuation character; each word is cut greedily into the longest vocabulary pieces
 * ({@code ##} marks a piece inside a word), or is {@code [UNK]} when it cannot be cut or is longer
 * than 100 characters; an encoding keeps at most the file's truncation length of tokens (128 for
 * this model), so longer sentences are embedded from their start. It replaces the native DJL tokenizer, whose start-up costs about 0.4 s of
 * CPU; {@code WordPieceTest} checks it against that tokenizer token for token.
 */
final class WordPiece {
  static final String CLS = "[CLS]";
  static final String SEP = "[SEP]";
  static final String UNK = "[UNK]";
  private static final String PREFIX = "##";
  private static final int MAX_WORD_CHARS = 100;
  /** Tokens matched in the raw text before normalization (the tokenizer's added tokens). */
  private static final String[] SPECIAL = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};

  private final Map<String, Integer> vocab;
  /** Most tokens of an encoding, {@code [CLS]} and {@code [SEP]} included (the file's truncation). */
  private final int maxLength;

  private WordPiece(Map<String, Integer> vocab, int maxLength) {
    this.vocab = vocab;
    this.maxLength = maxLength;
    for (String s : new String[] {CLS, SEP, UNK}) {
      if (!vocab.containsKey(s)) {
        throw new IllegalArgumentException("vocabulary lacks " + s);
      }
    }
  }

  /**
   * Reads the vocabulary ({@code model.vocab}) and truncation length ({@code truncation.max_length})
   * of a HuggingFace {@code tokenizer.json}. A small scanner rather than a JSON library: it is read
   * on every cold start, and this takes a fraction of the time.
   */
  static WordPiece read(InputStream tokenizerJson) throws IOException {
    String json = new String(tokenizerJson.readAllBytes(), StandardCharsets.UTF_8);
    Scanner sc = new Scanner(json);
    Map<String, Integer> vocab = new HashMap<>(65536);
    int maxLength = Integer.MAX_VALUE;
    sc.expect('{');
    while (sc.more('}')) {
      String field = sc.string();
      sc.expect(':');
      if (field.equals("truncation") && sc.peek() == '{') {
        sc.expect('{');
        while (sc.more('}')) {
          String inner = sc.string();
          sc.expect(':');
          if (inner.equals("max_length")) {
            maxLength = Math.max(2, sc.integer());
          } else {
            sc.skipValue();
          }
        }
      } else if (field.equals("model") && sc.peek() == '{') {
        sc.expect('{');
        while (sc.more('}')) {
          String inner = sc.string();
          sc.expect(':');
          if (inner.equals("vocab") && sc.peek() == '{') {
            sc.expect('{');
            while (sc.more('}')) {
              String piece = sc.string();
              sc.expect(':');
              vocab.put(piece, sc.integer());
            }
          } else {
            sc.skipValue();
          }
        }
      } else {
        sc.skipValue();
      }
    }
    if (vocab.isEmpty()) {
      throw new IOException("tokenizer.json has no model.vocab");
    }
    return new WordPiece(vocab, maxLength);
  }

  /** A minimal JSON scanner over a string: enough to walk objects and read strings and integers. */
  private static final class Scanner {
    private final String s;
    private int i;

    Scanner(String s) {
      this.s = s;
    }

    private void space() {
      while (i < s.length() && s.charAt(i) <= ' ') {
        i++;
      }
    }

    char peek() throws IOException {
      space();
      if (i >= s.length()) {
        throw new IOException("tokenizer.json ends early");
      }
      return s.charAt(i);
    }

    void expect(char c) throws IOException {
      if (peek() != c) {
        throw new IOException("tokenizer.json: expected '" + c + "' at offset " + i);
      }
      i++;
    }

    /** Returns whether another member follows in an object or array closed by {@code close}. */
    boolean more(char close) throws IOException {
      char c = peek();
      if (c == close) {
        i++;
        return false;
      }
      if (c == ',') {
        i++;
      }
      return true;
    }

    String string() throws IOException {
      expect('"');
      StringBuilder sb = null;
      int start = i;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"') {
          String out = sb == null ? s.substring(start, i) : sb.append(s, start, i).toString();
          i++;
          return out;
        }
        if (c == '\\') {
          if (sb == null) {
            sb = new StringBuilder();
          }
          sb.append(s, start, i);
          char e = s.charAt(i + 1);
          switch (e) {
            case 'u' -> {
              sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
              i += 6;
            }
            case 'n' -> { sb.append('\n'); i += 2; }
            case 't' -> { sb.append('\t'); i += 2; }
            case 'r' -> { sb.append('\r'); i += 2; }
            case 'b' -> { sb.append('\b'); i += 2; }
            case 'f' -> { sb.append('\f'); i += 2; }
            default -> { sb.append(e); i += 2; }
          }
          start = i;
          continue;
        }
        i++;
      }
      throw new IOException("tokenizer.json: unterminated string");
    }

    int integer() throws IOException {
      space();
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
        i++;
      }
      try {
        return Integer.parseInt(s.substring(start, i));
      } catch (NumberFormatException e) {
        throw new IOException("tokenizer.json: expected an integer at offset " + start);
      }
    }

    void skipValue() throws IOException {
      char c = peek();
      if (c == '"') {
        string();
      } else if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        i++;
        while (more(close)) {
          if (c == '{') {
            string();
            expect(':');
          }
          skipValue();
        }
      } else {
        while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
          i++;
        }
      }
    }
  }

  /** Returns the id of a token, or the id of {@code [UNK]} for one not in the vocabulary. */
  long id(String token) {
    Integer id = vocab.get(token);
    return id != null ? id : vocab.get(UNK);
  }

  /**
   * Returns the tokens of {@code text}, with {@code [CLS]} first and {@code [SEP]} last, cut after
   * the first {@code maxLength - 2} tokens when longer (even inside a word, as the tokenizer does).
   */
  List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    out.add(CLS);
    int from = 0;
    while (from <= text.length()) {
      int at = -1;
      String special = null;
      for (String s : SPECIAL) {
        int k = text.indexOf(s, from);
        if (k >= 0 && (at < 0 || k < at)) {
          at = k;
          special = s;
        }
      }
      int end = at < 0 ? text.length() : at;
      if (end > from) {
        words(normalize(text.substring(from, end)), out);
      }
      if (special == null) {
        break;
      }
      out.add(special);
      from = at + special.length();
    }
    if (out.size() > maxLength - 1) {
      out.subList(maxLength - 1, out.size()).clear();
    }
    out.add(SEP);
    return out;
  }

  /**
   * Returns the text the tokenizer's decoder makes of {@code tokens}: pieces marked {@code ##} join
   * the token before, the others are separated by a space.
   */
  static String decode(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (i > 0 && t.startsWith(PREFIX)) {
        sb.append(t, PREFIX.length(), t.length());
      } else {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(t);
      }
    }
    return sb.toString();
  }

  /** Cleans, separates CJK ideographs, strips accents and lower-cases, as BertNormalizer does. */
  static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    boolean ascii = true;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == 0 || c == 0xFFFD || isControl(c)) {
        continue;
      }
      if (isWhitespace(c)) {
        sb.append(' ');
      } else if (isChinese(c)) {
        sb.append(' ').appendCodePoint(c).append(' ');
        ascii = false;
      } else {
        sb.appendCodePoint(c);
        ascii &= c < 0x80;
      }
    }
    String s = sb.toString();
    if (!ascii) {
      String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
      StringBuilder stripped = new StringBuilder(nfd.length());
      for (int i = 0; i < nfd.length(); ) {
        int c = nfd.codePointAt(i);
        i += Character.charCount(c);
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
          stripped.appendCodePoint(c);
        }
      }
      s = stripped.toString();
    }
    StringBuilder lower = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      lower.appendCodePoint(Character.toLowerCase(c));
    }
    return lower.toString();
  }

  /** Splits normalized text into words (at spaces, punctuation on its own) and adds their pieces. */
  private void words(String text, List<String> out) {
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (isWhitespace(c)) {
        if (start >= 0) {
          pieces(text.substring(start, i), out);
          start = -1;
        }
      } else if (isPunctuation(c)) {
        if (start >= 0) {
          pieces(text.substring(start, i), out);
          start = -1;
        }
        pieces(text.substring(i, next), out);
      } else if (start < 0) {
        start = i;
      }
      i = next;
    }
    if (start >= 0) {
      pieces(text.substring(start), out);
    }
  }

  /** Adds the longest-match-first WordPiece pieces of one word, or {@code [UNK]}. */
  private void pieces(String word, List<String> out) {
    int chars = word.codePointCount(0, word.length());
    if (chars > MAX_WORD_CHARS) {
      out.add(UNK);
      return;
    }
    List<String> found = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      String piece = null;
      while (end > start) {
        String sub = start == 0 ? word.substring(start, end) : PREFIX + word.substring(start, end);
        if (vocab.containsKey(sub)) {
          piece = sub;
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (piece == null) {
        out.add(UNK);
        return;
      }
      found.add(piece);
      start = end;
    }
    out.addAll(found);
  }

  /** Unicode White_Space, as Rust's {@code char::is_whitespace}. */
  static boolean isWhitespace(int c) {
    return (c >= 0x09 && c <= 0x0D)
        || c == 0x20
        || c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /** Other (C*) categories except tab, newline and carriage return. */
  private static boolean isControl(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    int t = Character.getType(c);
    return t == Character.CONTROL
        || t == Character.FORMAT
        || t == Character.PRIVATE_USE
        || t == Character.SURROGATE
        || t == Character.UNASSIGNED;
  }

  /** ASCII punctuation (symbols such as $ and + included) or a Unicode punctuation category. */
  static boolean isPunctuation(int c) {
    if (c < 0x80) {
      return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
    }
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION
        || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION;
  }

  /** CJK ideograph blocks that BERT sets apart as words of their own. */
  private static boolean isChinese(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F)
        || (c >= 0x2B740 && c <= 0x2B81F)
        || (c >= 0x2B920 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
