package org.marsad.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark's view of the command line's JSON ({@code marsad.article/1}, docs/schema.md): the fields
 * of the article, its entities and its events, under the same names and with the same nesting.
 * Sentences, blocks and tokens are left out (the events carry their sentence's offsets).
 */
final class Schema {

  /** One row per input item: an article coded or failed, or something unreadable. */
  static final StructType CODED = struct(
      field("input", StringType),
      field("id", StringType),
      field("status", StringType),
      field("error", StringType),
      field("json", StringType));

  private static final StructType SPAN = struct(
      field("start", IntegerType), field("end", IntegerType), field("text", StringType));

  private static final StructType PARTICIPANT = struct(
      field("text", StringType), field("start", IntegerType), field("end", IntegerType), field("name", StringType),
      field("country", StringType), field("sector", StringType), field("entity", StringType));

  static final StructType EVENT = struct(
      field("type", StringType),
      field("mode", StringType),
      field("cameo", StringType),
      field("cameo_root", StringType),
      field("quad_class", IntegerType),
      field("goldstein", DoubleType),
      field("contexts", createArrayType(StringType)),
      field("source", PARTICIPANT),
      field("target", PARTICIPANT),
      field("symmetric", BooleanType),
      field("location", struct(field("start", IntegerType), field("end", IntegerType), field("text", StringType),
          field("name", StringType), field("country", StringType))),
      field("date", DateType),
      field("negated", BooleanType),
      field("modality", StringType),
      field("trigger", SPAN),
      field("sentence", struct(field("index", IntegerType), field("start", IntegerType), field("end", IntegerType))),
      field("mentions", createArrayType(SPAN)),
      field("confidence", DoubleType));

  static final StructType ENTITY = struct(
      field("id", StringType),
      field("type", StringType),
      field("name", StringType),
      field("latin", StringType),
      field("country", StringType),
      field("sector", StringType),
      field("role", StringType),
      field("organisation", StringType),
      field("wikidata", StringType),
      field("mentions", createArrayType(struct(field("start", IntegerType), field("end", IntegerType),
          field("text", StringType), field("by", StringType)))));

  static final StructType DOCUMENT = struct(
      field("schema", StringType),
      field("id", StringType),
      field("source", StringType),
      field("url", StringType),
      field("date", DateType),
      field("language", StringType),
      field("title", StringType),
      field("text", StringType),
      field("warnings", createArrayType(StringType)),
      field("entities", createArrayType(ENTITY)),
      field("events", createArrayType(EVENT)));

  private Schema() {}

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }
}
