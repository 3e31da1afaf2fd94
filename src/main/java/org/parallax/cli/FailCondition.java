package org.parallax.cli;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.compare.Comparison;
import org.parallax.compare.Summary;
import org.parallax.framing.FramingFlag;

/**
 * A condition under which {@code --fail-on} makes a comparison fail, such as {@code unrelated} or
 * {@code one-sided-quotes>2}.
 */
record FailCondition(Metric metric, String op, double threshold, String text) {
  private static final Pattern SYNTAX =
      Pattern.compile("\\s*([a-z][a-z-]*)\\s*(?:(<=|>=|<|>|=)\\s*(-?[0-9]+(?:\\.[0-9]+)?))?\\s*");

  /** What a condition measures. */
  enum Metric {
    UNRELATED("unrelated", false, "the articles do not cover the same event"),
    QUOTE_VARIANT("quote-variant", false, "a quote is rendered differently in the two articles"),
    ONE_SIDED_QUOTES("one-sided-quotes", true, "quotes found in only one article"),
    UNIQUE_FACTS("unique-facts", true, "facts found in only one article"),
    CONFLICTS("conflicts", true, "values both articles give differently for the same thing"),
    RELATEDNESS("relatedness", true, "how likely both cover the same event, 0 to 1"),
    SHARED("shared", true, "the smaller share of text that both articles carry, 0 to 1"),
    FRAMING_FLAGS("framing-flags", true, "framing differences shown by default (confident flags)"),
    FRAMING_FLAGS_ALL("framing-flags-all", true, "framing differences flagged, shown by default or not");

    final String id;
    final boolean numeric;
    final String help;

    Metric(String id, boolean numeric, String help) {
      this.id = id;
      this.numeric = numeric;
      this.help = help;
    }

    double value(Summary s, int shownFraming) {
      return switch (this) {
        case UNRELATED -> "unrelated".equals(s.verdict()) ? 1 : 0;
        case QUOTE_VARIANT -> s.quotesVariant();
        case ONE_SIDED_QUOTES -> s.quotesOnlyA() + s.quotesOnlyB();
        case UNIQUE_FACTS -> s.factsOnlyA() + s.factsOnlyB();
        case CONFLICTS -> s.conflicts();
        case RELATEDNESS -> s.relatedness();
        case SHARED -> Math.min(s.sharedShareA(), s.sharedShareB());
        case FRAMING_FLAGS -> shownFraming;
        case FRAMING_FLAGS_ALL -> s.framingFlags();
      };
    }
  }

  FailCondition {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(text, "text");
  }

  /** Parses one condition; throws IllegalArgumentException with a message for the user. */
  static FailCondition parse(String text) {
    Matcher m = SYNTAX.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("cannot read condition '" + text + "'; " + usage());
    }
    Metric metric = null;
    for (Metric candidate : Metric.values()) {
      if (candidate.id.equals(m.group(1))) {
        metric = candidate;
      }
    }
    if (metric == null) {
      throw new IllegalArgumentException("unknown condition '" + m.group(1) + "'; " + usage());
    }
    if (metric.numeric && m.group(2) == null) {
      throw new IllegalArgumentException(
          "condition '" + metric.id + "' needs a comparison, such as " + metric.id + ">0");
    }
    if (!metric.numeric && m.group(2) != null) {
      throw new IllegalArgumentException("condition '" + metric.id + "' takes no comparison");
    }
    if (!metric.numeric) {
      return new FailCondition(metric, ">", 0, metric.id);
    }
    return new FailCondition(
        metric, m.group(2), Double.parseDouble(m.group(3)), metric.id + m.group(2) + m.group(3));
  }

  static String usage() {
    StringBuilder sb = new StringBuilder("known conditions: ");
    for (Metric metric : Metric.values()) {
      if (metric.ordinal() > 0) {
        sb.append(", ");
      }
      sb.append(metric.id).append(metric.numeric ? "<op><number>" : "");
    }
    return sb.append(" (op is one of < <= > >= =)").toString();
  }

  /** Returns a one-line explanation when a comparison meets this condition, else empty. */
  Optional<String> check(Comparison c) {
    int shown = (int) c.framing().stream().filter(FramingFlag::shownByDefault).count();
    return check(c.summary(), shown);
  }

  /**
   * Returns a one-line explanation when the summary meets this condition, else empty.
   *
   * @param shownFraming how many framing flags reports show by default (what {@code framing-flags} counts)
   */
  Optional<String> check(Summary s, int shownFraming) {
    double v = metric.value(s, shownFraming);
    boolean hit =
        switch (op) {
          case "<" -> v < threshold;
          case "<=" -> v <= threshold;
          case ">=" -> v >= threshold;
          case "=" -> v == threshold;
          default -> v > threshold;
        };
    if (!hit) {
      return Optional.empty();
    }
    if (!metric.numeric) {
      return Optional.of(text + ": " + metric.help + describe(s));
    }
    return Optional.of(
        String.format(Locale.ROOT, "%s: %s is %s", text, metric.id, format(v)));
  }

  private String describe(Summary s) {
    return switch (metric) {
      case UNRELATED -> String.format(Locale.ROOT, " (relatedness %.2f)", s.relatedness());
      case QUOTE_VARIANT -> " (" + org.parallax.report.Plural.of(s.quotesVariant(), "variant") + ")";
      default -> "";
    };
  }

  private static String format(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
  }
}
