package org.marsad.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.marsad.Marsad;
import org.marsad.read.Format;
import org.marsad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad-spark}: runs the command line's coder over a corpus as a Spark job. Under
 * {@code spark-submit} Spark's master comes from there; run directly (as {@code ./marsad spark}
 * does) it is {@code --master}, by default {@code local[*]}.
 */
@Command(
    name = "marsad spark",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Code articles (JSON Lines, text, HTML, WARC) with Marsad as an Apache Spark job;"
        + " write Parquet tables of articles, events (partitioned by date), actors and mentions.",
    footer = {"", "Examples:",
        "  marsad spark --input corpus.jsonl --output coded/",
        "  spark-submit --class org.marsad.spark.Main marsad-spark.jar --input s3a://bucket/news/ --output s3a://bucket/coded/",
        "", "Exit status: 0 the job ran (failed articles are counted, not fatal), 1 the job failed, 2 usage error."})
public final class Main implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "Files, folders (read recursively) or globs on any file system Spark can read; repeatable.")
  List<String> inputs;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Output folder: articles/, events/ (by date), actors/ and mentions/ in Parquet.")
  String output;

  @Option(names = "--from", defaultValue = "auto", paramLabel = "FORMAT",
      description = "Input format: auto, jsonl, text, html, warc or feed (default: ${DEFAULT-VALUE}: by extension, then content).")
  Format from;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master when not run by spark-submit (default: local[*]).")
  String master;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Tasks that share the coding of JSON Lines (default: four per core).")
  int partitions;

  @Option(names = "--store", paramLabel = "DB",
      description = "Also write the coded articles into this Marsad store (a jdbc:postgresql: URL for a cluster; a SQLite path in local mode).")
  String store;

  @Option(names = "--overwrite", description = "Replace the tables of an earlier run in the output folder.")
  boolean overwrite;

  @Option(names = "--debug", description = "Print stack traces.")
  boolean debug;

  private PrintWriter err;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.err, true)));
  }

  /** Runs the job; returns the exit status. */
  static int run(String[] args, PrintWriter err) {
    Main main = new Main();
    main.err = err;
    return new CommandLine(main)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setErr(err)
        .setParameterExceptionHandler((e, a) -> {
          err.println("marsad spark: " + e.getMessage() + " (see --help)");
          return 2;
        })
        .execute(args);
  }

  @Override
  public Integer call() {
    if (partitions < 0) {
      err.println("marsad spark: --partitions must be 0 (automatic) or more");
      return 2;
    }
    CodeJob job = new CodeJob(inputs, output, from, partitions, store, overwrite);
    SparkConf conf = new SparkConf().setAppName("marsad " + Marsad.VERSION);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    boolean ours = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      long started = System.nanoTime();
      Counters counters = job.run(spark, Coder.marsad());
      err.printf(java.util.Locale.ROOT, "marsad spark: %s in %.1f s; Parquet in %s%n", counters.summary(),
          (System.nanoTime() - started) / 1e9, output);
      return 0;
    } catch (CodeJob.Refused e) {
      err.println("marsad spark: " + e.getMessage());
      return 2;
    } catch (StoreException e) {
      err.println("marsad spark: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("marsad spark: the job failed: " + Inputs.firstLine(rootCause(e)) + (debug ? "" : " (run with --debug for details)"));
      if (debug) {
        e.printStackTrace(err);
      }
      return 1;
    } finally {
      if (ours) {
        spark.stop();
      }
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** The version the coder writes into its output. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"marsad spark " + Marsad.VERSION};
    }
  }
}
