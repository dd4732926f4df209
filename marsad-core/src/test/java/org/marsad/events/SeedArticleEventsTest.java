package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.marsad.Marsad;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.SentenceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The six required events of the example article's reference annotation, and nothing from its commentary. */
class SeedArticleEventsTest {

  private static Document doc;

  @BeforeAll
  static void code() throws IOException {
    String text = Files.readString(Path.of("../examples/seed-article-ar.txt"), StandardCharsets.UTF_8);
    doc = Marsad.arabic().code(new Article("seed", null, null, null, "ar", null, text));
  }

  private static int line(int offset) {
    return doc.text().substring(0, offset).split("\n", -1).length;
  }

  private static List<Event> on(int line, String type) {
    return doc.events().stream().filter(e -> line(e.trigger().start()) == line && e.type().equals(type)).toList();
  }

  /** A country as an event codes it: Colomina, of NATO, has CAMEO's IGO where a state's code would be (his entity has none). */
  private static Predicate<Participant> is(String country, String sector) {
    return p -> p != null && java.util.Objects.equals(p.country(), country)
        && (sector == null || sector.equals(p.sector()));
  }

  /** Source and target as given, or swapped for a symmetric event. */
  private static boolean pair(Event e, Predicate<Participant> source, Predicate<Participant> target) {
    return (source.test(e.source()) && target.test(e.target()))
        || (e.symmetric() && source.test(e.target()) && target.test(e.source()));
  }

  @Test
  void e1StrategicAlignmentBetweenWashingtonAndRome() {
    assertThat(on(1, "AGREE")).anyMatch(e -> pair(e, is("USA", "GOV"), is("ITA", null)));
  }

  @Test
  void e2PhoneCallBetweenRubioAndTajani() {
    assertThat(on(3, "CONSULT")).anyMatch(e -> "phone".equals(e.mode()) && pair(e, is("USA", "GOV"), is("ITA", "GOV")));
  }

  @Test
  void e3ColominaPraisesEgypt() {
    assertThat(on(5, "SUPPORT")).anyMatch(e -> is("IGO", "IGO").test(e.source()) && is("EGY", null).test(e.target()));
  }

  @Test
  void e4ColominasVisitToCairo() {
    assertThat(on(7, "CONSULT")).anyMatch(e -> "visit".equals(e.mode()) && is("IGO", "IGO").test(e.source())
        && is("EGY", null).test(e.target()) && e.location() != null && "EGY".equals(e.location().country()));
  }

  @Test
  void e5AndE6TalksWithTheMinistryAndTheArabLeague() {
    List<Event> talks = on(7, "CONSULT");
    assertThat(talks).anyMatch(e -> pair(e, is("IGO", "IGO"), is("EGY", "GOV")) && e.location() != null);
    assertThat(talks).anyMatch(e -> e.target() != null && "IGO".equals(e.target().sector())
        && e.target().name().contains("جامعة") && e.location() != null);
  }

  @Test
  void codesNothingFromHeadingsOfCommentaryOrTheClosingParagraph() {
    assertThat(doc.events()).noneMatch(e -> List.of(4, 6, 24).contains(line(e.trigger().start())));
  }

  @Test
  void codesNothingFromTheWritersFillerClauses() {
    for (String filler : List.of("وهو ما يعزز أهمية وجود الأمن والاستقرار", "وهذا يفسر لنا علاقة الأمن والاستقرار بالحدث الجاري",
        "وهذا يفسر لنا قدرة الدبلوماسية المصرية", "والمثير للدهشة أن هذا الحراك يتزامن")) {
      int start = doc.text().indexOf(filler);
      int end = start + filler.length();
      assertThat(doc.events()).noneMatch(e -> e.trigger().start() >= start && e.trigger().start() < end);
    }
  }

  @Test
  void marksTheClosingRhetoricalQuestionAsCommentary() {
    int last = doc.sentences().size() - 1;
    assertThat(doc.discourse().get(last).kind()).isEqualTo(SentenceKind.COMMENTARY);
  }
}
