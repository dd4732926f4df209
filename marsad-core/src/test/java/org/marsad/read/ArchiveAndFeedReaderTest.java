package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC archives and RSS/Atom feeds become articles like any page; what is not an article is passed over. */
class ArchiveAndFeedReaderTest {

  @TempDir
  Path dir;

  private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

  static final String PAGE = "<html lang=\"ar\"><head><title>قمة في القاهرة</title></head><body><article>"
      + "<h1>قمة في القاهرة</h1><p>استقبل الرئيس المصري في القاهرة وزير الخارجية الإيطالي.</p></article></body></html>";

  static byte[] http(String contentType, String body) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + b.length + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[h.length + b.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(b, 0, all, h.length, b.length);
    return all;
  }

  /** Writes a WARC with a request, an HTML response, and an image response. */
  static Path warc(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel)) {
      writer.write(new WarcRequest.Builder(URI.create("https://news.example/a/1"))
          .body(MediaType.HTTP_REQUEST, "GET /a/1 HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1))
          .build());
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/a/1"))
          .date(Instant.parse("2024-05-02T10:00:00Z"))
          .body(MediaType.HTTP_RESPONSE, http("text/html; charset=utf-8", PAGE)).build());
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png"))
          .body(MediaType.HTTP_RESPONSE, http("image/png", "not really a png")).build());
    }
    return file;
  }

  @Test
  void readsTheHtmlPagesOfAWarcWithTheirAddressAndCaptureDate() throws IOException {
    ArticleReaderTest.Collected got = new ArticleReaderTest.Collected();
    reader.read(warc(dir.resolve("crawl.warc")), "crawl.warc", got);
    assertThat(got.problems).isEmpty();
    assertThat(got.articles).hasSize(1);
    assertThat(got.articles.get(0).article().url()).isEqualTo("https://news.example/a/1");
    assertThat(got.articles.get(0).article().date()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(got.articles.get(0).text()).contains("وزير الخارجية الإيطالي");
  }

  @Test
  void readsACompressedWarc() throws IOException {
    Path plain = warc(dir.resolve("crawl.warc"));
    Path gz = dir.resolve("crawl.warc.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(plain));
    }
    ArticleReaderTest.Collected got = new ArticleReaderTest.Collected();
    reader.read(gz, "crawl.warc.gz", got);
    assertThat(got.articles).hasSize(1);
  }

  @Test
  void reportsAFileThatIsNotAWarcInOneLine() throws IOException {
    Path bad = dir.resolve("bad.warc");
    Files.writeString(bad, "this is not a web archive\n");
    ArticleReaderTest.Collected got = new ArticleReaderTest.Collected();
    reader.read(bad, "bad.warc", got);
    assertThat(got.articles).isEmpty();
    assertThat(got.problems).hasSize(1);
    assertThat(got.problems.get(0).toString()).startsWith("bad.warc: ").doesNotContain("\n");
  }

  @Test
  void reportsAnArchiveWithoutPages() throws IOException {
    Path empty = dir.resolve("empty.warc");
    Files.write(empty, new byte[0]);
    ArticleReaderTest.Collected got = new ArticleReaderTest.Collected();
    reader.read(empty, "empty.warc", got);
    assertThat(got.problems).extracting(Problem::toString).containsExactly("empty.warc: empty WARC archive: no records");
  }

  static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>أخبار المثال</title>"
      + "<link>https://news.example/</link><description>d</description>"
      + "<item><title>مظاهرات في الرباط</title><link>https://news.example/rss/1</link>"
      + "<pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate>"
      + "<description>&lt;p&gt;خرج آلاف المتظاهرين في شوارع الرباط احتجاجا على ارتفاع الأسعار.&lt;/p&gt;</description></item>"
      + "<item><title>بلا نص</title><link>https://news.example/rss/2</link></item>"
      + "</channel></rss>";

  @Test
  void readsEachFeedEntryAsAnArticle() throws IOException {
    Path feed = dir.resolve("news.rss");
    Files.writeString(feed, RSS);
    ArticleReaderTest.Collected got = new ArticleReaderTest.Collected();
    reader.read(feed, "news.rss", got);
    assertThat(got.articles).hasSize(1);
    assertThat(got.articles.get(0).article().url()).isEqualTo("https://news.example/rss/1");
    assertThat(got.articles.get(0).article().date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(got.articles.get(0).article().source()).isEqualTo("أخبار المثال");
    assertThat(got.articles.get(0).text()).contains("مظاهرات في الرباط", "ارتفاع الأسعار");
    assertThat(got.problems).extracting(Problem::toString).containsExactly("news.rss: entry 2: no text");
  }

  @Test
  void recognisesAFeedByItsContent() throws IOException {
    Path feed = dir.resolve("feed.xml");
    Files.writeString(feed, RSS);
    ArticleReaderTest.Collected got = new ArticleReaderTest.Collected();
    reader.read(feed, "feed.xml", got);
    assertThat(got.articles).hasSize(1);
  }

  @Test
  void refusesAFeedThatDeclaresEntities() throws IOException {
    Path feed = dir.resolve("evil.rss");
    Files.writeString(feed, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>نص</description></item></channel></rss>");
    ArticleReaderTest.Collected got = new ArticleReaderTest.Collected();
    reader.read(feed, "evil.rss", got);
    assertThat(got.articles).isEmpty();
    assertThat(got.problems).hasSize(1);
    assertThat(got.problems.get(0).message()).startsWith("not a readable RSS or Atom feed");
  }
}
