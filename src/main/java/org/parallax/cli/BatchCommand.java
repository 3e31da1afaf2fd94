package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.text.StringEscapeUtils;
import org.parallax.compare.Summary;
import org.parallax.ingest.Ingestor;
import org.parallax.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code parallax batch MANIFEST}: compares many pairs in parallel for CI and research. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Compares every pair of a manifest (CSV with header id,a,b, or JSON Lines) in parallel.",
      "Writes per-pair reports, summary.jsonl and junit.xml; a bad pair is recorded and skipped.",
      "Exit 0 when every pair compared and passed its checks, 1 when any failed a check or errored."
    })
final class BatchCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "MANIFEST", description = "CSV or JSON Lines of pairs")
  Path manifest;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})")
  Path output = Path.of("batch-reports");

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "per-pair report formats: json, html, md (default: json)")
  List<PairJob.ReportFormat> formats = new ArrayList<>(List.of(PairJob.ReportFormat.JSON));

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--fail-on", split = ",", paramLabel = "COND", description = "conditions that fail a pair, as for compare")
  List<String> failOn = new ArrayList<>();

  @Option(names = {"-v", "--verbose"}, description = "print stack traces of errors")
  boolean verbose;

  @Option(names = "--no-semantic", description = "align with lexical signals only (no embedding model)")
  boolean noSemantic;

  @Option(
      names = "--no-cache",
      description = "neither read nor write the sentence-vector cache (~/.cache/parallax/vectors or $XDG_CACHE_HOME/parallax/vectors)")
  boolean noCache;

  @picocli.CommandLine.Mixin IngestMixin limits = new IngestMixin();

  private org.parallax.ingest.IngestOptions ingestOptions;

  /** What happened to one pair. */
  record Outcome(Manifest.Entry entry, Summary summary, List<String> failed, String error) {}

  @Override
  public Integer call() throws UserError, InterruptedException {
    org.parallax.align.Aligner.useVectorCache(!noCache && !noSemantic);
    if (threads < 1) {
      throw new UserError("--threads must be at least 1");
    }
    List<FailCondition> conditions = PairJob.conditions(failOn);
    ingestOptions = limits.options();
    List<Manifest.Entry> entries = Manifest.read(manifest);
    Progress progress = new Progress(main.err, entries.size(), System.console() != null);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Outcome> outcomes = new ArrayList<>();
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Manifest.Entry e : entries) {
        futures.add(pool.submit(() -> runOne(e, conditions, progress)));
      }
      for (Future<Outcome> f : futures) {
        try {
          outcomes.add(f.get());
        } catch (ExecutionException ex) {
          throw new IllegalStateException("batch worker failed", ex.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    progress.done();

    Map<Path, String> files = new LinkedHashMap<>();
    files.put(output.resolve("summary.jsonl"), summaryJsonl(outcomes));
    files.put(output.resolve("junit.xml"), junit(outcomes));
    try {
      ReportWriter.writeAll(files);
    } catch (IOException e) {
      throw new UserError("cannot write to " + output + ": " + ReportWriter.describe(e), e);
    }
    int ok = 0;
    int failed = 0;
    int errors = 0;
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        errors++;
        main.err.println("parallax: " + o.entry().id() + ": " + o.error());
      } else if (!o.failed().isEmpty()) {
        failed++;
        for (String f : o.failed()) {
          main.err.println("parallax: " + o.entry().id() + ": check failed: " + f);
        }
      } else {
        ok++;
      }
    }
    main.out.printf(
        Locale.ROOT,
        "Compared %d pairs: %d passed, %d failed checks, %d errors. Wrote %s%n",
        outcomes.size(),
        ok,
        failed,
        errors,
        output.resolve("summary.jsonl"));
    main.out.flush();
    main.err.flush();
    return failed + errors == 0 ? Main.OK : Main.CHECK_FAILED;
  }

  private Outcome runOne(Manifest.Entry e, List<FailCondition> conditions, Progress progress) {
    try {
      PairJob.Result r =
          new PairJob(new Ingestor(ingestOptions, main.in), PairJob.comparer(!noSemantic))
              .run(e.a(), e.b(), output, e.id(), EnumSet.copyOf(formats), conditions);
      ReportWriter.writeAll(r.files());
      return new Outcome(e, r.comparison().summary(), r.failed(), null);
    } catch (UserError ex) {
      return new Outcome(e, null, List.of(), ex.getMessage());
    } catch (IOException ex) {
      return new Outcome(e, null, List.of(), "cannot write reports: " + ReportWriter.describe(ex));
    } catch (RuntimeException ex) {
      return new Outcome(e, null, List.of(), "internal error: " + ex);
    } finally {
      progress.step();
    }
  }

  private static String summaryJsonl(List<Outcome> outcomes) {
    StringBuilder sb = new StringBuilder();
    for (Outcome o : outcomes) {
      String status = o.error() != null ? "error" : o.failed().isEmpty() ? "passed" : "failed";
      sb.append(
              JsonReport.batchLine(
                  o.entry().id(), o.entry().a(), o.entry().b(), status, o.error(), o.summary(), o.failed()))
          .append('\n');
    }
    return sb.toString();
  }

  private String junit(List<Outcome> outcomes) {
    int failures = 0;
    int errors = 0;
    StringBuilder cases = new StringBuilder();
    for (Outcome o : outcomes) {
      cases.append("  <testcase classname=\"parallax.batch\" name=\"")
          .append(xml(o.entry().id()))
          .append('"');
      if (o.error() != null) {
        errors++;
        cases.append(">\n    <error message=\"").append(xml(o.error())).append("\"/>\n  </testcase>\n");
      } else if (!o.failed().isEmpty()) {
        failures++;
        cases.append(">\n    <failure message=\"")
            .append(xml(String.join("; ", o.failed())))
            .append("\">")
            .append(xml(String.join("\n", o.failed())))
            .append("</failure>\n  </testcase>\n");
      } else {
        cases.append("/>\n");
      }
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuite name=\"parallax batch "
        + xml(manifest.getFileName().toString())
        + "\" tests=\""
        + outcomes.size()
        + "\" failures=\""
        + failures
        + "\" errors=\""
        + errors
        + "\" skipped=\"0\">\n"
        + cases
        + "</testsuite>\n";
  }

  private static String xml(String s) {
    return StringEscapeUtils.escapeXml10(s);
  }

  /** A progress bar on standard error, drawn only when a terminal is attached. */
  static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final AtomicInteger done = new AtomicInteger();

    Progress(PrintWriter err, int total, boolean enabled) {
      this.err = err;
      this.total = total;
      this.enabled = enabled;
    }

    void step() {
      int n = done.incrementAndGet();
      if (!enabled) {
        return;
      }
      int width = 30;
      int filled = total == 0 ? width : n * width / total;
      synchronized (err) {
        err.print(
            "\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total);
        err.flush();
      }
    }

    void done() {
      if (enabled) {
        err.println();
        err.flush();
      }
    }
  }
}
