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
  private final List<String> warnings;

  private Document(
      Article article, List<Block> blocks, List<Sentence> sentences, List<Token> tokens,
      List<Mention> mentions, List<Entity> entities, List<String> warnings) {
    this.article = Objects.requireNonNull(article, "article");
    this.blocks = blocks;
    this.sentences = sentences;
    this.tokens = tokens;
    this.mentions = mentions;
    this.entities = entities;
    this.warnings = List.copyOf(warnings);
  }

  public static Document of(Article article) {
    return new Document(article, null, null, null, null, null, List.of());
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

  public List<Mention> mentions() {
    return require(mentions, Layer.MENTIONS);
  }

  public List<Entity> entities() {
    return require(entities, Layer.ENTITIES);
  }

  public Document withWarning(String warning) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.add(warning);
    return new Document(article, blocks, sentences, tokens, mentions, entities, all);
  }

  public Document withBlocks(List<Block> blocks) {
    absent(this.blocks, Layer.BLOCKS);
    return new Document(article, List.copyOf(blocks), sentences, tokens, mentions, entities, warnings);
  }

  public Document withSentences(List<Sentence> sentences) {
    absent(this.sentences, Layer.SENTENCES);
    return new Document(article, blocks, List.copyOf(sentences), tokens, mentions, entities, warnings);
  }

  public Document withTokens(List<Token> tokens) {
    absent(this.tokens, Layer.TOKENS);
    return new Document(article, blocks, sentences, List.copyOf(tokens), mentions, entities, warnings);
  }

  public Document withMentions(List<Mention> mentions) {
    absent(this.mentions, Layer.MENTIONS);
    return new Document(article, blocks, sentences, tokens, List.copyOf(mentions), entities, warnings);
  }

  public Document withEntities(List<Entity> entities) {
    absent(this.entities, Layer.ENTITIES);
    return new Document(article, blocks, sentences, tokens, mentions, List.copyOf(entities), warnings);
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
