package org.parallax.compare;

import java.util.List;
import org.parallax.align.AlignmentResult;
import org.parallax.facts.Conflict;
import org.parallax.facts.Fact;
import org.parallax.framing.FramingFlag;
import org.parallax.quotes.QuoteComparison;
import org.parallax.text.Article;

/**
 * Everything Parallax found about two articles: the input of every report.
 *
 * @param conflicts values both articles state differently for the same thing, in A's sentence order
 */
public record Comparison(
    Article a,
    Article b,
    AlignmentResult alignment,
    QuoteComparison quotes,
    List<Fact> facts,
    List<FramingFlag> framing,
    Summary summary,
    List<Conflict> conflicts) {
  public Comparison {
    facts = List.copyOf(facts);
    framing = List.copyOf(framing);
    conflicts = List.copyOf(conflicts);
  }

  /** Returns a comparison without conflicts. */
  public Comparison(
      Article a,
      Article b,
      AlignmentResult alignment,
      QuoteComparison quotes,
      List<Fact> facts,
      List<FramingFlag> framing,
      Summary summary) {
    this(a, b, alignment, quotes, facts, framing, summary, List.of());
  }
}
