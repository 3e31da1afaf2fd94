package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.align.AlignmentResult;
import org.parallax.facts.Fact;
import org.parallax.facts.FactKind;
import org.parallax.facts.Mention;
import org.parallax.quotes.Quote;
import org.parallax.text.Sentence;
import org.parallax.text.Token;

/**
 * Lead emphasis: the names each lead (first three sentences) features that the other's does not, and how
 * much of each article the other does not carry. Both are context for an editor rather than a framing
 * difference on their own, so they stay in the JSON report and are not shown by default.
 */
final class LeadFlagger implements Flagger {
  private static final int LEAD_SENTENCES = 3;
  /** Confidence of the names-in-the-lead flag. */
  static final double NAMES = 0.5;
  /** Confidence of the share-of-unique-content flag. */
  static final double SHARE = 0.4;
  private static final Set<String> CALENDAR =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december");

  @Override
  public List<FramingFlag> flags(ArticlePair p) {
    return lead(p.a, p.b, p.alignment, p.quotesA, p.quotesB, p.facts);
  }

  private static List<FramingFlag> lead(
      ArticleText ta,
      ArticleText tb,
      AlignmentResult alignment,
      List<Quote> quotesA,
      List<Quote> quotesB,
      List<Fact> facts) {
    List<FramingFlag> out = new ArrayList<>();
    List<String> leadA = leadIds(ta);
    List<String> leadB = leadIds(tb);
    if (!leadA.isEmpty() && !leadB.isEmpty()) {
      Set<String> namesA = leadNames(ta, leadA, quotesA, facts);
      Set<String> namesB = leadNames(tb, leadB, quotesB, facts);
      Set<String> onlyA = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      onlyA.addAll(namesA);
      onlyA.removeAll(namesB);
      Set<String> onlyB = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      onlyB.addAll(namesB);
      onlyB.removeAll(namesA);
      long uniqueA = leadA.stream().filter(alignment.onlyA()::contains).count();
      long uniqueB = leadB.stream().filter(alignment.onlyB()::contains).count();
      if (!onlyA.isEmpty() || !onlyB.isEmpty() || uniqueA > 0 || uniqueB > 0) {
        StringBuilder note = new StringBuilder();
        note.append("A's lead (").append(leadA.size()).append(" sentences) features ")
            .append(ArticlePair.list(namesA, "no names")).append("; B's lead features ").append(ArticlePair.list(namesB, "no names"));
        if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
          note.append("; only A's names ").append(ArticlePair.list(onlyA, "none")).append(", only B's ").append(ArticlePair.list(onlyB, "none"));
        }
        note.append(String.format(
            Locale.ROOT,
            "; %d of A's lead sentences and %d of B's carry content the other article lacks.",
            uniqueA,
            uniqueB));
        List<String> ids = new ArrayList<>(leadA);
        ids.addAll(leadB);
        List<String> terms = new ArrayList<>(onlyA);
        terms.addAll(onlyB);
        out.add(new FramingFlag(FramingKind.LEAD, null, ids, terms, note.toString(), "rule:lead-emphasis", NAMES));
      }
    }
    double shareA = uniqueShare(ta, alignment.onlyA());
    double shareB = uniqueShare(tb, alignment.onlyB());
    if (!ta.sentences().isEmpty() && !tb.sentences().isEmpty() && Math.max(shareA, shareB) >= 0.3) {
      String note =
          String.format(
              Locale.ROOT,
              "%.0f%% of A's text is content B does not carry, and %.0f%% of B's is content A does not carry.",
              shareA * 100,
              shareB * 100);
      List<String> ids = new ArrayList<>(alignment.onlyA());
      ids.addAll(alignment.onlyB());
      out.add(new FramingFlag(FramingKind.LEAD, null, ids, List.of(), note, "rule:shared-content-share", SHARE));
    }
    return out;
  }

  private static List<String> leadIds(ArticleText t) {
    List<String> ids = new ArrayList<>();
    for (Sentence s : t.sentences()) {
      if (ids.size() == LEAD_SENTENCES) {
        break;
      }
      ids.add(s.id());
    }
    return ids;
  }

  private static double uniqueShare(ArticleText t, List<String> only) {
    long total = 0;
    long unique = 0;
    Set<String> set = new HashSet<>(only);
    for (Sentence s : t.sentences()) {
      total += s.text().length();
      if (set.contains(s.id())) {
        unique += s.text().length();
      }
    }
    return total == 0 ? 0 : (double) unique / total;
  }

  /** Returns the people, places and organizations named in lead sentences, and the quoted speakers. */
  private static Set<String> leadNames(ArticleText t, List<String> ids, List<Quote> quotes, List<Fact> facts) {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    Set<String> idSet = new HashSet<>(ids);
    boolean fromFacts = false;
    for (Fact f : facts) {
      if (f.kind() != FactKind.PERSON && f.kind() != FactKind.ORGANIZATION && f.kind() != FactKind.PLACE) {
        continue;
      }
      for (Mention m : f.mentions()) {
        if (m.article().equals(t.label()) && idSet.contains(m.sentenceId())) {
          names.add(f.canonical());
          fromFacts = true;
        }
      }
    }
    if (!fromFacts) {
      for (String id : ids) {
        Sentence s = t.sentence(id);
        List<Token> tokens = t.tokens(s.index());
        String[] tags = PosTags.tagSentence(s.text(), tokens);
        int i = 0;
        while (i < tokens.size()) {
          Token tok = tokens.get(i);
          boolean start = i > 0 || (tags != null && PosTags.isProperNoun(tags[0]));
          if (!start || !tok.isCapitalized() || tok.stopword() || CALENDAR.contains(tok.norm())
              || t.inQuote(s.start() + tok.start(), s.start() + tok.end())) {
            i++;
            continue;
          }
          int j = i;
          while (j + 1 < tokens.size() && tokens.get(j + 1).isCapitalized() && !tokens.get(j + 1).stopword()) {
            j++;
          }
          String last = tokens.get(j).text().replaceAll("['\u2019]s$", "");
          names.add(last);
          i = j + 1;
        }
      }
    }
    for (Quote q : quotes) {
      if (q.speaker() != null && q.sentenceIds().stream().anyMatch(idSet::contains)) {
        names.add(q.speaker());
      }
    }
    return names;
  }

}
