package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the Java WordPiece tokenizer token for token against the HuggingFace (DJL) tokenizer it replaces. */
class WordPieceTest {
  private static WordPiece ours;
  private static HuggingFaceTokenizer theirs;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = WordPieceTest.class.getResourceAsStream("/" + Embedder.TOKENIZER_FILE)) {
      ours = WordPiece.read(in);
    }
    try (InputStream in = WordPieceTest.class.getResourceAsStream("/" + Embedder.TOKENIZER_FILE)) {
      theirs = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
    }
  }

  @AfterAll
  static void close() {
    theirs.close();
  }

  /** Texts written for the tokenizer's corner cases. */
  static List<String> tricky() {
    return List.of(
        "The minister said on Tuesday that sanctions had failed.",
        "I do not know, he said . Don't isn't it's we'll",
        "Café naïve résumé Σίσυφος İstanbul ÅNGSTRÖM Straße",
        "北京 and 東京 met; 서울 too. Ｆｕｌｌｗｉｄｔｈ ＡＢＣ",
        "Emoji 😀 and ✓ marks ☃, zero\u200Bwidth, soft\u00ADhyphen, nbsp\u00A0here, tab\there",
        "Prices: $5, €5, £10.50, 1,000,000; 3.14% (approx.) — “quoted” ‘single’ «guillemets»",
        "Special tokens [CLS] and [SEP] and [UNK] and [MASK] and [PAD] and [cls] inline[SEP]glued",
        "A " + "supercalifragilisticexpialidocious".repeat(4) + " word, and ##hash ##tags, @handles, e-mail.",
        "Control\u0001chars\u0007and\u0085next line\u2028separator\uFFFDreplacement\u0000null",
        "Ünïcödé ǅ ǲ ﬁ ligature, Ⅻ roman, ½ fraction, ² superscript, Ω ohm, K kelvin",
        "  leading and trailing spaces  \n\n and newlines\r\n",
        "Hyphenated-words, under_scores, back\\slash, pipe|and ~tilde^caret `tick`",
        "");
  }

  @Test
  void tokensEqualTheHuggingFaceTokenizerOnWrittenCornerCases() {
    for (String text : tricky()) {
      assertEquals(theirs.tokenize(text), ours.tokenize(text), text);
    }
  }

  @Test
  void tokensEqualTheHuggingFaceTokenizerOnEverySampleSentence() throws IOException {
    List<String> lines = new ArrayList<>();
    try (var files = Files.walk(Path.of("samples"))) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html")) {
          lines.addAll(Files.readString(p, StandardCharsets.UTF_8).lines().toList());
        }
      }
    }
    assertTrue(lines.size() > 50, "samples/ has articles");
    for (String line : lines) {
      assertEquals(theirs.tokenize(line), ours.tokenize(line), line);
    }
  }

  @Test
  void decodeEqualsTheHuggingFaceDecoder() {
    for (String text : tricky()) {
      List<String> tokens = ours.tokenize(text);
      List<String> inner = tokens.subList(1, tokens.size() - 1);
      assertEquals(theirs.buildSentence(inner), WordPiece.decode(inner), text);
    }
  }

  @Test
  void splitsPunctuationAndMarksInnerPieces() {
    assertEquals(List.of("[CLS]", "hello", ",", "world", "!", "[SEP]"), ours.tokenize("Hello, World!"));
    List<String> t = ours.tokenize("Unbelievably");
    assertTrue(t.size() > 3 && t.get(2).startsWith("##"), t.toString());
    assertEquals(List.of("[CLS]", "[UNK]", "[SEP]"), ours.tokenize("x".repeat(101)));
  }

  @Test
  void longTextsAreCutAtTheTruncationLengthLikeTheHuggingFaceTokenizer() {
    String text = "The council met again on Monday to discuss the budget and the new school. ".repeat(30);
    List<String> t = ours.tokenize(text);
    assertEquals(128, t.size());
    assertEquals("[SEP]", t.get(127));
    assertEquals(theirs.tokenize(text), t);
  }
}
