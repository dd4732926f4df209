package org.marsad.model;

/** A sentence, without surrounding whitespace; {@code block} is the index of its block. */
public record Sentence(Span span, int block) {}
