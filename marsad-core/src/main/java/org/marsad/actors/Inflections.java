package org.marsad.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * The regular case and number forms of an Arabic noun or adjective as newspapers write them
 * (undotted, without case vowels): the accusative of the indefinite singular (جنديًا → جنديا), the
 * dual (جنديان، جنديين), the sound plurals and the construct plural (مسلحو حماس، مستوطني المستوطنة).
 * Broken plurals (جنود، ضباط) are irregular and stay listed in the data.
 */
final class Inflections {

  private static final String ARTICLE = "ال";

  private Inflections() {}

  /** Forms of one word beside the one given; never the word itself. */
  static List<String> of(String word) {
    List<String> forms = new ArrayList<>();
    boolean definite = word.startsWith(ARTICLE) && word.length() > 4;
    String bare = definite ? word.substring(ARTICLE.length()) : word;
    int n = bare.length();
    if (n < 3) {
      return forms;
    }
    List<String> numbers = new ArrayList<>(); // forms that also take the article
    List<String> indefinite = new ArrayList<>(); // forms that never do
    if (bare.endsWith("ون")) {
      String stem = bare.substring(0, n - 2);
      numbers.add(stem + "ين");
      indefinite.add(stem + "و");
      indefinite.add(stem + "ي");
    } else if (bare.endsWith("ة")) {
      String stem = bare.substring(0, n - 1);
      numbers.add(stem + "تان");
      numbers.add(stem + "تين");
      numbers.add(stem + "ات");
    } else if (!bare.endsWith("ين") && !bare.endsWith("ات") && !bare.endsWith("ا") && !bare.endsWith("ى")
        && !bare.endsWith("ء") && !bare.endsWith("ان")) {
      indefinite.add(bare + "ا");
      numbers.add(bare + "ان");
      numbers.add(bare + "ين");
      numbers.add(bare + "ون");
      if (bare.endsWith("ي")) {
        numbers.add(bare + "ة"); // the feminine of a nisba noun: انتحارية
      }
    }
    if (definite) {
      forms.add(bare);
    }
    for (String form : numbers) {
      forms.add(form);
      forms.add(ARTICLE + form);
    }
    forms.addAll(indefinite);
    forms.remove(word);
    return forms;
  }
}
