package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.Marsad;
import org.marsad.Pipelines;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;

/** What the event filter sees of a candidate: one line per feature that reads the sentence's shape. */
class EventFeaturesTest {

  private static final Marsad UNFILTERED = Marsad.of(Pipelines.arabicNews(null, false));
  private static final EventFeatures FEATURES = EventFeatures.arabic();

  /** The features of the first candidate of {@code type} in {@code text}, coded without the filter. */
  private static List<String> featuresOf(String text, String type) {
    Document doc = UNFILTERED.code(new Article("t", null, null, LocalDate.of(2026, 11, 29), "ar", null, text));
    Event event = doc.events().stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    return List.of(FEATURES.of(doc, event, doc.tokensBySentence().get(event.sentence()), doc.events()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      قتل ثلاثة جنود في هجوم على دورية قرب بغداد.                                       | trigger
      وقال مصدر أمني إن مسلحين قتلوا ثلاثة جنود قرب بغداد.                              | report
      واعتقلت الشرطة خمسة أشخاص غداة هجوم على دورية قرب بغداد.                          | event
      وكرر الوزير القول إن بلاده لن تنسحب رغم مقتل ثلاثة جنود في هجوم انتحاري.          | other
      """)
  void tellsHowTheSentenceOpens(String sentence, String opening) {
    assertThat(featuresOf(sentence, "ASSAULT")).contains("type,opening=ASSAULT," + opening);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ورفع المتظاهرون شعارات تطالب برحيل الحكومة.                    | true
      وتظاهر آلاف الطلاب أمام البرلمان ورفع المتظاهرون شعارات.       | false
      """)
  void tellsWhetherTheCrowdIsTheOnlyTriggerOfAProtest(String sentence, boolean crowdOnly) {
    assertThat(featuresOf(sentence, "PROTEST")).contains("type,crowdonly=PROTEST," + crowdOnly);
  }
}
