package org.marsad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.actors.ActorLexicon;
import org.marsad.actors.EntityStage;
import org.marsad.actors.MentionStage;
import org.marsad.actors.NameModel;
import org.marsad.analysis.TokenStage;
import org.marsad.analysis.Tokenizer;
import org.marsad.actors.ActorLexicon;
import org.marsad.events.DiscourseStage;
import org.marsad.events.EventFeatures;
import org.marsad.events.EventFilter;
import org.marsad.events.EventLexicon;
import org.marsad.events.EventStage;
import org.marsad.json.DocumentJson;
import org.marsad.model.Article;
import org.marsad.read.ArticleReader;
import org.marsad.read.ArticleSink;
import org.marsad.read.ReadOptions;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;
import org.marsad.Pipelines;
import org.marsad.structure.PlainTextStructure;
import org.marsad.structure.SentenceSplitter;
import org.marsad.structure.SentenceStage;
import org.marsad.structure.StructureStage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each stage on the whole sample, one operation = the sample once. Words per second = operations
 * per second times the sample's word count, which setup prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class StagesBenchmark {

  List<Article> articles;
  List<Document> structured;
  List<Document> tokenized;
  Pipeline analysisAndActors;
  Pipeline full;
  DiscourseStage discourse;
  EventStage events;
  List<Document> withEntities;
  List<Document> coded;
  byte[] jsonLines;
  ArticleReader reader;
  DocumentJson json;
  StructureStage structure;
  SentenceStage sentences;
  TokenStage tokens;
  MentionStage mentions;

  @Setup(Level.Trial)
  public void setUp() {
    articles = Sample.articles();
    ActorLexicon lexicon = ActorLexicon.arabic();
    structure = new StructureStage(new PlainTextStructure());
    sentences = new SentenceStage(SentenceSplitter.standard());
    tokens = new TokenStage(new Tokenizer());
    mentions = new MentionStage(lexicon, NameModel.arabic(lexicon));
    analysisAndActors = Pipeline.of(structure, sentences, tokens, mentions, new EntityStage(lexicon));
    full = Pipelines.arabicNews();
    discourse = DiscourseStage.arabic();
    events = new EventStage(EventLexicon.arabic(lexicon.wordClasses()), lexicon, EventFilter.arabic(), EventFeatures.arabic(), true);
    structured = new ArrayList<>();
    tokenized = new ArrayList<>();
    withEntities = new ArrayList<>();
    coded = new ArrayList<>();
    for (Article a : articles) {
      Document d = sentences.apply(structure.apply(Document.of(a)));
      structured.add(d);
      tokenized.add(tokens.apply(d));
      withEntities.add(analysisAndActors.run(Document.of(a)));
      coded.add(full.run(Document.of(a)));
    }
    jsonLines = Sample.jsonLines(articles);
    reader = new ArticleReader(ReadOptions.defaults());
    json = new DocumentJson(new DocumentJson.Options(false, false));
    System.out.println("\nsample: " + articles.size() + " articles, " + Sample.words(articles) + " words");
  }

  /** Reading: JSON Lines bytes to articles. */
  @Benchmark
  public void reading(Blackhole bh) {
    reader.read(new java.io.ByteArrayInputStream(jsonLines), "sample.jsonl", ArticleSink.of(bh::consume, problem -> {
      throw new IllegalStateException(problem.toString());
    }));
  }

  /** Structure recovery alone (blocks). */
  @Benchmark
  public void structure(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(structure.apply(Document.of(a)));
    }
  }

  /** Discourse (commentary, quotes) and event coding, on documents with their entities. */
  @Benchmark
  public void discourseAndEvents(Blackhole bh) {
    for (Document d : withEntities) {
      bh.consume(events.apply(discourse.apply(d)));
    }
  }

  /** The whole pipeline, text to events. */
  @Benchmark
  public void wholePipeline(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(full.run(Document.of(a)));
    }
  }

  /** JSON output of coded documents. */
  @Benchmark
  public void jsonOutput(Blackhole bh) throws java.io.IOException {
    for (Document d : coded) {
      java.io.StringWriter out = new java.io.StringWriter();
      json.write(d, out);
      bh.consume(out.getBuffer().length());
    }
  }

  @Benchmark
  public void structureAndSentences(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(sentences.apply(structure.apply(Document.of(a))));
    }
  }

  @Benchmark
  public void tokens(Blackhole bh) {
    for (Document d : structured) {
      bh.consume(tokens.apply(d));
    }
  }

  @Benchmark
  public void mentions(Blackhole bh) {
    for (Document d : tokenized) {
      bh.consume(mentions.apply(d));
    }
  }

  /** Arabic analysis plus actors: text to entities. */
  @Benchmark
  public void analysisAndActors(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(analysisAndActors.run(Document.of(a)));
    }
  }
}
