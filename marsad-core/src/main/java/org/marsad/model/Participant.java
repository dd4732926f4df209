package org.marsad.model;

/**
 * The source or target of an event.
 *
 * @param span the words naming it in the sentence
 * @param entity the id of the article entity it is, or {@code null} (a group with no name: المتظاهرون)
 * @param name the entity's canonical name, or the words
 * @param country ISO 3166-1 alpha-3 or {@code null}
 * @param sector PLOVER/CAMEO agent code or {@code null}
 */
public record Participant(Span span, String entity, String name, String country, String sector) {}
