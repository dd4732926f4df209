package org.marsad.model;

/** A heading; {@code text} excludes markup such as Markdown's {@code #}. Level 1 is the highest. */
public record Heading(Span span, Span text, int level) implements Block {

  public Heading {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("heading level " + level);
    }
  }

  @Override
  public String kind() {
    return "heading";
  }
}
