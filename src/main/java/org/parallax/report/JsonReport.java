package org.parallax.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.parallax.align.Alignment;
import org.parallax.align.DiffSegment;
import org.parallax.compare.Comparison;
import org.parallax.compare.Summary;
import org.parallax.compare.Voice;
import org.parallax.facts.Conflict;
import org.parallax.facts.Fact;
import org.parallax.facts.Mention;
import org.parallax.framing.FramingFlag;
import org.parallax.ingest.Document;
import org.parallax.ingest.Removal;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteMatch;
import org.parallax.quotes.QuoteSet;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/**
 * Renders a comparison as the JSON document that CI pipelines parse.
 *
 * <p>The layout is fixed by {@link #SCHEMA_RESOURCE}; fields come in a fixed order, scores are
 * rounded to three decimals, and the text is pretty-printed with two-space indents and a final
 * newline, so the same comparison always gives the same bytes.
 */
public final class JsonReport {
  /** The version of the report layout, written as {@code schemaVersion}. */
  public static final String SCHEMA_VERSION = "1.1";

  /** The class-path location of the JSON Schema (draft 2020-12) that every report satisfies. */
  public static final String SCHEMA_RESOURCE = "/org/parallax/report/report.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = new ObjectMapper().writer(printer());

  /** Returns the report text for {@code comparison}; the same comparison always gives the same text. */
  public String render(Comparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    try {
      return WRITER.writeValueAsString(tree(comparison)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /** Returns the JSON Schema that every report satisfies, as text. */
  public static String schema() {
    try (InputStream in = JsonReport.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a score rounded half-up to three decimals; non-finite values become 0. */
  static BigDecimal score(double x) {
    if (!Double.isFinite(x)) {
      return BigDecimal.ZERO.setScale(3);
    }
    return BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_UP);
  }

  private static DecimalNode decimal(double x) {
    return DecimalNode.valueOf(score(x));
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  static ObjectNode tree(Comparison c) {
    Objects.requireNonNull(c.a(), "comparison.a");
    Objects.requireNonNull(c.b(), "comparison.b");
    Objects.requireNonNull(c.alignment(), "comparison.alignment");
    Objects.requireNonNull(c.quotes(), "comparison.quotes");
    Objects.requireNonNull(c.summary(), "comparison.summary");
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ArrayNode articles = root.putArray("articles");
    articles.add(article(c.a(), c.quotes().a()));
    articles.add(article(c.b(), c.quotes().b()));
    ArrayNode alignments = root.putArray("alignments");
    for (Alignment al : c.alignment().alignments()) {
      ObjectNode n = alignments.addObject();
      strings(n.putArray("a"), al.a());
      strings(n.putArray("b"), al.b());
      n.put("kind", al.kind().id());
      n.set("score", decimal(al.score()));
      n.set("confidence", decimal(al.confidence()));
      diff(n.putArray("diff"), al.diff());
    }
    strings(root.putArray("onlyA"), c.alignment().onlyA());
    strings(root.putArray("onlyB"), c.alignment().onlyB());
    ArrayNode matches = root.putArray("quoteMatches");
    for (QuoteMatch m : c.quotes().matches()) {
      ObjectNode n = matches.addObject();
      n.put("a", m.a());
      n.put("b", m.b());
      n.put("kind", m.kind().id());
      n.set("score", decimal(m.score()));
      diff(n.putArray("diff"), m.diff());
    }
    ArrayNode facts = root.putArray("facts");
    for (Fact f : c.facts()) {
      ObjectNode n = facts.addObject();
      n.put("kind", f.kind().id());
      n.put("key", f.key());
      n.put("canonical", f.canonical());
      strings(n.putArray("in"), f.in());
      strings(n.putArray("forms"), f.forms());
      ObjectNode importance = n.putObject("importance");
      importance.set("score", decimal(f.importance().score()));
      strings(importance.putArray("reasons"), f.importance().reasons());
      ArrayNode mentions = n.putArray("mentions");
      for (Mention m : f.mentions()) {
        ObjectNode mn = mentions.addObject();
        mn.put("article", m.article());
        mn.put("sentenceId", m.sentenceId());
        mn.put("text", m.text());
        mn.put("start", m.start());
        mn.put("end", m.end());
      }
    }
    ArrayNode conflicts = root.putArray("conflicts");
    for (Conflict k : c.conflicts()) {
      ObjectNode n = conflicts.addObject();
      n.put("kind", k.kind().id());
      n.put("about", k.about());
      for (String side : List.of("a", "b")) {
        Conflict.Side v = side.equals("a") ? k.a() : k.b();
        ObjectNode sn = n.putObject(side);
        sn.put("value", v.value());
        strings(sn.putArray("sentenceIds"), v.sentenceIds());
      }
      n.put("note", k.note());
    }
    ArrayNode framing = root.putArray("framing");
    for (FramingFlag f : c.framing()) {
      ObjectNode n = framing.addObject();
      n.put("kind", f.kind().id());
      n.put("article", f.article());
      strings(n.putArray("sentenceIds"), f.sentenceIds());
      strings(n.putArray("terms"), f.terms());
      n.put("note", f.note());
      n.put("rule", f.rule());
      n.put("confidence", score(f.confidence()));
      n.put("shownByDefault", f.shownByDefault());
    }
    root.set("summary", summary(c.summary()));
    return root;
  }

  private static ObjectNode article(Article article, QuoteSet quotes) {
    Document d = article.document();
    ObjectNode n = NODES.objectNode();
    n.put("label", article.label());
    n.put("source", d.source());
    n.put("format", d.format().id());
    n.put("title", d.title());
    n.put("byline", d.byline());
    n.put("publisher", d.publisher());
    n.put("published", d.published() == null ? null : d.published().toString());
    ArrayNode sentences = n.putArray("sentences");
    for (Sentence s : article.sentences()) {
      ObjectNode sn = sentences.addObject();
      sn.put("id", s.id());
      sn.put("text", s.text());
      sn.put("paragraph", s.paragraph());
      sn.put("start", s.start());
      sn.put("end", s.end());
    }
    ArrayNode qs = n.putArray("quotes");
    List<Quote> list = quotes == null ? List.of() : quotes.quotes();
    for (Quote q : list) {
      ObjectNode qn = qs.addObject();
      qn.put("id", q.id());
      qn.put("text", q.text());
      qn.put("speaker", q.speaker());
      qn.put("speakerKey", q.speakerKey());
      qn.put("cue", q.cue());
      qn.put("kind", q.kind().id());
      qn.put("inferred", q.inferred());
      qn.put("start", q.start());
      qn.put("end", q.end());
      strings(qn.putArray("sentenceIds"), q.sentenceIds());
    }
    ArrayNode removed = n.putArray("removed");
    for (Removal r : d.removed()) {
      ObjectNode rn = removed.addObject();
      rn.put("text", r.text());
      rn.put("reason", r.reason());
    }
    strings(n.putArray("warnings"), d.warnings());
    strings(n.putArray("diagnostics"), quotes == null ? List.of() : quotes.diagnostics());
    return n;
  }

  /**
   * Returns one line of a batch's summary.jsonl: the pair's id and inputs, its status, the error or
   * failed checks, and the same summary object as the pair's report (absent when it errored).
   */
  public static String batchLine(
      String id, String a, String b, String status, String error, Summary summary, List<String> failed) {
    ObjectNode n = NODES.objectNode();
    n.put("id", id);
    n.put("a", a);
    n.put("b", b);
    n.put("status", status);
    if (error != null) {
      n.put("error", error);
    }
    strings(n.putArray("failed"), failed);
    if (summary != null) {
      n.set("summary", summary(summary));
    }
    return n.toString();
  }

  private static ObjectNode summary(Summary s) {
    ObjectNode n = NODES.objectNode();
    n.set("relatedness", decimal(s.relatedness()));
    n.put("verdict", s.verdict());
    ObjectNode voices = n.putObject("voices");
    for (String label : List.of("A", "B")) {
      ArrayNode list = voices.putArray(label);
      for (Voice v : s.voices().getOrDefault(label, List.of())) {
        ObjectNode vn = list.addObject();
        vn.put("speaker", v.speaker());
        vn.put("speakerKey", v.speakerKey());
        vn.put("quotes", v.quotes());
        vn.put("words", v.words());
        if (v.kind() != null) {
          vn.put("kind", v.kind());
          vn.put("role", v.role());
          vn.put("affiliation", v.affiliation());
        }
      }
    }
    n.put("sharedSentencesA", s.sharedSentencesA());
    n.put("sharedSentencesB", s.sharedSentencesB());
    n.put("onlyA", s.onlyA());
    n.put("onlyB", s.onlyB());
    n.set("sharedShareA", decimal(s.sharedShareA()));
    n.set("sharedShareB", decimal(s.sharedShareB()));
    n.put("quotesMatched", s.quotesMatched());
    n.put("quotesVariant", s.quotesVariant());
    n.put("quotesOnlyA", s.quotesOnlyA());
    n.put("quotesOnlyB", s.quotesOnlyB());
    n.put("factsShared", s.factsShared());
    n.put("factsOnlyA", s.factsOnlyA());
    n.put("factsOnlyB", s.factsOnlyB());
    n.put("framingFlags", s.framingFlags());
    n.put("conflicts", s.conflicts());
    // Quotes by the affiliation each article states for its speakers; "(not stated)" for the rest.
    ObjectNode balance = n.putObject("voiceBalance");
    for (String label : List.of("A", "B")) {
      java.util.Map<String, Integer> byAffiliation = new java.util.TreeMap<>();
      for (Voice v : s.voices().getOrDefault(label, List.of())) {
        byAffiliation.merge(v.affiliation() == null ? "(not stated)" : v.affiliation(), v.quotes(), Integer::sum);
      }
      ObjectNode side = balance.putObject(label);
      byAffiliation.forEach(side::put);
    }
    return n;
  }

  private static void strings(ArrayNode target, List<String> values) {
    for (String v : values) {
      target.add(v);
    }
  }

  private static void diff(ArrayNode target, List<DiffSegment> diff) {
    for (DiffSegment d : diff) {
      ObjectNode n = target.addObject();
      n.put("op", d.op().id());
      n.put("text", d.text());
    }
  }
}
