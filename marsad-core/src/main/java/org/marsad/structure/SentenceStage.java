package org.marsad.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Block;
import org.marsad.model.Cell;
import org.marsad.model.Document;
import org.marsad.model.Heading;
import org.marsad.model.Layer;
import org.marsad.model.ListBlock;
import org.marsad.model.ListItem;
import org.marsad.model.Paragraph;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Table;
import org.marsad.pipeline.Stage;

/**
 * Adds sentences block by block: a heading is one sentence, a table cell is one or more, list
 * items and paragraphs are split by the {@link SentenceSplitter}.
 */
public final class SentenceStage implements Stage {

  private final SentenceSplitter splitter;

  public SentenceStage(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.BLOCKS);
  }

  @Override
  public Layer adds() {
    return Layer.SENTENCES;
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Block> blocks = document.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      for (Span span : spansOf(text, blocks.get(b))) {
        sentences.add(new Sentence(span, b));
      }
    }
    return document.withSentences(sentences);
  }

  private List<Span> spansOf(String text, Block block) {
    List<Span> spans = new ArrayList<>();
    if (block instanceof Heading h) {
      spans.addAll(splitter.split(text, h.text()));
    } else if (block instanceof Paragraph p) {
      spans.addAll(splitter.split(text, p.span()));
    } else if (block instanceof ListBlock l) {
      for (ListItem item : l.items()) {
        spans.addAll(splitter.split(text, item.span()));
      }
    } else if (block instanceof Table t) {
      for (Cell cell : t.header()) {
        spans.addAll(splitter.split(text, cell.span()));
      }
      for (List<Cell> row : t.rows()) {
        for (Cell cell : row) {
          spans.addAll(splitter.split(text, cell.span()));
        }
      }
    }
    return spans;
  }
}
