package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;

import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.marsad.read.Format;

/**
 * The transform: articles in, the command line's coding out, as tables of articles, events,
 * actors (entities) and their mentions. Reading and coding happen in the same task, so a document
 * goes to the coder exactly as the core's reader made it (an HTML page with its own blocks).
 */
final class CodeArticles {

  private final Reading reading;
  private final Coding coding;

  CodeArticles(Format from, Coder coder, Counters counters, String store) {
    this.reading = new Reading(from);
    this.coding = new Coding(coder, counters, store);
  }

  /** Codes JSON article objects, one per row: columns {@code input} (where from) and {@code value}. */
  Coded jsonLines(Dataset<Row> lines) {
    Reading r = reading;
    Coding c = coding;
    return Coded.parse(lines.mapPartitions(
        (MapPartitionsFunction<Row, Row>) rows -> c.code(r.jsonLines(rows)), Encoders.row(Schema.CODED)));
  }

  /** Codes whole files (path, content): text, HTML, WARC archives, feeds. */
  Coded files(JavaPairRDD<String, PortableDataStream> files, SparkSession spark) {
    Reading r = reading;
    Coding c = coding;
    JavaRDD<Row> rows = files.mapPartitions(contents -> c.code(r.files(contents)));
    return Coded.parse(spark.createDataFrame(rows, Schema.CODED));
  }

  /** Coded articles, their JSON parsed into {@link Schema#DOCUMENT} (column {@code doc}). */
  static final class Coded {
    private final Dataset<Row> rows;

    private Coded(Dataset<Row> rows) {
      this.rows = rows;
    }

    static Coded parse(Dataset<Row> coded) {
      return new Coded(coded.withColumn("doc", from_json(col("json"), Schema.DOCUMENT, Map.of())).drop("json"));
    }

    Coded union(Coded other) {
      return new Coded(rows.unionByName(other.rows));
    }

    /** Keeps the coded rows so that writing the four tables codes each article once. */
    Coded persist() {
      return new Coded(rows.persist(StorageLevel.MEMORY_AND_DISK()));
    }

    void unpersist() {
      rows.unpersist();
    }

    /** One row per input item: the article's fields, its status (coded, failed, unreadable) and counts. */
    Dataset<Row> articles() {
      return rows.select(col("input"), col("id"), col("status"), col("error"), col("doc.source"), col("doc.url"),
          col("doc.date"), col("doc.language"), col("doc.title"), col("doc.text"), col("doc.warnings"),
          size(col("doc.events")).as("events"), size(col("doc.entities")).as("entities"));
    }

    /** One row per event: {@code article_id}, {@code index} in the article, then the event's JSON fields. */
    Dataset<Row> events() {
      return rows.where(col("status").equalTo("coded"))
          .select(col("id").as("article_id"), posexplode(col("doc.events")).as(new String[] {"index", "event"}))
          .select(col("article_id"), col("index"), col("event.*"));
    }

    /** One row per entity (actor or place): {@code article_id}, then the entity's JSON fields. */
    Dataset<Row> actors() {
      return rows.where(col("status").equalTo("coded"))
          .select(col("id").as("article_id"), explode(col("doc.entities")).as("entity"))
          .select(col("article_id"), col("entity.*"));
    }

    /** One row per mention of an entity: {@code article_id}, {@code entity}, then the mention's fields. */
    Dataset<Row> mentions() {
      return actors().select(col("article_id"), col("id").as("entity"), explode(col("mentions")).as("mention"))
          .select(col("article_id"), col("entity"), col("mention.*"));
    }
  }
}
