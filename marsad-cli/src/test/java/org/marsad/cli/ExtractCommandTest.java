package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gives one line on standard error naming the input, no stack trace, exit
 * status 1, and the good input of the same batch is still coded.
 */
class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private String good;

  @BeforeEach
  void writeAGoodInput() throws IOException {
    good = write("good.txt", "أكد الوزير أن المحادثات ناجحة.".getBytes(StandardCharsets.UTF_8));
  }

  private String write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file.toString();
  }

  /** Runs extract on the bad input between two copies of the good one. */
  private CliRun batchWith(String bad) {
    return CliRun.of("extract", "--to", "jsonl", good, bad, good);
  }

  private void assertFailedAlone(CliRun run, String expectedError) {
    assertThat(run.status()).isEqualTo(1);
    List<String> errors = run.err().lines().toList();
    assertThat(errors).contains(expectedError);
    assertThat(errors).hasSize(2); // the problem and the summary
    assertThat(errors.get(1)).isEqualTo("marsad: 2 articles from 3 inputs; 1 problem");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(run.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"id\":\"good\""));
  }

  @Test
  void aMissingFile() {
    String missing = dir.resolve("missing.txt").toString();
    assertFailedAlone(batchWith(missing), "marsad: " + missing + ": no such file");
  }

  @Test
  void aDirectory() {
    assertFailedAlone(batchWith(dir.toString()), "marsad: " + dir + ": is a directory, not a file");
  }

  @Test
  void anEmptyFile() throws IOException {
    String empty = write("empty.txt", new byte[0]);
    assertFailedAlone(batchWith(empty), "marsad: " + empty + ": empty file");
  }

  @Test
  void aBinaryFile() throws IOException {
    String binary = write("photo.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
    assertFailedAlone(batchWith(binary), "marsad: " + binary + ": binary file (NUL bytes), not text");
  }

  @Test
  void undecodableBytes() throws IOException {
    String latin1 = write("latin1.txt", "café naïve".getBytes(StandardCharsets.ISO_8859_1));
    assertFailedAlone(batchWith(latin1),
        "marsad: " + latin1 + ": invalid UTF-8 at byte 3; not UTF-8, UTF-16 with BOM or Arabic windows-1256");
  }

  @Test
  void anOversizedArticle() throws IOException {
    String big = write("big.txt", "خبر ".repeat(400_000).getBytes(StandardCharsets.UTF_8));
    assertFailedAlone(batchWith(big), "marsad: " + big + ": article too large: 2.7 MB of text, the limit is 2.0 MB");
  }

  @Test
  void aMalformedJsonLineSkipsOnlyThatLine() throws IOException {
    String corpus = write("corpus.jsonl", "{\"id\": \"c1\", \"text\": \"نص أول\"}\n{\"id\": \"c2\", \"text\": \n{\"id\": \"c3\", \"text\": \"نص ثالث\"}\n"
        .getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("extract", "--to", "jsonl", corpus, good);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().findFirst().orElseThrow()).startsWith("marsad: " + corpus + ":2: malformed JSON: ");
    assertThat(run.err()).contains("marsad: 3 articles from 2 inputs; 1 problem").doesNotContain("\tat ");
    assertThat(run.out().lines().map(ExtractCommandTest::id).toList()).containsExactly("c1", "c3", "good");
  }

  @Test
  void windows1256IsDecodedWithAWarningAndExitsZero() throws IOException {
    String legacy = write("legacy.txt", "أعلنت الوزارة عن توقيع الاتفاق.".getBytes(Charset.forName("windows-1256")));
    CliRun run = CliRun.of("extract", "--to", "jsonl", legacy);
    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("marsad: " + legacy + ": warning: not UTF-8; decoded as windows-1256 (Arabic)");
    assertThat(run.out()).contains("أعلنت الوزارة");
  }

  @Test
  void jsonLinesOutputCarriesTheInputIdOnEveryLine() throws IOException {
    String corpus = write("c.jsonl", "{\"id\": \"ant:1\", \"text\": \"أول. ثان.\"}\n{\"id\": 42, \"text\": \"ثالث\"}\n"
        .getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("extract", "--from", "jsonl", "--to", "jsonl", corpus);
    assertThat(run.status()).isZero();
    assertThat(run.out().lines().map(ExtractCommandTest::id).toList()).containsExactly("ant:1", "42");
  }

  @Test
  void codesOnSeveralThreadsAndKeepsTheInputOrder() throws IOException {
    StringBuilder corpus = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      corpus.append("{\"id\": \"a").append(i).append("\", \"text\": \"زار الرئيس المصري فرنسا رقم ").append(i).append(".\"}\n");
    }
    String file = write("many.jsonl", corpus.toString().getBytes(StandardCharsets.UTF_8));
    CliRun parallel = CliRun.of("extract", "--threads", "3", "--to", "jsonl", file);
    CliRun serial = CliRun.of("extract", "--threads", "1", "--to", "jsonl", file);
    assertThat(parallel.status()).isZero();
    assertThat(parallel.out().lines().map(ExtractCommandTest::id).toList())
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 40).mapToObj(i -> "a" + i).toList());
    assertThat(parallel.out()).isEqualTo(serial.out());
  }

  @Test
  void theTextReportShowsTheStructure() {
    CliRun run = CliRun.of("extract", "../examples/seed-article-ar.txt");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("== article seed-article-ar", "[2] heading (level 2, line 2)",
        "table (3 rows x 3 columns, lines 8-19)", "header: المسؤول | الجهة | طبيعة النشاط",
        "bulleted list (4 items, lines 20-23)");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithStatusTwo() {
    CliRun run = CliRun.of("extract", "--to", "xml", good);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("marsad: Invalid value for option '--to'").contains("Try 'marsad extract --help'");
  }

  @Test
  void noInputIsAUsageError() {
    assertThat(CliRun.of("extract").status()).isEqualTo(2);
    assertThat(CliRun.of().status()).isEqualTo(2);
  }

  @Test
  void helpAndVersionExitZero() {
    CliRun help = CliRun.of("extract", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Examples:", "--from", "--to");
    CliRun version = CliRun.of("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("marsad ");
  }

  @Test
  void demoCodesTheBundledExample() {
    CliRun run = CliRun.of("demo");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("== article seed-article-ar", "ماركو روبيو | الخارجية الأمريكية | اتصال دبلوماسي رفيع");
  }

  private static String id(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      return node.get("id").asText();
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }
}
