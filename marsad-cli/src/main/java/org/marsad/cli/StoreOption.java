package org.marsad.cli;

import org.marsad.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
final class StoreOption {

  @Option(names = "--db", paramLabel = "DB",
      description = "The store: a SQLite file or a jdbc:postgresql://HOST:PORT/DB?user=U&password=P URL"
          + " (default: $MARSAD_DB, else " + Store.DEFAULT_LOCATION + ").")
  String db;

  Store open() {
    return Store.open(Store.location(db));
  }
}
