package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.FutureTask;
import org.parallax.align.Aligner;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentResult;
import org.parallax.facts.Conflict;
import org.parallax.facts.Fact;
import org.parallax.facts.FactDiff;
import org.parallax.facts.FactRanker;
import org.parallax.facts.FactFinder;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.framing.FramingFlag;
import org.parallax.ingest.Document;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.quotes.QuoteComparison;
import org.parallax.quotes.QuoteKind;
import org.parallax.quotes.QuoteMatch;
import org.parallax.quotes.QuoteSet;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;
import org.parallax.text.Sentence;
import org.parallax.text.Tasks;

/** Runs the stages text → align → quotes → facts → framing on two documents. */
public final class Comparer {
  private final Segmenter segmenter;
  private final Aligner aligner;
  private final QuoteAnalyzer quotes;
  private final FactFinder facts;
  private final FramingAnalyzer framing;
  /** Whether alignment runs on a thread of its own while quotes and facts run on the caller's. */
  private final boolean overlap;

  public Comparer() {
    this(new Segmenter(), new Aligner(), new QuoteAnalyzer(), new FactFinder(), new FramingAnalyzer());
  }

  public Comparer(
      Segmenter segmenter,
      Aligner aligner,
      QuoteAnalyzer quotes,
      FactFinder facts,
      FramingAnalyzer framing) {
    this(segmenter, aligner, quotes, facts, framing, false);
  }

  private Comparer(
      Segmenter segmenter,
      Aligner aligner,
      QuoteAnalyzer quotes,
      FactFinder facts,
      FramingAnalyzer framing,
      boolean overlap) {
    this.segmenter = segmenter;
    this.aligner = aligner;
    this.quotes = quotes;
    this.facts = facts;
    this.framing = framing;
    this.overlap = overlap;
  }

  /**
   * Returns a comparer with the same stages that aligns on a second thread while the quote and
   * fact stages run on the caller's (they do not depend on the alignment): a single comparison
   * then uses both cores while the embedding model loads and runs. Results are the same.
   */
  public Comparer overlapping() {
    return new Comparer(segmenter, aligner, quotes, facts, framing, true);
  }

  /** Returns the comparison of document {@code a} (labelled A) with {@code b} (labelled B). */
  public Comparison compare(Document a, Document b) {
    return compareTimed(a, b).comparison();
  }

  /** A comparison with the time each stage took. */
  public record Timed(Comparison comparison, StageTimes times) {
    /** Checks that both parts are present. */
    public Timed {
      java.util.Objects.requireNonNull(comparison, "comparison");
      java.util.Objects.requireNonNull(times, "times");
    }
  }

  /** Returns the comparison of {@code a} with {@code b} and how long each stage took. */
  public Timed compareTimed(Document a, Document b) {
    long t0 = System.nanoTime();
    Article articleA = segmenter.segment("A", a);
    Article articleB = segmenter.segment("B", b);
    return compareTimed(articleA, articleB, System.nanoTime() - t0);
  }

  /**
   * Returns the comparison of articles already segmented (labelled A and B, e.g. by {@link
   * #segment}) and how long each stage took; {@code segmentNanos} is the time segmenting took.
   */
  public Timed compareTimed(Article articleA, Article articleB, long segmentNanos) {
    long t1 = System.nanoTime();
    long t0 = t1 - Math.max(0, segmentNanos);
    AlignmentResult alignment;
    QuoteComparison quoteComparison;
    FactDiff factDiff;
    long alignNanos;
    long quoteNanos;
    long factNanos;
    if (overlap) {
      FutureTask<AlignmentResult> task = new FutureTask<>(() -> aligner.align(articleA, articleB));
      Thread thread = new Thread(task, "parallax-align");
      thread.setDaemon(true);
      thread.start();
      long s2 = System.nanoTime();
      quoteComparison = quotes.compare(articleA, articleB);
      long s3 = System.nanoTime();
      factDiff = facts.diff(articleA, articleB);
      long s4 = System.nanoTime();
      alignment = Tasks.await(task, "aligning");
      quoteNanos = s3 - s2;
      factNanos = s4 - s3;
      // What align added to the wall time beyond the stages it overlapped.
      alignNanos = System.nanoTime() - s4;
    } else {
      alignment = aligner.align(articleA, articleB);
      long t2 = System.nanoTime();
      quoteComparison = quotes.compare(articleA, articleB);
      long t3 = System.nanoTime();
      factDiff = facts.diff(articleA, articleB);
      long t4 = System.nanoTime();
      alignNanos = t2 - t1;
      quoteNanos = t3 - t2;
      factNanos = t4 - t3;
    }
    List<Fact> factList = FactRanker.rank(factDiff.facts(), List.of(articleA, articleB),
        Map.of("A", quotedSurnames(quoteComparison.a()), "B", quotedSurnames(quoteComparison.b())));
    long t4 = System.nanoTime();
    List<Conflict> conflicts = factDiff.conflicts(alignment);
    factList = FactFinder.outsideConflicts(factList, conflicts);
    // An aligned passage that states a conflict is shown as conflicting, whatever else it shares.
    for (Conflict x : conflicts) {
      for (String a : x.a().sentenceIds()) {
        for (String b : x.b().sentenceIds()) {
          alignment = alignment.withConflict(a, b);
        }
      }
    }
    factNanos += System.nanoTime() - t4;
    t4 = System.nanoTime();
    List<FramingFlag> flags =
        framing.analyze(articleA, articleB, alignment, quoteComparison, factList);
    long t5 = System.nanoTime();
    Summary summary = summarize(articleA, articleB, alignment, quoteComparison, factList, flags, conflicts.size());
    long t6 = System.nanoTime();
    Comparison c =
        new Comparison(articleA, articleB, alignment, quoteComparison, factList, flags, summary, conflicts);
    return new Timed(c, new StageTimes(t1 - t0, alignNanos, quoteNanos, factNanos, t5 - t4, t6 - t5));
  }


  /** Returns the segmented article, for inspecting a single document. */
  public Article segment(String label, Document document) {
    return segmenter.segment(label, document);
  }

  static Summary summarize(
      Article a,
      Article b,
      AlignmentResult alignment,
      QuoteComparison q,
      List<Fact> factList,
      List<FramingFlag> flags,
      int conflicts) {
    Set<String> sharedA = new HashSet<>();
    Set<String> sharedB = new HashSet<>();
    for (Alignment al : alignment.alignments()) {
      sharedA.addAll(al.a());
      sharedB.addAll(al.b());
    }
    int matched = 0;
    int variant = 0;
    Set<String> matchedA = new HashSet<>();
    Set<String> matchedB = new HashSet<>();
    for (QuoteMatch m : q.matches()) {
      if (m.kind() == QuoteMatch.Kind.VARIANT) {
        variant++;
      } else {
        matched++;
      }
      matchedA.add(m.a());
      matchedB.add(m.b());
    }
    int shared = 0;
    int onlyA = 0;
    int onlyB = 0;
    for (Fact f : factList) {
      if (f.in().size() > 1) {
        shared++;
      } else if (f.in().contains("A")) {
        onlyA++;
      } else {
        onlyB++;
      }
    }
    Map<String, List<Voice>> voices = new LinkedHashMap<>();
    voices.put("A", voices(q.a()));
    voices.put("B", voices(q.b()));
    double relatedness = alignment.relatedness();
    return new Summary(
        relatedness,
        alignment.related() ? "related" : "unrelated",
        voices,
        sharedA.size(),
        sharedB.size(),
        alignment.onlyA().size(),
        alignment.onlyB().size(),
        share(a, sharedA),
        share(b, sharedB),
        matched,
        variant,
        unmatched(q.a(), matchedA),
        unmatched(q.b(), matchedB),
        shared,
        onlyA,
        onlyB,
        flags.size(),
        conflicts);
  }

  /** Returns the speaker keys (surnames) of the quotes of one article. */
  private static Set<String> quotedSurnames(QuoteSet set) {
    Set<String> out = new HashSet<>();
    for (Quote quote : set.quotes()) {
      if (quote.kind() != QuoteKind.TERM && quote.speakerKey() != null) {
        out.add(quote.speakerKey());
      }
    }
    return out;
  }

  private static int unmatched(QuoteSet set, Set<String> matched) {
    int n = 0;
    for (Quote quote : set.quotes()) {
      if (quote.kind() != QuoteKind.TERM && !matched.contains(quote.id())) {
        n++;
      }
    }
    return n;
  }

  private static double share(Article article, Set<String> ids) {
    long total = 0;
    long shared = 0;
    for (Sentence s : article.sentences()) {
      total += s.text().length();
      if (ids.contains(s.id())) {
        shared += s.text().length();
      }
    }
    return total == 0 ? 0 : round((double) shared / total);
  }

  /** Rounds to three decimals, so reports do not carry floating-point noise. */
  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static List<Voice> voices(QuoteSet set) {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (Quote quote : set.quotes()) {
      if (quote.kind() == QuoteKind.TERM) {
        continue;
      }
      String key = quote.speakerKey() == null ? "" : quote.speakerKey();
      names.putIfAbsent(key, quote.speaker() == null ? "(unattributed)" : quote.speaker());
      int[] c = counts.computeIfAbsent(key, k -> new int[2]);
      c[0]++;
      c[1] += quote.text().isBlank() ? 0 : quote.text().strip().split("\\s+").length;
    }
    List<Voice> out = new ArrayList<>();
    counts.forEach((k, c) -> {
      org.parallax.quotes.Speaker p = k.isEmpty() ? null : set.speaker(k);
      out.add(p == null
          ? new Voice(names.get(k), k.isEmpty() ? null : k, c[0], c[1])
          : new Voice(names.get(k), k, c[0], c[1], p.kind().id(), p.role(), p.affiliation()));
    });
    out.sort(
        java.util.Comparator.comparingInt(Voice::words)
            .reversed()
            .thenComparing(v -> v.speaker()));
    return List.copyOf(out);
  }
}
