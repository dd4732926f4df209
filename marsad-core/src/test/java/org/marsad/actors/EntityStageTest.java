package org.marsad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.junit.jupiter.api.Test;

/** How the article's main country is read from its mentions. */
class EntityStageTest {

  private static List<Mention> mentions(Object... typeAndCountry) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < typeAndCountry.length; i += 2) {
      out.add(new Mention(new Span(i * 10, i * 10 + 5), (EntityType) typeAndCountry[i], null, (String) typeAndCountry[i + 1],
          null, null, Mention.Recogniser.LEXICON, Mention.Form.NAME));
    }
    return out;
  }

  @Test
  void readsTheMainCountryFromPlacesAndBreaksTiesWithTheOtherActors() {
    // "الجزائرية" and "التونسية" once each, and حركة نداء تونس: a Tunisian article
    assertThat(EntityStage.mainCountry(mentions(EntityType.GPE, "DZA", EntityType.GPE, "TUN", EntityType.ORG, "TUN")))
        .isEqualTo("TUN");
    // places outweigh other actors
    assertThat(EntityStage.mainCountry(mentions(EntityType.GPE, "DZA", EntityType.GPE, "DZA", EntityType.GPE, "TUN",
        EntityType.ORG, "TUN", EntityType.ORG, "TUN"))).isEqualTo("DZA");
    // no place: the actors' most frequent country
    assertThat(EntityStage.mainCountry(mentions(EntityType.ORG, "PHL", EntityType.PERSON, "PHL", EntityType.ORG, "USA")))
        .isEqualTo("PHL");
  }
}
