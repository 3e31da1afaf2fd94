package org.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads BASIL triplets (articles/YYYY/<triplet>_<1|2|3>.json) as plain-text articles. */
final class Basil {
  /** One article: its file stem and its text (title, blank line, paragraphs). */
  record Article(String id, String text) {}

  private Basil() {}

  /** Returns the complete triplets under {@code root}/articles, sorted by triplet id; each has three articles. */
  static List<List<Article>> triplets(Path root) throws IOException {
    Map<String, Article[]> byTriplet = new TreeMap<>();
    ObjectMapper mapper = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root.resolve("articles"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted(Comparator.comparing(Path::toString)).toList();
    }
    for (Path f : files) {
      String stem = f.getFileName().toString().replaceFirst("\\.json$", "");
      int us = stem.lastIndexOf('_');
      if (us < 0) {
        continue;
      }
      int k;
      try {
        k = Integer.parseInt(stem.substring(us + 1)) - 1;
      } catch (NumberFormatException e) {
        continue;
      }
      if (k < 0 || k > 2) {
        continue;
      }
      JsonNode n = mapper.readTree(Files.readString(f, StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      sb.append(n.path("title").asText("").strip()).append("\n\n");
      for (JsonNode para : n.path("body-paragraphs")) {
        List<String> parts = new ArrayList<>();
        for (JsonNode s : para) {
          parts.add(s.asText().strip());
        }
        sb.append(String.join(" ", parts)).append("\n\n");
      }
      byTriplet.computeIfAbsent(stem.substring(0, us), t -> new Article[3])[k] = new Article(stem, sb.toString());
    }
    List<List<Article>> out = new ArrayList<>();
    for (Article[] t : byTriplet.values()) {
      if (t[0] != null && t[1] != null && t[2] != null) {
        out.add(List.of(t));
      }
    }
    return out;
  }

  /** Writes every article of {@code triplets} to {@code dir} as .txt and a CSV manifest of the three pairs per triplet; returns the manifest. */
  static Path writeManifest(List<List<Article>> triplets, Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder csv = new StringBuilder("id,a,b\n");
    int[][] pairs = {{0, 1}, {0, 2}, {1, 2}};
    for (List<Article> t : triplets) {
      for (Article a : t) {
        Files.writeString(dir.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
      }
      for (int[] p : pairs) {
        Article a = t.get(p[0]);
        Article b = t.get(p[1]);
        String id = a.id().substring(0, a.id().lastIndexOf('_')) + "-" + (p[0] + 1) + (p[1] + 1);
        csv.append(id).append(',').append(a.id()).append(".txt,").append(b.id()).append(".txt\n");
      }
    }
    Path manifest = dir.resolve("pairs.csv");
    Files.writeString(manifest, csv.toString(), StandardCharsets.UTF_8);
    return manifest;
  }
}
