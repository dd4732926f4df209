package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The store commands from the command line: ingest a folder of mixed inputs, then query, search and export it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreCommandsTest {

  @TempDir
  static Path dir;

  String db;
  CliRun ingest;

  static final String CORPUS = String.join("\n",
      "{\"id\":\"r1\",\"source\":\"وكالة\",\"url\":\"https://news.example/r1\",\"date\":\"2024-03-04\",\"text\":\"خرج آلاف المتظاهرين يوم الاثنين في شوارع الرباط في مظاهرات احتجاجا على ارتفاع الأسعار.\"}",
      "{\"id\":\"broken\", \"text\": ",
      "{\"id\":\"r2\",\"source\":\"صحيفة\",\"url\":\"https://news.example/r2\",\"date\":\"2024-03-06\",\"text\":\"شنت طائرات حربية إسرائيلية غارات جوية على مدينة رفح جنوب قطاع غزة يوم الأربعاء.\"}",
      "");

  @BeforeAll
  void ingestAFolder() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/corpus.jsonl"), CORPUS);
    Files.writeString(in.resolve("visit.txt"), "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة يوم الخميس وزير الخارجية الإيطالي أنطونيو تاياني.\n");
    Files.writeString(in.resolve("page.html"), "<html><head><title>اتصال</title><link rel=\"canonical\" href=\"https://news.example/p\"></head>"
        + "<body><p>أجرى وزير الخارجية المصري بدر عبد العاطي اتصالا هاتفيا مع نظيره الأردني أيمن الصفدي.</p></body></html>");
    Files.writeString(in.resolve("notes.bin"), "ignored: not an article file");
    db = dir.resolve("store/marsad.db").toString();
    ingest = CliRun.of("ingest", "--db", db, dir.resolve("in").toString());
  }

  @Test
  void ingestsEveryArticleFileOfAFolderAndReportsTheBadLine() {
    assertThat(ingest.status()).isEqualTo(1);
    List<String> err = ingest.err().lines().toList();
    assertThat(err).contains("marsad: " + dir.resolve("in/corpus.jsonl") + ":2: malformed JSON: Unexpected end-of-input within/between Object entries");
    assertThat(err.get(err.size() - 1)).startsWith("marsad: ingested 4 new articles (0 already stored) with ")
        .endsWith("; 1 problem");
    assertThat(ingest.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void secondIngestAddsNothing() {
    CliRun again = CliRun.of("ingest", "--db", db, "--quiet", dir.resolve("in/sub").toString());
    assertThat(again.status()).isZero();
    assertThat(again.err()).contains("ingested 0 new articles (2 already stored)");
  }

  @Test
  void listsEventsByType() {
    CliRun run = CliRun.of("events", "--db", db, "--type", "ASSAULT");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("2024-03-06 ASSAULT").contains("غارات");
    assertThat(run.out()).doesNotContain("PROTEST");
  }

  @Test
  void writesEventsAsCsvWithAHeader() {
    CliRun run = CliRun.of("events", "--db", db, "--format", "csv", "--modality", "all", "--negated", "any");
    assertThat(run.status()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("GlobalEventID,Day,Actor1Name");
    assertThat(run.out().lines().count()).isGreaterThan(3);
  }

  @Test
  void searchesWithHighlights() {
    CliRun run = CliRun.of("search", "--db", db, "مظاهرة");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("⟦مظاهرات⟧");
  }

  @Test
  void listsActors() {
    CliRun run = CliRun.of("actors", "--db", db, "--country", "EGY");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("EGY");
  }

  @Test
  void exportsPloverJsonLinesToAFile() throws IOException {
    Path out = dir.resolve("events.jsonl");
    CliRun run = CliRun.of("export", "--db", db, "--format", "plover", "--out", out.toString());
    assertThat(run.status()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).isNotEmpty();
    assertThat(new ObjectMapper().readTree(lines.get(0)).has("event_type")).isTrue();
    assertThat(run.err()).isEqualTo("marsad: exported " + lines.size() + (lines.size() == 1 ? " event" : " events") + " to " + out
        + System.lineSeparator());
  }

  @Test
  void aStoreThatCannotBeOpenedIsOneLineAndStatusOne() throws IOException {
    Path notADb = dir.resolve("text.db");
    Files.writeString(notADb, "plain text, not SQLite. ".repeat(100));
    CliRun run = CliRun.of("events", "--db", notADb.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).startsWith("marsad: " + notADb + ": cannot open the store: ");
  }

  @Test
  void badFiltersAreUsageErrors() {
    assertThat(CliRun.of("events", "--db", db, "--from", "yesterday").status()).isEqualTo(2);
    assertThat(CliRun.of("events", "--db", db, "--quad", "7").status()).isEqualTo(2);
    assertThat(CliRun.of("events", "--db", db, "--source-country", "Egypt").status()).isEqualTo(2);
    assertThat(CliRun.of("events", "--db", db, "--modality", "rumoured").err()).contains("unknown modality 'rumoured'");
  }
}
