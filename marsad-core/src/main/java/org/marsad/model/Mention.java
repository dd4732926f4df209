package org.marsad.model;

/**
 * A stretch of text that names an actor or a place, with what the recogniser that found it could
 * tell on its own. {@link Entity entities} group mentions and resolve them in the article's context.
 *
 * @param span the words, without proclitics such as و or ب
 * @param type what it names
 * @param key the lexicon entry it matched (e.g. {@code state:EGY}, {@code org:nato}), or {@code null}
 * @param country ISO 3166-1 alpha-3, or {@code null} when not known here
 * @param sector PLOVER/CAMEO agent code, or {@code null}
 * @param role the title or role written with it (وزير الدفاع الفرنسي), or {@code null}
 * @param by which recogniser found it
 * @param form how the text refers to the actor
 */
public record Mention(Span span, EntityType type, String key, String country, String sector, String role, Recogniser by,
    Form form) {

  /** How a mention refers to its actor. */
  public enum Form {
    /** A proper name: سيرغي لافروف, مصر, الاتحاد الأفريقي. */
    NAME,
    /** A description with a nationality or a title: وزير الدفاع الفرنسي, القوات الإسرائيلية. */
    NOMINAL,
    /** A nationality adjective alone: المصري, الأمريكية. */
    ADJECTIVE,
    /** A capital or seat standing for its state's government: موسكو, الكرملين. */
    METONYM,
    /** A later reference: a family name alone, الحلف. */
    REFERENCE
  }

  /** The recognisers, from the surest to the least sure. */
  public enum Recogniser {
    /** An entry of the actor lexicons. */
    LEXICON,
    /** A pattern: a title before a name, a name after a title, an institution with a nisba. */
    PATTERN,
    /** The statistical name finder. */
    MODEL,
    /** A later reference resolved in context: a surname alone, الحركة after حركة حماس. */
    CONTEXT
  }
}
