package org.marsad.model;

/** Entity types, as in the annotation guidelines: people, organisations, states and places. */
public enum EntityType {
  PERSON,
  ORG,
  /** A geopolitical entity: a state, a city or region with a government, a nationality used as an actor. */
  GPE,
  /** Any other place: regions, seas, border areas. */
  LOC
}
