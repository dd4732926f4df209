/** The command line's coder as an Apache Spark job: articles in, Parquet events, actors and mentions out. */
package org.marsad.spark;
