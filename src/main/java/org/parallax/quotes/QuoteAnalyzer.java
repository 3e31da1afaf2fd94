package org.parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/**
 * Entry point of the quotes stage: extracts direct quotes with their speakers and matches the
 * quotes of two articles.
 */
public final class QuoteAnalyzer {
  /** What extraction found before speaker keys are shared across articles. */
  private record Extraction(List<Quote> quotes, List<String> diagnostics, List<String> names) {}

  /** Returns the quotes of one article, with speaker keys local to that article. */
  public QuoteSet extract(Article article) {
    Objects.requireNonNull(article, "article");
    Extraction e = extractRaw(article);
    SpeakerKeys keys = new SpeakerKeys(e.names());
    List<Quote> quotes = withKeys(e.quotes(), keys);
    return new QuoteSet(quotes, e.diagnostics(), speakers(article, quotes));
  }

  /** Returns the quotes of both articles with shared speaker keys, and their matches. */
  public QuoteComparison compare(Article a, Article b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Extraction ea = extractRaw(a);
    Extraction eb = extractRaw(b);
    List<String> names = new ArrayList<>(ea.names());
    names.addAll(eb.names());
    SpeakerKeys keys = new SpeakerKeys(names);
    List<Quote> quotesA = withKeys(ea.quotes(), keys);
    List<Quote> quotesB = withKeys(eb.quotes(), keys);
    QuoteSet qa = new QuoteSet(quotesA, ea.diagnostics(), speakers(a, quotesA));
    QuoteSet qb = new QuoteSet(quotesB, eb.diagnostics(), speakers(b, quotesB));
    List<QuoteMatch> matches = new QuoteMatcher(a, b).match(qa.quotes(), qb.quotes());
    return new QuoteComparison(qa, qb, matches);
  }

  /** Returns the kind of voice a speaker's name denotes (person, group, organization, publication, document). */
  public static SpeakerKind kindOf(String name) {
    return SpeakerProfiler.kind(name);
  }

  /** Returns a profile of each speaker of {@code quotes}, in the order of their first quote. */
  private static List<Speaker> speakers(Article article, List<Quote> quotes) {
    SpeakerProfiler profiler = new SpeakerProfiler(article.body());
    java.util.Map<String, Speaker> out = new java.util.LinkedHashMap<>();
    for (Quote q : quotes) {
      if (q.speakerKey() != null && q.kind() != QuoteKind.TERM && !out.containsKey(q.speakerKey())) {
        out.put(q.speakerKey(), profiler.profile(q.speaker(), q.speakerKey()));
      }
    }
    return new ArrayList<>(out.values());
  }

  private static List<Quote> withKeys(List<Quote> quotes, SpeakerKeys keys) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.speaker() == null) {
        out.add(q);
      } else {
        String key = keys.keyOf(q.speaker());
        out.add(q.withSpeaker(keys.displayOf(key, SpeakerKeys.clean(q.speaker())), key));
      }
    }
    return out;
  }

  private static Extraction extractRaw(Article article) {
    String body = article.body();
    QuoteScanner.Result scan = QuoteScanner.scan(article.label(), body);
    List<String> diagnostics = new ArrayList<>(scan.diagnostics());
    List<Attributor.Attribution> attributions;
    List<String> names = new ArrayList<>();
    try {
      Attributor attributor = new Attributor(body, scan.quotes());
      attributions = attributor.attribute();
      for (Mentions.Mention m : attributor.mentions().all()) {
        if (m.person()) {
          names.add(m.name());
        }
      }
    } catch (RuntimeException e) {
      // A safety net for text the rules did not foresee: keep the quotes, drop the speakers.
      diagnostics.add(article.label() + ": speaker attribution failed (" + e + "); quotes kept without speakers");
      attributions = new ArrayList<>();
      for (QuoteScanner.RawQuote raw : scan.quotes()) {
        attributions.add(new Attributor.Attribution(null, null, false, QuoteKind.FULL));
      }
      names.clear();
    }
    List<Quote> quotes = new ArrayList<>();
    boolean ordered = ordered(article.sentences());
    for (int i = 0; i < scan.quotes().size(); i++) {
      QuoteScanner.RawQuote raw = scan.quotes().get(i);
      Attributor.Attribution at = attributions.get(i);
      if (at.speaker() != null && !SpeakerRules.canSpeak(at.speaker())) {
        at = new Attributor.Attribution(null, at.cue(), false, at.kind());
      }
      if (at.speaker() != null) {
        names.add(at.speaker());
      }
      quotes.add(
          new Quote(
              article.label() + "-q" + (i + 1),
              raw.text(body),
              raw.start(),
              raw.end(),
              at.speaker(),
              null,
              at.cue(),
              at.kind(),
              at.inferred(),
              sentenceIds(article, ordered, raw.start(), raw.end())));
    }
    return new Extraction(quotes, diagnostics, names);
  }

  /** Returns whether the article's sentences start and end in ascending order (as the segmenter makes them). */
  private static boolean ordered(List<Sentence> sentences) {
    for (int k = 1; k < sentences.size(); k++) {
      Sentence p = sentences.get(k - 1);
      Sentence s = sentences.get(k);
      if (s.start() < p.start() || s.end() < p.end()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> sentenceIds(Article article, boolean ordered, int start, int end) {
    List<Sentence> sentences = article.sentences();
    List<String> ids = new ArrayList<>();
    if (!ordered) {
      for (Sentence s : sentences) {
        if (s.start() < end && s.end() > start) {
          ids.add(s.id());
        }
      }
      return ids;
    }
    // Sentences are in body order and do not overlap, so their ends ascend: bisect to the first
    // sentence that ends after the quote starts, then walk while sentences start before its end.
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).end() <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < sentences.size() && sentences.get(k).start() < end; k++) {
      Sentence s = sentences.get(k);
      if (s.end() > start) {
        ids.add(s.id());
      }
    }
    return ids;
  }
}
