package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Block;
import org.marsad.model.Document;
import org.marsad.model.Heading;
import org.marsad.model.ListBlock;
import org.marsad.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  @TempDir
  Path dir;

  private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

  /** Collects what a reader reports. */
  static class Collected implements ArticleSink {
    final List<Document> articles = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();

    @Override
    public void article(Document document) {
      articles.add(document);
    }

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
    }

    @Override
    public void warning(Problem warning) {
      warnings.add(warning);
    }
  }

  private Collected read(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    Collected collected = new Collected();
    reader.read(file, name, collected);
    return collected;
  }

  @Test
  void readsUtf8TextExactlyAsWritten() throws IOException {
    Collected c = read("a.txt", "أكد الوزير.\r\nثم غادر.".getBytes(StandardCharsets.UTF_8));
    assertThat(c.problems).isEmpty();
    assertThat(c.articles.get(0).text()).isEqualTo("أكد الوزير.\r\nثم غادر.");
    assertThat(c.articles.get(0).article().id()).isEqualTo("a");
    assertThat(c.articles.get(0).article().language()).isEqualTo("ar");
  }

  @Test
  void dropsTheUtf8ByteOrderMarkBeforeTheText() throws IOException {
    byte[] body = "نص".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(read("bom.txt", bytes).articles.get(0).text()).isEqualTo("نص");
  }

  @Test
  void readsUtf16WithEitherByteOrderMark() throws IOException {
    assertThat(read("le.txt", "\uFEFFنص عربي".getBytes(StandardCharsets.UTF_16LE)).articles.get(0).text()).isEqualTo("نص عربي");
    assertThat(read("be.txt", "\uFEFFنص عربي".getBytes(StandardCharsets.UTF_16BE)).articles.get(0).text()).isEqualTo("نص عربي");
  }

  @Test
  void decodesArabicWindows1256WithAWarning() throws IOException {
    Collected c = read("legacy.txt", "أكد وزير الخارجية المصري أن الزيارة ناجحة.".getBytes(Charset.forName("windows-1256")));
    assertThat(c.articles.get(0).text()).isEqualTo("أكد وزير الخارجية المصري أن الزيارة ناجحة.");
    assertThat(c.warnings).singleElement().hasToString("legacy.txt: not UTF-8; decoded as windows-1256 (Arabic)");
  }

  @Test
  void refusesOtherLegacyEncodings() throws IOException {
    Collected c = read("latin1.txt", "café naïve résumé à la française".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(c.articles).isEmpty();
    assertThat(c.problems).singleElement().asString()
        .startsWith("latin1.txt: invalid UTF-8 at byte 3").contains("not UTF-8, UTF-16 with BOM or Arabic windows-1256");
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    assertThat(read("empty.txt", new byte[0]).problems).singleElement().hasToString("empty.txt: empty file");
  }

  @Test
  void refusesAWhitespaceOnlyFile() throws IOException {
    assertThat(read("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)).problems).singleElement()
        .hasToString("blank.txt: empty file: only whitespace");
  }

  @Test
  void refusesABinaryFile() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertThat(read("image.txt", png).problems).singleElement().hasToString("image.txt: binary file (NUL bytes), not text");
  }

  @Test
  void refusesAnArticleOverTheSizeLimit() throws IOException {
    Collected c = read("big.txt", "كلمة ".repeat(300_000).getBytes(StandardCharsets.UTF_8));
    assertThat(c.problems).singleElement().asString()
        .isEqualTo("big.txt: article too large: 2.6 MB of text, the limit is 2.0 MB");
  }

  @Test
  void reportsAMissingFileAndADirectory() {
    Collected c = new Collected();
    reader.read(dir.resolve("nope.txt"), "nope.txt", c);
    reader.read(dir, "folder", c);
    assertThat(c.problems).extracting(Problem::toString)
        .containsExactly("nope.txt: no such file", "folder: is a directory, not a file");
  }

  @Test
  void detectsTheFormatFromContentWhenTheExtensionSaysNothing() throws IOException {
    Collected json = read("corpus.data", "{\"id\": \"x\", \"text\": \"نص\"}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(json.articles.get(0).article().id()).isEqualTo("x");
    Collected html = read("page", "<!doctype html><html><body><p>نص الصفحة</p></body></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(html.articles.get(0).text()).isEqualTo("نص الصفحة");
  }

  @Test
  void readsStandardInput() {
    Collected c = new Collected();
    reader.read(new ByteArrayInputStream("نص من الدخل القياسي".getBytes(StandardCharsets.UTF_8)), "-", c);
    assertThat(c.articles.get(0).article().id()).isEqualTo("stdin");
  }

  @Test
  void extractsTheArticleOfAnHtmlPageWithoutItsChrome() throws IOException {
    byte[] page = ArticleReaderTest.class.getResourceAsStream("/read/article-page.html").readAllBytes();
    Collected c = read("article-page.html", page);
    assertThat(c.problems).isEmpty();
    Document doc = c.articles.get(0);
    assertThat(doc.article().title()).isEqualTo("وزير الخارجية يزور القاهرة");
    assertThat(doc.article().date()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(doc.article().url()).isEqualTo("https://news.example/2026/11/28/visit");
    assertThat(doc.article().source()).isEqualTo("موقع الأخبار");
    assertThat(doc.article().language()).isEqualTo("ar");
    assertThat(doc.text()).contains("وصل وزير الخارجية", "العلاقات الثنائية وسبل تعزيزها")
        .doesNotContain("الرئيسية", "سياسة", "شارك", "tracking", "لا يظهر", "ذات صلة", "تعليقات", "الحقوق");
    List<Block> blocks = doc.blocks();
    assertThat(blocks).extracting(Block::kind).containsExactly("heading", "paragraph", "paragraph", "heading", "table", "list");
    assertThat(((Heading) blocks.get(0)).level()).isEqualTo(1);
    Table table = (Table) blocks.get(4);
    assertThat(table.header()).extracting(cell -> cell.span().of(doc.text())).containsExactly("اليوم", "النشاط");
    assertThat(table.rows().get(1)).extracting(cell -> cell.span().of(doc.text())).containsExactly("الأحد", "مؤتمر صحفي");
    assertThat(((ListBlock) blocks.get(5)).items()).hasSize(2);
  }

  @Test
  void refusesAnHtmlPageWithoutText() throws IOException {
    Collected c = read("empty.html", "<html><body><nav>قائمة</nav><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(c.problems).singleElement().hasToString("empty.html: no article text found in the HTML page");
  }
}
