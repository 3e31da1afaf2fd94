package org.parallax.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/** Splits text into word and number tokens with offsets, folded forms and stems. */
public final class Tokenizer {
  /**
   * Initialisms (U.S., a.m.); numbers with separators, a percent sign or a unit suffix (2,000,
   * 3.5%, 1990s, 20-year-old); words joined by inner apostrophes or hyphens (Jong-un, don't).
   */
  private static final Pattern WORD =
      Pattern.compile(
          "(?:\\p{L}\\.){2,}+"
              + "|\\p{N}+(?:[.,]\\p{N}+)*+(?:%|\\p{L}+)?(?:[\\-\u2010\u2011][\\p{L}\\p{N}]+)*+"
              + "|[\\p{L}\\p{N}]+(?:['\u2019\\-\u2010\u2011][\\p{L}\\p{N}]+)*+");

  private static final Set<String> STOPWORDS = loadStopwords();

  private Tokenizer() {}

  /** Returns the tokens of {@code text} in order. */
  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    PorterStemmer stemmer = new PorterStemmer();
    while (m.find()) {
      String raw = m.group();
      String norm = TextNormalizer.normalize(raw);
      boolean initialism = norm.indexOf('.') >= 0 && Character.isLetter(norm.charAt(0));
      if (initialism) {
        norm = norm.replace(".", "");
      }
      // "US" and "U.S." name a country; only the lower-case pronoun "us" is a stopword.
      boolean acronym = raw.length() >= 2 && raw.chars().allMatch(Character::isUpperCase);
      boolean stop = !initialism && !acronym && STOPWORDS.contains(norm);
      if (norm.length() > 3 && norm.endsWith("'s")) {
        norm = norm.substring(0, norm.length() - 2);
      }
      norm = norm.replace("'", "");
      String stem = Character.isLetter(norm.isEmpty() ? ' ' : norm.charAt(0)) ? stemmer.stem(norm) : norm;
      out.add(new Token(raw, norm, stem, m.start(), m.end(), stop));
    }
    return out;
  }

  /** Returns whether {@code word} (any case) is a stopword. */
  public static boolean isStopword(String word) {
    return STOPWORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> loadStopwords() {
    InputStream in = Tokenizer.class.getResourceAsStream("stopwords.txt");
    if (in == null) {
      throw new IllegalStateException("resource org/parallax/text/stopwords.txt is missing");
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
