package org.marsad.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article with the layers added to it so far. Immutable: each {@code with...} method returns a
 * new document with one more layer and refuses to replace a layer that is already there, so a
 * later stage can never edit an earlier one. A missing layer is {@code null} inside and an error
 * when read.
 */
public final class Document {

  private final Article article;
  private final List<Block> blocks;
  private final List<Sentence> sentences;
  private final List<Token> tokens;
  private final List<Mention> mentions;
  private final List<Entity> entities;
  private final List<Discourse> discourse;
  private final List<Event> events;
  private final List<String> warnings;

  private Document(
      Article article, List<Block> blocks, List<Sentence> sentences, List<Token> tokens,
      List<Mention> mentions, List<Entity> entities, List<Discourse> discourse, List<Event> events,
      List<String> warnings) {
    this.article = Objects.requireNonNull(article, "article");
    this.blocks = blocks;
    this.sentences = sentences;
    this.tokens = tokens;
    this.mentions = mentions;
    this.entities = entities;
    this.discourse = discourse;
    this.events = events;
    this.warnings = List.copyOf(warnings);
  }

  public static Document of(Article article) {
    return new Document(article, null, null, null, null, null, null, null, List.of());
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  /** Non-fatal remarks about how the input was read (for example a legacy encoding). */
  public List<String> warnings() {
    return warnings;
  }

  public boolean has(Layer layer) {
    return switch (layer) {
      case TEXT -> true;
      case BLOCKS -> blocks != null;
      case SENTENCES -> sentences != null;
      case TOKENS -> tokens != null;
      case MENTIONS -> mentions != null;
      case ENTITIES -> entities != null;
      case DISCOURSE -> discourse != null;
      case EVENTS -> events != null;
    };
  }

  public Set<Layer> layers() {
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    for (Layer layer : Layer.values()) {
      if (has(layer)) {
        layers.add(layer);
      }
    }
    return layers;
  }

  public List<Block> blocks() {
    return require(blocks, Layer.BLOCKS);
  }

  public List<Sentence> sentences() {
    return require(sentences, Layer.SENTENCES);
  }

  public List<Token> tokens() {
    return require(tokens, Layer.TOKENS);
  }

  /** The tokens of each sentence, in order (both layers must be there). */
  public List<List<Token>> tokensBySentence() {
    List<List<Token>> out = new java.util.ArrayList<>();
    List<Token> all = tokens();
    int t = 0;
    for (Sentence sentence : sentences()) {
      List<Token> in = new java.util.ArrayList<>();
      while (t < all.size() && all.get(t).span().start() < sentence.span().start()) {
        t++;
      }
      while (t < all.size() && all.get(t).span().end() <= sentence.span().end()) {
        in.add(all.get(t++));
      }
      out.add(in);
    }
    return out;
  }

  public List<Mention> mentions() {
    return require(mentions, Layer.MENTIONS);
  }

  public List<Entity> entities() {
    return require(entities, Layer.ENTITIES);
  }

  public List<Discourse> discourse() {
    return require(discourse, Layer.DISCOURSE);
  }

  public List<Event> events() {
    return require(events, Layer.EVENTS);
  }

  public Document withDiscourse(List<Discourse> discourse) {
    absent(this.discourse, Layer.DISCOURSE);
    return new Document(article, blocks, sentences, tokens, mentions, entities, List.copyOf(discourse), events, warnings);
  }

  public Document withEvents(List<Event> events) {
    absent(this.events, Layer.EVENTS);
    return new Document(article, blocks, sentences, tokens, mentions, entities, discourse, List.copyOf(events), warnings);
  }

  public Document withWarning(String warning) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.add(warning);
    return new Document(article, blocks, sentences, tokens, mentions, entities, discourse, events, all);
  }

  public Document withBlocks(List<Block> blocks) {
    absent(this.blocks, Layer.BLOCKS);
    return new Document(article, List.copyOf(blocks), sentences, tokens, mentions, entities, discourse, events, warnings);
  }

  public Document withSentences(List<Sentence> sentences) {
    absent(this.sentences, Layer.SENTENCES);
    return new Document(article, blocks, List.copyOf(sentences), tokens, mentions, entities, discourse, events, warnings);
  }

  public Document withTokens(List<Token> tokens) {
    absent(this.tokens, Layer.TOKENS);
    return new Document(article, blocks, sentences, List.copyOf(tokens), mentions, entities, discourse, events, warnings);
  }

  public Document withMentions(List<Mention> mentions) {
    absent(this.mentions, Layer.MENTIONS);
    return new Document(article, blocks, sentences, tokens, List.copyOf(mentions), entities, discourse, events, warnings);
  }

  public Document withEntities(List<Entity> entities) {
    absent(this.entities, Layer.ENTITIES);
    return new Document(article, blocks, sentences, tokens, mentions, List.copyOf(entities), discourse, events, warnings);
  }

  private static <T> T require(T layer, Layer name) {
    if (layer == null) {
      throw new IllegalStateException("the document has no " + name + " layer yet");
    }
    return layer;
  }

  private static void absent(Object layer, Layer name) {
    if (layer != null) {
      throw new IllegalStateException("the " + name + " layer is already set; a stage may not replace it");
    }
  }
}
