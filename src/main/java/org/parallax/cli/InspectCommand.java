package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.facts.Fact;
import org.parallax.facts.FactFinder;
import org.parallax.ingest.Document;
import org.parallax.ingest.IngestException;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Removal;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.quotes.QuoteSet;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;
import org.parallax.text.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code parallax inspect ARTICLE}: shows what ingest and the single-article stages made of one article. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "Shows what Parallax made of one article: metadata, removed parts, sentences, quotes, facts.")
final class InspectCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "ARTICLE", description = "a path, '-' or an http(s) URL")
  String source;

  @Option(names = {"-v", "--verbose"}, description = "print stack traces of errors")
  boolean verbose;

  @picocli.CommandLine.Mixin IngestMixin limits = new IngestMixin();

  @Override
  public Integer call() throws UserError {
    Document doc;
    try {
      doc = new Ingestor(limits.options(), main.in).read(source);
    } catch (IngestException e) {
      throw new UserError(e.getMessage(), e);
    }
    InputLimits.checkText(doc);
    Article article = new Segmenter().segment("A", doc);
    InputLimits.checkSentences(article);
    QuoteSet quotes = new QuoteAnalyzer().extract(article);
    List<Fact> facts = new FactFinder().facts(article);
    // The article's own text is printed: its control characters must not reach the terminal raw.
    PrintWriter out = Terminal.guarded(main.out);
    out.println("Source:    " + doc.source());
    out.println("Format:    " + doc.format().id());
    out.println("Title:     " + orDash(doc.title()));
    out.println("Byline:    " + orDash(doc.byline()));
    out.println("Publisher: " + orDash(doc.publisher()));
    out.println("Published: " + (doc.published() == null ? "-" : doc.published().toString()));
    for (String w : doc.warnings()) {
      out.println("Warning:   " + w);
    }
    out.println();
    out.println("Removed (" + doc.removed().size() + "):");
    for (Removal r : doc.removed()) {
      out.printf(Locale.ROOT, "  [%s] %s%n", r.reason(), oneLine(r.text()));
    }
    out.println();
    out.println("Sentences (" + article.sentences().size() + "):");
    for (Sentence s : article.sentences()) {
      out.printf(Locale.ROOT, "  %-6s p%-3d %s%n", s.id(), s.paragraph(), s.text());
    }
    out.println();
    out.println("Quotes (" + quotes.quotes().size() + "):");
    for (Quote q : quotes.quotes()) {
      out.printf(
          Locale.ROOT,
          "  %-6s %-7s %-22s %-18s \"%s\"%s%n",
          q.id(),
          q.kind().id(),
          orDash(q.speaker()),
          orDash(q.cue()),
          oneLine(q.text()),
          q.inferred() ? " (speaker inferred)" : "");
    }
    for (String d : quotes.diagnostics()) {
      out.println("  ! " + d);
    }
    out.println();
    out.println("Facts (" + facts.size() + "):");
    for (Fact f : facts) {
      out.printf(
          Locale.ROOT,
          "  %-12s %-32s %s%n",
          f.kind().id(),
          f.canonical(),
          f.forms().size() > 1 ? "merged: " + String.join(" | ", f.forms()) : "");
    }
    out.flush();
    return Main.OK;
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 160 ? t.substring(0, 157) + "..." : t;
  }
}
