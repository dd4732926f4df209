package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.Article;
import org.marsad.model.Discourse;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Participant;
import org.marsad.model.Span;

/**
 * The whole coder on adversarial text (bidi controls, combining marks, lone surrogates, Arabic
 * news phrases cut anywhere, megabyte lines): nothing throws, and every span of every layer —
 * mentions, entities, triggers, evidence, sides, places, commentary — lies inside the text.
 */
class CoderProperties {

  private static final Marsad MARSAD = Marsad.arabic();

  @Property(tries = 200)
  void everySpanOfEveryLayerStaysInTheText(@ForAll("adversarial") String text) {
    check(MARSAD.code(new Article("p", null, null, null, "ar", null, text)));
  }

  @Property(tries = 1)
  void aMegabyteLineIsCodedWithoutFailure(@ForAll("megabyteLine") String text) {
    check(MARSAD.code(new Article("p", null, null, null, "ar", null, text)));
  }

  static void check(Document doc) {
    int length = doc.text().length();
    for (Mention m : doc.mentions()) {
      inside(m.span(), length);
    }
    for (Entity e : doc.entities()) {
      for (int i : e.mentions()) {
        assertThat(i).isBetween(0, doc.mentions().size() - 1);
      }
    }
    for (Discourse d : doc.discourse()) {
      d.commentary().forEach(s -> inside(s, length));
    }
    for (Event e : doc.events()) {
      inside(e.trigger(), length);
      e.mentions().forEach(s -> inside(s, length));
      assertThat(e.sentence()).isBetween(0, doc.sentences().size() - 1);
      assertThat(doc.sentences().get(e.sentence()).span().contains(e.trigger())).isTrue();
      for (Participant p : new Participant[] {e.source(), e.target()}) {
        if (p != null && p.span() != null) {
          inside(p.span(), length);
        }
      }
      if (e.location() != null && e.location().span() != null) {
        inside(e.location().span(), length);
      }
      assertThat(e.quadClass()).isBetween(1, 4);
      assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
  }

  private static void inside(Span s, int length) {
    assertThat(s.start()).isGreaterThanOrEqualTo(0);
    assertThat(s.end()).isLessThanOrEqualTo(length);
  }

  @Provide
  Arbitrary<String> adversarial() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(25),
        Arbitraries.strings().withCharRange('\u064B', '\u065F').ofMaxLength(6),
        Arbitraries.of("\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
            "\u2069", "\u061C", "\u200D", "\u200C", "\uFEFF", "\u0640", "\u0651\u064E", "\uD800", "\uDC00", "\n", "\r",
            "\u2028", "\u2029", "\t", "|", "«", "»", "؟", "؛", ".", "،", "(", ")", "\"", "١٢٣", "٫"),
        Arbitraries.of("شنت طائرات حربية غارات على", "أجرى وزير الخارجية المصري اتصالا هاتفيا مع نظيره", "خرج آلاف المتظاهرين في",
            "وقال المتحدث باسم الحكومة إن", "لم يلتق", "هدد بفرض عقوبات على", "الرئيس الأمريكي دونالد ترامب",
            "حلف شمال الأطلسي", "واشنطن", "القاهرة", "في حال", "هل", "يوم الثلاثاء الماضي"));
    return pieces.list().ofMaxSize(50).map(list -> String.join(" ", list));
  }

  @Provide
  Arbitrary<String> megabyteLine() {
    return Arbitraries.of("شنت طائرات حربية غارات على مدينة رفح ", "وقال الوزير ", "\u200F", "، ", "«", "word ")
        .list().ofMinSize(40_000).ofMaxSize(45_000).map(list -> String.join("", list));
  }
}
