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
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.commons.text.StringEscapeUtils;
import org.parallax.compare.Summary;
import org.parallax.ingest.Ingestor;
import org.parallax.report.JsonReport;
import org.parallax.report.Plural;
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
      "Exit 0 when every pair compared and passed its checks, 1 when any failed a check and none errored,",
      "2 when a pair's input was unusable, 3 on an internal error."
    })
final class BatchCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

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

  @Option(names = "--md-full", description = "write the long Markdown report with every table (default: key differences and counts, under 8,000 characters)")
  boolean mdFull;

  @Option(names = "--no-semantic", description = "align with lexical signals only (no embedding model)")
  boolean noSemantic;

  @Option(
      names = "--no-cache",
      description = "neither read nor write the caches of sentence vectors and POS tags (~/.cache/parallax or $XDG_CACHE_HOME/parallax)")
  boolean noCache;

  @picocli.CommandLine.Mixin IngestMixin limits = new IngestMixin();

  private org.parallax.ingest.IngestOptions ingestOptions;

  /** When the batch started, for the JUnit file's total time. */
  private long started;

  /**
   * What happened to one pair, and how long it took; {@code internal} marks an error that is
   * Parallax's fault, not the input's.
   */
  record Outcome(
      Manifest.Entry entry, Summary summary, List<String> failed, String error, boolean internal, long nanos) {
    Outcome(Manifest.Entry entry, Summary summary, List<String> failed, String error, long nanos) {
      this(entry, summary, failed, error, false, nanos);
    }

    /** Returns the lines that report what went wrong, or none when the pair passed. */
    List<String> problems() {
      List<String> out = new ArrayList<>();
      if (error != null) {
        out.add("parallax: " + Terminal.line(entry.id() + ": " + error));
      }
      for (String f : failed) {
        out.add("parallax: " + Terminal.line(entry.id() + ": check failed: " + f));
      }
      return out;
    }
  }

  @Override
  public Integer call() throws UserError, InterruptedException {
    org.parallax.align.Aligner.useVectorCache(!noCache && !noSemantic);
    org.parallax.text.PosModel.useTagCache(!noCache);
    if (threads < 1) {
      throw new UserError("--threads must be at least 1");
    }
    List<FailCondition> conditions = PairJob.conditions(failOn, spec);
    ingestOptions = limits.options();
    List<Manifest.Entry> entries = Manifest.read(manifest);
    checkTargets(entries);
    try {
      // Made once here, so that a pair whose write fails never removes the folder under another.
      java.nio.file.Files.createDirectories(output);
    } catch (IOException e) {
      throw new UserError("cannot write to " + output + ": " + ReportWriter.describe(e), e);
    }
    boolean terminal = System.console() != null;
    started = System.nanoTime();
    Progress progress = new Progress(main.err, entries.size(), terminal, System::nanoTime);
    // Filled in as pairs finish; on SIGTERM or Ctrl-C the summary and JUnit file are written from it,
    // the pairs not finished recorded as errors.
    AtomicReferenceArray<Outcome> finished = new AtomicReferenceArray<>(entries.size());
    Runnable onInterrupt =
        ReportWriter.onInterrupt(
            () -> {
              List<Outcome> sofar = new ArrayList<>();
              for (int i = 0; i < entries.size(); i++) {
                Outcome o = finished.get(i);
                sofar.add(o != null ? o : new Outcome(entries.get(i), null, List.of(), "interrupted before this pair finished", true, 0));
              }
              try {
                writeSummary(sofar);
              } catch (IOException e) {
                // the process is exiting; nothing more can be done
              }
            });
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Outcome> outcomes = new ArrayList<>();
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        Manifest.Entry e = entries.get(i);
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  Outcome o = runOne(e, conditions, progress);
                  finished.set(index, o);
                  return o;
                }));
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
    try {
      writeSummary(outcomes);
    } catch (IOException e) {
      throw new UserError("cannot write to " + output + ": " + ReportWriter.describe(e), e);
    } finally {
      ReportWriter.forget(onInterrupt);
    }
    int ok = 0;
    int failed = 0;
    int errors = 0;
    boolean internal = false;
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        errors++;
        internal |= o.internal();
      } else if (!o.failed().isEmpty()) {
        failed++;
      } else {
        ok++;
      }
      if (!terminal) { // on a terminal the progress bar printed them as they happened
        o.problems().forEach(main.err::println);
      }
    }
    main.out.printf(
        Locale.ROOT,
        "Compared %s: %d passed, %d failed checks, %s. Wrote %s%n",
        Plural.of(outcomes.size(), "pair"),
        ok,
        failed,
        Plural.of(errors, "error"),
        Terminal.line(output.resolve("summary.jsonl").toString()));
    main.out.flush();
    main.err.flush();
    // Exit 1 means only that a check failed; a pair that could not be compared is 2 (its input) or 3 (ours).
    return internal ? Main.INTERNAL : errors > 0 ? Main.USAGE : failed > 0 ? Main.CHECK_FAILED : Main.OK;
  }

  /** Writes summary.jsonl and junit.xml for {@code outcomes}, both or neither. */
  private void writeSummary(List<Outcome> outcomes) throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(output.resolve("summary.jsonl"), summaryJsonl(outcomes));
    files.put(output.resolve("junit.xml"), junit(outcomes, System.nanoTime() - started));
    ReportWriter.writeAll(files);
  }

  /** Refuses, before any pair runs, an output path that is a folder or one of the inputs (the manifest included). */
  private void checkTargets(List<Manifest.Entry> entries) throws UserError {
    List<String> inputs = new ArrayList<>();
    inputs.add(manifest.toString());
    for (Manifest.Entry e : entries) {
      inputs.add(e.a());
      inputs.add(e.b());
    }
    List<Path> targets = new ArrayList<>();
    targets.add(output.resolve("summary.jsonl"));
    targets.add(output.resolve("junit.xml"));
    for (Manifest.Entry e : entries) {
      for (PairJob.ReportFormat f : EnumSet.copyOf(formats)) {
        targets.add(output.resolve(e.id() + "." + f.extension));
      }
    }
    ReportWriter.check(targets, inputs, "cannot write to " + output);
  }

  private Outcome runOne(Manifest.Entry e, List<FailCondition> conditions, Progress progress) {
    progress.start(e.id());
    long t0 = System.nanoTime();
    Outcome o;
    try {
      PairJob.Result r =
          new PairJob(new Ingestor(ingestOptions, main.in), PairJob.comparer(!noSemantic))
              .fullMarkdown(mdFull)
              .run(e.a(), e.b(), output, e.id(), EnumSet.copyOf(formats), conditions);
      ReportWriter.writeAll(r.files());
      o = new Outcome(e, r.comparison().summary(), r.failed(), null, System.nanoTime() - t0);
    } catch (UserError ex) {
      o = new Outcome(e, null, List.of(), ex.getMessage(), System.nanoTime() - t0);
    } catch (IOException ex) {
      o = new Outcome(e, null, List.of(), "cannot write reports: " + ReportWriter.describe(ex), System.nanoTime() - t0);
    } catch (OutOfMemoryError ex) {
      o = new Outcome(e, null, List.of(), "internal error: out of memory", true, System.nanoTime() - t0);
    } catch (RuntimeException | StackOverflowError ex) {
      o = new Outcome(e, null, List.of(), "internal error: " + ex, true, System.nanoTime() - t0);
    }
    progress.finish(e.id(), o.problems());
    return o;
  }

  private static String summaryJsonl(List<Outcome> outcomes) {
    StringBuilder sb = new StringBuilder();
    for (Outcome o : outcomes) {
      String status = o.error() != null ? "error" : o.failed().isEmpty() ? "passed" : "failed";
      sb.append(
              JsonReport.batchLine(
                  o.entry().id(), o.entry().givenA(), o.entry().givenB(), status, o.error(), o.summary(),
                  o.failed()))
          .append('\n');
    }
    return sb.toString();
  }

  private String junit(List<Outcome> outcomes, long wallNanos) {
    int failures = 0;
    int errors = 0;
    StringBuilder cases = new StringBuilder();
    for (Outcome o : outcomes) {
      cases.append("  <testcase classname=\"parallax.batch\" name=\"")
          .append(xml(o.entry().id()))
          .append("\" time=\"")
          .append(seconds(o.nanos()))
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
        + "\" skipped=\"0\" time=\""
        + seconds(wallNanos)
        + "\">\n"
        + cases
        + "</testsuite>\n";
  }

  /** Returns a duration in seconds with three decimals, as JUnit's time attribute has it. */
  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }

  private static String xml(String s) {
    return StringEscapeUtils.escapeXml10(s);
  }

  /**
   * A progress bar on standard error, drawn only when a terminal is attached: pairs done, the
   * estimated time left and the pair a worker started last, from the start; a pair's problems are
   * printed above the bar as soon as it ends.
   */
  static final class Progress {
    private static final int WIDTH = 24;
    private static final int NAME = 32;
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final java.util.function.LongSupplier clock;
    private final long started;
    private int done;
    private String current = "";
    private int drawn;

    Progress(PrintWriter err, int total, boolean enabled, java.util.function.LongSupplier clock) {
      this.err = err;
      this.total = total;
      this.enabled = enabled;
      this.clock = clock;
      this.started = clock.getAsLong();
      synchronized (this) {
        draw();
      }
    }

    synchronized void start(String id) {
      current = id;
      draw();
    }

    synchronized void finish(String id, List<String> problems) {
      done++;
      if (current.equals(id)) {
        current = "";
      }
      if (enabled && !problems.isEmpty()) {
        err.print("\r" + " ".repeat(drawn) + "\r");
        problems.forEach(err::println);
        drawn = 0;
      }
      draw();
    }

    /** Returns the bar as drawn now, e.g. {@code [######      ] 12/30 ETA 0:41 · pair-7}. */
    synchronized String line() {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      String eta;
      if (done == 0) {
        eta = "ETA --:--";
      } else {
        long left = (clock.getAsLong() - started) / done * (total - done) / 1_000_000_000L;
        eta = String.format(Locale.ROOT, "ETA %d:%02d", left / 60, left % 60);
      }
      String name = current.length() > NAME ? current.substring(0, NAME - 1) + "…" : current;
      return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + eta
          + (done < total && !name.isEmpty() ? " · " + name : "");
    }

    private void draw() {
      if (!enabled) {
        return;
      }
      String line = line();
      err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
      err.flush();
      drawn = line.length();
    }

    void done() {
      if (enabled) {
        err.println();
        err.flush();
      }
    }
  }
}
