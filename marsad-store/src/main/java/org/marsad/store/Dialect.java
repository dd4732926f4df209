package org.marsad.store;

/**
 * What differs between the two databases: identity columns and full-text search. Everything else
 * is the same SQL, so both answer the same queries alike.
 */
enum Dialect {
  SQLITE("classpath:db/sqlite"),
  POSTGRESQL("classpath:db/postgresql");

  final String migrations;

  Dialect(String migrations) {
    this.migrations = migrations;
  }

  static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("unsupported database URL (use a file path, jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB): "
        + jdbcUrl);
  }

  /** Search text is stemmed by Marsad for SQLite; PostgreSQL stems it with its own 'arabic' configuration. */
  boolean stemsInJava() {
    return this == SQLITE;
  }

  String insertSearch() {
    return this == SQLITE
        ? "INSERT INTO article_search (rowid, terms) VALUES (?, ?)"
        : "INSERT INTO article_search (article_id, terms) VALUES (?, ?)";
  }

  String deleteSearch() {
    return this == SQLITE
        ? "DELETE FROM article_search WHERE rowid = ?"
        : "DELETE FROM article_search WHERE article_id = ?";
  }

  /** Article ids matching a search expression (the one parameter, as {@link SearchText#query} gives it). */
  String matchingArticles() {
    return this == SQLITE
        ? "SELECT rowid FROM article_search WHERE article_search MATCH ?"
        : "SELECT article_id FROM article_search WHERE tsv @@ plainto_tsquery('arabic', ?)";
  }

  /** Articles matching a search expression with a relevance score, best first; parameters: query, limit. */
  String rankedSearch() {
    return this == SQLITE
        ? "SELECT a.id, a.ext_id, a.title, a.url, a.published, a.source, a.body, -bm25(article_search) AS score"
            + " FROM article_search JOIN article a ON a.id = article_search.rowid"
            + " WHERE article_search MATCH ? ORDER BY score DESC, a.id LIMIT ?"
        : "SELECT a.id, a.ext_id, a.title, a.url, a.published, a.source, a.body, ts_rank(s.tsv, q) AS score"
            + " FROM article_search s JOIN article a ON a.id = s.article_id, plainto_tsquery('arabic', ?) q"
            + " WHERE s.tsv @@ q ORDER BY score DESC, a.id LIMIT ?";
  }
}
