package org.parallax.compare;

import java.util.List;
import org.parallax.align.AlignmentResult;
import org.parallax.facts.Fact;
import org.parallax.framing.FramingFlag;
import org.parallax.quotes.QuoteComparison;
import org.parallax.text.Article;

/** Everything Parallax found about two articles: the input of every report. */
public record Comparison(
    Article a,
    Article b,
    AlignmentResult alignment,
    QuoteComparison quotes,
    List<Fact> facts,
    List<FramingFlag> framing,
    Summary summary) {
  public Comparison {
    facts = List.copyOf(facts);
    framing = List.copyOf(framing);
  }
}
