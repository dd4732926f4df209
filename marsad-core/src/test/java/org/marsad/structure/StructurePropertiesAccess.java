package org.marsad.structure;

import org.marsad.model.Document;

/** Lets property tests of other packages run the same span checks on a coded document. */
public final class StructurePropertiesAccess {

  private StructurePropertiesAccess() {}

  public static void check(Document doc) {
    StructureProperties.checkBlocks(doc.blocks(), doc.text().length());
    StructureProperties.checkSentences(doc.sentences(), doc.blocks(), doc.text().length());
    StructureProperties.checkTokens(doc.tokens(), doc.text());
  }
}
