package org.marsad.actors;

import org.marsad.model.EntityType;

/**
 * One lexicon entry: a name, adjective or title and what it stands for.
 *
 * @param key the entry's identity across its spellings: {@code state:EGY}, {@code org:nato}, {@code person:marco_rubio}
 * @param kind what sort of entry it is, which decides how the recognisers use it
 * @param type the entity type it names
 * @param name the canonical Arabic name
 * @param latin the Latin-script name
 * @param country ISO 3166-1 alpha-3 or {@code null}
 * @param sector PLOVER/CAMEO agent code or {@code null}
 * @param role a role or title (people, titles)
 * @param organisation the key of an organisation it belongs to, or {@code null}
 * @param wikidata a Wikidata QID or {@code null}
 * @param needsCountry for titles and institutions: whether it only names an actor once a country is known
 * @param detail for titles, their kind (office, rank, honorific, group, foreign, function ...); for institutions, theirs
 */
public record ActorEntry(
    String key, Kind kind, EntityType type, String name, String latin, String country, String sector,
    String role, String organisation, String wikidata, boolean needsCountry, String detail) {

  /** Whether this is a title naming a group of people: group, or foreign (الأجانب, المقاتلون الأجانب). */
  public boolean groupNoun() {
    return kind == Kind.TITLE && ("group".equals(detail) || "foreign".equals(detail));
  }

  /** Sorts of entries. */
  public enum Kind {
    PERSON,
    ORGANISATION,
    STATE,
    /** A nationality adjective (nisba): المصري, الأمريكية. */
    NISBA,
    /** A capital or seat standing for its state: موسكو, الكرملين. */
    METONYM,
    REGION,
    /** A city, town or first-level region of a state. */
    PLACE,
    /** An office, rank or role: وزير الدفاع, اللواء, المتحدث باسم. */
    TITLE,
    /** A state body named generically: وزارة الدفاع, الجيش, البرلمان. */
    INSTITUTION,
    /** A given name, a cue that a person's name starts here. */
    GIVEN_NAME,
    /** A sports club; its detail says whether a name of it is also a word or a place (word, place, word|place). */
    CLUB
  }
}
