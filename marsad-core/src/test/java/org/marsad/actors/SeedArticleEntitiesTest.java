package org.marsad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every entity of the example article's reference annotation, with its type, country and sector; nothing invented. */
class SeedArticleEntitiesTest {

  private static Document doc;

  @BeforeAll
  static void code() throws IOException {
    String text = Files.readString(Path.of("../examples/seed-article-ar.txt"), StandardCharsets.UTF_8);
    doc = Marsad.arabic().code(new Article("seed", null, null, null, "ar", null, text));
  }

  /** The entity one of whose mentions reads {@code surface} on 1-based line {@code line}. */
  private static Entity at(String surface, int line) {
    String text = doc.text();
    for (Entity e : doc.entities()) {
      for (int i : e.mentions()) {
        var span = doc.mentions().get(i).span();
        if (span.of(text).equals(surface) && text.substring(0, span.start()).split("\n", -1).length == line) {
          return e;
        }
      }
    }
    throw new AssertionError("no mention '" + surface + "' on line " + line);
  }

  private static void is(Entity e, EntityType type, String country, String sector) {
    assertThat(e.type()).as(e.name()).isEqualTo(type);
    assertThat(e.country()).as(e.name()).isEqualTo(country);
    assertThat(e.sector()).as(e.name()).isEqualTo(sector);
  }

  @Test
  void findsThePeopleWithTheirCountryAndSector() {
    is(at("ماركو روبيو", 3), EntityType.PERSON, "USA", "GOV");
    is(at("أنطونيو تاياني", 3), EntityType.PERSON, "ITA", "GOV");
    is(at("خافيير كولومينا", 5), EntityType.PERSON, null, "IGO");
    assertThat(at("خافيير كولومينا", 5).organisation()).isEqualTo("nato");
    is(at("بدر عبد العاطي", 17), EntityType.PERSON, "EGY", "GOV");
    assertThat(at("ماركو روبيو", 11)).isSameAs(at("ماركو روبيو", 3));
  }

  @Test
  void resolvesAFamilyNameAloneToThePersonNamedBefore() {
    assertThat(at("كولومينا", 7)).isSameAs(at("خافيير كولومينا", 5));
  }

  @Test
  void findsTheOrganisations() {
    is(at("وزارة الخارجية الأمريكية", 1), EntityType.ORG, "USA", "GOV");
    assertThat(at("الخارجية الأمريكية", 12)).isSameAs(at("وزارة الخارجية الأمريكية", 1));
    is(at("حلف الناتو", 5), EntityType.ORG, null, "IGO");
    assertThat(at("الناتو", 6)).isSameAs(at("حلف الناتو", 5));
    is(at("جامعة الدول العربية", 7), EntityType.ORG, null, "IGO");
    assertThat(at("الجامعة العربية", 6)).isSameAs(at("جامعة الدول العربية", 7));
    is(at("مركز القاهرة الدولي لتسوية النزاعات", 7), EntityType.ORG, "EGY", "GOV");
  }

  @Test
  void givesTheUnqualifiedMinistryTheCountryOfTheVisit() {
    Entity ministry = at("وزارة الخارجية", 7);
    is(ministry, EntityType.ORG, "EGY", "GOV");
    assertThat(at("الخارجية المصرية", 18)).isSameAs(ministry);
  }

  @Test
  void readsCapitalsAsTheirStatesAndNationalityAdjectives() {
    is(at("واشنطن", 1), EntityType.GPE, "USA", null);
    is(at("روما", 1), EntityType.GPE, "ITA", null);
    assertThat(at("أمريكي", 2)).isSameAs(at("واشنطن", 1));
    assertThat(at("إيطالي", 2)).isSameAs(at("روما", 1));
    is(at("مصر", 4), EntityType.GPE, "EGY", null);
    assertThat(at("المصري", 5)).isSameAs(at("مصر", 4));
    is(at("فنزويلا", 3), EntityType.GPE, "VEN", null);
    is(at("الروسية", 3), EntityType.GPE, "RUS", null);
    is(at("الأوكرانية", 3), EntityType.GPE, "UKR", null);
    is(at("الشرق الأوسط", 3), EntityType.LOC, null, null);
  }

  @Test
  void readsCairoAfterAPrepositionAsThePlace() {
    Entity cairo = at("لقاهرة", 7);
    assertThat(cairo.country()).isEqualTo("EGY");
    assertThat(cairo.name()).isEqualTo("القاهرة");
    assertThat(cairo).isNotSameAs(at("مصر", 4));
  }

  @Test
  void inventsNoOtherPersonOrOrganisation() {
    List<String> people = doc.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::latin).toList();
    assertThat(people).containsExactlyInAnyOrder("Marco Rubio", "Antonio Tajani", "Javier Colomina", "Badr Abdelatty");
    long organisations = doc.entities().stream().filter(e -> e.type() == EntityType.ORG).count();
    assertThat(organisations).isEqualTo(5); // State Dept, NATO, Arab League, Egypt's MFA, the Cairo centre
  }
}
