package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.compare.Comparer;
import org.parallax.compare.Comparison;
import org.parallax.compare.Summary;
import org.parallax.ingest.Document;
import org.parallax.ingest.IngestException;
import org.parallax.ingest.Ingestor;
import org.parallax.report.HtmlReport;
import org.parallax.report.JsonReport;
import org.parallax.report.MarkdownReport;
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
  List<ReportFormat> formats = new ArrayList<>(List.of(ReportFormat.values()));

  @Option(
      names = "--json",
      paramLabel = "FILE|-",
      description = "also write the JSON report to FILE, or to standard output with '-' (then no summary is printed)")
  String json;

  @Option(names = "--name", paramLabel = "SLUG", description = "report file name without extension (default: <a>-vs-<b>)")
  String name;

  @Option(names = {"-v", "--verbose"}, description = "print stack traces of errors")
  boolean verbose;

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

  @Override
  public Integer call() throws UserError, IOException {
    if (a.equals("-") && b.equals("-")) {
      throw new UserError("only one of A and B can be '-' (standard input)");
    }
    Document docA = read(a);
    Document docB = read(b);
    Comparison comparison = new Comparer().compare(docA, docB);

    String slug = name != null ? Slugs.stem(name) : Slugs.of(a, b);
    Map<Path, String> files = new LinkedHashMap<>();
    String jsonText = null;
    if (formats.contains(ReportFormat.JSON) || json != null) {
      jsonText = new JsonReport().render(comparison);
    }
    for (ReportFormat f : formats) {
      String text =
          switch (f) {
            case JSON -> jsonText;
            case HTML -> new HtmlReport().render(comparison);
            case MD -> new MarkdownReport().render(comparison);
          };
      files.put(output.resolve(slug + "." + f.extension), text);
    }
    if (json != null && !json.equals("-")) {
      files.put(Path.of(json), jsonText);
    }
    List<Path> written;
    try {
      written = ReportWriter.writeAll(files);
    } catch (IOException e) {
      throw new UserError("cannot write reports to " + output + ": " + e.getMessage(), e);
    }
    if ("-".equals(json)) {
      main.out.print(jsonText);
      main.out.flush();
    } else {
      printSummary(comparison, written);
    }
    return Main.OK;
  }

  private Document read(String source) throws UserError {
    try {
      return new Ingestor().read(source);
    } catch (IngestException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private void printSummary(Comparison c, List<Path> written) {
    Summary s = c.summary();
    var out = main.out;
    out.printf(Locale.ROOT, "A: %s%s%n", c.a().document().source(), title(c.a().document()));
    out.printf(Locale.ROOT, "B: %s%s%n", c.b().document().source(), title(c.b().document()));
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
      out.println("Wrote " + display(p));
    }
    out.flush();
  }

  private static String title(Document d) {
    return d.title() == null ? "" : "  \"" + d.title() + "\"";
  }

  private static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
  }
}
