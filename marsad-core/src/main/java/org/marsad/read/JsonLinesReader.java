package org.marsad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.marsad.model.Article;
import org.marsad.model.Document;

/**
 * Streams a JSON Lines corpus, one article object per line:
 * {@code {id, text, title?, date?, url?, source?, language?}}. Memory is bounded by the longest
 * accepted line, whatever the size of the file; a bad line is reported with its number and skipped.
 */
final class JsonLinesReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReadOptions options;

  JsonLinesReader(ReadOptions options) {
    this.options = options;
  }

  /** The longest line read; JSON escapes can make a line up to six times its text. */
  long maxLineBytes() {
    return Math.min(Integer.MAX_VALUE - 16L, options.maxArticleBytes() * 6 + 65536);
  }

  void read(InputStream in, String where, String defaultIdPrefix, ArticleSink sink) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    long number = 0;
    boolean overflow = false;
    boolean sawAnything = false;
    byte[] buffer = new byte[65536];
    int n;
    while ((n = in.read(buffer)) > 0) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          if (!overflow) {
            line.write(buffer, from, i - from);
          }
          number++;
          sawAnything |= handle(line, overflow, number, where, defaultIdPrefix, sink);
          line.reset();
          overflow = false;
          from = i + 1;
        }
      }
      if (!overflow) {
        line.write(buffer, from, n - from);
        if (line.size() > maxLineBytes()) {
          overflow = true;
          line.reset();
        }
      }
    }
    if (line.size() > 0 || overflow) {
      number++;
      sawAnything |= handle(line, overflow, number, where, defaultIdPrefix, sink);
    }
    if (!sawAnything) {
      sink.problem(new Problem(where, 0, "empty file: no JSON lines"));
    }
  }

  /** Reads one line; returns whether it held anything but whitespace. */
  private boolean handle(ByteArrayOutputStream buffer, boolean overflow, long number, String where,
      String idPrefix, ArticleSink sink) {
    if (overflow) {
      sink.problem(new Problem(where, number, "line longer than " + (maxLineBytes() >> 20)
          + " MB; article refused (an article may have at most " + (options.maxArticleBytes() >> 20) + " MB of text)"));
      return true;
    }
    byte[] bytes = buffer.toByteArray();
    int start = 0;
    if (number == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    boolean blank = true;
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        blank = false;
        break;
      }
    }
    if (blank) {
      return false;
    }
    try {
      JsonNode node = JSON.readTree(bytes, start, bytes.length - start);
      Document document = article(node, idPrefix + ":" + number, where, number, sink);
      if (document != null) {
        sink.article(document);
      }
    } catch (JsonProcessingException e) {
      sink.problem(new Problem(where, number, "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")));
    } catch (IOException e) {
      sink.problem(new Problem(where, number, "cannot read line: " + e.getMessage()));
    }
    return true;
  }

  private Document article(JsonNode node, String defaultId, String where, long number, ArticleSink sink) {
    if (node == null || !node.isObject()) {
      sink.problem(new Problem(where, number, "expected a JSON object with a \"text\" field"));
      return null;
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      sink.problem(new Problem(where, number, "no \"text\" string"));
      return null;
    }
    String body = text.textValue();
    if (body.isBlank()) {
      sink.problem(new Problem(where, number, "empty \"text\""));
      return null;
    }
    long size = body.getBytes(StandardCharsets.UTF_8).length;
    if (size > options.maxArticleBytes()) {
      sink.problem(new Problem(where, number, ArticleReader.tooLarge(size, options)));
      return null;
    }
    JsonNode idNode = node.get("id");
    String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) ? idNode.asText() : defaultId;
    String rawDate = string(node, "date");
    Article article = new Article(id, string(node, "source"), string(node, "url"), Dates.parse(rawDate),
        firstNonNull(string(node, "language"), Languages.guess(body)), string(node, "title"), body);
    Document document = Document.of(article);
    if (rawDate != null && article.date() == null) {
      String warning = "unreadable date '" + rawDate + "'";
      document = document.withWarning(warning);
      sink.warning(new Problem(where, number, warning));
    }
    return document;
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }

  private static String firstNonNull(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
