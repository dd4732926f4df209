package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.read.Format;
import org.marsad.store.Store;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class CodeArticlesIT {

  private static final Path CORPUS = Path.of("src/test/resources/corpus.jsonl");

  private static final SparkSession spark = LocalSpark.session();

  @TempDir
  static Path coded;

  private static Counters corpusCounters;

  @TempDir
  Path dir;

  @BeforeAll
  static void codeTheCorpusOnce() throws Exception {
    corpusCounters = new CodeJob(List.of(CORPUS.toString()), coded.toString(), Format.AUTO, 0, null, false)
        .run(spark, Coder.marsad());
  }

  private Counters run(Path input, Coder coder, String store) throws Exception {
    CodeJob job = new CodeJob(List.of(input.toString()), dir.resolve("out").toString(), Format.AUTO, 0, store, true);
    return job.run(spark, coder);
  }

  @Test
  void codesTheSameEventsAndActorsAsTheCommandLine() throws Exception {
    Counters counters = corpusCounters;

    Map<String, CommandLineCoding.Coded> expected = CommandLineCoding.commandLine(CORPUS);
    Map<String, CommandLineCoding.Coded> actual = CommandLineCoding.sparkJob(spark, coded.toString());
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet()).hasSize(12);
    for (String id : expected.keySet()) {
      assertThat(actual.get(id).events()).as("events of %s", id).isEqualTo(expected.get(id).events());
      assertThat(actual.get(id).entities()).as("entities of %s", id).isEqualTo(expected.get(id).entities());
    }
    long events = expected.values().stream().mapToLong(c -> c.events().size()).sum();
    assertThat(events).isGreaterThan(10);
    assertThat(counters.articles.value()).isEqualTo(12);
    assertThat(counters.events.value()).isEqualTo(events);
    assertThat(counters.unreadable.value()).isEqualTo(1);
  }

  @Test
  void partitionsEventsByDateAndKeepsTheArticleWarnings() {
    String out = coded.toString();

    assertThat(coded.resolve("events/date=2024-03-04")).isDirectory();
    Row a11 = spark.read().parquet(out + "/articles").where("id = 'a11'").first();
    assertThat(a11.<String>getList(a11.fieldIndex("warnings"))).containsExactly("unreadable date 'يوم الجمعة'");
    Row bad = spark.read().parquet(out + "/articles").where("status = 'unreadable'").first();
    assertThat(bad.getString(bad.fieldIndex("error"))).startsWith("line {\"id\": \"bad\"").contains("malformed JSON");
    assertThat(spark.read().parquet(out + "/mentions").where("article_id = 'a3'").count()).isGreaterThan(1);
  }

  @Test
  void countsArticlesEventsEmptyAndFailedAndAFailedArticleDoesNotFailTheJob() {
    Counters counters = Counters.register(spark.sparkContext());
    Coder coder = Coder.marsad();
    Coder failsOnBoom = document -> {
      if (document.article().id().equals("boom")) {
        throw new IllegalStateException("the coder broke");
      }
      return coder.code(document);
    };
    Dataset<Row> lines = spark.createDataset(List.of(
            "{\"id\": \"x1\", \"text\": \"شنت طائرات حربية إسرائيلية غارات جوية على مدينة رفح يوم الأربعاء.\"}",
            "{\"id\": \"boom\", \"text\": \"هاجم مسلحون مركزا للشرطة في العريش.\"}",
            "{\"text\": \"ارتفعت درجات الحرارة في العاصمة عمان هذا الأسبوع.\"}",
            "{\"id\": 4, \"text\": \"   \"}"), Encoders.STRING())
        .toDF("value").withColumn("input", functions.lit("memory.jsonl"));

    List<Row> articles = new CodeArticles(Format.AUTO, failsOnBoom, counters, null).jsonLines(lines)
        .persist().articles().orderBy("status", "id").collectAsList();

    assertThat(articles).extracting(r -> r.getString(r.fieldIndex("status")))
        .containsExactly("coded", "coded", "failed", "unreadable");
    assertThat(articles.get(0).getString(articles.get(0).fieldIndex("id"))).matches("memory@[0-9a-f]{12}");
    assertThat(articles.get(2).getString(articles.get(2).fieldIndex("error"))).contains("the coder broke");
    assertThat(articles.get(2).getString(articles.get(2).fieldIndex("text"))).contains("العريش");
    assertThat(counters.articles.value()).isEqualTo(2);
    assertThat(counters.events.value()).isGreaterThanOrEqualTo(1);
    assertThat(counters.empty.value()).isEqualTo(1);
    assertThat(counters.failed.value()).isEqualTo(1);
    assertThat(counters.unreadable.value()).isEqualTo(1);
  }

  @Test
  void readsTextFilesAndWarcArchivesAsTheCommandLineDoes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("raid.txt"), "هاجم مسلحون مركزا للشرطة في مدينة العريش يوم الثلاثاء.\n"
        + "وأعلنت وزارة الداخلية المصرية إصابة ثلاثة من رجال الشرطة.\n");
    Files.writeString(in.resolve("_SUCCESS"), "");
    warc(in.resolve("crawl.warc"));

    Counters counters = run(in, Coder.marsad(), null);

    Map<String, CommandLineCoding.Coded> expected = new java.util.HashMap<>(CommandLineCoding.commandLine(in.resolve("raid.txt")));
    expected.putAll(CommandLineCoding.commandLine(in.resolve("crawl.warc")));
    Map<String, CommandLineCoding.Coded> actual = CommandLineCoding.sparkJob(spark, dir.resolve("out").toString());
    assertThat(actual.keySet()).containsExactlyInAnyOrder("raid", "https://news.example/a/1");
    assertThat(actual).isEqualTo(expected);
    assertThat(counters.articles.value()).isEqualTo(2);
    assertThat(counters.unreadable.value()).isZero();
  }

  @Test
  void writesTheCodedArticlesIntoAStoreOnceHoweverOftenItRuns() throws Exception {
    String db = dir.resolve("store/marsad.db").toString();
    run(CORPUS, Coder.marsad(), db);
    run(CORPUS, Coder.marsad(), db);

    try (Connection c = Store.open(db).connect();
        ResultSet articles = c.createStatement().executeQuery("SELECT count(*) FROM article")) {
      articles.next();
      assertThat(articles.getInt(1)).isEqualTo(12);
    }
  }

  private static void warc(Path file) throws IOException {
    String page = "<html><head><title>غارة</title></head><body><article><h1>غارة على رفح</h1>"
        + "<p>شنت طائرات حربية إسرائيلية غارات جوية على مدينة رفح جنوب قطاع غزة يوم الأربعاء.</p>"
        + "</article></body></html>";
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel)) {
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/a/1"))
          .date(Instant.parse("2024-03-06T10:00:00Z"))
          .body(MediaType.HTTP_RESPONSE, ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page)
              .getBytes(StandardCharsets.UTF_8))
          .build());
    }
  }
}
