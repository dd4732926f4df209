package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.structure.StructurePropertiesAccess;

/** Every reader on random bytes and hostile markup: no exception escapes, and what comes out is sound. */
class ReaderProperties {

  private static final Marsad MARSAD = Marsad.arabic();

  @Property(tries = 300)
  void randomBytesNeverEscapeAsExceptionsInAnyFormat(@ForAll byte[] bytes, @ForAll Format format) {
    ArticleReaderTest.Collected c = new ArticleReaderTest.Collected();
    new ArticleReader(ReadOptions.defaults().withFormat(format)).read(new ByteArrayInputStream(bytes), "x", c);
    assertThat(c.articles.size() + c.problems.size()).isGreaterThanOrEqualTo(1);
    for (Document doc : c.articles) {
      Document coded = MARSAD.code(doc);
      StructurePropertiesAccess.check(coded);
    }
  }

  @Property(tries = 100)
  void hostileHtmlYieldsSoundBlocks(@ForAll("html") String html) {
    ArticleReaderTest.Collected c = new ArticleReaderTest.Collected();
    new ArticleReader(ReadOptions.defaults().withFormat(Format.HTML))
        .read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "x.html", c);
    for (Document doc : c.articles) {
      StructurePropertiesAccess.check(MARSAD.code(doc));
    }
  }

  @Property(tries = 5)
  void deeplyNestedHtmlIsRead(@ForAll("depth") int depth) {
    String html = "<div>".repeat(depth) + "<p>نص عميق</p>" + "</div>".repeat(depth);
    ArticleReaderTest.Collected c = new ArticleReaderTest.Collected();
    new ArticleReader(ReadOptions.defaults().withFormat(Format.HTML))
        .read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "deep.html", c);
    assertThat(c.articles.size() + c.problems.size()).isEqualTo(1);
  }

  @Property(tries = 100)
  void randomJsonLinesAreReadOrReportedLineByLine(@ForAll("jsonl") String corpus) {
    ArticleReaderTest.Collected c = new ArticleReaderTest.Collected();
    new ArticleReader(ReadOptions.defaults().withFormat(Format.JSONL))
        .read(new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)), "x.jsonl", c);
    long lines = corpus.lines().filter(l -> !l.isBlank()).count();
    assertThat(c.articles.size() + c.problems.size()).isEqualTo(lines == 0 ? 1 : (int) lines);
  }

  @Provide
  Arbitrary<String> html() {
    return Arbitraries.of("<p>", "</p>", "<table>", "<tr>", "<td>", "<th>", "</td>", "<ul>", "<li>", "<h2>",
        "</h2>", "<script>", "</script>", "<article>", "<nav>", "نص", " | ", "<br>", "\u200F", "&amp;", "<!--",
        "-->", "<div class=share>", "</div>", "<meta name=date content=2026-13-45>")
        .list().ofMaxSize(80).map(list -> "<html><body>" + String.join("", list));
  }

  @Provide
  Arbitrary<Integer> depth() {
    return Arbitraries.integers().between(500, 5000);
  }

  @Provide
  Arbitrary<String> jsonl() {
    return Arbitraries.of("{\"id\":\"a\",\"text\":\"نص\"}", "{\"text\":\"\\u0000\"}", "{bad", "[]", "null",
        "{\"id\":{},\"text\":\"x\"}", "{\"text\":\"x\",\"date\":\"2026-99-99\"}", "\"text\"", "{}", "\uFEFF{")
        .list().ofMaxSize(20).map(list -> String.join("\n", list));
  }
}
