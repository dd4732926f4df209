package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;

/**
 * The benchmark input: the first {@code marsad.sample} (default 300) articles of the JSON Lines
 * corpus named by {@code -Dmarsad.corpus} (default {@code ../shared/corpora/bench-ar.jsonl}), or the
 * bundled example article when that file is missing.
 */
final class Sample {

  private Sample() {}

  static List<Article> articles() {
    Path corpus = Path.of(System.getProperty("marsad.corpus", "../shared/corpora/bench-ar.jsonl"));
    int size = Integer.getInteger("marsad.sample", 300);
    List<Article> articles = new ArrayList<>();
    try {
      if (Files.exists(corpus)) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
          String line;
          while (articles.size() < size && (line = in.readLine()) != null) {
            JsonNode node = json.readTree(line);
            articles.add(new Article(node.path("id").asText(), null, null, null, "ar", null, node.path("text").asText()));
          }
        }
      } else {
        String text = Files.readString(Path.of("examples/seed-article-ar.txt"), StandardCharsets.UTF_8);
        articles.add(new Article("seed", null, null, null, "ar", null, text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  /** The articles as a JSON Lines corpus, for the reading benchmark. */
  static byte[] jsonLines(List<Article> articles) {
    ObjectMapper json = new ObjectMapper();
    StringBuilder sb = new StringBuilder();
    for (Article a : articles) {
      sb.append(json.createObjectNode().put("id", a.id()).put("text", a.text()).toString()).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Whitespace-separated words, the unit of the words-per-second figures. */
  static long words(List<Article> articles) {
    long words = 0;
    for (Article a : articles) {
      words += a.text().split("\\s+").length;
    }
    return words;
  }
}
