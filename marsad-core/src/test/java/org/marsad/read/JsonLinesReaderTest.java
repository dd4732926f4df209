package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.marsad.model.Document;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private ArticleReaderTest.Collected read(String jsonl) throws IOException {
    ArticleReaderTest.Collected c = new ArticleReaderTest.Collected();
    new JsonLinesReader(ReadOptions.defaults()).read(
        new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "c.jsonl", "c", c);
    return c;
  }

  @Test
  void readsEveryFieldOfAnArticleLine() throws IOException {
    Document doc = read("{\"id\": \"a1\", \"text\": \"نص\", \"title\": \"عنوان\", \"date\": \"09/10/2016\", "
        + "\"url\": \"https://x.example/1\", \"source\": \"Jawhara FM\"}\n").articles.get(0);
    assertThat(doc.article().id()).isEqualTo("a1");
    assertThat(doc.article().title()).isEqualTo("عنوان");
    assertThat(doc.article().date()).isEqualTo(LocalDate.of(2016, 10, 9));
    assertThat(doc.article().url()).isEqualTo("https://x.example/1");
    assertThat(doc.article().source()).isEqualTo("Jawhara FM");
  }

  @Test
  void reportsEachBadLineWithItsNumberAndReadsTheRest() throws IOException {
    ArticleReaderTest.Collected c = read("""
        {"id": "a", "text": "أول"}
        {not json
        {"id": "b"}
        [1, 2]
        {"id": "c", "text": ""}

        {"id": 7, "text": "أخير"}
        """);
    assertThat(c.articles).extracting(d -> d.article().id()).containsExactly("a", "7");
    assertThat(c.problems).extracting(Problem::toString).containsExactly(
        "c.jsonl:2: malformed JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name",
        "c.jsonl:3: no \"text\" string",
        "c.jsonl:4: expected a JSON object with a \"text\" field",
        "c.jsonl:5: empty \"text\"");
  }

  @Test
  void namesAnArticleWithoutAnIdByFileAndLine() throws IOException {
    assertThat(read("\n{\"text\": \"نص\"}").articles.get(0).article().id()).isEqualTo("c:2");
  }

  @Test
  void warnsAboutAnUnreadableDateAndKeepsTheArticle() throws IOException {
    ArticleReaderTest.Collected c = read("{\"id\": \"a\", \"text\": \"نص\", \"date\": \"yesterday\"}");
    assertThat(c.articles).hasSize(1);
    assertThat(c.warnings).singleElement().hasToString("c.jsonl:1: unreadable date 'yesterday'");
  }

  @Test
  void refusesAnOverlongLineWithoutHoldingItAndGoesOn() throws IOException {
    ReadOptions small = new ReadOptions(Format.JSONL, 1024, 1 << 20);
    String huge = "{\"id\": \"big\", \"text\": \"" + "ن".repeat(200_000) + "\"}\n{\"id\": \"ok\", \"text\": \"نص\"}\n";
    ArticleReaderTest.Collected c = new ArticleReaderTest.Collected();
    new JsonLinesReader(small).read(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)), "c.jsonl", "c", c);
    assertThat(c.articles).extracting(d -> d.article().id()).containsExactly("ok");
    assertThat(c.problems).singleElement().asString().startsWith("c.jsonl:1: line longer than");
  }

  @Test
  void streamsACorpusLargerThanAnyBuffer() throws IOException {
    int lines = 20_000;
    InputStream generated = new InputStream() {
      private byte[] current = new byte[0];
      private int pos;
      private int line;

      @Override
      public int read() {
        if (pos == current.length) {
          if (line == lines) {
            return -1;
          }
          current = ("{\"id\": \"" + line++ + "\", \"text\": \"خبر رقم " + line + "\"}\n").getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        return current[pos++] & 0xFF;
      }
    };
    int[] count = {0};
    ArticleReaderTest.Collected c = new ArticleReaderTest.Collected() {
      @Override
      public void article(Document document) {
        count[0]++; // nothing kept: the reader must not hold the corpus either
      }
    };
    new JsonLinesReader(ReadOptions.defaults()).read(generated, "gen.jsonl", "gen", c);
    assertThat(count[0]).isEqualTo(lines);
    assertThat(c.problems).isEmpty();
  }

  @Test
  void reportsAnEmptyCorpus() throws IOException {
    assertThat(read("\n\n").problems).singleElement().hasToString("c.jsonl: empty file: no JSON lines");
  }
}
