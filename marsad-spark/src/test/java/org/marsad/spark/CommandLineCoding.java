package org.marsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.SparkSession;
import org.marsad.json.DocumentJson;
import org.marsad.model.Document;
import org.marsad.read.ArticleReader;
import org.marsad.read.ArticleSink;
import org.marsad.read.Problem;
import org.marsad.read.ReadOptions;

/**
 * Both sides of the equivalence: what {@code marsad extract --to jsonl} writes for a file (the
 * same reader, coder and JSON writer, in process), and what the Spark job wrote, each as the JSON
 * of every article's events and entities keyed by article id. Null fields are dropped on both
 * sides (Spark's JSON leaves them out).
 */
final class CommandLineCoding {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The events ({@code events}) and entities ({@code entities}, by entity id) of one article. */
  record Coded(JsonNode events, Map<String, JsonNode> entities) {}

  private CommandLineCoding() {}

  static Map<String, Coded> commandLine(Path file) {
    Map<String, Coded> out = new LinkedHashMap<>();
    DocumentJson writer = new DocumentJson(new DocumentJson.Options(false, false));
    new ArticleReader(ReadOptions.defaults()).read(file, file.toString(), new ArticleSink() {
      @Override
      public void article(Document document) {
        StringWriter line = new StringWriter();
        try {
          writer.write(Coder.PerJvm.MARSAD.code(document), line);
          JsonNode doc = JSON.readTree(line.toString());
          Map<String, JsonNode> entities = new LinkedHashMap<>();
          doc.get("entities").forEach(e -> entities.put(e.get("id").asText(), withoutNulls(e)));
          out.put(doc.get("id").asText(), new Coded(withoutNulls(doc.get("events")), entities));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void problem(Problem problem) {}

      @Override
      public void warning(Problem warning) {}
    });
    return out;
  }

  /** The job's tables under {@code output}, for the articles it coded. */
  static Map<String, Coded> sparkJob(SparkSession spark, String output) throws IOException {
    Map<String, List<JsonNode>> events = new LinkedHashMap<>();
    Map<String, Map<String, JsonNode>> entities = new LinkedHashMap<>();
    for (Row row : spark.read().parquet(output + "/articles").where("status = 'coded'").select("id").collectAsList()) {
      events.put(row.getString(0), new ArrayList<>());
      entities.put(row.getString(0), new LinkedHashMap<>());
    }
    for (Row row : asJson(spark.read().parquet(output + "/events"), "article_id", "index")
        .orderBy("article_id", "index").collectAsList()) {
      events.get(row.getString(0)).add(withoutNulls(JSON.readTree(row.getString(2))));
    }
    for (Row row : asJson(spark.read().parquet(output + "/actors"), "article_id").collectAsList()) {
      JsonNode entity = withoutNulls(JSON.readTree(row.getString(1)));
      entities.get(row.getString(0)).put(entity.get("id").asText(), entity);
    }
    Map<String, Coded> out = new LinkedHashMap<>();
    for (String id : events.keySet()) {
      out.put(id, new Coded(JSON.valueToTree(events.get(id)), entities.get(id)));
    }
    return out;
  }

  /** The key columns, then the other columns as one JSON object. */
  private static Dataset<Row> asJson(Dataset<Row> table, String... keys) {
    List<String> keyList = List.of(keys);
    List<Column> columns = new ArrayList<>();
    for (String key : keys) {
      columns.add(functions.col(key));
    }
    Column[] rest = java.util.Arrays.stream(table.columns()).filter(c -> !keyList.contains(c))
        .map(functions::col).toArray(Column[]::new);
    columns.add(functions.to_json(functions.struct(rest)));
    return table.select(columns.toArray(Column[]::new));
  }

  static JsonNode withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = JSON.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getValue().isNull()) {
          copy.set(field.getKey(), withoutNulls(field.getValue()));
        }
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.createArrayNode();
      array.forEach(item -> copy.add(withoutNulls(item)));
      return copy;
    }
    return node;
  }
}
