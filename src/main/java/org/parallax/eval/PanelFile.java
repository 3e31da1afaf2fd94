package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One judged pair of the panel (issue #17): which two BASIL articles, whether they tell the same
 * event, and the judgments, each keyed by text. The format is fixed; see docs/panel-rubric.md.
 *
 * @param id the pair's id, the file name without {@code .panel}
 * @param a the A article's path under the dataset's {@code articles/}, without {@code .json}
 * @param b the B article's path
 * @param outlets the two outlets as written in the header
 * @param sameEvent whether the header says {@code event: same}
 * @param judgments the judgment lines in file order
 */
record PanelFile(String id, String a, String b, String outlets, boolean sameEvent, List<Judgment> judgments) {
  PanelFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    judgments = List.copyOf(judgments);
  }

  /**
   * One judgment line.
   *
   * @param type the first field: align, speaker, not-speaker, quote-match, fact, conflict, no-conflict, framing, voices
   * @param fields the remaining fields, stripped
   * @param line the 1-based line number in the file
   * @param text the line as written, for listing misses
   */
  record Judgment(String type, List<String> fields, int line, String text) {
    Judgment {
      fields = List.copyOf(fields);
    }

    /** Returns field {@code i} (0 is the field after the type). */
    String f(int i) {
      return fields.get(i);
    }
  }

  /** A malformed panel file: the message names the file and line. */
  static final class ParseException extends IOException {
    private static final long serialVersionUID = 1L;

    ParseException(Path file, int line, String message) {
      super(file + ":" + line + ": " + message);
    }
  }

  private static final Set<String> SIDES = Set.of("A", "B");
  private static final Set<String> RELATIONS = Set.of("exact", "fragment", "variant", "different");
  private static final Set<String> KINDS = Set.of("person", "organization", "place", "date", "number", "thing");
  private static final Set<String> FRAMING_KINDS =
      Set.of("attribution", "naming", "word-choice", "emphasis", "voices", "own-voice");

  /** Reads and checks the panel file at {@code path}; a malformed line is a {@link ParseException}. */
  static PanelFile read(Path path) throws IOException {
    String name = path.getFileName().toString();
    String id = name.endsWith(".panel") ? name.substring(0, name.length() - ".panel".length()) : name;
    return parse(path, id, Files.readString(path, StandardCharsets.UTF_8));
  }

  /** Parses panel text; {@code file} only names the source in error messages. */
  static PanelFile parse(Path file, String id, String text) throws ParseException {
    String a = null;
    String b = null;
    String outlets = null;
    Boolean same = null;
    List<Judgment> judgments = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int no = i + 1;
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String key = header(line);
      if (key != null) {
        String value = line.substring(key.length() + 1).replaceFirst("\\s+#.*$", "").strip();
        switch (key) {
          case "pair" -> {
            String[] p = value.split(" \\| ", -1);
            if (p.length != 2 || p[0].isBlank() || p[1].isBlank()) {
              throw new ParseException(file, no, "expected 'pair: <A path> | <B path>'");
            }
            a = stripJson(p[0].strip());
            b = stripJson(p[1].strip());
          }
          case "outlets" -> outlets = value;
          case "event" -> {
            if (!value.equals("same") && !value.equals("different")) {
              throw new ParseException(file, no, "event must be 'same' or 'different', got '" + value + "'");
            }
            same = value.equals("same");
          }
          default -> throw new IllegalStateException(key);
        }
        continue;
      }
      String[] parts = line.split(" \\| ", -1);
      List<String> fields = new ArrayList<>();
      for (int k = 1; k < parts.length; k++) {
        fields.add(parts[k].strip());
      }
      Judgment j = new Judgment(parts[0].strip(), fields, no, line);
      check(file, j);
      judgments.add(j);
    }
    if (a == null) {
      throw new ParseException(file, lines.length, "missing header line 'pair: <A> | <B>'");
    }
    if (same == null) {
      throw new ParseException(file, lines.length, "missing header line 'event: same|different'");
    }
    return new PanelFile(id, a, b, outlets == null ? "" : outlets, same, judgments);
  }

  private static String header(String line) {
    for (String k : List.of("pair", "outlets", "event")) {
      if (line.startsWith(k + ":")) {
        return k;
      }
    }
    return null;
  }

  private static String stripJson(String p) {
    return p.endsWith(".json") ? p.substring(0, p.length() - 5) : p;
  }

  private static void check(Path file, Judgment j) throws ParseException {
    List<String> f = j.fields();
    for (int k = 0; k < f.size(); k++) {
      if (f.get(k).isEmpty()) {
        throw new ParseException(file, j.line(), "empty field " + (k + 2) + " in '" + j.type() + "' line");
      }
    }
    switch (j.type()) {
      case "align" -> {
        need(file, j, 3, "align | must|not|yes | <A snippet> | <B snippet>");
        oneOf(file, j, f.get(0), Set.of("must", "not", "yes"), "align mode");
      }
      case "speaker" -> {
        need(file, j, 3, "speaker | A|B | <quote snippet> | <speaker / alternatives>");
        oneOf(file, j, f.get(0), SIDES, "side");
      }
      case "not-speaker" -> need(file, j, 1, "not-speaker | <string>");
      case "quote-match" -> {
        need(file, j, 3, "quote-match | <A quote> | <B quote> | exact|fragment|variant|different");
        oneOf(file, j, f.get(2), RELATIONS, "quote relation");
      }
      case "fact" -> {
        if (f.isEmpty()) {
          throw new ParseException(file, j.line(), "fact line needs a mode: A, B, both, not or kind");
        }
        switch (f.get(0)) {
          case "A", "B" -> {
            need(file, j, 3, "fact | A|B | <name> | one-sided");
            oneOf(file, j, f.get(2), Set.of("one-sided"), "fact judgment");
          }
          case "both" -> need(file, j, 3, "fact | both | <form in A> | <form in B>");
          case "not" -> need(file, j, 2, "fact | not | <string>");
          case "kind" -> {
            need(file, j, 3, "fact | kind | <name> | person|organization|place|date|number|thing");
            oneOf(file, j, f.get(2), KINDS, "fact kind");
          }
          default -> throw new ParseException(
              file, j.line(), "fact mode must be A, B, both, not or kind, got '" + f.get(0) + "'");
        }
      }
      case "conflict" -> need(file, j, 3, "conflict | <about> | <A value> | <B value>");
      case "no-conflict" -> need(file, j, 2, "no-conflict | <A value> | <B value>");
      case "framing" -> {
        if (f.isEmpty()) {
          throw new ParseException(file, j.line(), "framing line needs a mode: must, yes or no");
        }
        switch (f.get(0)) {
          case "must" -> {
            need(file, j, 4, "framing | must | <kind> | <A words> | <B words>");
            oneOf(file, j, f.get(1), FRAMING_KINDS, "framing kind");
            if (f.get(2).equals("-") && f.get(3).equals("-")) {
              throw new ParseException(file, j.line(), "framing must needs words on at least one side");
            }
          }
          case "yes", "no" -> {
            need(file, j, 3, "framing | yes|no | <kind or *> | <words>");
            if (!f.get(1).equals("*") && !FRAMING_KINDS.contains(f.get(1)) && PanelScorer.toolKind(f.get(1)) == null) {
              throw new ParseException(file, j.line(), "unknown framing kind '" + f.get(1) + "'");
            }
          }
          default -> throw new ParseException(
              file, j.line(), "framing mode must be must, yes or no, got '" + f.get(0) + "'");
        }
      }
      case "voices" -> {
        need(file, j, 2, "voices | A|B | <speaker>; <speaker>; ...");
        oneOf(file, j, f.get(0), SIDES, "side");
      }
      default -> throw new ParseException(file, j.line(), "unknown judgment '" + j.type() + "'");
    }
  }

  private static void need(Path file, Judgment j, int n, String form) throws ParseException {
    if (j.fields().size() != n) {
      throw new ParseException(
          file, j.line(), "expected '" + form + "' (" + (n + 1) + " fields separated by ' | '), got "
              + (j.fields().size() + 1));
    }
  }

  private static void oneOf(Path file, Judgment j, String v, Set<String> allowed, String what) throws ParseException {
    if (!allowed.contains(v)) {
      throw new ParseException(
          file, j.line(), what + " must be one of " + String.join(", ", allowed.stream().sorted().toList())
              + ", got '" + v + "'");
    }
  }

  /** Returns the judgments of {@code type} (and, when not null, first field {@code mode}). */
  List<Judgment> of(String type, String mode) {
    List<Judgment> out = new ArrayList<>();
    for (Judgment j : judgments) {
      if (j.type().equals(type) && (mode == null || (!j.fields().isEmpty() && j.f(0).equals(mode)))) {
        out.add(j);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%s | %s)", id, a, b);
  }
}
