package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pairs a batch compares, read from CSV (header {@code id,a,b}) or JSON Lines ({@code {"id":
 * ..., "a": ..., "b": ...}} per line). Relative article paths are resolved against the manifest's
 * folder; URLs are kept as they are.
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
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file");
    } catch (IOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage(), e);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean jsonl =
        name.endsWith(".jsonl") || name.endsWith(".ndjson")
            || lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip().startsWith("{");
    Path base = file.toAbsolutePath().getParent();
    List<Entry> entries = jsonl ? jsonLines(file, lines) : csv(file, lines);
    if (entries.isEmpty()) {
      throw new UserError(file + ": the manifest lists no pairs");
    }
    Set<String> ids = new HashSet<>();
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      String id = Slugs.stem(e.id() + ".x");
      if (!ids.add(id)) {
        throw new UserError(file + ":" + e.line() + ": duplicate id '" + e.id() + "'");
      }
      out.add(new Entry(e.line(), id, resolve(base, e.a()), resolve(base, e.b()), e.a(), e.b()));
    }
    return out;
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
      try {
        node = mapper.readTree(line);
      } catch (IOException e) {
        throw new UserError(file + ":" + (i + 1) + ": not a JSON object");
      }
      out.add(new Entry(i + 1, field(file, i, node, "id"), field(file, i, node, "a"), field(file, i, node, "b")));
    }
    return out;
  }

  private static String field(Path file, int i, JsonNode node, String name) throws UserError {
    JsonNode v = node == null ? null : node.get(name);
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
