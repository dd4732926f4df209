package org.marsad.model;

/** A paragraph of running text. */
public record Paragraph(Span span) implements Block {

  @Override
  public String kind() {
    return "paragraph";
  }
}
