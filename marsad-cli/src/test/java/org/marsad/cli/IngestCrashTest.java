package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing an ingest with SIGKILL at any moment and running the same command again leaves the store
 * exactly as one uninterrupted ingest would: every article once, no partial article, no event twice.
 */
class IngestCrashTest {

  @TempDir
  Path dir;

  static final String[] SENTENCES = {
      "خرج آلاف المتظاهرين في شوارع الرباط احتجاجا على ارتفاع الأسعار.",
      "شنت طائرات حربية غارات جوية على مدينة رفح جنوب قطاع غزة.",
      "أجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره الأردني.",
      "استقبل الرئيس المصري في القاهرة وزير الخارجية الإيطالي."};

  /** 400 distinct short articles. */
  private Path corpus() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String text = SENTENCES[i % SENTENCES.length] + " وهذا هو الخبر رقم " + i + " في النشرة.";
      lines.add("{\"id\":\"n" + i + "\",\"date\":\"2024-03-" + String.format("%02d", 1 + i % 28) + "\",\"text\":\"" + text + "\"}");
    }
    Path file = dir.resolve("corpus.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  static long count(String db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  @Test
  void aKilledIngestRunAgainLosesAndDuplicatesNothing() throws Exception {
    Path corpus = corpus();
    String reference = dir.resolve("reference.db").toString();
    assertThat(CliRun.of("ingest", "--db", reference, "--quiet", corpus.toString()).status()).isZero();

    String db = dir.resolve("killed.db").toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--db", db,
        "--batch", "10", "--threads", "1", "--quiet", corpus.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    long stored = 0;
    while (p.isAlive() && System.nanoTime() < deadline) {
      if (new File(db).exists()) {
        try {
          stored = count(db, "SELECT COUNT(*) FROM article");
        } catch (SQLException notYet) {
          stored = 0;
        }
        if (stored >= 30) {
          break;
        }
      }
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("the ingest should still be running when killed").isTrue();
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long beforeRerun = count(db, "SELECT COUNT(*) FROM article");
    assertThat(beforeRerun).isBetween(30L, 399L);

    CliRun rerun = CliRun.of("ingest", "--db", db, "--quiet", corpus.toString());
    assertThat(rerun.status()).as(rerun.err()).isZero();
    assertThat(rerun.err()).contains("(" + beforeRerun + " already stored)");

    for (String sql : List.of("SELECT COUNT(*) FROM article", "SELECT COUNT(DISTINCT doc_key) FROM article",
        "SELECT COUNT(*) FROM event", "SELECT COUNT(*) FROM sentence", "SELECT COUNT(*) FROM mention",
        "SELECT COUNT(*) FROM article_search")) {
      assertThat(count(db, sql)).as(sql).isEqualTo(count(reference, sql));
    }
    assertThat(count(db, "SELECT COUNT(*) FROM article")).isEqualTo(400);
    assertThat(count(db, "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM sentence s WHERE s.article_id = a.id)"))
        .as("articles without their sentences").isZero();
  }
}
