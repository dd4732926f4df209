package org.marsad.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.marsad.read.Format;
import org.marsad.store.Store;

/**
 * The job, top to bottom: list the inputs, code them ({@link CodeArticles}), write the four
 * Parquet tables under the output folder ({@code articles}, {@code events} partitioned by
 * {@code date}, {@code actors}, {@code mentions}) and, with a store, the coded articles into it.
 *
 * @param inputs paths Spark can read: files, folders, globs
 * @param output the output folder
 * @param from the input format, or {@link Format#AUTO} (by file name, then content)
 * @param partitions how many tasks share the coding of JSON Lines, or 0 for four per core
 * @param store a Marsad store location, or {@code null}
 * @param overwrite whether to replace an existing output
 */
record CodeJob(List<String> inputs, String output, Format from, int partitions, String store, boolean overwrite) {

  /** Something the user must fix before the job can run; one line. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  static final List<String> TABLES = List.of("articles", "events", "actors", "mentions");

  Counters run(SparkSession spark, Coder coder) throws Refused {
    Inputs files;
    try {
      files = Inputs.list(inputs, from, spark.sparkContext().hadoopConfiguration());
    } catch (Inputs.Unreadable e) {
      throw new Refused(e.getMessage());
    }
    checkOutput(spark);
    if (store != null) {
      Store.open(store); // creates or migrates the schema once, before the tasks write to it
    }
    int tasks = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
    Counters counters = Counters.register(spark.sparkContext());
    CodeArticles code = new CodeArticles(from, coder, counters, store);

    CodeArticles.Coded coded = null;
    if (!files.jsonLines().isEmpty()) {
      Dataset<Row> lines = spark.read().text(files.jsonLines().toArray(String[]::new))
          .select(col("_metadata.file_path").as("input"), col("value"))
          .repartition(tasks);
      coded = code.jsonLines(lines);
    }
    if (!files.whole().isEmpty()) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      CodeArticles.Coded whole = code.files(jsc.binaryFiles(String.join(",", files.whole()), tasks), spark);
      coded = coded == null ? whole : coded.union(whole);
    }
    coded = coded.persist();
    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    coded.articles().write().mode(mode).parquet(table("articles"));
    coded.events().write().mode(mode).partitionBy("date").parquet(table("events"));
    coded.actors().write().mode(mode).parquet(table("actors"));
    coded.mentions().write().mode(mode).parquet(table("mentions"));
    coded.unpersist();
    return counters;
  }

  String table(String name) {
    return new Path(output, name).toString();
  }

  private void checkOutput(SparkSession spark) throws Refused {
    try {
      Path out = new Path(output);
      var fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!overwrite && fs.exists(out)) {
        for (String t : TABLES) {
          if (fs.exists(new Path(out, t))) {
            throw new Refused(output + ": already holds job output (" + t + "/); give --overwrite to replace it");
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new Refused(output + ": cannot write: " + Inputs.firstLine(e));
    }
  }
}
