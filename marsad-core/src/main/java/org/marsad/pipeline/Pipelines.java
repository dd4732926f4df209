package org.marsad.pipeline;

import org.marsad.actors.ActorLexicon;
import org.marsad.actors.EntityStage;
import org.marsad.actors.MentionStage;
import org.marsad.actors.NameModel;
import org.marsad.analysis.TokenStage;
import org.marsad.analysis.Tokenizer;
import org.marsad.structure.PlainTextStructure;
import org.marsad.structure.SentenceSplitter;
import org.marsad.structure.SentenceStage;
import org.marsad.structure.StructureStage;

/** The recipes: one per language, reading top to bottom. */
public final class Pipelines {

  private Pipelines() {}

  /** Arabic news: structure, sentences, tokens, actor mentions, entities. */
  public static Pipeline arabicNews() {
    ActorLexicon actors = ActorLexicon.arabic();
    return Pipeline.of(
        new StructureStage(new PlainTextStructure()),
        new SentenceStage(SentenceSplitter.standard()),
        new TokenStage(new Tokenizer()),
        new MentionStage(actors, NameModel.arabic(actors)),
        new EntityStage(actors));
  }
}
