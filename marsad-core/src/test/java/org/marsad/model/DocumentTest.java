package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

  private final Article article = new Article("a", null, null, null, "ar", null, "نص قصير.");

  @Test
  void refusesToReplaceALayerAnEarlierStageAdded() {
    Document withBlocks = Document.of(article).withBlocks(List.of(new Paragraph(new Span(0, 8))));
    assertThatThrownBy(() -> withBlocks.withBlocks(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BLOCKS layer is already set");
  }

  @Test
  void readingAMissingLayerNamesIt() {
    assertThatThrownBy(() -> Document.of(article).sentences())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SENTENCES");
  }

  @Test
  void addingALayerLeavesTheOriginalDocumentUnchanged() {
    Document bare = Document.of(article);
    Document withBlocks = bare.withBlocks(List.of());
    assertThat(bare.has(Layer.BLOCKS)).isFalse();
    assertThat(withBlocks.has(Layer.BLOCKS)).isTrue();
    assertThat(withBlocks.layers()).containsExactly(Layer.TEXT, Layer.BLOCKS);
  }

  @Test
  void spansRejectNegativeAndReversedRanges() {
    assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Span(0, 3).of(article.text())).isEqualTo("نص ");
  }
}
