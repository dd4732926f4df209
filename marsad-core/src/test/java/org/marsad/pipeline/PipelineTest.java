package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Layer;
import org.marsad.model.Paragraph;
import org.marsad.Pipelines;
import org.marsad.model.Span;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private record FakeStage(String name, Set<Layer> needs, Layer adds) implements Stage {
    @Override
    public Document apply(Document document) {
      return switch (adds) {
        case BLOCKS -> document.withBlocks(List.of(new Paragraph(new Span(0, document.text().length()))));
        case SENTENCES -> document.withSentences(List.of());
        default -> document.withTokens(List.of());
      };
    }
  }

  @Test
  void failsWhenBuiltIfAStageNeedsALayerNoEarlierStageAdds() {
    Stage sentences = new FakeStage("sentences", Set.of(Layer.BLOCKS), Layer.SENTENCES);
    assertThatThrownBy(() -> Pipeline.of(sentences))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage sentences needs [BLOCKS]")
        .hasMessageContaining("add a stage that adds it before sentences");
  }

  @Test
  void failsWhenTwoStagesAddTheSameLayer() {
    Stage one = new FakeStage("one", Set.of(), Layer.BLOCKS);
    Stage two = new FakeStage("two", Set.of(), Layer.BLOCKS);
    assertThatThrownBy(() -> Pipeline.of(one, two)).hasMessageContaining("already adds");
  }

  @Test
  void skipsAStageWhoseLayerTheReaderAlreadyBrought() {
    Pipeline pipeline = Pipeline.of(new FakeStage("structure", Set.of(), Layer.BLOCKS),
        new FakeStage("sentences", Set.of(Layer.BLOCKS), Layer.SENTENCES));
    Document fromHtml = Document.of(new Article("a", null, null, null, "ar", null, "نص"))
        .withBlocks(List.of());
    Document coded = pipeline.run(fromHtml);
    assertThat(coded.blocks()).isEmpty();
    assertThat(coded.has(Layer.SENTENCES)).isTrue();
  }

  @Test
  void theArabicRecipeIsWellOrdered() {
    assertThat(Pipelines.arabicNews().stages()).extracting(Stage::name)
        .containsExactly("structure", "sentences", "tokens", "mentions", "entities", "discourse", "events");
  }
}
