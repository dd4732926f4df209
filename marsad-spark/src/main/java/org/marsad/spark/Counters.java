package org.marsad.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's accumulators. Tasks add to them as they code; the driver reads them when the job is
 * done. As with any Spark accumulator updated in a transformation, a task run twice (a lost
 * executor) counts twice.
 */
final class Counters implements Serializable {

  final LongAccumulator articles;
  final LongAccumulator events;
  final LongAccumulator empty;
  final LongAccumulator failed;
  final LongAccumulator unreadable;

  private Counters(SparkContext spark) {
    articles = spark.longAccumulator("marsad articles coded");
    events = spark.longAccumulator("marsad events");
    empty = spark.longAccumulator("marsad articles without events");
    failed = spark.longAccumulator("marsad articles failed");
    unreadable = spark.longAccumulator("marsad inputs or lines unreadable");
  }

  static Counters register(SparkContext spark) {
    return new Counters(spark);
  }

  /** One line for the end of a run. */
  String summary() {
    return articles.value() + " articles coded, " + events.value() + " events, " + empty.value()
        + " articles without events, " + failed.value() + " failed, " + unreadable.value() + " unreadable";
  }
}
