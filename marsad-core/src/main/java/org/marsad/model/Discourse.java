package org.marsad.model;

import java.util.List;

/**
 * How one sentence speaks: its kind, and the stretches of it in the writer's own voice (a
 * commentary clause inside a reporting sentence: "، وهو ما يعزز ..."), which report no event.
 */
public record Discourse(SentenceKind kind, List<Span> commentary) {

  public Discourse {
    commentary = List.copyOf(commentary);
  }

  public boolean isCommentary(int offset) {
    if (kind == SentenceKind.COMMENTARY) {
      return true;
    }
    for (Span span : commentary) {
      if (span.start() <= offset && offset < span.end()) {
        return true;
      }
    }
    return false;
  }
}
