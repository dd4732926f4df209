package org.marsad.model;

/** What a sentence does in the article, as the annotation guidelines define it. */
public enum SentenceKind {
  /** States something that happened or is happening. */
  REPORT,
  /** Mainly a quoted statement. */
  QUOTE,
  /** The writer's own opinion, analysis, filler or rhetorical question: reports no event. */
  COMMENTARY,
  /** A title or sub-heading. */
  HEADING,
  /** Datelines, captions, bylines, table cells and other boilerplate. */
  OTHER
}
