package org.marsad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectionsTest {

  @Test
  void givesTheAccusativeDualAndPluralsOfASingular() {
    assertThat(Inflections.of("جندي")).contains("جنديا", "جنديان", "جنديين", "الجنديين").doesNotContain("جندي", "الجنديا");
  }

  @Test
  void givesTheObliqueAndConstructFormsOfASoundPlural() {
    assertThat(Inflections.of("المسلحون")).contains("مسلحون", "المسلحين", "مسلحو", "مسلحي");
  }

  @Test
  void givesTheDualAndPluralOfAFeminine() {
    assertThat(Inflections.of("مروحية")).contains("مروحيتان", "مروحيتين", "مروحيات");
  }

  @Test
  void leavesBrokenPluralsAndShortWordsAlone() {
    assertThat(Inflections.of("طلبان")).isEmpty();
    assertThat(Inflections.of("ات")).isEmpty();
  }
}
