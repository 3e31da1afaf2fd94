package org.parallax.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;
import org.parallax.align.Aligner;
import org.parallax.compare.Comparer;
import org.parallax.compare.Comparison;
import org.parallax.facts.FactFinder;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.ingest.Document;
import org.parallax.ingest.IngestException;
import org.parallax.ingest.Ingestor;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.report.HtmlReport;
import org.parallax.report.JsonReport;
import org.parallax.report.MarkdownReport;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;
import org.parallax.text.Tasks;

/** Compares one pair of inputs and renders its reports in memory; shared by compare and batch. */
final class PairJob {
  /** A report format that {@code --format} accepts. */
  enum ReportFormat {
    JSON("json"),
    HTML("html"),
    MD("md");

    final String extension;

    ReportFormat(String extension) {
      this.extension = extension;
    }
  }

  /** The comparison and its rendered reports, keyed by target path. */
  record Result(
      Comparison comparison,
      String json,
      Map<Path, String> files,
      List<String> failed,
      List<String> decodingWarnings) {}

  private final Ingestor ingestor;
  private final Comparer comparer;
  /** Whether the HTML report renders on a second thread while the others render on the caller's. */
  private final boolean parallelReports;
  /** Whether the Markdown report is the long form with every table. */
  private boolean fullMarkdown;

  PairJob(Ingestor ingestor, Comparer comparer) {
    this(ingestor, comparer, false);
  }

  /** Creates a job; with {@code parallelReports} (a single compare, a core to spare) HTML renders on a second thread. */
  PairJob(Ingestor ingestor, Comparer comparer, boolean parallelReports) {
    this.ingestor = ingestor;
    this.comparer = comparer;
    this.parallelReports = parallelReports;
  }

  /** Makes the Markdown report the long form with every table when {@code full} is true; returns this job. */
  PairJob fullMarkdown(boolean full) {
    this.fullMarkdown = full;
    return this;
  }

  /** Returns a comparer whose aligner uses the embedding model or, when {@code semantic} is false, lexical signals only. */
  static Comparer comparer(boolean semantic) {
    return new Comparer(
        new Segmenter(), new Aligner(semantic), new QuoteAnalyzer(), new FactFinder(), new FramingAnalyzer());
  }

  /** Reads, compares and renders; reports go to {@code dir/slug.ext} for each format. */
  Result run(
      String a, String b, Path dir, String slug, Set<ReportFormat> formats, List<FailCondition> failOn)
      throws UserError {
    trace("ingest: start");
    Document docA = read(a);
    Document docB = read(b);
    trace("ingest: done");
    InputLimits.checkText(docA);
    InputLimits.checkText(docB);
    long t0 = System.nanoTime();
    Article articleA = comparer.segment("A", docA);
    Article articleB = comparer.segment("B", docB);
    long segmentNanos = System.nanoTime() - t0;
    requireTwoSentences(articleA);
    requireTwoSentences(articleB);
    InputLimits.checkSentences(articleA);
    InputLimits.checkSentences(articleB);
    trace("segment: done");
    Comparison comparison = comparer.compareTimed(articleA, articleB, segmentNanos).comparison();
    trace("compare: done");
    FutureTask<String> html = new FutureTask<>(() -> new HtmlReport().render(comparison));
    if (parallelReports && formats.contains(ReportFormat.HTML)) {
      Thread t = new Thread(html, "parallax-html");
      t.setDaemon(true);
      t.start();
    }
    String json = new JsonReport().render(comparison);
    Map<Path, String> files = new LinkedHashMap<>();
    for (ReportFormat f : ReportFormat.values()) {
      if (!formats.contains(f)) {
        continue;
      }
      String text =
          switch (f) {
            case JSON -> json;
            case HTML -> rendered(html);
            case MD -> markdown(formats, slug).render(comparison);
          };
      files.put(dir.resolve(slug + "." + f.extension), text);
    }
    trace("reports: rendered");
    List<String> failed = new ArrayList<>();
    for (FailCondition c : failOn) {
      c.check(comparison).ifPresent(failed::add);
    }
    List<String> warnings = new ArrayList<>();
    for (Document d : List.of(docA, docB)) {
      for (String w : d.warnings()) {
        if (isDecodingWarning(w)) {
          warnings.add(d.source() + ": " + w);
        }
      }
    }
    return new Result(comparison, json, files, failed, warnings);
  }

  private MarkdownReport markdown(Set<ReportFormat> formats, String slug) {
    MarkdownReport md = fullMarkdown ? new MarkdownReport().full() : new MarkdownReport();
    return formats.contains(ReportFormat.HTML) ? md.linkingTo(slug + "." + ReportFormat.HTML.extension) : md;
  }

  /** Returns the text of a report rendered by {@code task}, running it here unless a thread already did. */
  private static String rendered(FutureTask<String> task) {
    task.run(); // does nothing when the task has run or is running elsewhere
    return Tasks.await(task, "rendering");
  }

  /** Prints a phase with the milliseconds since the JVM started when {@code -Dparallax.trace} is set. */
  static void trace(String phase) {
    if (System.getProperty("parallax.trace") != null) {
      long ms = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
      long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
      System.err.printf(
          java.util.Locale.ROOT,
          "parallax-trace %6d ms (thread cpu %5d ms) %-24s %s%n",
          ms,
          cpu,
          Thread.currentThread().getName(),
          phase);
    }
  }

  /** Refuses an article with fewer than two sentences: there is nothing to align. */
  static void requireTwoSentences(Article article) throws UserError {
    int n = article.sentences().size();
    if (n == 0) {
      throw new UserError(article.document().source() + ": no sentences; Parallax needs at least two to compare");
    }
    if (n == 1) {
      throw new UserError(article.document().source() + ": only one sentence; Parallax needs at least two to compare");
    }
  }

  /**
   * Returns whether an ingest warning says the text may not read as the author wrote it (decoding,
   * or control characters such as NUL bytes dropped).
   */
  static boolean isDecodingWarning(String warning) {
    return warning.contains("decoded") || warning.contains("U+FFFD") || warning.startsWith("dropped ");
  }

  private Document read(String source) throws UserError {
    try {
      return ingestor.read(source);
    } catch (IngestException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /**
   * Parses {@code --fail-on} values; a bad one is a user error, and so is the option given with
   * nothing in it ({@code --fail-on ",,,"}, which would otherwise run no check and pass).
   */
  static List<FailCondition> conditions(List<String> texts, picocli.CommandLine.Model.CommandSpec spec)
      throws UserError {
    if (texts.stream().allMatch(String::isBlank)
        && spec != null
        && spec.commandLine().getParseResult() != null
        && spec.commandLine().getParseResult().hasMatchedOption("--fail-on")) {
      throw new UserError("--fail-on: no condition given; " + FailCondition.usage());
    }
    return conditions(texts);
  }

  /** Parses {@code --fail-on} values; a bad one is a user error. */
  static List<FailCondition> conditions(List<String> texts) throws UserError {
    List<FailCondition> out = new ArrayList<>();
    for (String t : texts) {
      if (t.isBlank()) {
        continue; // "a,,b": the empty parts between commas
      }
      try {
        out.add(FailCondition.parse(t));
      } catch (IllegalArgumentException e) {
        throw new UserError("--fail-on: " + e.getMessage());
      }
    }
    return out;
  }
}
