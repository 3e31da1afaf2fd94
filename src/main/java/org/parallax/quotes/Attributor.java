package org.parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Attributes the quotes of one body to speakers and cues, and decides each quote's kind.
 *
 * <p>For each quote it reads the clause after the closing mark ({@code ," said Lavrov},
 * {@code ," he told journalists}, {@code — Lavrov}), then the clause before the opening mark
 * ({@code according to Armstrong,}, {@code Haley stressed that}, {@code Lavrov:}), then a previous
 * paragraph that ends in a cue and a comma or colon. A quote with no cue of its own that opens a
 * sentence after attributed speech inherits that speaker and is marked inferred; a cue-less fragment
 * inside a sentence goes to the person who opens the sentence, with no cue. Pronouns and role
 * descriptions ("the foreign minister") resolve through {@link Coreference}.
 */
final class Attributor {
  /** The attribution of one quote. */
  record Attribution(String speaker, String cue, boolean inferred, QuoteKind kind) {}

  private record Cue(int start, int end, String text, String norm) {}

  private record Candidate(int start, int end, String speaker, boolean person) {
    Candidate(int start, int end, String speaker) {
      this(start, end, speaker, true);
    }
  }

  private static final Set<String> PARTICIPLES =
      Set.of("saying", "adding", "noting", "warning", "claiming", "arguing", "explaining", "accusing",
          "asking", "calling", "describing", "telling", "writing", "tweeting", "urging", "vowing",
          "insisting", "stating", "declaring", "suggesting", "questioning", "encouraging",
          "acknowledging", "announcing");
  private static final Set<String> NP_BEFORE =
      Set.of("a", "an", "the", "so-called", "its", "their", "his", "her", "our", "this", "that",
          "dubbed", "termed", "word", "phrase", "term", "label", "as");
  private static final Set<String> NP_AFTER =
      Set.of("approach", "policy", "strategy", "plan", "deal", "doctrine", "initiative", "option",
          "formula", "scenario", "solution", "program", "programme", "agenda", "model", "rule",
          "regime", "law", "proposal", "concept", "principle", "tactic", "tactics", "movement",
          "crowd", "narrative", "label", "mode", "format");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "these", "those", "his", "her", "their", "our", "its", "some", "many",
          "my", "your", "such", "two", "three", "several", "of");
  private static final Set<String> SUBORDINATORS =
      Set.of("when", "as", "while", "because", "after", "before", "if", "since", "until", "though",
          "although", "which", "that", "where", "whereas", "unless");
  private static final Set<String> TOLD_OBJECTS =
      Set.of("journalists", "reporters", "the", "media", "press", "lawmakers", "supporters", "an", "a");
  /** Cues whose object is the one spoken to ("told Fox News"), never the speaker. */
  private static final Set<String> LISTENER_VERBS =
      Set.of("told", "tells", "tell", "telling", "asked", "asks", "asking", "urged", "urging", "warned",
          "warning", "reminded", "assured", "informed");
  private static final Set<String> PREPOSITIONS =
      Set.of("of", "to", "for", "with", "against", "by", "about", "from", "on", "at", "in", "than", "like");
  private static final Set<String> CLAUSE_STARTS =
      Set.of("it", "that", "he", "she", "they", "we", "i", "you", "the", "a", "an", "there", "this", "his", "her");
  private static final Pattern TRANSCRIPT_LABEL =
      Pattern.compile("\\s*[\"\u201C]?\\s*((?:(?:MR|MS|MRS|DR|SEN|REP|GOV)\\.\\s)?\\p{Lu}[\\p{Lu}'\u2019-]+(?:\\s\\p{Lu}[\\p{Lu}'\u2019-]+)?):\\s");

  private final String body;
  private final List<QuoteScanner.RawQuote> quotes;
  private final Mentions mentions;
  private final List<int[]> paragraphs = new ArrayList<>();
  private final Set<String> speakingSurnames;
  private final Coreference coreference;

  Attributor(String body, List<QuoteScanner.RawQuote> quotes) {
    this.body = withPlainSpaces(body);
    this.quotes = quotes;
    List<int[]> quoted = new ArrayList<>();
    for (QuoteScanner.RawQuote q : quotes) {
      quoted.add(new int[] {q.openMark(), q.closeMark() + 1});
    }
    this.mentions = new Mentions(this.body, quoted);
    this.speakingSurnames = speakingSurnames();
    this.coreference = new Coreference(this.body, quoted, mentions, this::isPerson);
    int pos = 0;
    while (pos <= body.length()) {
      int next = body.indexOf("\n\n", pos);
      int end = next < 0 ? body.length() : next;
      if (!body.substring(pos, end).isBlank()) {
        paragraphs.add(new int[] {pos, end});
      }
      if (next < 0) {
        break;
      }
      pos = next + 2;
    }
  }

  /**
   * Returns {@code body} with no-break spaces (U+00A0, U+2007, U+202F) as plain spaces, same length:
   * web text puts them before a closing "― Name" or inside a name, and Java's whitespace tests
   * do not count them as spaces.
   */
  static String withPlainSpaces(String body) {
    return body.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
  }

  /** Returns the mentions found in the body. */
  Mentions mentions() {
    return mentions;
  }

  /** Returns one attribution per quote, in the order of the quotes. */
  List<Attribution> attribute() {
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      out.add(attribute(i, out));
    }
    return out;
  }

  private Attribution attribute(int i, List<Attribution> earlier) {
    QuoteScanner.RawQuote q = quotes.get(i);
    int prevClose = i > 0 ? quotes.get(i - 1).closeMark() + 1 : 0;
    int nextOpen = i + 1 < quotes.size() ? quotes.get(i + 1).openMark() : body.length();
    int[] startPara = paragraphOf(q.openMark());
    int[] endPara = paragraphOf(q.closeMark());
    int beforeFrom = Math.max(Math.max(startPara[0], prevClose), sentenceStartBefore(startPara[0], q.openMark()));
    int afterTo = Math.min(Math.min(endPara[1], nextOpen), sentenceEndAfter(q.closeMark() + 1, endPara[1]));
    String before = body.substring(beforeFrom, q.openMark());
    String after = body.substring(Math.min(q.closeMark() + 1, afterTo), afterTo);

    String speaker = null;
    String cue = null;
    boolean found = false;
    // 1. After the quote: cue near the start.
    // A quote that ends its sentence ("... timing." Gov. Smith said it was) is followed by a new
    // sentence: only a short sentence that is all attribution ("Trump said.") can still belong to it.
    boolean closedSentence = endsSentence(q.text(body)) && startsUpper(after);
    boolean cutByQuote = nextOpen < Math.min(endPara[1], sentenceEndAfter(q.closeMark() + 1, endPara[1]));
    Found f = fromAfter(q.closeMark() + 1, afterTo, closedSentence ? 4 : 30);
    if (f != null && closedSentence && !f.cue().isEmpty() && !Character.isLetter(f.cue().charAt(0))) {
      // closing "— Name" stays
    } else if (f != null && closedSentence && (cutByQuote || !onlyAdjuncts(f.end(), afterTo))) {
      f = null;
    }
    if (f == null) {
      f = fromBefore(beforeFrom, q.openMark());
    }
    boolean cueInPrevParagraph = false;
    if (f == null && before.isBlank() && q.openMark() - startPara[0] <= 1 + leadingSpace(startPara)) {
      int[] prev = paragraphBefore(startPara);
      if (prev != null) {
        String prevText = body.substring(prev[0], prev[1]).strip();
        if (prevText.endsWith(",") || prevText.endsWith(":")) {
          int from = sentenceStartBefore(prev[0], prev[1]);
          f = fromBefore(Math.max(from, prev[0]), prev[1]);
          cueInPrevParagraph = f != null;
        }
      }
    }
    if (f != null) {
      speaker = f.speaker;
      cue = f.cue;
      found = true;
    }
    QuoteKind kind = kind(q, before, after, found, cueInPrevParagraph, speaker);
    boolean inferred = false;
    if (!found && kind == QuoteKind.PARTIAL && Tokenizer.tokenize(q.text(body)).size() > 2) {
      // No speech verb: a fragment quoted in a sentence usually belongs to the sentence's subject;
      // one or two words ("follow", "Daily Show") are more often a title or term than a remark.
      Candidate subject = sentenceSubject(beforeFrom, q.openMark());
      if (subject != null) {
        speaker = subject.speaker();
      }
    }
    if (!found && kind != QuoteKind.TERM) {
      String label = transcriptLabel(startPara);
      if (label != null) {
        return new Attribution(label, ":", false, kind);
      }
    }
    if (!found && kind == QuoteKind.FULL) {
      String inherited = inherit(i, earlier, beforeFrom);
      if (inherited != null) {
        speaker = inherited;
        inferred = true;
      }
    }
    return new Attribution(speaker, cue, inferred, kind);
  }

  private record Found(String speaker, String cue, int end) {
    Found(String speaker, String cue) {
      this(speaker, cue, -1);
    }
  }

  /** Looks for a cue in the few words after the closing mark. */
  private Found fromAfter(int from, int to, int maxWordsBefore) {
    if (from >= to) {
      return null;
    }
    String text = body.substring(from, to);
    String stripped = text.stripLeading();
    int lead = text.length() - stripped.length();
    // closing "— Name"
    if (!stripped.isEmpty() && "\u2014\u2013\u2015-".indexOf(stripped.charAt(0)) >= 0) {
      Candidate c = candidateAt(from + lead + 1, to);
      if (c != null) {
        return new Found(c.speaker(), stripped.substring(0, 1), c.end());
      }
    }
    List<Cue> cues = cues(from, to);
    List<Token> tokens = tokens(from, to);
    boolean subordinate = !tokens.isEmpty() && SUBORDINATORS.contains(tokens.get(0).norm());
    for (Cue cue : cues) {
      if (subordinate && cue.start() > tokens.get(0).start()) {
        break; // ", when Clinton blasted him": a new clause, not this quote's attribution
      }
      int wordsBefore = 0;
      for (Token t : tokens) {
        if (t.start() < cue.start()) {
          wordsBefore++;
        }
      }
      if (wordsBefore > maxWordsBefore) {
        break;
      }
      String cueLead = precedingWord(from, cue.start());
      if (wordsBefore > 0 && (cueLead.equals("who") || cueLead.equals("whom") || cueLead.equals("which"))) {
        continue; // ", comments condemned by Romney, who called for": a relative clause's verb
      }
      if (wordsBefore == 0 || cue.norm().equals("according to")) {
        Candidate c = candidateAt(cue.end(), to);
        if (c != null) {
          return new Found(c.speaker(), cue.text(), Math.max(c.end(), cue.end()));
        }
        if (cue.norm().equals("according to")) {
          continue;
        }
      }
      Candidate c = candidateBefore(from, cue.start(), false);
      if (c != null) {
        return new Found(c.speaker(), cue.text(), Math.max(c.end(), cue.end()));
      }
    }
    return null;
  }

  /** Looks for a cue in the clause before the opening mark. */
  private Found fromBefore(int from, int to) {
    if (from >= to) {
      return null;
    }
    String trimmed = body.substring(from, to).strip();
    // "the former candidate Mitt Romney -- 'It is ...' --": a quote set off by a dash after a name
    java.util.regex.Matcher dash = Pattern.compile("(?:--|\u2014|\u2013)$").matcher(trimmed);
    if (dash.find()) {
      int dashAt = from + body.substring(from, to).lastIndexOf(dash.group());
      Candidate c = candidateBefore(from, dashAt, false);
      if (c != null && c.person() && body.substring(c.end(), dashAt).isBlank()) {
        return new Found(c.speaker(), dash.group());
      }
    }
    // "Lavrov:" speaker label
    if (trimmed.endsWith(":")) {
      int colon = from + body.substring(from, to).lastIndexOf(':');
      Candidate c = candidateBefore(from, colon, false);
      if (c != null && body.substring(c.end(), colon).isBlank()) {
        List<Cue> cues = cues(from, colon);
        if (cues.isEmpty()) {
          return new Found(c.speaker(), ":");
        }
      }
    }
    List<Cue> cues = cues(from, to);
    for (int k = cues.size() - 1; k >= 0; k--) {
      Cue cue = cues.get(k);
      if (cue.norm().equals("according to")) {
        Candidate c = candidateAt(cue.end(), to);
        if (c != null) {
          return new Found(c.speaker(), cue.text());
        }
        continue;
      }
      String lead = precedingWord(from, cue.start());
      if (k > 0 && (lead.equals("who") || lead.equals("whom"))) {
        continue; // "X told a woman who suggested that ...": the relative clause's verb is not the cue
      }
      // "Clinton stressed her record ... and said": a second verb of the clause's subject
      boolean clauseSubject = PARTICIPLES.contains(cue.norm()) || lead.equals("and");
      // ... but "footage of Trump saying": a participle's subject may follow a preposition
      Candidate c = candidateBefore(from, cue.start(), clauseSubject, lead.equals("and"));
      if (c != null && k > 0 && c.end() <= cues.get(k - 1).start() && !clauseSubject) {
        continue; // "Obama, dedicating ..., said it would tell": the name is the earlier verb's subject
      }
      if (c == null && !LISTENER_VERBS.contains(cue.norm())) {
        c = candidateAt(cue.end(), to); // "said Smith": but after "told" comes the listener
      }
      if (c != null) {
        return new Found(c.speaker(), cue.text());
      }
    }
    return null;
  }

  /**
   * Returns whether body[from, to) is at most a short adjunct ("on Monday", "in a statement"), not
   * a clause of its own ("it would fail").
   */
  private boolean onlyAdjuncts(int from, int to) {
    List<Token> rest = tokens(from, to);
    return rest.size() <= 4 && (rest.isEmpty() || !CLAUSE_STARTS.contains(rest.get(0).norm()));
  }

  /**
   * Returns the speaker of a transcript paragraph that opens with a capitalized label ("PENCE:",
   * "MR. TRUMP:"), title-cased, or null.
   */
  private String transcriptLabel(int[] para) {
    Matcher m = TRANSCRIPT_LABEL.matcher(body.substring(para[0], Math.min(para[1], para[0] + 40)));
    if (!m.lookingAt()) {
      return null;
    }
    String label = m.group(1).strip();
    StringBuilder out = new StringBuilder();
    for (String w : label.split("\\s+")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** Returns whether a candidate stands between "the" and a lower-case noun ("the Orlando attack"). */
  private boolean modifier(int from, Candidate c) {
    if (!precedingWord(from, c.start()).equals("the")) {
      return false;
    }
    List<Token> next = tokens(c.end(), Math.min(body.length(), c.end() + 30));
    return !next.isEmpty() && body.substring(c.end(), next.get(0).start()).isBlank()
        && Character.isLowerCase(next.get(0).text().charAt(0)) && !next.get(0).stopword()
        && !Lexicon.CUES.contains(next.get(0).norm());
  }

  /** Returns the lower-case word before {@code pos}, past capitalized title words, or "". */
  private String precedingWordSkippingTitles(int from, int pos) {
    List<Token> tokens = tokens(from, pos);
    for (int k = tokens.size() - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (!(t.isCapitalized() && !t.stopword()) && !Lexicon.ROLES.contains(t.norm())) {
        return t.norm();
      }
    }
    return "";
  }

  /** Returns the lower-case word right before {@code pos} (adverbs in -ly skipped), or "". */
  private String precedingWord(int from, int pos) {
    List<Token> tokens = tokens(from, pos);
    for (int k = tokens.size() - 1; k >= 0; k--) {
      String w = tokens.get(k).norm();
      if (!(w.endsWith("ly") && w.length() > 4)) {
        return w;
      }
    }
    return "";
  }

  /** Returns the person that opens the sentence before {@code to}, or null. */
  private Candidate sentenceSubject(int from, int to) {
    List<Token> tokens = tokens(from, to);
    int adjunctEnd = openingAdjunctEnd(tokens, from, to);
    if (adjunctEnd > 0) {
      tokens = tokens(adjunctEnd, to); // "In recent weeks, Reid has gone after Trump as a \"...\""
    }
    for (int t = 0; t < tokens.size() && t < 3; t++) {
      Token tok = tokens.get(t);
      for (Mentions.Mention m : startingAt(tok.start())) {
        if (m.end() <= to && isPerson(m)) {
          String after = span(m.end(), Math.min(to, m.end() + 3));
          if (after.startsWith("'s") || after.startsWith("\u2019s")) {
            return null;
          }
          return new Candidate(m.start(), m.end(), m.name());
        }
      }
      if (tok.norm().equals("he") || tok.norm().equals("she")) {
        String name = resolvePronoun(tok);
        return name == null ? null : new Candidate(tok.start(), tok.end(), name);
      }
    }
    return null;
  }

  private static final Set<String> ADJUNCT_STARTS =
      Set.of("in", "on", "at", "during", "after", "before", "since", "over", "last", "earlier", "later", "this");

  /**
   * Returns the offset after the comma that closes a short opening adjunct ("In an August speech,",
   * "On Monday,": at most six words, led by a preposition or a time word), or -1.
   */
  private int openingAdjunctEnd(List<Token> tokens, int from, int to) {
    if (tokens.isEmpty() || !ADJUNCT_STARTS.contains(tokens.get(0).norm())) {
      return -1;
    }
    int comma = body.indexOf(',', from);
    if (comma < 0 || comma >= to) {
      return -1;
    }
    int words = 0;
    for (Token t : tokens) {
      if (t.start() < comma) {
        words++;
      }
    }
    return words <= 6 ? comma + 1 : -1;
  }

  /** Returns the speaker of the nearest attributed speech before a cue-less quote, or null. */
  private String inherit(int i, List<Attribution> earlier, int beforeFrom) {
    QuoteScanner.RawQuote q = quotes.get(i);
    int[] para = paragraphOf(q.openMark());
    int[] prev = paragraphBefore(para);
    int windowStart = prev != null ? prev[0] : para[0];
    // Cue clauses and attributed quotes between windowStart and the quote, the latest wins.
    int bestPos = -1;
    String best = null;
    for (int k = i - 1; k >= 0; k--) {
      QuoteScanner.RawQuote p = quotes.get(k);
      if (p.closeMark() < windowStart) {
        break;
      }
      Attribution a = earlier.get(k);
      if (a.speaker() != null && a.kind() != QuoteKind.TERM) {
        bestPos = p.closeMark();
        best = a.speaker();
        break;
      }
    }
    int textFrom = Math.max(windowStart, bestPos + 1);
    List<int[]> gaps = new ArrayList<>();
    int cursor = textFrom;
    for (QuoteScanner.RawQuote p : quotes) {
      if (p.closeMark() < textFrom || p.openMark() >= q.openMark()) {
        continue;
      }
      if (p.openMark() > cursor) {
        gaps.add(new int[] {cursor, p.openMark()});
      }
      cursor = Math.max(cursor, p.closeMark() + 1);
    }
    if (q.openMark() > cursor) {
      gaps.add(new int[] {cursor, q.openMark()});
    }
    for (int g = gaps.size() - 1; g >= 0; g--) {
      int[] gap = gaps.get(g);
      Found f = fromBefore(gap[0], gap[1]);
      if (f != null && !f.cue().toLowerCase(Locale.ROOT).equals("according to")) {
        return f.speaker(); // "..., according to TIME" names the source of the report, not the speaker
      }
    }
    return best;
  }

  private QuoteKind kind(
      QuoteScanner.RawQuote q, String before, String after, boolean found, boolean cueInPrev, String speaker) {
    String text = q.text(body);
    List<Token> words = Tokenizer.tokenize(text);
    String b = before.strip();
    boolean full;
    if (b.isEmpty() || b.endsWith(":") || cueInPrev) {
      full = true;
    } else {
      full = b.endsWith(",") && found && hasCue(before) && startsUpper(text);
    }
    if (full) {
      return QuoteKind.FULL;
    }
    if (words.size() <= 3 && !endsSentence(text)) {
      String prevWord = lastWord(before);
      String nextWord = firstWord(after);
      boolean nounPhrase = NP_BEFORE.contains(prevWord) || NP_AFTER.contains(nextWord);
      if (speaker == null || nounPhrase) {
        return QuoteKind.TERM;
      }
    }
    return QuoteKind.PARTIAL;
  }

  private boolean hasCue(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String c : Lexicon.CUES) {
      if (Pattern.compile("\\b" + Pattern.quote(c) + "\\b").matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsUpper(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return !Character.isLowerCase(text.charAt(i));
      }
    }
    return false;
  }

  private boolean atSentenceStart(int pos) {
    int i = pos - 1;
    while (i >= 0 && (Character.isWhitespace(body.charAt(i)) || QuoteScanner.family(body.charAt(i)) > 0)) {
      i--;
    }
    return i < 0 || isSentenceEnd(i) || body.charAt(i) == '\n';
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static String lastWord(String s) {
    List<Token> t = Tokenizer.tokenize(s);
    return t.isEmpty() ? "" : t.get(t.size() - 1).norm();
  }

  private static String firstWord(String s) {
    List<Token> t = Tokenizer.tokenize(s);
    return t.isEmpty() ? "" : t.get(0).norm();
  }

  /** Returns the cues in body[from, to) in order, longest phrase first at one position. */
  private List<Cue> cues(int from, int to) {
    List<Cue> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    String lower = body.substring(from, to).toLowerCase(Locale.ROOT);
    List<Token> tokens = tokens(from, to);
    int lastEnd = -1;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      if (tok.start() < lastEnd) {
        continue;
      }
      int rel = tok.start() - from;
      for (String c : Lexicon.CUES) {
        if (lower.startsWith(c, rel)) {
          int endRel = rel + c.length();
          if (endRel < lower.length() && Character.isLetterOrDigit(lower.charAt(endRel))) {
            continue;
          }
          if (Character.isUpperCase(body.charAt(from + rel)) && !c.equals("according to") && !atSentenceStart(from + rel)) {
            continue;
          }
          if (t > 0 && DETERMINERS.contains(tokens.get(t - 1).norm())) {
            continue; // "the states", "his claims": a noun, not a verb
          }
          int end = from + endRel;
          String written = body.substring(from + rel, end);
          if ((c.equals("told") || c.equals("tells")) && t + 1 < tokens.size()) {
            Token obj = tokens.get(t + 1);
            if (body.substring(end, obj.start()).isBlank()
                && (TOLD_OBJECTS.contains(obj.norm()) || obj.isCapitalized())) {
              int objEnd = obj.end();
              if ((obj.norm().equals("the") || obj.norm().equals("a") || obj.norm().equals("an"))
                  && t + 2 < tokens.size()) {
                objEnd = tokens.get(t + 2).end();
              }
              written = body.substring(from + rel, objEnd);
              end = objEnd;
            }
          }
          out.add(new Cue(from + rel, end, written, c));
          lastEnd = end;
          break;
        }
      }
    }
    return out;
  }

  private List<Token> tokens(int from, int to) {
    List<Token> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(body.substring(from, to))) {
      out.add(new Token(t.text(), t.norm(), t.stem(), t.start() + from, t.end() + from, t.stopword()));
    }
    return out;
  }

  /** Returns the speaker that starts right at {@code pos} (after spaces and commas), or null. */
  private Candidate candidateAt(int pos, int to) {
    List<Token> tokens = tokens(pos, to);
    if (tokens.isEmpty()) {
      return null;
    }
    Token first = tokens.get(0);
    String gap = body.substring(pos, first.start());
    if (!gap.replace(",", "").isBlank()) {
      return null;
    }
    Candidate c = candidateStartingAt(first, tokens, 0);
    return c;
  }

  private Candidate candidateStartingAt(Token first, List<Token> tokens, int index) {
    // Mentions are sorted and disjoint: only the last one starting at or before the token can
    // contain it, and only those starting within 80 characters after it can follow a title.
    List<Mentions.Mention> all = mentions.all();
    int from = Math.max(0, mentions.firstFrom(first.start() + 1) - 1);
    int to = mentions.firstFrom(first.start() + 80);
    for (Mentions.Mention m : all.subList(Math.min(from, to), to)) {
      if (m.start() <= first.start() && m.end() > first.start()) {
        boolean possessive = body.startsWith("'s", m.end()) || body.startsWith("\u2019s", m.end());
        if (!m.person() || possessive) {
          Mentions.Mention titled = personAfterTitle(m, tokens, index);
          if (titled != null) {
            return new Candidate(titled.start(), titled.end(), titled.name());
          }
        }
        return new Candidate(m.start(), m.end(), m.name());
      }
      if (m.start() > first.start() && m.start() < first.start() + 80
          && isTitlePrefix(first.start(), m.start())) {
        return new Candidate(m.start(), m.end(), m.name());
      }
    }
    if (first.norm().equals("he") || first.norm().equals("she")) {
      return new Candidate(first.start(), first.end(), resolvePronoun(first));
    }
    if (first.norm().equals("the")) {
      Candidate d = description(tokens, index);
      if (d != null) {
        return d;
      }
    }
    UnnamedSpeakers.Description u = UnnamedSpeakers.at(body, tokens, index);
    return u == null ? null : new Candidate(u.start(), u.end(), u.name(), false);
  }

  /**
   * Returns a person named within a few words after a non-person name when only title words lie
   * between ("Democratic presidential nominee Hillary Clinton", "MSNBC host Chris Matthews").
   */
  private Mentions.Mention personAfterTitle(Mentions.Mention m, List<Token> tokens, int index) {
    boolean role = false;
    for (int k = index; k < tokens.size() && k <= index + 7; k++) {
      Token t = tokens.get(k);
      if (Lexicon.ROLES.contains(t.norm())) {
        role = true;
      }
      if (k > index && body.substring(tokens.get(k - 1).end(), t.start()).chars().anyMatch(ch -> ch == ',' || ch == '.' || ch == ';')) {
        return null;
      }
      for (Mentions.Mention p : startingAt(t.start())) {
        if (p != m) {
          return role || !m.person() ? p : null;
        }
      }
    }
    return null;
  }

  /** Returns whether body[from, to) is only title and role words (the part of a name run before the name). */
  private boolean isTitlePrefix(int from, int to) {
    for (Token t : tokens(from, to)) {
      if (!t.isCapitalized() && !t.norm().equals("to") && !t.norm().equals("the") && !t.norm().equals("of")) {
        return false;
      }
    }
    return !body.substring(from, to).contains(",") && !body.substring(from, to).contains("\n");
  }

  /** Returns the speaker that ends closest before {@code pos}, or the clause's first one. */
  private Candidate candidateBefore(int from, int pos, boolean clauseSubject) {
    return candidateBefore(from, pos, clauseSubject, false);
  }

  private Candidate candidateBefore(int from, int pos, boolean clauseSubject, boolean skipObjects) {
    List<Token> tokens = tokens(from, pos);
    List<Candidate> found = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      Candidate c = null;
      if (tok.norm().equals("he") || tok.norm().equals("she")) {
        c = new Candidate(tok.start(), tok.end(), resolvePronoun(tok));
      } else if (tok.norm().equals("the")) {
        c = description(tokens, t);
      } else if (tok.norm().equals("they") || tok.norm().equals("we") || tok.norm().equals("i")) {
        c = new Candidate(tok.start(), tok.end(), null);
      }
      if (c == null) {
        UnnamedSpeakers.Description d = UnnamedSpeakers.at(body, tokens, t);
        if (d != null && d.end() <= pos) {
          c = new Candidate(d.start(), d.end(), d.name(), false);
          while (t + 1 < tokens.size() && tokens.get(t + 1).start() < d.end()) {
            t++; // "a spokesman for Hunter": Hunter is inside the description
          }
        }
      }
      if (c == null) {
        for (Mentions.Mention m : startingAt(tok.start())) {
          if (m.end() <= pos && !dateline(m.start(), m.end())) {
            c = new Candidate(m.start(), m.end(), m.name(), isPerson(m));
          }
        }
      }
      if (c != null) {
        found.add(c);
      }
    }
    found = withoutModifiers(found);
    if (found.isEmpty()) {
      return null;
    }
    if (clauseSubject) {
      // "A strong defender of Israel, he ... said": a name after a preposition is not the subject
      for (Candidate c : found) {
        if (modifier(from, c)) {
          continue; // "In the wake of the Orlando attack, Trump ..., saying": a name used as a modifier
        }
        if (!skipObjects || !PREPOSITIONS.contains(precedingWordSkippingTitles(from, c.start()))) {
          return c.speaker() == null ? null : c;
        }
      }
      return null;
    }
    // Nearest before the cue, skipping names inside a prepositional phrase right before it.
    Candidate last = found.get(found.size() - 1);
    Candidate beforeAppositive = beforeAppositive(found, from, pos);
    if (beforeAppositive != null) {
      return beforeAppositive;
    }
    String between = body.substring(last.end(), pos).toLowerCase(Locale.ROOT);
    if (found.size() > 1 && between.matches("(?s).*\\b(of|to|for|with|against|on|about|in)\\s*$")) {
      last = found.get(found.size() - 2);
    }
    for (int k = found.indexOf(last); k > 0; k--) {
      // "Gov. Earl Ray Tomblin of West Virginia lauded": the name after "of" is not the subject
      String gap = span(found.get(k - 1).end(), found.get(k).start()); // case kept: "of Our Lady of"
      if (gap.matches("\\s+(?:of|from|at|in)\\s+(?:(?:the|of|our|Our|\\p{Lu}[\\p{L}.'\u2019-]*)\\s+)*")
          && found.get(k).end() == last.end()) {
        last = found.get(k - 1);
      } else {
        break;
      }
    }
    if (!subjectGap(last.end(), pos)) {
      return null; // "a narrator in the Clinton ad asks": the name only modifies the subject
    }
    return last.speaker() == null ? null : last;
  }

  /**
   * Returns {@code s} without its trailing words that end in "ly" (each after whitespace): what
   * {@code replaceAll("(?:\\s+\\p{L}+ly)+$", "")} gives, in one backward pass instead of a match
   * tried from every whitespace (quadratic, and recursive in the greedy group).
   */
  static String withoutTrailingAdverbs(String s) {
    int end = s.length();
    while (true) {
      int start = end;
      while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
        start--;
      }
      boolean adverb = end - start >= 3 && s.startsWith("ly", end - 2);
      int gap = start;
      while (gap > 0 && isRegexSpace(s.charAt(gap - 1))) {
        gap--;
      }
      if (!adverb || gap == start) {
        return s.substring(0, end);
      }
      end = gap;
    }
  }

  /** Returns whether {@code c} is what {@code \\s} matches in a Java regular expression. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Returns the candidate just before an appositive that ends at the cue ("Lavrov, the foreign
   * minister, said"; "Flynn, a top Trump surrogate, said"), or null.
   */
  private Candidate beforeAppositive(List<Candidate> found, int from, int pos) {
    String clause = body.substring(from, pos);
    String trimmed = withoutTrailingAdverbs(clause.stripTrailing());
    if (!trimmed.endsWith(",")) {
      return null;
    }
    int close = from + trimmed.length() - 1;
    int open = body.lastIndexOf(',', close - 1);
    if (open < from) {
      return null;
    }
    // The earliest person followed by a chain of comma-separated descriptions up to the cue.
    for (Candidate c : found) {
      if ((c.person() || (c.speaker() != null && !Mentions.isGroup(c.speaker()))) && c.speaker() != null && c.end() <= open) {
        String between = body.substring(c.end(), close + 1).strip().replaceFirst("^\\([^)]*\\)\\s*", "");
        boolean chain = between.startsWith(",") || between.matches("(?s)(?:of|from)\\s.*");
        if (chain && between.split("\\s+").length <= 20) {
          return c;
        }
      }
    }
    for (int k = found.size() - 1; k >= 0; k--) {
      Candidate c = found.get(k);
      if (c.end() <= open && body.substring(c.end(), open).isBlank()) {
        return c.speaker() == null ? null : c;
      }
    }
    return null;
  }

  /**
   * Returns whether only function words, adverbs, dates and a relative pronoun stand between a
   * subject ending at {@code from} and its verb at {@code to}.
   */
  private boolean subjectGap(int from, int to) {
    if (body.substring(from, to).contains(",")) {
      return true;
    }
    for (Token t : tokens(from, to)) {
      boolean ok = t.stopword() || t.isCapitalized() || t.isNumber() || t.norm().endsWith("ly")
          || t.norm().equals("s");
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Drops candidates that only modify a later one: possessives ("Hillary Clinton's campaign manager
   * Robby Mook") and names before a role ("Clinton campaign manager Robby Mook").
   */
  private List<Candidate> withoutModifiers(List<Candidate> found) {
    List<Candidate> out = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Candidate c = found.get(k);
      if (k + 1 < found.size() && found.get(k + 1).start() >= c.end()) {
        String between = body.substring(c.end(), found.get(k + 1).start());
        boolean possessive = between.startsWith("'s") || between.startsWith("\u2019s");
        boolean titleOnly = between.matches("(?:['\u2019]s)?[\\p{L} .-]*") && !between.isBlank();
        boolean role = false;
        for (Token t : tokens(c.end(), found.get(k + 1).start())) {
          role |= Lexicon.ROLES.contains(t.norm());
        }
        if (titleOnly && (possessive || role || !c.person())) {
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  private static final Pattern DATELINE_END = Pattern.compile("(?:,\\s*[\\p{L}.]+)?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:--|\u2014|\u2013|-)\\s");

  /**
   * Returns whether body[start, end) is a dateline: a place in capitals that opens its paragraph
   * and is followed by a dash ("WASHINGTON \u2014 The administration said"), never a speaker.
   */
  private boolean dateline(int start, int end) {
    int lineStart = body.lastIndexOf('\n', start - 1) + 1;
    if (!body.substring(lineStart, start).isBlank()) {
      return false;
    }
    String name = body.substring(start, end);
    if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    return DATELINE_END.matcher(body).region(end, Math.min(body.length(), end + 60)).lookingAt();
  }

  /** Returns the mentions that start exactly at {@code pos}, in body order. */
  private List<Mentions.Mention> startingAt(int pos) {
    int from = mentions.firstFrom(pos);
    int to = mentions.firstFrom(pos + 1);
    return mentions.all().subList(from, to);
  }

  private boolean isPerson(Mentions.Mention m) {
    return m.person() || (!m.group() && (mentions.isPersonSurname(m.surname()) || speakingSurnames.contains(m.surname())));
  }

  /**
   * Collects the surnames of names written right before a speech verb ("Lynch said", "Putney
   * told") or a relative "who" ("Felipe Calderon, who was president"): the text treats them as
   * people even without a known first name or title.
   */
  private Set<String> speakingSurnames() {
    Set<String> out = new java.util.TreeSet<>();
    for (Mentions.Mention m : mentions.all()) {
      if (m.group() || m.end() >= body.length()) {
        continue;
      }
      int to = Math.min(body.length(), m.end() + 12);
      String next = body.substring(m.end(), to).toLowerCase(Locale.ROOT);
      if (next.matches("(?s)(?:\\s(?:said|says|told|tells|added|asked|wrote|noted|argued)\\b|,\\s+who\\s).*")) {
        out.add(m.surname());
      }
    }
    return Set.copyOf(out);
  }

  /** Reads "the [modifiers] role" at {@code index} and resolves it to the person it introduced. */
  private Candidate description(List<Token> tokens, int index) {
    Coreference.Referent r = coreference.description(tokens, index);
    return r == null ? null : new Candidate(r.start(), r.end(), r.name());
  }

  /** Returns the person a "he" or "she" refers to (see {@link Coreference}), or null. */
  private String resolvePronoun(Token pronoun) {
    return coreference.pronoun(pronoun.start());
  }

  private int[] paragraphOf(int pos) {
    if (paragraphs.isEmpty()) {
      return new int[] {0, body.length()};
    }
    int k = paragraphsStartingBefore(pos + 1) - 1;
    return paragraphs.get(Math.max(0, k));
  }

  private int[] paragraphBefore(int[] para) {
    int k = paragraphsStartingBefore(para[0]) - 1;
    return k < 0 ? null : paragraphs.get(k);
  }

  /** Returns how many paragraphs start before {@code pos} (paragraphs are in body order). */
  private int paragraphsStartingBefore(int pos) {
    int lo = 0;
    int hi = paragraphs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphs.get(mid)[0] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int leadingSpace(int[] para) {
    int n = 0;
    while (para[0] + n < para[1] && Character.isWhitespace(body.charAt(para[0] + n))) {
      n++;
    }
    return n;
  }

  /** Returns the start of the sentence that contains {@code pos}, not before {@code floor}. */
  private int sentenceStartBefore(int floor, int pos) {
    for (int i = pos - 1; i > floor; i--) {
      if (isSentenceEnd(i)) {
        return i + 1;
      }
    }
    return floor;
  }

  /** Returns the end of the sentence that begins at or before {@code pos}, not after {@code ceiling}. */
  private int sentenceEndAfter(int pos, int ceiling) {
    for (int i = pos; i < ceiling; i++) {
      if (isSentenceEnd(i)) {
        return i;
      }
    }
    return ceiling;
  }

  /** Returns body[from, to), or "" when the range is empty or reversed (overlapping candidates). */
  private String span(int from, int to) {
    return to <= from ? "" : body.substring(from, to);
  }

  private boolean isSentenceEnd(int i) {
    return Coreference.isSentenceEnd(body, i);
  }
}
