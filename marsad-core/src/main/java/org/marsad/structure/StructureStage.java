package org.marsad.structure;

import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.Layer;
import org.marsad.pipeline.Stage;

/** Adds the blocks recovered from the plain text (readers that know the markup add their own). */
public final class StructureStage implements Stage {

  private final PlainTextStructure structure;

  public StructureStage(PlainTextStructure structure) {
    this.structure = structure;
  }

  @Override
  public String name() {
    return "structure";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Layer adds() {
    return Layer.BLOCKS;
  }

  @Override
  public Document apply(Document document) {
    return document.withBlocks(structure.blocks(document.text()));
  }
}
