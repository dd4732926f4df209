package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code marsad extract --to json examples/seed-article-ar.txt} recovers the reference structure. */
class SeedStructureTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void recoversTheHeadingsParagraphsTableAndListOfTheExampleArticle() throws IOException {
    CliRun run = CliRun.of("extract", "--to", "json", "../examples/seed-article-ar.txt");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode article = JSON.readTree(run.out());
    JsonNode expected = JSON.readTree(SeedStructureTest.class.getResourceAsStream("/seed-structure.expected.json"));
    String text = article.get("text").asText();

    List<Integer> headings = new ArrayList<>();
    List<Integer> paragraphs = new ArrayList<>();
    JsonNode table = null;
    JsonNode list = null;
    for (JsonNode block : article.get("blocks")) {
      int line = lineOf(text, block.get("start").asInt());
      switch (block.get("type").asText()) {
        case "heading" -> headings.add(line);
        case "paragraph" -> paragraphs.add(line);
        case "table" -> table = block;
        case "list" -> list = block;
        default -> throw new AssertionError("unexpected block " + block);
      }
    }
    assertThat(headings).isEqualTo(ints(expected.get("heading_lines")));
    assertThat(paragraphs).isEqualTo(ints(expected.get("paragraph_lines")));

    assertThat(table).isNotNull();
    assertThat(lineOf(text, table.get("start").asInt())).isEqualTo(expected.at("/table/lines/0").asInt());
    assertThat(lineOf(text, table.get("end").asInt() - 1)).isEqualTo(expected.at("/table/lines/1").asInt());
    assertThat(texts(table.get("header"))).isEqualTo(strings(expected.at("/table/header")));
    List<List<String>> rows = new ArrayList<>();
    table.get("rows").forEach(row -> rows.add(texts(row)));
    List<List<String>> expectedRows = new ArrayList<>();
    expected.at("/table/rows").forEach(row -> expectedRows.add(strings(row)));
    assertThat(rows).isEqualTo(expectedRows);

    assertThat(list).isNotNull();
    assertThat(lineOf(text, list.get("start").asInt())).isEqualTo(expected.at("/list/lines/0").asInt());
    assertThat(lineOf(text, list.get("end").asInt() - 1)).isEqualTo(expected.at("/list/lines/1").asInt());
    assertThat(texts(list.get("items"))).isEqualTo(strings(expected.at("/list/items")));
  }

  /** The cells' or items' text, checked against their offsets into the article text. */
  private static List<String> texts(JsonNode spans) {
    List<String> out = new ArrayList<>();
    spans.forEach(span -> out.add(span.get("text").asText()));
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asInt()));
    return out;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
