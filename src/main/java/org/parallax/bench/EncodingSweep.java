package org.parallax.bench;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.ingest.IngestException;
import org.parallax.ingest.Ingestor;

/**
 * Measures encoding detection on real English news: every BASIL article is encoded as
 * Windows-1252 (characters it lacks become '?'), as UTF-16LE and UTF-16BE without a byte order
 * mark, whole and cut to its first 300 and 80 characters, and with its odd paragraphs in
 * Windows-1252 and the rest in UTF-8 ("mixed"), then read by {@link Ingestor}. An input counts as
 * right when its body equals the body read from the same text in UTF-8.
 *
 * <p>Run: {@code java -cp target/parallax.jar org.parallax.bench.EncodingSweep ../shared/datasets/basil-dev}
 */
public final class EncodingSweep {
  private EncodingSweep() {}

  /** Prints one line per encoding and length: inputs, right, wrong, refused, and the warnings seen. */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/datasets/basil-dev");
    List<Basil.Article> articles = Basil.triplets(root).stream().flatMap(List::stream).toList();
    Ingestor ingestor = new Ingestor();
    for (String name : List.of("windows-1252", "UTF-16LE", "UTF-16BE")) {
      Charset charset = Charset.forName(name);
      for (int len : new int[] {Integer.MAX_VALUE, 300, 80}) {
        int inputs = 0;
        int right = 0;
        int wrong = 0;
        int refused = 0;
        Map<String, Integer> seen = new TreeMap<>();
        for (Basil.Article a : articles) {
          String text = encodable(a.text().length() > len ? a.text().substring(0, len) : a.text(), charset);
          byte[] bytes = text.getBytes(charset);
          if (name.startsWith("windows") && isAscii(bytes)) {
            continue; // plain ASCII is UTF-8 too
          }
          inputs++;
          String expected;
          try {
            expected = ingestor.parse("a.txt", text.getBytes(StandardCharsets.UTF_8), Format.TXT).body();
          } catch (IngestException e) {
            inputs--;
            continue; // a cut so short that nothing is left: not an encoding question
          }
          try {
            Document d = ingestor.parse("a.txt", bytes, Format.TXT);
            boolean ok = d.body().equals(expected);
            if (ok) {
              right++;
            } else {
              wrong++;
            }
            String w = d.warnings().isEmpty() ? "no warning" : d.warnings().get(0).replaceAll(";.*|: no byte order mark.*", "");
            seen.merge((ok ? "" : "WRONG ") + w, 1, Integer::sum);
          } catch (IngestException e) {
            refused++;
            seen.merge("refused: " + e.getMessage().replaceAll(" \\(.*", ""), 1, Integer::sum);
          }
        }
        System.out.printf(java.util.Locale.ROOT, "%-12s %-9s %4d inputs: %4d right, %d wrong, %d refused  %s%n",
            name, len == Integer.MAX_VALUE ? "whole" : "first " + len, inputs, right, wrong, refused, seen);
      }
    }
    mixed(articles, ingestor);
  }

  /** Reads each article with its odd paragraphs in Windows-1252 and the rest in UTF-8. */
  private static void mixed(List<Basil.Article> articles, Ingestor ingestor) {
    Charset cp1252 = Charset.forName("windows-1252");
    int inputs = 0;
    int right = 0;
    int wrong = 0;
    int refused = 0;
    Map<String, Integer> seen = new TreeMap<>();
    for (Basil.Article a : articles) {
      String[] paragraphs = a.text().split("\n\n");
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      StringBuilder text = new StringBuilder();
      boolean utf8High = false;
      boolean cp1252High = false;
      for (int i = 0; i < paragraphs.length; i++) {
        boolean odd = i % 2 == 1;
        String p = odd ? encodable(paragraphs[i], cp1252) : paragraphs[i];
        byte[] b = (p + "\n\n").getBytes(odd ? cp1252 : StandardCharsets.UTF_8);
        if (!isAscii(b)) {
          utf8High |= !odd;
          cp1252High |= odd;
        }
        bytes.writeBytes(b);
        text.append(p).append("\n\n");
      }
      if (!utf8High || !cp1252High) {
        continue; // not mixed
      }
      inputs++;
      try {
        String expected = ingestor.parse("a.txt", text.toString().getBytes(StandardCharsets.UTF_8), Format.TXT).body();
        Document d = ingestor.parse("a.txt", bytes.toByteArray(), Format.TXT);
        boolean ok = d.body().equals(expected);
        if (ok) {
          right++;
        } else {
          wrong++;
        }
        seen.merge((ok ? "" : "WRONG ") + d.warnings().get(0).replaceAll(":.*", ""), 1, Integer::sum);
      } catch (IngestException e) {
        refused++;
        seen.merge("refused: " + e.getMessage().replaceAll(" \\(.*", ""), 1, Integer::sum);
      }
    }
    System.out.printf(java.util.Locale.ROOT, "%-12s %-9s %4d inputs: %4d right, %d wrong, %d refused  %s%n",
        "mixed", "whole", inputs, right, wrong, refused, seen);
  }

  private static String encodable(String s, Charset charset) {
    CharsetEncoder e = charset.newEncoder();
    if (e.canEncode(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(e.canEncode(c) ? c : '?');
    }
    return out.toString();
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }
}
