package org.parallax.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.Span;

/**
 * Scores the sentence splitter on golden-rule files.
 *
 * <p>Two JSON layouts are read: {@code {"rules":[{"id","input","expected":[...]}]}} (pySBD and
 * pragmatic_segmenter golden rules) and {@code {"cases":[{"name"|"issue","input","options",
 * "expected":[...]}]}} (spec cases and regression issues). A case passes when the splitter yields
 * the expected sentences in order, each compared after trimming and collapsing runs of whitespace
 * to one space, as pySBD's own tests compare. Options such as {@code clean: false} are not
 * interpreted, and inputs are used exactly as stored (escape sequences are not undone).
 */
public final class SbdEval {
  private SbdEval() {}

  /** One failing case with what was expected and what the splitter produced. */
  public record Failure(String id, String input, List<String> expected, List<String> actual) {
    public Failure {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(input, "input");
      expected = List.copyOf(expected);
      actual = List.copyOf(actual);
    }
  }

  /** The score of one file: counts and the failing cases in file order. */
  public record Result(int passed, int failed, List<Failure> failures) {
    public Result {
      if (passed < 0 || failed < 0) {
        throw new IllegalArgumentException("negative count");
      }
      failures = List.copyOf(failures);
    }
  }

  /** Evaluates the default splitter on every case of {@code file}. */
  public static Result evaluate(Path file) throws IOException {
    return evaluate(file, new SentenceSplitter());
  }

  /** Evaluates {@code splitter} on every case of {@code file}. */
  public static Result evaluate(Path file, SentenceSplitter splitter) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(splitter, "splitter");
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": expected a JSON object with \"rules\" or \"cases\"");
    }
    JsonNode items = root.has("rules") ? root.get("rules") : root.get("cases");
    if (items == null || !items.isArray()) {
      throw new IOException(file + ": expected an array \"rules\" or \"cases\"");
    }
    int passed = 0;
    List<Failure> failures = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String id = idOf(item, i);
      JsonNode input = item.get("input");
      JsonNode expected = item.get("expected");
      if (input == null || !input.isTextual() || expected == null || !expected.isArray()) {
        throw new IOException(file + ": case " + (i + 1) + " (" + id + ") needs a string \"input\" and an array \"expected\"");
      }
      List<String> want = new ArrayList<>();
      for (JsonNode e : expected) {
        if (!e.isTextual()) {
          throw new IOException(file + ": case " + (i + 1) + " (" + id + ") has a non-string expected sentence");
        }
        want.add(e.asText());
      }
      String text = input.asText();
      List<String> got = new ArrayList<>();
      for (Span s : splitter.split(text)) {
        got.add(s.of(text));
      }
      if (same(want, got)) {
        passed++;
      } else {
        failures.add(new Failure(id, text, want, got));
      }
    }
    return new Result(passed, failures.size(), failures);
  }

  /** Prints the failing cases when {@code verbose}, then the line {@code N passed, M failed}. */
  public static void print(Result r, PrintWriter out, boolean verbose) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(out, "out");
    if (verbose) {
      for (Failure f : r.failures()) {
        out.println("FAIL " + f.id());
        out.println("  input:    " + f.input());
        for (String s : f.expected()) {
          out.println("  expected: " + s);
        }
        for (String s : f.actual()) {
          out.println("  actual:   " + s);
        }
      }
    }
    out.println(r.passed() + " passed, " + r.failed() + " failed");
    out.flush();
  }

  /** Returns whether two sentence lists agree after trimming and collapsing whitespace. */
  static boolean same(List<String> expected, List<String> actual) {
    List<String> a = new ArrayList<>();
    for (String s : expected) {
      String c = collapse(s);
      if (!c.isEmpty()) {
        a.add(c);
      }
    }
    List<String> b = new ArrayList<>();
    for (String s : actual) {
      b.add(collapse(s));
    }
    return a.equals(b);
  }

  static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String idOf(JsonNode item, int index) {
    for (String key : List.of("id", "name", "issue")) {
      JsonNode v = item.get(key);
      if (v != null && !v.isNull()) {
        return key.equals("issue") ? v.asText() + " (case " + (index + 1) + ")" : v.asText();
      }
    }
    return "case " + (index + 1);
  }
}
