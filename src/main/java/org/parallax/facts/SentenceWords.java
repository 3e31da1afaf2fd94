package org.parallax.facts;

import java.util.ArrayList;
import java.util.List;
import org.parallax.text.Article;
import org.parallax.text.Sentence;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/** The words of one sentence with parts of speech, and whether the sentence is set in title case. */
record SentenceWords(Article article, Sentence sentence, List<Word> words, boolean titleCase) {
  private static final String OPENERS = "\"\u201C\u2018(\u2022*:[\u2014";

  SentenceWords {
    words = List.copyOf(words);
  }

  /** Returns the tagged words of {@code sentence}. */
  static SentenceWords of(Article article, Sentence sentence, PosTagger tagger) {
    String text = sentence.text();
    List<Token> tokens = Tokenizer.tokenize(text);
    String[] tags = tagger.tagSentence(text, tokens);
    List<Word> words = new ArrayList<>();
    int prev = 0;
    int content = 0;
    int lowerContent = 0;
    int capitalStopwords = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String gap = text.substring(prev, t.start());
      boolean poss = possessive(t.text());
      String raw = poss ? t.text().substring(0, t.text().length() - 2) : t.text();
      String norm = t.norm();
      // The tokenizer drops a possessive 's from most norms ("lavrov's" -> "lavrov") but keeps
      // the s of very short words ("al's" -> "als"); strip it only when it is still there.
      if (poss && norm.length() > raw.length() && norm.endsWith("s")) {
        norm = norm.substring(0, norm.length() - 1);
      }
      boolean initial = i == 0 || gap.chars().anyMatch(c -> OPENERS.indexOf(c) >= 0);
      int start = sentence.start() + t.start();
      words.add(
          new Word(raw, norm, t.stem(), start, start + raw.length(), tags[i], initial, poss, gap));
      if (Character.isLetter(raw.charAt(0))) {
        boolean upper = Character.isUpperCase(raw.charAt(0));
        if (!t.stopword()) {
          content++;
          lowerContent += upper ? 0 : 1;
        } else if (upper && !initial && !raw.equals(raw.toUpperCase(java.util.Locale.ROOT))) {
          capitalStopwords++;
        }
      }
      prev = t.end();
    }
    boolean titleCase = content >= 4 && (lowerContent == 0 || capitalStopwords > 0 && lowerContent <= 1);
    return new SentenceWords(article, sentence, words, titleCase);
  }

  private static boolean possessive(String raw) {
    return raw.length() > 2 && (raw.endsWith("'s") || raw.endsWith("\u2019s"));
  }

  /** Returns the body text between two body offsets. */
  String body(int start, int end) {
    return article.body().substring(start, end);
  }
}
