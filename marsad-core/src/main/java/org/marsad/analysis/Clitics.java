package org.marsad.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate readings of a normalised Arabic word without its clitics. The word as written always
 * comes first, so a caller that checks candidates against a lexicon in order never mangles a name
 * that merely starts like a clitic (بوتين stays بوتين; ولد stays ولد unless لد is listed and ولد is
 * not). Proclitics: the conjunctions و ف, the prepositions ب ل ك, and ل before the article (لل,
 * which drops the article's alef). Enclitics: the pronoun suffixes, restoring teh marbuta (normalised
 * ه) before them. Works on {@link ArabicNormalizer} forms. Pure.
 */
public final class Clitics {

  /** A reading: {@code stem}, after removing {@code prefixChars} characters of the normalised word. */
  public record Reading(int prefixChars, String stem) {}

  private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي"};

  private Clitics() {}

  /** The word, then the word without a conjunction, a preposition, or both. */
  public static List<Reading> withoutProclitics(String word) {
    List<Reading> readings = new ArrayList<>(4);
    readings.add(new Reading(0, word));
    addPrepositional(word, 0, readings);
    if (word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
      String rest = word.substring(1);
      readings.add(new Reading(1, rest));
      addPrepositional(rest, 1, readings);
    }
    return readings;
  }

  private static void addPrepositional(String word, int offset, List<Reading> readings) {
    if (word.length() > 3 && word.startsWith("لل")) {
      readings.add(new Reading(offset + 1, "ال" + word.substring(2)));
    } else if (word.length() > 2 && (word.charAt(0) == 'ب' || word.charAt(0) == 'ل' || word.charAt(0) == 'ك')) {
      readings.add(new Reading(offset + 1, word.substring(1)));
    }
  }

  /** Stems of the word without a pronoun suffix (longest suffix first), teh marbuta restored where it was. */
  public static List<String> withoutEnclitics(String word) {
    List<String> stems = new ArrayList<>(2);
    for (String suffix : SUFFIXES) {
      if (word.length() >= suffix.length() + 2 && word.endsWith(suffix)) {
        String stem = word.substring(0, word.length() - suffix.length());
        if (stem.endsWith("ت")) {
          stems.add(stem.substring(0, stem.length() - 1) + "ه"); // زيارته → زيارة
        }
        stems.add(stem);
      }
    }
    return stems;
  }

  /**
   * The matching key of a normalised word. Hamza on waw and yeh is kept: folding it would make
   * بؤر (foci) the town of بور and gain nothing, since lexicons spell names with their hamza.
   */
  public static String key(String norm) {
    return norm;
  }
}
