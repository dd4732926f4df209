package org.marsad;

import org.marsad.actors.ActorLexicon;
import org.marsad.actors.EntityStage;
import org.marsad.actors.MentionStage;
import org.marsad.actors.NameModel;
import org.marsad.analysis.TokenStage;
import org.marsad.pipeline.Pipeline;
import org.marsad.events.DiscourseStage;
import org.marsad.events.EventFeatures;
import org.marsad.events.EventFilter;
import org.marsad.events.EventLexicon;
import org.marsad.events.EventStage;
import org.marsad.analysis.Tokenizer;
import org.marsad.structure.PlainTextStructure;
import org.marsad.structure.SentenceSplitter;
import org.marsad.structure.SentenceStage;
import org.marsad.structure.StructureStage;

/** The recipes: one per language, reading top to bottom. */
public final class Pipelines {

  private Pipelines() {}

  /** Arabic news: structure, sentences, tokens, actor mentions, entities, discourse, events. */
  public static Pipeline arabicNews() {
    return arabicNews(true);
  }

  /**
   * Arabic news, with or without the trained event filter's decision (without it, every lexicon
   * candidate stays, with the filter's probability as its confidence).
   */
  public static Pipeline arabicNews(boolean eventFilter) {
    EventFilter filter = EventFilter.arabic();
    return arabicNews(eventFilter ? filter : filter.withThresholds(0, java.util.Map.of()), true);
  }

  /**
   * Arabic news with a given event filter ({@code null}: none) and with or without giving events
   * the subject named before them (training the filter judges each sentence on its own).
   */
  public static Pipeline arabicNews(EventFilter eventFilter, boolean subjects) {
    ActorLexicon actors = ActorLexicon.arabic();
    return arabicNews(eventFilter, subjects, actors, NameModel.arabic(actors));
  }

  /** Arabic news with a given name model (e.g. one just trained, to score it as coding uses it). */
  public static Pipeline arabicNews(EventFilter eventFilter, boolean subjects, ActorLexicon actors, NameModel names) {
    return Pipeline.of(
        new StructureStage(new PlainTextStructure()),
        new SentenceStage(SentenceSplitter.standard()),
        new TokenStage(new Tokenizer()),
        new MentionStage(actors, names),
        new EntityStage(actors),
        DiscourseStage.arabic(),
        new EventStage(EventLexicon.arabic(actors.wordClasses()), actors, eventFilter, EventFeatures.arabic(), subjects));
  }
}
