package org.marsad.model;

/**
 * The source or target of an event.
 *
 * @param span the words naming it in the sentence
 * @param entity the id of the article entity it is, or {@code null} (a group with no name: المتظاهرون)
 * @param name the entity's canonical name, or the words
 * @param country ISO 3166-1 alpha-3; in a coded event, CAMEO's IGO, IMG or INT for an actor of no state (see
 *     {@link #INTERNATIONAL}); or {@code null}
 * @param sector PLOVER/CAMEO agent code or {@code null}
 */
public record Participant(Span span, String entity, String name, String country, String sector) {

  /**
   * This participant as event data codes it: an intergovernmental organisation or an international militarized
   * group that belongs to no state (the UN, NATO, al-Qaeda) takes its sector, IGO or IMG, where a state's code
   * would be, as CAMEO actor codes do (IGOUNO, IMGMUSALQ) and the Arabic PLOVER gold standard annotates. Entities
   * keep a null country: this is the event's coding of the actor, not a fact about the organisation.
   */
  public Participant withStatelessCode() {
    if (country != null || !statelessSector(sector)) {
      return this;
    }
    return new Participant(span, entity, name, sector, sector);
  }

  /** Whether a sector is that of an actor of no state: an intergovernmental organisation or an international militarized group. */
  public static boolean statelessSector(String sector) {
    return "IGO".equals(sector) || "IMG".equals(sector);
  }

  /** The ISO code of the actor's state, or {@code null}: also where IGO, IMG or INT stands in its place. */
  public String state() {
    return country == null || INTERNATIONAL.contains(country) ? null : country;
  }

  /**
   * CAMEO's codes for actors of no state, written where a state's code would be: IGO and IMG (see {@link
   * #withStatelessCode()}), and INT, people of other states the text does not name (الأجانب, foreigners).
   */
  public static final java.util.Set<String> INTERNATIONAL = java.util.Set.of("IGO", "IMG", "INT");
}
