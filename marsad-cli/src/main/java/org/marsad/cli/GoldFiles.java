package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading gold and prediction files (JSON Lines, small enough to hold) for the eval and train commands. */
final class GoldFiles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final org.marsad.json.DocumentJson WRITER =
      new org.marsad.json.DocumentJson(new org.marsad.json.DocumentJson.Options(false, false));

  private GoldFiles() {}

  /** Every non-blank line of a JSON Lines file, parsed; a bad line fails with the file and line named. */
  static List<JsonNode> read(Path path) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new IOException(path + ":" + number + ": malformed JSON", e);
        }
      }
    }
    return out;
  }

  /** One JSON document; a file that is not one fails with the file named. */
  static JsonNode readJson(Path path) throws IOException {
    try {
      return JSON.readTree(path.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(path + ": not a JSON document (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** A UTF-8 text file; one that is not UTF-8 fails with the file named. */
  static String readText(Path path) throws IOException {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException(path + ": not UTF-8 text", e);
    }
  }

  /** A gold item's id: {@code article_id} for annotated articles, {@code id} for judged sentences. */
  static String idOf(JsonNode gold) {
    return gold.has("article_id") ? gold.path("article_id").asText() : gold.path("id").asText();
  }

  /** The JSON Lines record the command line writes for a coded document. */
  static String jsonLine(org.marsad.model.Document document) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    WRITER.write(document, out);
    return out.toString();
  }

  /** Codes a gold item's text as {@code extract --from jsonl} would ({@code {id, text}} only) and parses the result. */
  static JsonNode code(org.marsad.Marsad marsad, JsonNode gold) throws IOException {
    return JSON.readTree(jsonLine(marsad.code(
        new org.marsad.model.Article(idOf(gold), null, null, null, "ar", null, gold.path("text").asText()))));
  }

  /** Prints scorer figures one per line, {@code name: value}, as the reference scorers do. */
  static void print(java.util.Map<String, Object> figures, java.io.PrintWriter out) {
    figures.forEach((name, value) -> out.println(name + ": " + value));
  }
}
