package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentKind;
import org.parallax.align.AlignmentResult;
import org.parallax.facts.Fact;
import org.parallax.facts.FactKind;
import org.parallax.facts.Mention;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteComparison;
import org.parallax.quotes.QuoteKind;
import org.parallax.quotes.QuoteSet;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;
import org.junit.jupiter.api.Test;

class FramingAnalyzerTest {
  private final FramingAnalyzer analyzer = new FramingAnalyzer();

  static Article article(String label, String title, String body) {
    return new Segmenter()
        .segment(label, new Document(label + ".txt", Format.TXT, title, null, null, null, body, List.of(), List.of()));
  }

  static AlignmentResult aligned(Article a, Article b, int[]... pairs) {
    List<Alignment> als = new java.util.ArrayList<>();
    java.util.Set<String> usedA = new java.util.HashSet<>();
    java.util.Set<String> usedB = new java.util.HashSet<>();
    for (int[] p : pairs) {
      String ia = a.sentences().get(p[0]).id();
      String ib = b.sentences().get(p[1]).id();
      usedA.add(ia);
      usedB.add(ib);
      als.add(new Alignment(List.of(ia), List.of(ib), AlignmentKind.PARAPHRASE, 0.6, List.of()));
    }
    List<String> onlyA = a.sentences().stream().map(s -> s.id()).filter(id -> !usedA.contains(id)).toList();
    List<String> onlyB = b.sentences().stream().map(s -> s.id()).filter(id -> !usedB.contains(id)).toList();
    return new AlignmentResult(als, onlyA, onlyB, 0.8, true);
  }

  static QuoteComparison noQuotes() {
    return new QuoteComparison(new QuoteSet(List.of(), List.of()), new QuoteSet(List.of(), List.of()), List.of());
  }

  static List<FramingFlag> of(List<FramingFlag> flags, FramingKind kind) {
    return flags.stream().filter(f -> f.kind() == kind).toList();
  }

  /** Returns whether a flag of the kind and side has {@code term} as whole words of one of its terms. */
  static boolean flaggedWithin(List<FramingFlag> flags, FramingKind kind, String article, String term) {
    java.util.regex.Pattern p =
        java.util.regex.Pattern.compile("(?i)(^|\\W)" + java.util.regex.Pattern.quote(term) + "($|\\W)");
    return flags.stream()
        .anyMatch(f -> f.kind() == kind && java.util.Objects.equals(f.article(), article)
            && f.terms().stream().anyMatch(t -> p.matcher(t).find()));
  }

  static boolean flagged(List<FramingFlag> flags, FramingKind kind, String article, String term) {
    return flags.stream()
        .anyMatch(f -> f.kind() == kind && java.util.Objects.equals(f.article(), article)
            && f.terms().stream().anyMatch(t -> t.equalsIgnoreCase(term)));
  }

  @Test
  void attributionVerbsOfDifferentGradeAreFlagged() {
    Article a = article("A", null, "The mayor accused the council of hiding the budget.");
    Article b = article("B", null, "The mayor alleged that the council hid the budget.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    List<FramingFlag> verbs = of(flags, FramingKind.ATTRIBUTION_VERB);
    assertEquals(1, verbs.size(), flags.toString());
    assertEquals(List.of("accused", "alleged"), verbs.get(0).terms());
    assertTrue(verbs.get(0).note().contains("'accused' (charged)"), verbs.get(0).note());
    assertTrue(verbs.get(0).note().contains("'alleged' (distancing)"), verbs.get(0).note());
    assertEquals("rule:attribution-verb-grade", verbs.get(0).rule());
  }

  @Test
  void aHyphenatedModifierBeforeTheVerbDoesNotHideItsSpeaker() {
    Article a = article("A", null, "Mayor Jenkins finally snapped - and point-blank accused the council of hiding the budget.");
    Article b = article("B", null, "Mayor Jenkins alleged that the council hid the budget.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    List<FramingFlag> verbs = of(flags, FramingKind.ATTRIBUTION_VERB);
    assertEquals(1, verbs.size(), flags.toString());
    assertTrue(verbs.get(0).note().contains("Jenkins 'accused' (charged)"), verbs.get(0).note());
    // an object between the speaker and the verb still stops the search: "the Smiths" did not accuse anyone
    Article c = article("C", null, "Mayor Jenkins met the Smiths, then the council accused the mayor of hiding the budget.");
    List<FramingFlag> other = of(analyzer.analyze(c, b, aligned(c, b, new int[] {0, 0}), noQuotes(), List.of()),
        FramingKind.ATTRIBUTION_VERB);
    assertFalse(other.stream().anyMatch(f -> f.note().contains("Jenkins 'accused'")), other.toString());
  }

  @Test
  void anAttributionVerbContrastedIsNotAlsoALoadedTerm() {
    Article a = article("A", null, "The mayor accused the council of hiding the budget.");
    Article b = article("B", null, "The mayor alleged that the council hid the budget.");
    // a model whose threshold lets "alleged" through chooses it as loaded when B is read alone
    double score = analyzer.termCandidates(b, List.of()).stream()
        .filter(c -> c.text().equals("alleged")).findFirst().orElseThrow().score();
    FramingAnalyzer loose = new FramingAnalyzer(TermModel.shipped().withThreshold(score));
    assertTrue(flagged(loose.loadedTerms(b, List.of()), FramingKind.LOADED_TERM, "B", "alleged"));
    List<FramingFlag> flags = loose.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    assertEquals(List.of("accused", "alleged"), of(flags, FramingKind.ATTRIBUTION_VERB).get(0).terms());
    assertFalse(flagged(flags, FramingKind.LOADED_TERM, "B", "alleged"), flags.toString());
  }

  @Test
  void sameClassOfAttributionVerbIsNotFlagged() {
    Article a = article("A", null, "The mayor said the council had hidden the budget.");
    Article b = article("B", null, "The mayor told reporters the council had hidden the budget.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    assertTrue(of(flags, FramingKind.ATTRIBUTION_VERB).isEmpty(), flags.toString());
  }

  @Test
  void loadedWordOnOneSideOfAnAlignedPairIsFlagged() {
    Article a = article("A", null, "The senator slammed the tax plan on Monday.");
    Article b = article("B", null, "The senator criticized the tax plan on Monday.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    assertTrue(flagged(flags, FramingKind.LOADED_TERM, "A", "slammed"), flags.toString());
    FramingFlag f = of(flags, FramingKind.LOADED_TERM).get(0);
    assertEquals(List.of("A-s1", "B-s1"), f.sentenceIds());
    // the model chose it; the loaded-word list proposed it
    assertEquals("model:loaded-term+lexicon:news-loaded", f.rule());
  }

  @Test
  void ownVoiceFlagsAreTheModelsLexiconBackedChoicesInPassagesTheOtherDoesNotCarry() {
    Article a = article("A", null, "The union slammed the rules. The mayor blasted the budget and reportedly left.");
    Article b = article("B", null, "Nothing else happened.");
    AlignmentResult none = new AlignmentResult(List.of(), List.of("A-s1", "A-s2"), List.of("B-s1"), 0.8, true);
    List<String> model = of(analyzer.loadedTerms(a, List.of()), FramingKind.LOADED_TERM).stream()
        .map(f -> f.terms().get(0)).toList();
    List<FramingFlag> flags = analyzer.analyze(a, b, none, noQuotes(), List.of());
    List<String> own = of(flags, FramingKind.OWN_VOICE).stream().map(f -> f.terms().get(0)).toList();
    assertEquals(List.of("slammed", "blasted"), model);
    assertEquals(model, own);
    assertTrue(of(flags, FramingKind.OWN_VOICE).stream().allMatch(f -> f.rule().contains("lexicon:news-loaded")));
    // nothing is aligned, so there is no word-choice contrast and no hedge contrast ("reportedly")
    assertTrue(of(flags, FramingKind.LOADED_TERM).isEmpty(), flags.toString());
    assertTrue(of(flags, FramingKind.HEDGE).isEmpty(), flags.toString());
    // a model that chooses nothing raises no flag, though the lexicon holds both words
    FramingAnalyzer strict = new FramingAnalyzer(TermModel.shipped().withThreshold(1.01));
    assertTrue(of(strict.analyze(a, b, none, noQuotes(), List.of()), FramingKind.OWN_VOICE).isEmpty());
  }

  @Test
  void theModelAloneRaisesNoFlag() {
    Article a = article("A", null, "The senator went home early on Friday after the long vote.");
    Article b = article("B", null, "Nothing else happened.");
    AlignmentResult none = new AlignmentResult(List.of(), List.of("A-s1"), List.of("B-s1"), 0.8, true);
    // a model loose enough to choose words no lexicon holds ("went", "home", "early")
    FramingAnalyzer loose = new FramingAnalyzer(TermModel.shipped().withThreshold(0.0));
    assertFalse(loose.loadedTerms(a, List.of()).isEmpty());
    List<FramingFlag> flags = loose.analyze(a, b, none, noQuotes(), List.of());
    assertTrue(of(flags, FramingKind.OWN_VOICE).isEmpty(), flags.toString());
    assertTrue(of(flags, FramingKind.LOADED_TERM).isEmpty(), flags.toString());
  }

  @Test
  void unrelatedArticlesGetNoFramingFlags() {
    Article a = article("A", "Union condemns rules", "The union slammed the rules and reportedly left.");
    Article b = article("B", "Regime bans protest", "The regime brutally crushed the protest.");
    AlignmentResult unrelated = new AlignmentResult(
        List.of(new Alignment(List.of("A-s1"), List.of("B-s1"), AlignmentKind.PARAPHRASE, 0.7, List.of())),
        List.of(), List.of(), 0.1, false);
    assertEquals(List.of(), analyzer.analyze(a, b, unrelated, noQuotes(), List.of()));
  }

  @Test
  void aWordBothArticlesUseIsNoWordChoiceDifference() {
    // the sample pair: B's lead says "pretext", A's third sentence "pretext to destroy"
    Article a = article("A", null, "Lavrov accused Trump of trying to manufacture a reason to attack. "
        + "Moscow said Washington wanted a pretext to destroy the country.");
    Article b = article("B", null, "Moscow suspects the US wants a pretext to attack, he said.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    assertFalse(flaggedWithin(flags, FramingKind.LOADED_TERM, "B", "pretext"), flags.toString());
    assertFalse(flaggedWithin(flags, FramingKind.OWN_VOICE, "A", "pretext"), flags.toString());
  }

  @Test
  void weaklyAlignedPassagesAreNotComparedWordForWord() {
    Article a = article("A", null, "The mayor accused the council of hiding the budget.");
    Article b = article("B", null, "The mayor alleged that the council hid the budget.");
    AlignmentResult weak = new AlignmentResult(
        List.of(new Alignment(List.of("A-s1"), List.of("B-s1"), AlignmentKind.RELATED, 0.45, List.of())),
        List.of(), List.of(), 0.8, true);
    List<FramingFlag> flags = analyzer.analyze(a, b, weak, noQuotes(), List.of());
    // no contrast of the two verbs; B's "alleged" may stay in the JSON report as one-sided, never shown
    assertTrue(of(flags, FramingKind.ATTRIBUTION_VERB).stream().noneMatch(f -> f.article() == null || f.shownByDefault()),
        flags.toString());
    assertTrue(of(flags, FramingKind.LOADED_TERM).isEmpty(), flags.toString());
  }

  @Test
  void accordingToAndSuspectAreNotHedges() {
    Article a = article("A", null, "The ship sank near the coast, according to officials, who suspect sabotage.");
    Article b = article("B", null, "The ship sank near the coast.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    assertTrue(of(flags, FramingKind.HEDGE).isEmpty(), flags.toString());
  }

  @Test
  void aHedgeInsideReportedSpeechIsTheSpeakersAndNotShown() {
    // the sample pair: "Lavrov said it seems that the US wants North Korea to resume the tests"
    Article a = article("A", null, "Lavrov said it seems that the US wants North Korea to resume the tests.");
    Article b = article("B", null, "Lavrov said the US wants North Korea to resume the tests.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    List<FramingFlag> hedges = of(flags, FramingKind.HEDGE);
    assertEquals(1, hedges.size(), flags.toString());
    assertFalse(hedges.get(0).shownByDefault(), hedges.toString());
    // the same hedge in the outlet's own sentence is shown
    Article c = article("A", null, "It seems that the US wants North Korea to resume the tests.");
    Article d = article("B", null, "The US wants North Korea to resume the tests.");
    List<FramingFlag> own = of(analyzer.analyze(c, d, aligned(c, d, new int[] {0, 0}), noQuotes(), List.of()), FramingKind.HEDGE);
    assertTrue(own.size() == 1 && own.get(0).shownByDefault(), own.toString());
  }

  @Test
  void attributionVerbsOfTwoDifferentSpeakersAreNotShown() {
    Article a = article("A", null, "While Russia condemned the missile test, Lavrov raised concerns about the drills.");
    Article b = article("B", null, "Lavrov said the missile test and the drills raised concerns.");
    List<FramingFlag> verbs = of(analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of()),
        FramingKind.ATTRIBUTION_VERB);
    assertTrue(verbs.stream().noneMatch(FramingFlag::shownByDefault), verbs.toString());
  }

  @Test
  void aDatelineIsNotANamingDifference() {
    Article a = article("A", null, "WASHINGTON — The vote was held.");
    Article b = article("B", null, "The U.S. vote was held.");
    Fact us = new Fact(FactKind.PLACE, "place:united-states", "United States", List.of("A", "B"),
        List.of("WASHINGTON", "U.S."),
        List.of(new Mention("A", "A-s1", "WASHINGTON", 0, 10), new Mention("B", "B-s1", "U.S.", 4, 8)));
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of(us));
    assertTrue(of(flags, FramingKind.NAMING).isEmpty(), flags.toString());
  }

  @Test
  void everyFlagCarriesAConfidenceAndOnlyConfidentOnesAreShown() {
    Article a = article("A", null, "The ship reportedly sank near the coast. Rain may fall.");
    Article b = article("B", null, "The ship sank near the coast. Rain falls.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}, new int[] {1, 1}), noQuotes(), List.of());
    FramingFlag strong = of(flags, FramingKind.HEDGE).stream().filter(f -> f.terms().contains("reportedly")).findFirst().orElseThrow();
    FramingFlag weak = of(flags, FramingKind.HEDGE).stream().filter(f -> f.terms().contains("may")).findFirst().orElseThrow();
    assertTrue(strong.shownByDefault(), strong.toString());
    assertFalse(weak.shownByDefault(), weak.toString());
    assertTrue(weak.confidence() < FramingFlag.SHOWN_AT && strong.confidence() >= FramingFlag.SHOWN_AT);
  }

  @Test
  void aChosenPhraseIsKeptUnlessTheOtherSideUsesAllOfIt() {
    Article a = article("A", null, "The regime brutally crushed the protest.");
    Article b = article("B", null, "The government crushed the protest.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    assertTrue(flaggedWithin(flags, FramingKind.LOADED_TERM, "A", "brutally"), flags.toString());
    Article c = article("B", null, "The regime brutally crushed the protest.");
    List<FramingFlag> same = analyzer.analyze(a, c, aligned(a, c, new int[] {0, 0}), noQuotes(), List.of());
    assertTrue(of(same, FramingKind.LOADED_TERM).isEmpty(), same.toString());
  }

  @Test
  void loadedWordOnBothSidesIsNotFlagged() {
    Article a = article("A", null, "Critics called the plan a sham.");
    Article b = article("B", null, "Opponents described the plan as a sham.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    assertFalse(flagged(flags, FramingKind.LOADED_TERM, "A", "sham"), flags.toString());
  }

  @Test
  void loadedWordInsideAQuoteIsNotFlagged() {
    String body = "The minister spoke on Monday. \"This regime is a disgrace,\" he said.";
    Article a = article("A", null, body);
    Article b = article("B", null, "The minister spoke on Monday.");
    int start = body.indexOf("This");
    Quote q = new Quote("A-q1", "This regime is a disgrace,", start, start + 26, "minister", "minister", "said",
        QuoteKind.FULL, false, List.of("A-s2"));
    QuoteComparison quotes = new QuoteComparison(new QuoteSet(List.of(q), List.of()), new QuoteSet(List.of(), List.of()), List.of());
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), quotes, List.of());
    assertFalse(flagged(flags, FramingKind.LOADED_TERM, "A", "regime"), flags.toString());
    // the same word in the writer's own voice is flagged (in a lead sentence, where the model chooses it)
    Article c = article("A", null, "The regime answered at once. The minister spoke on Monday.");
    List<FramingFlag> own = analyzer.analyze(c, b, aligned(c, b, new int[] {0, 0}), noQuotes(), List.of());
    assertTrue(flagged(own, FramingKind.LOADED_TERM, "A", "regime"), own.toString());
  }

  @Test
  void quotedTermFoundByItsMarksIsNotFlaggedWithoutTheQuotesStage() {
    Article a = article("A", null, "Officials described the raid as \u201Cbrutal\u201D in a statement.");
    List<FramingFlag> flags = analyzer.loadedTerms(a, List.of());
    assertTrue(flags.stream().noneMatch(f -> f.terms().stream().anyMatch(x -> x.contains("brutal"))), flags.toString());
    Article c = article("A", null, "Officials described the brutal raid in a statement.");
    // adjacent words the model scores high are flagged as one phrase, so the word may sit inside a longer term
    List<FramingFlag> own = analyzer.loadedTerms(c, List.of());
    assertTrue(own.stream().anyMatch(f -> f.kind() == FramingKind.LOADED_TERM
        && f.terms().stream().anyMatch(x -> x.matches("(?i).*\\bbrutal\\b.*"))), own.toString());
  }

  @Test
  void lexiconWordInsideAProperNameIsNotFlagged() {
    Article a = article("A", null, "The case went to the Justice Department and the Security Council.");
    List<FramingFlag> flags = analyzer.loadedTerms(a, List.of());
    assertTrue(flags.stream().noneMatch(f -> f.terms().contains("Justice")), flags.toString());
    Article c = article("A", null, "The Radical Party met the radical wing of the union.");
    List<FramingFlag> more = analyzer.loadedTerms(c, List.of());
    assertEquals(1, more.size(), more.toString());
    // the flag may grow into a phrase around the common noun's word, never over the party's name
    assertTrue(more.get(0).terms().get(0).endsWith("radical"), more.toString());
    assertFalse(more.get(0).terms().get(0).contains("Radical"), more.toString());
  }

  @Test
  void hedgeOnOneSideIsFlaggedAndStrongHedgeAloneToo() {
    Article a = article("A", null, "The ship reportedly sank near the coast. Rescuers arrived at noon.");
    Article b = article("B", null, "The ship sank near the coast.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    assertTrue(flagged(flags, FramingKind.HEDGE, "A", "reportedly"), flags.toString());
    assertEquals("lexicon:hyland-hedges", of(flags, FramingKind.HEDGE).get(0).rule());
    // the hedge is shown with the other side's words for the same passage
    assertTrue(of(flags, FramingKind.HEDGE).get(0).note().contains("\u201CThe ship sank near the coast.\u201D"),
        of(flags, FramingKind.HEDGE).get(0).note());
    // a weak hedge in an unaligned sentence is not flagged
    Article c = article("A", null, "Rain may fall on Tuesday.");
    assertTrue(of(analyzer.loadedTerms(c, List.of()), FramingKind.HEDGE).isEmpty());
  }

  @Test
  void namingFormsOfOneFactThatDifferByArticleAreFlagged() {
    Article a = article("A", null, "Foreign Minister Sergei Lavrov spoke.");
    Article b = article("B", null, "Foreign Minister Sergey Lavrov spoke.");
    Fact lavrov = new Fact(FactKind.PERSON, "person:lavrov", "Sergei Lavrov", List.of("A", "B"),
        List.of("Sergei Lavrov", "Sergey Lavrov"),
        List.of(new Mention("A", "A-s1", "Sergei Lavrov", 17, 30), new Mention("B", "B-s1", "Sergey Lavrov", 17, 30)));
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of(lavrov));
    List<FramingFlag> naming = of(flags, FramingKind.NAMING);
    assertEquals(1, naming.size(), flags.toString());
    assertEquals(List.of("Sergei Lavrov", "Sergey Lavrov"), naming.get(0).terms());
    assertEquals(List.of("A-s1", "B-s1"), naming.get(0).sentenceIds());
  }

  @Test
  void aDemonymIsNotANamingChoiceButACapitalForItsCountryIs() {
    Article a = article("A", null, "Russia warned the U.S. on Monday.");
    Article b = article("B", null, "Moscow warned the Americans on Monday.");
    Fact us = new Fact(FactKind.PLACE, "place:united-states", "United States", List.of("A", "B"),
        List.of("U.S.", "Americans"),
        List.of(new Mention("A", "A-s1", "U.S.", 18, 22), new Mention("B", "B-s1", "Americans", 23, 32)));
    Fact russia = new Fact(FactKind.PLACE, "place:russia", "Russia", List.of("A", "B"),
        List.of("Russia", "Moscow"),
        List.of(new Mention("A", "A-s1", "Russia", 0, 6), new Mention("B", "B-s1", "Moscow", 0, 6)));
    List<FramingFlag> flags =
        analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of(us, russia));
    List<FramingFlag> naming = of(flags, FramingKind.NAMING);
    assertEquals(1, naming.size(), flags.toString());
    assertEquals(List.of("Russia", "Moscow"), naming.get(0).terms());
  }

  @Test
  void shorterFormOfTheSameNameIsNotANamingDifference() {
    Article a = article("A", null, "Mr Lavrov spoke.");
    Article b = article("B", null, "Sergey Lavrov spoke.");
    Fact lavrov = new Fact(FactKind.PERSON, "person:lavrov", "Sergey Lavrov", List.of("A", "B"),
        List.of("Mr Lavrov", "Sergey Lavrov"),
        List.of(new Mention("A", "A-s1", "Mr Lavrov", 0, 9), new Mention("B", "B-s1", "Sergey Lavrov", 0, 13)));
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of(lavrov));
    assertTrue(of(flags, FramingKind.NAMING).isEmpty(), flags.toString());
  }

  @Test
  void namingPairAcrossAnAlignedPairIsFlagged() {
    Article a = article("A", null, "The regime closed the border on Friday.");
    Article b = article("B", null, "The government closed the border on Friday.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    List<FramingFlag> naming = of(flags, FramingKind.NAMING);
    assertEquals(1, naming.size(), flags.toString());
    assertEquals(List.of("regime", "government"), naming.get(0).terms());
  }

  @Test
  void headlinesWithDifferentActorsAreContrasted() {
    Article a = article("A", "Union condemns new factory rules", "The union spoke on Monday.");
    Article b = article("B", "Ministry defends factory rules", "The ministry spoke on Monday.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    List<FramingFlag> h = of(flags, FramingKind.HEADLINE);
    assertEquals(1, h.size(), flags.toString());
    assertEquals("A's headline leads with 'Union condemns': \u201CUnion condemns new factory rules\u201D. "
        + "B's leads with 'Ministry defends': \u201CMinistry defends factory rules\u201D.", h.get(0).note());
    // headlines that share few words: the rule's higher confidence (still below the default view's bar)
    assertEquals(HeadlineFlagger.OTHER_EMPHASIS, h.get(0).confidence(), 1e-9, h.get(0).toString());
    assertEquals(null, h.get(0).article());
  }

  @Test
  void voiceShareNamesSpeakersQuotedOnOneSideOnly() {
    Article a = article("A", null, "\"We will act,\" Haley said. \"We will wait,\" Lavrov said.");
    Article b = article("B", null, "\"We will wait,\" Lavrov said.");
    Quote qa1 = new Quote("A-q1", "We will act,", 1, 13, "Haley", "haley", "said", QuoteKind.FULL, false, List.of("A-s1"));
    Quote qa2 = new Quote("A-q2", "We will wait,", 28, 41, "Lavrov", "lavrov", "said", QuoteKind.FULL, false, List.of("A-s2"));
    Quote qb = new Quote("B-q1", "We will wait,", 1, 14, "Lavrov", "lavrov", "said", QuoteKind.FULL, false, List.of("B-s1"));
    QuoteComparison quotes = new QuoteComparison(new QuoteSet(List.of(qa1, qa2), List.of()), new QuoteSet(List.of(qb), List.of()), List.of());
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {1, 0}), quotes, List.of());
    List<FramingFlag> v = of(flags, FramingKind.VOICE_SHARE);
    assertEquals(1, v.size(), flags.toString());
    assertEquals(List.of("Haley"), v.get(0).terms());
    assertTrue(v.get(0).note().startsWith("A quotes Haley and Lavrov; B quotes only Lavrov"), v.get(0).note());
  }

  @Test
  void quotedTermIsNotCountedAsAVoice() {
    Article a = article("A", null, "\"We will wait,\" Lavrov said.");
    Article b = article("B", null, "\"We will wait,\" Lavrov said of the \"provocation\" at sea.");
    Quote qa = new Quote("A-q1", "We will wait,", 1, 14, "Lavrov", "lavrov", "said", QuoteKind.FULL, false, List.of("A-s1"));
    Quote qb = new Quote("B-q1", "We will wait,", 1, 14, "Lavrov", "lavrov", "said", QuoteKind.FULL, false, List.of("B-s1"));
    Quote term = new Quote("B-q2", "provocation", 38, 49, null, null, null, QuoteKind.TERM, false, List.of("B-s1"));
    List<FramingFlag> same = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}),
        new QuoteComparison(new QuoteSet(List.of(qa), List.of()), new QuoteSet(List.of(qb, term), List.of()), List.of()),
        List.of());
    assertTrue(of(same, FramingKind.VOICE_SHARE).isEmpty(), same.toString());
    // an unattributed speaker's quote is still a voice
    Quote anon = new Quote("B-q2", "provocation at sea", 38, 56, null, null, null, QuoteKind.PARTIAL, false, List.of("B-s1"));
    List<FramingFlag> more = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}),
        new QuoteComparison(new QuoteSet(List.of(qa), List.of()), new QuoteSet(List.of(qb, anon), List.of()), List.of()),
        List.of());
    assertEquals(List.of("unattributed"), of(more, FramingKind.VOICE_SHARE).get(0).terms(), more.toString());
  }

  @Test
  void chooseKeepsTheBestCandidatesOfASentenceAndJoinsAdjacentOnes() {
    List<FramingAnalyzer.TermCandidate> cands = List.of(
        cand("A-s1", 0, 4, "flat"), cand("A-s1", 5, 9, "out"), cand("A-s1", 20, 25, "sharp"),
        cand("A-s1", 30, 35, "harsh"), cand("A-s1", 40, 45, "plain"), cand("A-s2", 50, 55, "grim"));
    double[] scores = {0.9, 0.8, 0.95, 0.7, 0.2, 0.6};
    List<List<Integer>> groups = FramingAnalyzer.choose(cands, scores, 0.5);
    // sentence 1: "sharp" and the phrase "flat out" (the two best); "harsh" passes but the sentence is full
    assertEquals(List.of(List.of(0, 1), List.of(2), List.of(5)), groups);
    assertEquals(FramingAnalyzer.FLAGS_PER_SENTENCE, 2);
    assertEquals(List.of(List.of(2)), FramingAnalyzer.choose(cands, scores, 0.92));
    assertTrue(FramingAnalyzer.choose(cands, scores, 0.99).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> FramingAnalyzer.choose(cands, new double[2], 0.5));
  }

  @Test
  void aPhraseFlaggedAgainstTheOtherSideLeavesOutTheWordsBothUse() {
    // The seed pair's claim (samples/lavrov-north-korea): B's "pretext to attack" grows over "attack",
    // which A's matching sentence also has; the contrast is "pretext" against "a reason".
    Article a = article("A", null, "Lavrov accused Trump of trying to manufacture a reason to attack North Korea.");
    Article b = article("B", null, "Moscow suspects the US wants a pretext to attack North Korea, he said.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {0, 0}), noQuotes(), List.of());
    assertTrue(flagged(flags, FramingKind.LOADED_TERM, "B", "pretext"), flags.toString());
    assertFalse(flaggedWithin(flags, FramingKind.LOADED_TERM, "B", "attack"), flags.toString());
  }

  @Test
  void chooseGrowsAPhraseOverWeakerNeighboursAndShortFunctionWords() {
    // "took a swipe at rivals": "swipe" passes, "took" reaches half the threshold and is joined across "a";
    // "rivals" is bridged by "at" but scores too low; "plan" is joined neither way (a comma and "and" are no bridges)
    List<FramingAnalyzer.TermCandidate> cands = List.of(
        bridged("A-s1", 0, 4, "took", false), bridged("A-s1", 7, 12, "swipe", true), bridged("A-s1", 16, 22, "rivals", true),
        bridged("A-s1", 30, 34, "plan", false));
    double[] scores = {0.5, 0.9, 0.2, 0.6};
    assertEquals(List.of(List.of(0, 1)), FramingAnalyzer.choose(cands, scores, 0.8));
    // a neighbour below half the threshold stays out
    assertEquals(List.of(List.of(1)), FramingAnalyzer.choose(cands, new double[] {0.39, 0.9, 0.2, 0.6}, 0.8));
    // a flag holds at most MAX_JOINED candidates
    List<FramingAnalyzer.TermCandidate> run = new java.util.ArrayList<>();
    double[] high = new double[FramingAnalyzer.MAX_JOINED + 2];
    for (int k = 0; k < high.length; k++) {
      run.add(bridged("A-s1", 6 * k, 6 * k + 5, "w" + k, false));
      high[k] = 0.9;
    }
    List<List<Integer>> groups = FramingAnalyzer.choose(run, high, 0.8);
    assertEquals(FramingAnalyzer.MAX_JOINED, groups.get(0).size(), groups.toString());
  }

  @Test
  void candidatesAreBridgedOnlyAcrossAShortFunctionWord() {
    Article a = article("A", null, "Critics landed a blow on the bill, and blasted its angry sponsors.");
    List<FramingAnalyzer.TermCandidate> cands = analyzer.termCandidates(a, List.of());
    java.util.Map<String, Boolean> bridgedByText = new java.util.TreeMap<>();
    for (FramingAnalyzer.TermCandidate c : cands) {
      bridgedByText.put(c.text(), c.bridged());
    }
    assertEquals(Boolean.TRUE, bridgedByText.get("blow"), cands.toString());
    assertEquals(Boolean.FALSE, bridgedByText.get("blasted"), cands.toString());
    assertEquals(Boolean.TRUE, bridgedByText.get("angry"), cands.toString());
    assertEquals(Boolean.FALSE, bridgedByText.get("Critics"), cands.toString());
    // a comma before the function word ends the phrase
    List<FramingAnalyzer.TermCandidate> more =
        analyzer.termCandidates(article("A", null, "Voters rejected the bill, the angry sponsors said."), List.of());
    assertTrue(more.stream().anyMatch(c -> c.text().equals("angry") && !c.bridged()), more.toString());
  }

  @Test
  void aSentenceOpeningWordSetOffByACommaIsNotPartOfTheNameAfterIt() {
    Article a = article("A", null, "Unilaterally, Obama directed the agencies to act.");
    List<FramingAnalyzer.TermCandidate> cands = analyzer.termCandidates(a, List.of());
    assertTrue(cands.stream().anyMatch(c -> c.text().equals("Unilaterally")), cands.toString());
    assertTrue(cands.stream().noneMatch(c -> c.text().equals("Obama")), cands.toString());
    // without the comma the two capitalized words still read as one name
    Article b = article("A", null, "Justice Kennedy directed the agencies to act.");
    assertTrue(analyzer.termCandidates(b, List.of()).stream().noneMatch(c -> c.text().equals("Justice")));
  }

  @Test
  void multiwordLoadedVerbIsOneCandidateOfTheNewsLexicon() {
    Article a = article("A", null, "On Monday the senator took a swipe at the plan and then railed against its authors.");
    List<FramingAnalyzer.TermCandidate> cands = analyzer.termCandidates(a, List.of());
    assertTrue(cands.stream().anyMatch(c -> c.text().equals("took a swipe") && c.rule().equals("lexicon:news-loaded")),
        cands.toString());
    assertTrue(cands.stream().anyMatch(c -> c.text().equals("railed against") && c.rule().equals("lexicon:news-loaded")),
        cands.toString());
  }

  private static FramingAnalyzer.TermCandidate bridged(String id, int start, int end, String text, boolean bridged) {
    return new FramingAnalyzer.TermCandidate(id, start, end, text, text, "model:loaded-term", false, false, List.of(), 0, bridged);
  }

  private static FramingAnalyzer.TermCandidate cand(String id, int start, int end, String text) {
    return new FramingAnalyzer.TermCandidate(id, start, end, text, text, "model:loaded-term", false, false, List.of(), 0);
  }

  @Test
  void leadContrastsNamesAndUniqueContent() {
    Article a = article("A", null, "On Monday Trump spoke. Taxes will rise. Markets fell.");
    Article b = article("B", null, "On Monday Pelosi spoke. Taxes will rise. Markets fell.");
    List<FramingFlag> flags = analyzer.analyze(a, b, aligned(a, b, new int[] {1, 1}, new int[] {2, 2}), noQuotes(), List.of());
    List<FramingFlag> lead = flags.stream().filter(f -> f.rule().equals("rule:lead-emphasis")).toList();
    assertEquals(1, lead.size(), flags.toString());
    assertEquals(List.of("Trump", "Pelosi"), lead.get(0).terms());
  }

  @Test
  void flagsAreOrderedByKindThenSentenceAndRepeatable() {
    Article a = article("A", "Union condemns rules", "The union slammed the rules. The mayor blasted the budget and reportedly left.");
    Article b = article("B", "Ministry defends rules", "The union criticized the rules. Something else happened.");
    AlignmentResult al = aligned(a, b, new int[] {0, 0});
    List<FramingFlag> first = analyzer.analyze(a, b, al, noQuotes(), List.of());
    assertEquals(first, analyzer.analyze(a, b, al, noQuotes(), List.of()));
    for (int i = 1; i < first.size(); i++) {
      assertTrue(first.get(i - 1).kind().compareTo(first.get(i).kind()) <= 0, first.toString());
    }
    // "slammed" is word choice (B says "criticized"); "blasted" stands in a passage B does not carry
    assertEquals("slammed", of(first, FramingKind.LOADED_TERM).get(0).terms().get(0));
    assertEquals("blasted", of(first, FramingKind.OWN_VOICE).get(0).terms().get(0));
  }

  @Test
  void oddInputDoesNotCrash() {
    Article a = article("A", "", "");
    Article b = article("B", "\u201C", "\"\"\" ' \u201C regime");
    List<FramingFlag> flags =
        analyzer.analyze(a, b, new AlignmentResult(List.of(), List.of(), List.of("B-s1"), 0, false), noQuotes(), List.of());
    assertTrue(flags.stream().noneMatch(f -> f.note().isBlank()));
    // ids the articles do not have, quote offsets past the body, a title made of dashes
    Article c = article("A", "- - -", "The regime fell.");
    Quote stray = new Quote("A-q9", "x", 500, 600, null, null, null, QuoteKind.TERM, false, List.of("A-s7"));
    AlignmentResult bad = new AlignmentResult(
        List.of(new Alignment(List.of("A-s9"), List.of("B-s9"), AlignmentKind.PARAPHRASE, 0.9, List.of())),
        List.of("A-s1"), List.of(), 0.6, true);
    QuoteComparison quotes = new QuoteComparison(new QuoteSet(List.of(stray), List.of()), new QuoteSet(List.of(), List.of()), List.of());
    List<FramingFlag> more = analyzer.analyze(c, b, bad, quotes, List.of());
    assertTrue(more.stream().noneMatch(f -> f.note().isBlank()), more.toString());
    // B uses "regime" too, so A's "regime" is no difference; a title of dashes leads with nothing
    assertFalse(flaggedWithin(more, FramingKind.OWN_VOICE, "A", "regime"), more.toString());
    assertTrue(of(more, FramingKind.HEADLINE).isEmpty(), more.toString());
  }
}
