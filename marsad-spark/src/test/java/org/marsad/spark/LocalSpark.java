package org.marsad.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session all the tests share (local[2], no UI, on the loopback address): started
 * on first use, stopped when the test JVM exits.
 */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession session() {
    return Holder.SESSION;
  }

  private static final class Holder {
    static final SparkSession SESSION = start();

    private static SparkSession start() {
      SparkSession spark = SparkSession.builder()
          .master("local[2]")
          .appName("marsad-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
      return spark;
    }
  }
}
