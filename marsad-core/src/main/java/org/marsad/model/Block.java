package org.marsad.model;

/** A unit of an article's structure. Blocks of one article never overlap and are in text order. */
public sealed interface Block permits Heading, Paragraph, Table, ListBlock {

  /** The whole block, from its first to its last character (markup such as list markers included). */
  Span span();

  /** The block's kind as written in the JSON output: heading, paragraph, table or list. */
  String kind();
}
