package org.marsad.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.Marsad;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Cell;
import org.marsad.model.Document;
import org.marsad.model.Heading;
import org.marsad.model.ListBlock;
import org.marsad.model.ListItem;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Table;
import org.marsad.model.Token;

/** Structure, sentences and tokens on hostile text: nothing throws, every span is in bounds and in order. */
class StructureProperties {

  private static final Marsad MARSAD = Marsad.arabic();

  @Property(tries = 300)
  void anyUnicodeTextYieldsOrderedSpansInBounds(@ForAll("hostile") String text) {
    Document doc = MARSAD.code(new Article("p", null, null, null, "ar", null, text));
    checkBlocks(doc.blocks(), text.length());
    checkSentences(doc.sentences(), doc.blocks(), text.length());
    checkTokens(doc.tokens(), text);
  }

  @Property(tries = 20)
  void hugeLinesAreHandled(@ForAll("hugeLine") String text) {
    Document doc = MARSAD.code(new Article("p", null, null, null, "ar", null, text));
    checkBlocks(doc.blocks(), text.length());
    checkSentences(doc.sentences(), doc.blocks(), text.length());
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(20),
        Arbitraries.of("\n", "\r\n", "\r", "|", "| ", " |", "\n|", "- ", "1. ", "(١) ", "# ", "|---|---|",
            ".", "...", "؟", "؛", "«", "»", "\"", "(", ")", "\u200F", "\u202B", "\u2067", "\u0651", "\u064E",
            "\u0640", "\uFEFF", "\uFDFA", "\uD83D\uDE00", "\uD800", "3.5", "U.S.", "\t", " ", "\u00A0", "\u2028"),
        Arbitraries.of("أكد وزير الخارجية", "ونظيره الإيطالي", "Mr. Smith", "واشنطن", "عبد العاطي"));
    return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<String> hugeLine() {
    return Arbitraries.of("كلمة ", "word. ", "| ", "«", "(", "\u200F", "؟").list().ofMinSize(20_000).ofMaxSize(60_000)
        .map(list -> String.join("", list));
  }

  static void checkBlocks(List<Block> blocks, int length) {
    int previousEnd = 0;
    for (Block block : blocks) {
      Span span = block.span();
      assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.end()).isLessThanOrEqualTo(length).isGreaterThan(span.start());
      for (Span inner : innerSpans(block)) {
        assertThat(span.contains(inner)).as("%s inside %s", inner, span).isTrue();
      }
      previousEnd = span.end();
    }
  }

  static void checkSentences(List<Sentence> sentences, List<Block> blocks, int length) {
    int previousEnd = 0;
    for (Sentence sentence : sentences) {
      assertThat(sentence.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(sentence.span().end()).isLessThanOrEqualTo(length).isGreaterThan(sentence.span().start());
      assertThat(blocks.get(sentence.block()).span().contains(sentence.span())).isTrue();
      previousEnd = sentence.span().end();
    }
  }

  static void checkTokens(List<Token> tokens, String text) {
    int previousEnd = 0;
    for (Token token : tokens) {
      assertThat(token.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(token.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(token.span().of(text)).isEqualTo(token.text());
      previousEnd = token.span().end();
    }
  }

  private static List<Span> innerSpans(Block block) {
    java.util.ArrayList<Span> spans = new java.util.ArrayList<>();
    if (block instanceof Heading h) {
      spans.add(h.text());
    } else if (block instanceof Table t) {
      t.header().stream().map(Cell::span).forEach(spans::add);
      t.rows().forEach(row -> row.stream().map(Cell::span).forEach(spans::add));
    } else if (block instanceof ListBlock l) {
      l.items().stream().map(ListItem::span).forEach(spans::add);
    }
    return spans;
  }
}
