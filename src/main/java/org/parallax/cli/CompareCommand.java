package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.compare.Comparison;
import org.parallax.compare.Summary;
import org.parallax.ingest.Document;
import org.parallax.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code parallax compare A B}: compares two articles and writes reports. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two articles about one event and writes JSON, HTML and Markdown reports.",
      "A and B are paths (.txt, .md, .html), '-' for standard input, or http(s) URLs."
    })
final class CompareCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "the first article")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "the second article")
  String b;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "report directory (default: ${DEFAULT-VALUE})")
  Path output = Path.of("reports");

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description = "report formats to write: json, html, md (default: all)")
  List<PairJob.ReportFormat> formats = new ArrayList<>(List.of(PairJob.ReportFormat.values()));

  @Option(
      names = "--json",
      paramLabel = "FILE|-",
      description = "also write the JSON report to FILE, or to standard output with '-' (then no summary is printed)")
  String json;

  @Option(names = "--name", paramLabel = "SLUG", description = "report file name without extension (default: <a>-vs-<b>)")
  String name;

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

  @Option(
      names = "--fail-on",
      split = ",",
      paramLabel = "COND",
      description = {
        "exit 1 when a condition holds, e.g. unrelated, quote-variant, one-sided-quotes>2,",
        "unique-facts>5, relatedness<0.4, shared<0.2, framing-flags>10"
      })
  List<String> failOn = new ArrayList<>();

  @Override
  public Integer call() throws UserError, IOException {
    org.parallax.align.Aligner.useVectorCache(!noCache && !noSemantic);
    org.parallax.text.PosModel.useTagCache(!noCache);
    if (a.equals("-") && b.equals("-")) {
      throw new UserError("only one of A and B can be '-' (standard input)");
    }
    List<FailCondition> conditions = PairJob.conditions(failOn, spec);
    String slug = name != null ? Slugs.stem(name) : Slugs.of(a, b);
    EnumSet<PairJob.ReportFormat> chosen = EnumSet.copyOf(formats);
    // Every target is known before any work: one that is a folder or an input stops the run here.
    List<Path> reports = new ArrayList<>();
    for (PairJob.ReportFormat f : chosen) {
      reports.add(output.resolve(slug + "." + f.extension));
    }
    ReportWriter.check(reports, List.of(a, b), "cannot write reports to " + output);
    if (json != null && !json.equals("-")) {
      ReportWriter.check(List.of(Path.of(json)), List.of(a, b), "--json");
    }
    PairJob.Result result =
        new PairJob(new Ingestor(limits.options(), main.in), PairJob.comparer(!noSemantic).overlapping(), true)
            .fullMarkdown(mdFull)
            .run(a, b, output, slug, chosen, conditions);
    for (String w : result.decodingWarnings()) {
      main.err.println("parallax: warning: " + w);
    }
    Map<Path, String> files = new LinkedHashMap<>(result.files());
    if (json != null && !json.equals("-")) {
      files.put(Path.of(json), result.json());
    }
    if ("-".equals(json)) {
      // Standard output first: when it fails (a closed pipe, a full disk) no report file is written either.
      main.out.print(result.json());
      main.out.flush();
      if (main.out.checkError()) {
        throw new UserError("--json -: cannot write the JSON report to standard output");
      }
    }
    List<Path> written;
    try {
      written = ReportWriter.writeAll(files);
    } catch (IOException e) {
      throw new UserError("cannot write reports to " + output + ": " + ReportWriter.describe(e), e);
    }
    if (!"-".equals(json)) {
      printSummary(result.comparison(), written);
    }
    for (String f : result.failed()) {
      main.err.println("parallax: check failed: " + f);
    }
    main.err.flush();
    return result.failed().isEmpty() ? Main.OK : Main.CHECK_FAILED;
  }

  private void printSummary(Comparison c, List<Path> written) {
    Summary s = c.summary();
    var out = main.out;
    out.printf(Locale.ROOT, "A: %s%s%n", Terminal.line(c.a().document().source()), title(c.a().document()));
    out.printf(Locale.ROOT, "B: %s%s%n", Terminal.line(c.b().document().source()), title(c.b().document()));
    out.printf(Locale.ROOT, "Verdict: %s (relatedness %.2f)%n", s.verdict(), s.relatedness());
    out.printf(
        Locale.ROOT,
        "Shared content: %d of %d A sentences (%.0f%% of text), %d of %d B sentences (%.0f%%)%n",
        s.sharedSentencesA(),
        c.a().sentences().size(),
        s.sharedShareA() * 100,
        s.sharedSentencesB(),
        c.b().sentences().size(),
        s.sharedShareB() * 100);
    out.printf(
        Locale.ROOT,
        "Quotes: %d matched, %d variant, %d only in A, %d only in B%n",
        s.quotesMatched(),
        s.quotesVariant(),
        s.quotesOnlyA(),
        s.quotesOnlyB());
    out.printf(
        Locale.ROOT,
        "Facts: %d shared, %d only in A, %d only in B%n",
        s.factsShared(),
        s.factsOnlyA(),
        s.factsOnlyB());
    out.printf(Locale.ROOT, "Framing: %d flags%n", s.framingFlags());
    for (Path p : written) {
      out.println("Wrote " + Terminal.line(display(p)));
    }
    out.flush();
  }

  private static String title(Document d) {
    return d.title() == null ? "" : "  \"" + Terminal.line(d.title()) + "\"";
  }

  private static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
  }
}
