package org.parallax.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentKind;
import org.parallax.align.AlignmentResult;
import org.parallax.align.DiffSegment;
import org.parallax.align.DiffSegment.Op;
import org.parallax.compare.Comparison;
import org.parallax.compare.Summary;
import org.parallax.compare.Voice;
import org.parallax.facts.Fact;
import org.parallax.facts.FactKind;
import org.parallax.facts.FactRanker;
import org.parallax.facts.Mention;
import org.parallax.framing.FramingFlag;
import org.parallax.framing.FramingKind;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.ingest.Removal;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteComparison;
import org.parallax.quotes.QuoteKind;
import org.parallax.quotes.QuoteMatch;
import org.parallax.quotes.QuoteSet;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/** Builds hand-made comparisons for the report tests. */
final class Fixtures {
  static final String[] HOSTILE = {
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "</style>",
    "\"><svg onload=alert(1)>",
  };

  private Fixtures() {}

  /** Returns two short articles about a council vote, with every kind of alignment, quote and flag. */
  static Comparison council() {
    Body a = new Body("A");
    a.paragraph(
        "The city council approved the harbour budget on Monday.", "The vote was 7 to 2.");
    a.paragraph(
        "Mayor Ana Ruiz said: \u201cThis budget protects every family in the port district.\u201d",
        "Critics called the plan a \u201cgiveaway\u201d to developers.");
    a.paragraph("The project will cost 40 million euros.", "Work begins in March.");
    Body b = new Body("B");
    b.paragraph(
        "The city council approved the harbour budget on Monday.",
        "Councillors voted 7-2 in favour.");
    b.paragraph(
        "Ruiz claimed: \u201cThis budget protects families in the port district.\u201d",
        "Opposition leader Tom Berg called the spending \u201creckless and rushed\u201d.");
    b.paragraph(
        "The project will cost about 40 million euros, officials said.",
        "Construction is expected to start in spring.");

    Article artA =
        a.article(
            new Document(
                "articles/a.html",
                Format.HTML,
                "Council approves harbour budget",
                "By Lena Ortiz",
                "Northern Ledger",
                LocalDate.of(2024, 2, 12),
                a.text(),
                List.of(new Removal("Subscribe to our newsletter for daily updates.", "boilerplate")),
                List.of()));
    Article artB =
        b.article(
            new Document(
                "articles/b.md",
                Format.MARKDOWN,
                "Harbour spending passes amid criticism",
                null,
                "Harbour Times",
                null,
                b.text(),
                List.of(
                    new Removal("Share this article", "share-widget"),
                    new Removal("Related: Port traffic hits record", "related-links")),
                List.of("no byline found")));

    List<Alignment> alignments =
        List.of(
            new Alignment(
                List.of("A-s0"),
                List.of("B-s0"),
                AlignmentKind.IDENTICAL,
                1.0,
                List.of(eq("The city council approved the harbour budget on Monday."))),
            new Alignment(
                List.of("A-s1"),
                List.of("B-s1"),
                AlignmentKind.PARAPHRASE,
                0.6124,
                List.of(del("The vote was 7 to 2."), ins("Councillors voted 7-2 in favour."))),
            new Alignment(
                List.of("A-s2"),
                List.of("B-s2"),
                AlignmentKind.NEAR_IDENTICAL,
                0.8745,
                List.of(
                    del("Mayor Ana Ruiz said:"),
                    ins("Ruiz claimed:"),
                    eq(" \u201cThis budget protects "),
                    del("every family"),
                    ins("families"),
                    eq(" in the port district.\u201d"))),
            new Alignment(
                List.of("A-s4"),
                List.of("B-s4"),
                AlignmentKind.NEAR_IDENTICAL,
                0.8115,
                List.of(
                    eq("The project will cost "),
                    ins("about "),
                    eq("40 million euros"),
                    del("."),
                    ins(", officials said."))),
            new Alignment(
                List.of("A-s5"),
                List.of("B-s5"),
                AlignmentKind.RELATED,
                0.4166,
                List.of(
                    del("Work begins in March."),
                    ins("Construction is expected to start in spring."))));
    AlignmentResult alignment =
        new AlignmentResult(alignments, List.of("A-s3"), List.of("B-s3"), 0.8731, true);

    Quote qa1 =
        a.quote(
            "A-q1",
            "This budget protects every family in the port district.",
            "Ana Ruiz",
            "person:ruiz",
            "said",
            QuoteKind.FULL,
            false);
    Quote qa2 = a.quote("A-q2", "giveaway", null, null, null, QuoteKind.TERM, false);
    Quote qb1 =
        b.quote(
            "B-q1",
            "This budget protects families in the port district.",
            "Ruiz",
            "person:ruiz",
            "claimed",
            QuoteKind.FULL,
            false);
    Quote qb2 =
        b.quote(
            "B-q2", "reckless and rushed", "Tom Berg", "person:berg", "called", QuoteKind.PARTIAL, false);
    QuoteComparison quotes =
        new QuoteComparison(
            new QuoteSet(List.of(qa1, qa2), List.of()),
            new QuoteSet(List.of(qb1, qb2), List.of("unpaired closing quotation mark at offset 12")),
            List.of(
                new QuoteMatch(
                    "A-q1",
                    "B-q1",
                    QuoteMatch.Kind.VARIANT,
                    0.8571,
                    List.of(
                        eq("This budget protects "),
                        del("every family"),
                        ins("families"),
                        eq(" in the port district.")))));

    List<Fact> facts =
        List.of(
            new Fact(
                FactKind.PERSON,
                "person:ruiz",
                "Ana Ruiz",
                List.of("A", "B"),
                List.of("Ana Ruiz", "Ruiz"),
                List.of(a.mention("Ana Ruiz"), b.mention("Ruiz"))),
            new Fact(
                FactKind.ORGANIZATION,
                "org:city-council",
                "city council",
                List.of("A", "B"),
                List.of("city council"),
                List.of(a.mention("city council"), b.mention("city council"))),
            new Fact(
                FactKind.NUMBER,
                "number:40000000-eur",
                "40 million euros",
                List.of("A", "B"),
                List.of("40 million euros"),
                List.of(a.mention("40 million euros"), b.mention("40 million euros"))),
            new Fact(
                FactKind.DATE,
                "date:2024-03",
                "March 2024",
                List.of("A"),
                List.of("March"),
                List.of(a.mention("March"))),
            new Fact(
                FactKind.PERSON,
                "person:berg",
                "Tom Berg",
                List.of("B"),
                List.of("Tom Berg"),
                List.of(b.mention("Tom Berg"))));

    List<FramingFlag> framing =
        List.of(
            new FramingFlag(
                FramingKind.ATTRIBUTION_VERB,
                null,
                List.of("A-s2", "B-s2"),
                List.of("said", "claimed"),
                "A reports that Ruiz said it; B writes claimed, which casts doubt on the statement.",
                "attribution-verbs"),
            new FramingFlag(
                FramingKind.LOADED_TERM,
                "B",
                List.of("B-s3"),
                List.of("reckless"),
                "B quotes a loaded term from the opposition with no reply from the council.",
                "loaded-terms"),
            new FramingFlag(
                FramingKind.HEDGE,
                "B",
                List.of("B-s4"),
                List.of("about"),
                "B hedges the cost figure that A states flatly.",
                "hedges"),
            new FramingFlag(
                FramingKind.VOICE_SHARE,
                "B",
                List.of(),
                List.of(),
                "B gives the opposition 3 of 10 quoted words; A quotes no opponent.",
                "voice-share"));

    Map<String, List<Voice>> voices = new LinkedHashMap<>();
    voices.put("A", List.of(new Voice("Ana Ruiz", "person:ruiz", 1, 9)));
    voices.put(
        "B",
        List.of(new Voice("Ruiz", "person:ruiz", 1, 8), new Voice("Tom Berg", "person:berg", 1, 3)));
    Summary summary =
        new Summary(0.8731, "related", voices, 5, 5, 1, 1, 0.7852, 0.7319, 0, 1, 0, 1, 3, 1, 1, 4);
    // Ranked as the comparer ranks them: B quotes Ruiz and Berg, A quotes Ruiz.
    facts = FactRanker.rank(facts, List.of(artA, artB), Map.of("A", Set.of("ruiz"), "B", Set.of("ruiz", "berg")));
    return new Comparison(artA, artB, alignment, quotes, facts, framing, summary);
  }

  /** Returns a comparison whose every text field carries markup that must stay inert. */
  static Comparison hostile() {
    Body a = new Body("A");
    Body b = new Body("B");
    for (int i = 0; i < HOSTILE.length; i++) {
      a.paragraph("Plain text " + i + " " + HOSTILE[i] + " end.", "Shared line " + i + ".");
      b.paragraph("Other text " + i + " " + HOSTILE[(i + 1) % HOSTILE.length] + " end.", "Shared line " + i + ".");
    }
    String evil = String.join(" ", HOSTILE);
    Article artA =
        a.article(
            new Document(
                "a" + HOSTILE[1],
                Format.HTML,
                "Title " + HOSTILE[0],
                "By " + HOSTILE[2],
                "Outlet " + HOSTILE[3],
                LocalDate.of(2024, 1, 1),
                a.text(),
                List.of(new Removal(evil, "boilerplate " + HOSTILE[4])),
                List.of("warning " + HOSTILE[0])));
    Article artB =
        b.article(
            new Document(
                "b" + HOSTILE[4],
                Format.TXT,
                "Title " + HOSTILE[4],
                null,
                "Outlet " + HOSTILE[1],
                null,
                b.text(),
                List.of(),
                List.of()));
    List<Alignment> alignments = new ArrayList<>();
    for (int i = 0; i < HOSTILE.length; i++) {
      String sa = "A-s" + (2 * i);
      String sb = "B-s" + (2 * i);
      alignments.add(
          new Alignment(
              List.of(sa),
              List.of(sb),
              AlignmentKind.PARAPHRASE,
              0.5,
              List.of(del(HOSTILE[i]), ins(HOSTILE[(i + 1) % HOSTILE.length]), eq(" end."))));
      alignments.add(
          new Alignment(
              List.of("A-s" + (2 * i + 1)),
              List.of("B-s" + (2 * i + 1)),
              AlignmentKind.IDENTICAL,
              1.0,
              List.of(eq("Shared line " + i + "."))));
    }
    AlignmentResult alignment = new AlignmentResult(alignments, List.of(), List.of(), 0.9, true);
    Quote qa = a.quote("A-q1", HOSTILE[0], HOSTILE[1], "person:x", HOSTILE[2], QuoteKind.FULL, false);
    Quote qb = b.quote("B-q1", HOSTILE[1], HOSTILE[3], "person:x", HOSTILE[4], QuoteKind.PARTIAL, true);
    QuoteComparison quotes =
        new QuoteComparison(
            new QuoteSet(List.of(qa), List.of("diag " + HOSTILE[0])),
            new QuoteSet(List.of(qb), List.of()),
            List.of(
                new QuoteMatch(
                    "A-q1",
                    "B-q1",
                    QuoteMatch.Kind.VARIANT,
                    0.5,
                    List.of(del(HOSTILE[0]), ins(HOSTILE[1])))));
    List<Fact> facts =
        List.of(
            new Fact(
                FactKind.THING,
                "thing:" + HOSTILE[0],
                HOSTILE[2],
                List.of("A", "B"),
                List.of(HOSTILE[3], HOSTILE[4]),
                List.of(a.mention(HOSTILE[0]), b.mention(HOSTILE[1]))));
    List<FramingFlag> framing =
        List.of(
            new FramingFlag(
                FramingKind.LOADED_TERM,
                "A",
                List.of("A-s0"),
                List.of(HOSTILE[0], HOSTILE[3]),
                "note " + HOSTILE[2],
                "rule " + HOSTILE[4]));
    Map<String, List<Voice>> voices = new LinkedHashMap<>();
    voices.put("A", List.of(new Voice(HOSTILE[1], "person:x", 1, 3, "person", HOSTILE[2], HOSTILE[4])));
    voices.put("B", List.of(new Voice(HOSTILE[3], "person:x", 1, 3)));
    Summary summary =
        new Summary(0.9, "related", voices, 10, 10, 0, 0, 1.0, 1.0, 0, 1, 0, 0, 1, 0, 0, 1);
    return new Comparison(artA, artB, alignment, quotes, facts, framing, summary);
  }

  /** Returns a comparison of two long articles with thousands of rows in every table. */
  static Comparison huge(int sentences) {
    Body a = new Body("A");
    Body b = new Body("B");
    String filler =
        "with a long tail of words | pipes | and `ticks` that make every table cell wide enough to"
            + " fill a pull-request comment quickly";
    for (int i = 0; i < sentences; i += 2) {
      a.paragraph("Sentence " + i + " of A " + filler + ".", "Sentence " + (i + 1) + " of A.");
      b.paragraph("Sentence " + i + " of B " + filler + ".", "Sentence " + (i + 1) + " of B.");
    }
    Article artA =
        a.article(
            new Document("a.txt", Format.TXT, "A".repeat(5000), null, null, null, a.text(),
                List.of(), List.of()));
    Article artB =
        b.article(
            new Document("b.txt", Format.TXT, "B".repeat(5000), null, null, null, b.text(),
                List.of(), List.of()));
    List<Alignment> alignments = new ArrayList<>();
    List<String> onlyA = new ArrayList<>();
    List<String> onlyB = new ArrayList<>();
    List<Quote> qa = new ArrayList<>();
    List<Quote> qb = new ArrayList<>();
    List<QuoteMatch> matches = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    List<FramingFlag> flags = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      String sa = "A-s" + i;
      String sb = "B-s" + i;
      if (i % 2 == 0) {
        alignments.add(
            new Alignment(List.of(sa), List.of(sb), AlignmentKind.NEAR_IDENTICAL, 0.9,
                List.of(eq("Sentence " + i + " of "), del("A"), ins("B"), eq(" " + filler + "."))));
        qa.add(new Quote("A-q" + i, "quote " + i + " " + filler, 0, 1, "Speaker " + i,
            "person:s" + i, "said", QuoteKind.FULL, false, List.of(sa)));
        qb.add(new Quote("B-q" + i, "quote " + i + " " + filler + " changed", 0, 1,
            "Speaker " + i, "person:s" + i, "said", QuoteKind.FULL, false, List.of(sb)));
        matches.add(new QuoteMatch("A-q" + i, "B-q" + i, QuoteMatch.Kind.VARIANT, 0.8,
            List.of(eq("quote " + i + " " + filler), ins(" changed"))));
      } else {
        onlyA.add(sa);
        onlyB.add(sb);
      }
      String side = i % 3 == 0 ? "A" : i % 3 == 1 ? "B" : null;
      List<String> in = side == null ? List.of("A", "B") : List.of(side);
      facts.add(new Fact(FactKind.THING, "thing:" + i, "Thing " + i + " " + filler, in,
          List.of("Thing " + i), List.of(new Mention(in.get(0), in.get(0) + "-s" + i, "Thing", 0, 5))));
      flags.add(new FramingFlag(FramingKind.LOADED_TERM, "B", List.of(sb), List.of("term" + i),
          "Note " + i + " " + filler, "loaded-terms"));
    }
    AlignmentResult alignment = new AlignmentResult(alignments, onlyA, onlyB, 0.7, true);
    QuoteComparison quotes =
        new QuoteComparison(new QuoteSet(qa, List.of()), new QuoteSet(qb, List.of()), matches);
    Map<String, List<Voice>> voices = new LinkedHashMap<>();
    List<Voice> va = new ArrayList<>();
    for (int i = 0; i < sentences; i += 2) {
      va.add(new Voice("Speaker " + i, "person:s" + i, 1, 20));
    }
    voices.put("A", va);
    voices.put("B", va);
    Summary summary =
        new Summary(0.7, "related", voices, alignments.size(), alignments.size(), onlyA.size(),
            onlyB.size(), 0.6, 0.6, 0, matches.size(), 0, 0, sentences / 3, sentences / 3,
            sentences / 3, flags.size());
    return new Comparison(artA, artB, alignment, quotes, facts, flags, summary);
  }

  /** Returns a comparison of two empty untitled articles with no findings and a NaN relatedness. */
  static Comparison empty() {
    Document d = new Document("empty.txt", Format.TXT, null, null, null, null, "", List.of(), List.of());
    Summary summary =
        new Summary(Double.NaN, "unrelated", Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    return new Comparison(
        new Article("A", d, List.of()),
        new Article("B", d, List.of()),
        new AlignmentResult(List.of(), List.of(), List.of(), 0, false),
        new QuoteComparison(new QuoteSet(List.of(), List.of()), new QuoteSet(List.of(), List.of()), List.of()),
        List.of(),
        List.of(),
        summary);
  }

  private static DiffSegment eq(String text) {
    return new DiffSegment(Op.EQUAL, text);
  }

  private static DiffSegment del(String text) {
    return new DiffSegment(Op.DELETE, text);
  }

  private static DiffSegment ins(String text) {
    return new DiffSegment(Op.INSERT, text);
  }

  /** Collects paragraphs of sentences into a body and sentence records with true offsets. */
  private static final class Body {
    private final String label;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private int paragraph = -1;

    Body(String label) {
      this.label = label;
    }

    void paragraph(String... parts) {
      paragraph++;
      if (text.length() > 0) {
        text.append("\n\n");
      }
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(parts[i]);
        sentences.add(
            new Sentence(
                label + "-s" + sentences.size(),
                sentences.size(),
                paragraph,
                start,
                text.length(),
                parts[i],
                parts[i].toLowerCase(Locale.ROOT)));
      }
    }

    String text() {
      return text.toString();
    }

    Article article(Document document) {
      return new Article(label, document, sentences);
    }

    Quote quote(
        String id, String words, String speaker, String key, String cue, QuoteKind kind, boolean inferred) {
      int start = Math.max(0, text.indexOf(words));
      String sentence = sentenceAt(start);
      return new Quote(
          id, words, start, start + words.length(), speaker, key, cue, kind, inferred, List.of(sentence));
    }

    Mention mention(String words) {
      int start = Math.max(0, text.indexOf(words));
      return new Mention(label, sentenceAt(start), words, start, start + words.length());
    }

    private String sentenceAt(int offset) {
      String found = sentences.get(0).id();
      for (Sentence s : sentences) {
        if (s.start() <= offset) {
          found = s.id();
        }
      }
      return found;
    }
  }
}
