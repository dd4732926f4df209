package org.marsad.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Set;
import org.marsad.Marsad;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "عنوان قصير\nأكد الوزير أن المحادثات ناجحة. وغادر.\n| أ |\nب |\n| ج |\nد |\n- بند\n- بند آخر";

  private static JsonSchema schema() throws IOException {
    try (InputStream in = DocumentJson.class.getResourceAsStream("/schema/marsad-article.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static JsonNode write(Document doc, boolean pretty, boolean tokens) throws IOException {
    StringWriter out = new StringWriter();
    new DocumentJson(new DocumentJson.Options(pretty, tokens)).write(doc, out);
    if (!pretty) {
      assertThat(out.toString()).endsWith("\n").doesNotContain("\n{").hasLineCount(1);
    }
    return JSON.readTree(out.toString());
  }

  @Test
  void outputConformsToThePublishedSchema() throws IOException {
    Document doc = Marsad.arabic().code(new Article("a", "src", null, java.time.LocalDate.of(2026, 11, 29), "ar", null, TEXT));
    for (boolean tokens : new boolean[] {false, true}) {
      JsonNode node = write(doc, false, tokens);
      Set<ValidationMessage> errors = schema().validate(node);
      assertThat(errors).as(node.toPrettyString()).isEmpty();
      assertThat(node.get("schema").asText()).isEqualTo(DocumentJson.SCHEMA);
      assertThat(node.has("tokens")).isEqualTo(tokens);
    }
  }

  @Test
  void theSchemaRejectsAnObjectMissingItsText() throws IOException {
    Document doc = Marsad.arabic().code(new Article("a", null, null, null, "ar", null, TEXT));
    JsonNode node = write(doc, true, false);
    ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("text");
    assertThat(schema().validate(node)).isNotEmpty();
  }

  @Test
  void everySpanQuotesTheTextItIndexes() throws IOException {
    Document doc = Marsad.arabic().code(new Article("a", null, null, null, "ar", null, TEXT));
    JsonNode node = write(doc, false, true);
    String text = node.get("text").asText();
    node.findParents("start").forEach(span -> {
      if (span.has("text") && span.get("text").isTextual() && span.has("end")) {
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
      }
    });
  }
}
