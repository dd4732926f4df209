package org.marsad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A Marsad store: an embedded SQLite file (the default) or a PostgreSQL database, with the schema
 * brought up to date by Flyway migrations when opened. Hands out connections configured for the
 * database; safe to share between threads (each thread takes its own connection).
 */
public final class Store {

  /** Where the store lives when neither {@code --db} nor {@code MARSAD_DB} says. */
  public static final String DEFAULT_LOCATION = "marsad-data/marsad.db";

  private final String url;
  private final Dialect dialect;
  private final Properties properties;
  private final SearchText searchText = new SearchText();
  private Places places;

  private Store(String url, Properties properties) {
    this.url = url;
    this.dialect = Dialect.of(url);
    this.properties = properties;
  }

  /**
   * Opens the store at {@code location} — a file path, a {@code jdbc:sqlite:} URL or a
   * {@code jdbc:postgresql:} URL — creating and migrating it as needed.
   *
   * @throws StoreException naming the location and the problem
   */
  public static Store open(String location) {
    String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
    Properties properties = new Properties();
    Store store;
    try {
      store = new Store(url, properties);
    } catch (IllegalArgumentException e) {
      throw new StoreException(e.getMessage(), e);
    }
    if (store.dialect == Dialect.SQLITE) {
      String file = url.substring("jdbc:sqlite:".length());
      int query = file.indexOf('?');
      file = query >= 0 ? file.substring(0, query) : file;
      if (!file.isEmpty() && !file.equals(":memory:") && !file.startsWith("file:")) {
        try {
          Path parent = Path.of(file).toAbsolutePath().getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
          throw new StoreException(location + ": cannot create the store's folder: " + e.getMessage(), e);
        }
      }
      properties.setProperty("journal_mode", "WAL");
      properties.setProperty("synchronous", "NORMAL");
      properties.setProperty("foreign_keys", "true");
      properties.setProperty("busy_timeout", "30000");
    }
    store.migrate(location);
    return store;
  }

  /** The location from {@code --db}, else the environment's {@code MARSAD_DB}, else the default. */
  public static String location(String option) {
    if (option != null && !option.isBlank()) {
      return option;
    }
    String env = System.getenv("MARSAD_DB");
    return env != null && !env.isBlank() ? env : DEFAULT_LOCATION;
  }

  private void migrate(String location) {
    try {
      Flyway.configure(Store.class.getClassLoader())
          .dataSource(url, properties.getProperty("user"), properties.getProperty("password"))
          .locations(dialect.migrations)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException(shown(location) + ": cannot open the store: " + firstLine(e), e);
    }
  }

  /** A new connection with the store's settings; the caller closes it. */
  public Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url, properties);
    if (dialect == Dialect.SQLITE) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA foreign_keys = ON");
      }
    }
    return c;
  }

  /** A writer of coded articles on a connection of its own; the caller closes it. */
  public StoreWriter writer() {
    try {
      return new StoreWriter(this);
    } catch (SQLException e) {
      throw new StoreException(shown() + ": cannot open the store for writing: " + e.getMessage(), e);
    }
  }

  Dialect dialect() {
    return dialect;
  }

  SearchText searchText() {
    return searchText;
  }

  synchronized Places places() {
    if (places == null) {
      places = Places.arabic();
    }
    return places;
  }

  /** Whether this is the embedded SQLite store. */
  public boolean embedded() {
    return dialect == Dialect.SQLITE;
  }

  /** The location without any password it may carry, for messages. */
  public String shown() {
    return shown(url);
  }

  static String shown(String location) {
    return location.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    int nl = message.indexOf('\n');
    return (nl >= 0 ? message.substring(0, nl) : message).trim();
  }
}
