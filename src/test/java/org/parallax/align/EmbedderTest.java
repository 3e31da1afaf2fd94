package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that the direct ONNX Runtime embedder gives exactly the vectors of langchain4j's
 * OnnxBertBiEncoder, which it replaces, whether the session comes from the jar, from a fresh cache
 * (optimizing and saving the model) or from the saved optimized model.
 */
class EmbedderTest {
  private static List<String> texts;
  private static float[][] expected;

  @BeforeAll
  static void reference() {
    texts = new ArrayList<>(WordPieceTest.tricky().stream().filter(t -> !t.isBlank()).toList());
    // Cut inside a word: the part does not survive decoding and tokenizing again.
    texts.add("word ".repeat(125) + "antidisestablishmentarianism forever");
    texts.add("We do not accept the terms, the minister said, and we never will.");
    // Longer than the tokenizer's 128 tokens: cut.
    texts.add("The council met again on Monday to discuss the budget and the new school. ".repeat(50));
    EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    expected = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      float[] v = model.embed(TextSegment.from(texts.get(i))).content().vector();
      expected[i] = normalized(v);
    }
  }

  private static float[] normalized(float[] v) {
    // The embedder normalizes again in double precision; do the same to langchain4j's vector.
    return Embedder.combine(v, 1.0, new float[v.length], 0.0);
  }

  private static void assertSameVectors(Embedder e) {
    float[][] got = e.embed(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertArrayEquals(expected[i], got[i], 0f, texts.get(i));
    }
  }

  @Test
  void vectorsEqualLangchain4jFromTheJar() {
    assertSameVectors(Embedder.open(null, 2));
  }

  @Test
  void vectorsEqualLangchain4jFromTheCacheAndFromTheSavedOptimizedModel(@TempDir Path cache) throws Exception {
    assertSameVectors(Embedder.open(cache, 1));
    try (var files = Files.list(cache)) {
      assertTrue(files.anyMatch(p -> p.getFileName().toString().contains(".optimized-")), "optimized model saved");
    }
    assertSameVectors(Embedder.open(cache, 2));
  }

  @Test
  void callersAskingForTheSameTextsAtOnceRunTheModelOncePerText() throws Exception {
    Embedder e = Embedder.open(null, 2);
    List<String> shared = List.of("The port reopened on Friday.", "Ships waited outside for a week.", "Fuel prices rose.");
    java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<float[][]>> got = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        List<String> mine = new ArrayList<>(shared);
        mine.add("Caller " + c + " has its own sentence.");
        got.add(callers.submit(() -> e.embed(mine)));
      }
      float[][] first = got.get(0).get();
      for (var f : got) {
        float[][] v = f.get();
        for (int i = 0; i < shared.size(); i++) {
          assertArrayEquals(first[i], v[i], 0f);
        }
      }
    } finally {
      callers.shutdownNow();
    }
    assertEquals(shared.size() + 4, e.runs());
    e.embed(shared);
    assertEquals(shared.size() + 4, e.runs(), "cached texts do not run the model");
  }

  @Test
  void blankAndTokenlessTextsGetTheZeroVector() {
    Embedder e = Embedder.shared();
    float[][] v = e.embed(List.of(" ", "\u200B\u0001", "Real words here."));
    assertEquals(0.0, Embedder.cosine(v[0], v[2]));
    assertEquals(0.0, Embedder.cosine(v[1], v[1]));
    assertEquals(1.0, Embedder.cosine(v[2], v[2]), 1e-5);
  }

  @Test
  void partitionCutsAtWordStartsAndCoversEveryToken() {
    List<String> tokens = List.of("[CLS]", "a", "b", "##c", "##d", "e", "f", "[SEP]");
    List<List<String>> parts = Embedder.partition(tokens, 3);
    assertEquals(List.of(List.of("a"), List.of("b", "##c", "##d"), List.of("e", "f")), parts);
    List<String> joined = new ArrayList<>();
    parts.forEach(joined::addAll);
    assertEquals(tokens.subList(1, tokens.size() - 1), joined);
    for (List<String> p : parts) {
      assertTrue(!p.get(0).startsWith("##") && p.size() <= 3, parts.toString());
    }
  }
}
