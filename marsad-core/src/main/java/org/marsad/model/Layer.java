package org.marsad.model;

/** The layers a document can carry, in the order the stages add them. */
public enum Layer {
  TEXT,
  BLOCKS,
  SENTENCES,
  TOKENS,
  MENTIONS,
  ENTITIES,
  DISCOURSE,
  EVENTS
}
