package org.parallax.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.align.Aligner;
import org.parallax.compare.Comparer;
import org.parallax.compare.StageTimes;
import org.parallax.facts.FactFinder;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.ingest.Document;
import org.parallax.ingest.IngestException;
import org.parallax.ingest.Ingestor;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.report.HtmlReport;
import org.parallax.report.JsonReport;
import org.parallax.report.MarkdownReport;
import org.parallax.text.PosModel;
import org.parallax.text.Segmenter;

/** Times each stage of one comparison in a fresh JVM, the way {@code parallax compare} runs it. */
public final class Stages {
  /** Names of the timed stages, in pipeline order. */
  static final String[] NAMES = {"ingest", "segment", "align", "quotes", "facts", "framing", "summary", "reports"};

  private Stages() {}

  /** Compares {@code args[0]} with {@code args[1]} once and prints {@code stage=millis} pairs on one line. */
  public static void main(String[] args) throws IngestException {
    boolean semantic = !(args.length > 2 && args[2].equals("--no-semantic"));
    PosModel.preload();
    if (semantic) {
      Aligner.preload();
    }
    System.out.println(format(time(args[0], args[1], semantic)));
  }

  /** Returns milliseconds per stage for one comparison of {@code a} and {@code b}. */
  static Map<String, Double> time(String a, String b, boolean semantic) throws IngestException {
    long t0 = System.nanoTime();
    Ingestor ingestor = new Ingestor();
    Document da = ingestor.read(a);
    Document db = ingestor.read(b);
    long t1 = System.nanoTime();
    return time(da, db, semantic, t1 - t0);
  }

  /** Returns milliseconds per stage for one comparison of documents already read in {@code ingestNanos}. */
  static Map<String, Double> time(Document da, Document db, boolean semantic, long ingestNanos) {
    Comparer comparer =
        new Comparer(new Segmenter(), new Aligner(semantic), new QuoteAnalyzer(), new FactFinder(), new FramingAnalyzer())
            .overlapping();
    Comparer.Timed timed = comparer.compareTimed(da, db);
    long t2 = System.nanoTime();
    new JsonReport().render(timed.comparison());
    new HtmlReport().render(timed.comparison());
    new MarkdownReport().render(timed.comparison());
    long t3 = System.nanoTime();
    StageTimes s = timed.times();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("ingest", ingestNanos / 1e6);
    out.put("segment", s.segment() / 1e6);
    out.put("align", s.align() / 1e6);
    out.put("quotes", s.quotes() / 1e6);
    out.put("facts", s.facts() / 1e6);
    out.put("framing", s.framing() / 1e6);
    out.put("summary", s.summary() / 1e6);
    out.put("reports", (t3 - t2) / 1e6);
    return out;
  }

  static String format(Map<String, Double> times) {
    StringBuilder sb = new StringBuilder();
    times.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(String.format(java.util.Locale.ROOT, "%.1f", v)));
    return sb.toString();
  }
}
