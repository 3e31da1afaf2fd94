package org.parallax.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pairs a batch compares, read from CSV (header {@code id,a,b}) or JSON Lines ({@code {"id":
 * ..., "a": ..., "b": ...}} per line), in UTF-8 with or without a byte order mark. Relative article
 * paths are resolved against the manifest's folder; URLs are kept as they are. Each id becomes a
 * distinct report file name ({@link #fileNames}).
 */
final class Manifest {
  /**
   * One pair.
   *
   * @param a the first article as the batch reads it (a relative path resolved against the manifest)
   * @param b the second article, likewise
   * @param givenA the first article exactly as the manifest writes it
   * @param givenB the second article exactly as the manifest writes it
   */
  record Entry(int line, String id, String a, String b, String givenA, String givenB) {
    Entry(int line, String id, String a, String b) {
      this(line, id, a, b, a, b);
    }
  }

  private Manifest() {}

  static List<Entry> read(Path file) throws UserError {
    List<String> lines = lines(file);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean jsonl =
        name.endsWith(".jsonl") || name.endsWith(".ndjson")
            || lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip().startsWith("{");
    Path base = file.toAbsolutePath().getParent();
    List<Entry> entries = jsonl ? jsonLines(file, lines) : csv(file, lines);
    if (entries.isEmpty()) {
      throw new UserError(file + ": the manifest lists no pairs");
    }
    Map<String, Integer> ids = new HashMap<>();
    for (Entry e : entries) {
      Integer first = ids.putIfAbsent(e.id(), e.line());
      if (first != null) {
        throw new UserError(file + ":" + e.line() + ": duplicate id '" + e.id() + "' (first on line " + first + ")");
      }
    }
    List<String> names = fileNames(entries.stream().map(Entry::id).toList());
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      out.add(new Entry(e.line(), names.get(i), resolve(base, e.a()), resolve(base, e.b()), e.a(), e.b()));
    }
    return out;
  }

  /**
   * Returns a distinct report file name for each id, in order: the id reduced to lower-case
   * letters, digits and hyphens, and for a later id that reduces to a name already taken
   * ({@code Report} and {@code report}, {@code foo/bar/baz} and {@code qux/baz}, two ids in a
   * script without Latin letters) the same name with "-2", "-3" … added.
   */
  static List<String> fileNames(List<String> ids) {
    List<String> bases = new ArrayList<>();
    for (String id : ids) {
      bases.add(Slugs.stem(id.replace('/', '-').replace('\\', '-') + ".x"));
    }
    Set<String> reserved = new HashSet<>(bases);
    Set<String> used = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (String b : bases) {
      String name = b;
      for (int n = 2; used.contains(name); n++) {
        name = b + "-" + n;
        if (reserved.contains(name)) {
          name = b;
        }
      }
      used.add(name);
      out.add(name);
    }
    return out;
  }

  /** Returns the lines of a UTF-8 manifest (a byte order mark is skipped); anything else is a user error. */
  private static List<String> lines(Path file) throws UserError {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UserError(file + ": cannot read: permission denied");
    } catch (IOException e) {
      throw new UserError(file + ": cannot read: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
    }
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, chars, true);
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = offset; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new UserError(String.format(Locale.ROOT,
          "%s:%d: not UTF-8 (byte 0x%02X); save the manifest as UTF-8", file, line, bytes[at] & 0xFF));
    }
    decoder.flush(chars);
    chars.flip();
    return List.of(chars.toString().split("\r?\n|\r", -1));
  }

  private static String resolve(Path base, String source) {
    if (source.equals("-")) {
      return source;
    }
    if (source.startsWith("http://") || source.startsWith("https://")) {
      return source;
    }
    Path p = Path.of(source);
    return p.isAbsolute() ? source : base.resolve(p).normalize().toString();
  }

  private static List<Entry> jsonLines(Path file, List<String> lines) throws UserError {
    ObjectMapper mapper = new ObjectMapper();
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node;
      boolean more;
      try (JsonParser parser = mapper.createParser(line)) {
        node = mapper.readTree(parser);
        try {
          more = parser.nextToken() != null;
        } catch (IOException e) {
          more = true;
        }
      } catch (IOException e) {
        throw new UserError(file + ":" + (i + 1) + ": not a JSON object");
      }
      if (more) {
        throw new UserError(file + ":" + (i + 1) + ": more text after the JSON object; write one object per line");
      }
      if (node == null || !node.isObject()) {
        throw new UserError(file + ":" + (i + 1) + ": not a JSON object");
      }
      out.add(new Entry(i + 1, field(file, i, node, "id"), field(file, i, node, "a"), field(file, i, node, "b")));
    }
    return out;
  }

  private static String field(Path file, int i, JsonNode node, String name) throws UserError {
    JsonNode v = node == null ? null : node.get(name);
    if (v != null && name.equals("id") && v.isIntegralNumber()) {
      return v.asText();
    }
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new UserError(file + ":" + (i + 1) + ": missing text field \"" + name + "\"");
    }
    return v.asText();
  }

  private static List<Entry> csv(Path file, List<String> lines) throws UserError {
    List<Entry> out = new ArrayList<>();
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = splitCsv(line);
      if (header) {
        header = false;
        if (!f.equals(List.of("id", "a", "b"))) {
          throw new UserError(file + ":" + (i + 1) + ": the CSV header must be id,a,b");
        }
        continue;
      }
      if (f.size() != 3 || f.stream().anyMatch(String::isBlank)) {
        throw new UserError(file + ":" + (i + 1) + ": expected three fields: id,a,b");
      }
      out.add(new Entry(i + 1, f.get(0), f.get(1), f.get(2)));
    }
    return out;
  }

  /** Splits one CSV line; fields may be quoted with "" for a quote inside. */
  static List<String> splitCsv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().strip());
    return out;
  }
}
