package org.marsad.pipeline;

import org.marsad.analysis.TokenStage;
import org.marsad.analysis.Tokenizer;
import org.marsad.structure.PlainTextStructure;
import org.marsad.structure.SentenceSplitter;
import org.marsad.structure.SentenceStage;
import org.marsad.structure.StructureStage;

/** The recipes: one per language, reading top to bottom. */
public final class Pipelines {

  private Pipelines() {}

  /** Arabic news: structure, sentences, tokens. */
  public static Pipeline arabicNews() {
    return Pipeline.of(
        new StructureStage(new PlainTextStructure()),
        new SentenceStage(SentenceSplitter.standard()),
        new TokenStage(new Tokenizer()));
  }
}
