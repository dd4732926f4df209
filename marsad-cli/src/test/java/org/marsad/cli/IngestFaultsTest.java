package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest that meets a full disk or a corrupted file says so clearly, stores no partial article, and can be resumed. */
class IngestFaultsTest {

  @TempDir
  Path dir;

  private Path corpus(String name, int from, int n) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = from; i < from + n; i++) {
      lines.add("{\"id\":\"n" + i + "\",\"date\":\"2024-03-" + String.format("%02d", 1 + i % 28) + "\",\"text\":\""
          + IngestCrashTest.SENTENCES[i % IngestCrashTest.SENTENCES.length] + " وهذا هو الخبر رقم " + i + " في النشرة. "
          + "وقال مسؤولون إن الوضع ما زال متوترا في المنطقة بعد أسابيع من المواجهات.\"}");
    }
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aFullDiskStopsTheIngestCleanlyAndARerunFinishesIt() throws Exception {
    Path corpus = corpus("corpus.jsonl", 0, 300);
    String db = dir.resolve("full.db").toString();
    // SQLite's max_page_count makes the database file size-limited: writes past it fail with SQLITE_FULL, like a full disk.
    CliRun full = CliRun.of("ingest", "--quiet", "--batch", "20", "--db", "jdbc:sqlite:" + db + "?max_page_count=120",
        corpus.toString());
    assertThat(full.status()).isEqualTo(1);
    assertThat(full.err().lines().toList()).hasSize(1);
    assertThat(full.err()).startsWith("marsad: cannot write to the store: ").contains("full");
    long stored = IngestCrashTest.count(db, "SELECT COUNT(*) FROM article");
    assertThat(stored).isBetween(1L, 299L);
    assertThat(IngestCrashTest.count(db, "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM sentence s WHERE s.article_id = a.id)"))
        .as("articles without their sentences").isZero();

    CliRun rerun = CliRun.of("ingest", "--quiet", "--db", db, corpus.toString());
    assertThat(rerun.status()).as(rerun.err()).isZero();
    assertThat(rerun.err()).contains("(" + stored + " already stored)");
    assertThat(IngestCrashTest.count(db, "SELECT COUNT(*) FROM article")).isEqualTo(300);
    String reference = dir.resolve("reference.db").toString();
    assertThat(CliRun.of("ingest", "--quiet", "--db", reference, corpus.toString()).status()).isZero();
    assertThat(IngestCrashTest.count(db, "SELECT COUNT(*) FROM event")).isEqualTo(IngestCrashTest.count(reference, "SELECT COUNT(*) FROM event"));
  }

  @Test
  void aCorruptedFileInTheMiddleOfACorpusIsReportedAndTheRestStored() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("corpus"));
    Files.move(corpus("a.jsonl", 0, 20), folder.resolve("a.jsonl"));
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    garbage[0] = 0x1f;
    garbage[1] = (byte) 0x8b;
    Files.write(folder.resolve("b.warc.gz"), garbage);
    Files.move(corpus("c.jsonl", 100, 20), folder.resolve("c.jsonl"));
    String db = dir.resolve("store.db").toString();
    CliRun run = CliRun.of("ingest", "--quiet", "--db", db, folder.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("b.warc.gz: ").doesNotContain("\tat ");
    assertThat(IngestCrashTest.count(db, "SELECT COUNT(*) FROM article")).isEqualTo(40);
  }
}
