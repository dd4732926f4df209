package org.marsad.model;

import java.util.List;

/**
 * One actor or place of an article, with every mention of it.
 *
 * @param id the entity's id within the article ({@code e1}, {@code e2} ...)
 * @param type what it is
 * @param name the canonical Arabic name (the lexicon's, or the fullest mention)
 * @param latin the Latin-script name when known
 * @param country ISO 3166-1 alpha-3, or {@code null} (international organisations, unknown)
 * @param sector PLOVER/CAMEO agent code, or {@code null} (a state as a whole)
 * @param role the role or title, when known
 * @param organisation the key of the organisation a person acts for (e.g. {@code nato}), or {@code null}
 * @param wikidata the Wikidata QID when known
 * @param mentions indices into the document's mentions, in text order
 */
public record Entity(
    String id, EntityType type, String name, String latin, String country, String sector, String role,
    String organisation, String wikidata, List<Integer> mentions) {

  public Entity {
    mentions = List.copyOf(mentions);
  }
}
