package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.marsad.Marsad;
import org.marsad.read.ArticleReader;
import org.marsad.read.Problem;
import org.marsad.read.ReadOptions;

/**
 * Stores for tests: a fresh SQLite file, or a fresh database on the PostgreSQL server named by the
 * environment variable {@code MARSAD_TEST_PG} (a JDBC URL to a database the user may create
 * databases from, e.g. {@code jdbc:postgresql://127.0.0.1:55432/postgres?user=marsad}); the test
 * runner script starts such a server.
 */
final class TestStores {

  static final String PG = System.getenv("MARSAD_TEST_PG");

  private static Marsad marsad;

  private TestStores() {}

  static synchronized Marsad marsad() {
    if (marsad == null) {
      marsad = Marsad.arabic();
    }
    return marsad;
  }

  static boolean postgresAvailable() {
    return PG != null && !PG.isBlank();
  }

  static String sqlite(Path dir) {
    return dir.resolve("store-" + UUID.randomUUID() + ".db").toString();
  }

  /** A new, empty database on the test server; its JDBC URL. */
  static String postgres() {
    String name = "marsad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + PG + ": " + e.getMessage(), e);
    }
    int q = PG.indexOf('?');
    String base = q < 0 ? PG : PG.substring(0, q);
    String params = q < 0 ? "" : PG.substring(q);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
  }

  static Path corpus() {
    try {
      Path copy = Files.createTempFile("marsad-corpus", ".jsonl");
      try (var in = TestStores.class.getResourceAsStream("/store/corpus.jsonl")) {
        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      copy.toFile().deleteOnExit();
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ingests files into the store; returns the counts; fails on any problem. */
  static Ingest.Counts ingest(Store store, String... paths) {
    try (Ingest ingest = new Ingest(store, marsad(), new ArticleReader(ReadOptions.defaults()), 2, 3, new Ingest.Listener() {
      @Override
      public void problem(Problem problem) {
        throw new AssertionError("unexpected problem: " + problem);
      }

      @Override
      public void warning(Problem warning) {}
    })) {
      for (String p : paths) {
        ingest.ingest(p);
      }
      ingest.finish();
      return ingest.counts();
    }
  }
}
