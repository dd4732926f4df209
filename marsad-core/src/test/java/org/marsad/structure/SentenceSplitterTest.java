package org.marsad.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.marsad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

  /** Each case: the text, then its sentences separated by " || ". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      وصل الوزير. وبدأ الاجتماع.                          # وصل الوزير. || وبدأ الاجتماع.
      هل انتهى الاجتماع؟ نعم انتهى.                        # هل انتهى الاجتماع؟ || نعم انتهى.
      قال: نرفض ذلك! ثم غادر                              # قال: نرفض ذلك! || ثم غادر
      اتفق الطرفان؛ وبدأ التنفيذ                          # اتفق الطرفان؛ || وبدأ التنفيذ
      ارتفع النمو إلى 3.5 في المئة. وتراجع التضخم         # ارتفع النمو إلى 3.5 في المئة. || وتراجع التضخم
      التقى د. أحمد بالوزير. ثم غادر                      # التقى د. أحمد بالوزير. || ثم غادر
      Mr. Smith met the U.S. envoy. Talks ended.         # Mr. Smith met the U.S. envoy. || Talks ended.
      وقال المصدر ... إن المحادثات مستمرة.                 # وقال المصدر ... إن المحادثات مستمرة.
      وأضاف «لن نتراجع. ولن نستسلم» ثم غادر.              # وأضاف «لن نتراجع. ولن نستسلم» ثم غادر.
      قال "انتهى الأمر." وغادر القاعة.                    # قال "انتهى الأمر." || وغادر القاعة.
      (انظر التقرير. الصفحة الثالثة) وتابع حديثه.          # (انظر التقرير. الصفحة الثالثة) وتابع حديثه.
      انتهى؟! حقاً                                        # انتهى؟! || حقاً
      زار www.example.com أمس. ثم عاد                      # زار www.example.com أمس. || ثم عاد
      """)
  void splitsArabicAndLatinSentences(String text, String expected) {
    List<String> sentences = SPLITTER.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    assertThat(sentences).isEqualTo(Arrays.asList(expected.split(" \\|\\| ")));
  }

  @org.junit.jupiter.api.Test
  void lineBreaksEndSentencesAndBlankLinesYieldNone() {
    String text = "السطر الأول\n\n\nالسطر الثاني\r\nالثالث";
    assertThat(SPLITTER.split(text, new Span(0, text.length())))
        .extracting(s -> s.of(text)).containsExactly("السطر الأول", "السطر الثاني", "الثالث");
  }

  @org.junit.jupiter.api.Test
  void anEllipsisAtTheEndOfALineEndsTheSentence() {
    String text = "وتبقى الأسئلة معلقة...\nوفي سياق آخر";
    assertThat(SPLITTER.split(text, new Span(0, text.length())))
        .extracting(s -> s.of(text)).containsExactly("وتبقى الأسئلة معلقة...", "وفي سياق آخر");
  }

  @org.junit.jupiter.api.Test
  void punctuationAloneIsNoSentence() {
    String text = "... ؟ !";
    assertThat(SPLITTER.split(text, new Span(0, text.length()))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void splitsOnlyInsideTheGivenRange() {
    String text = "خارج. داخل أول. داخل ثان. خارج";
    Span range = new Span(6, 25);
    assertThat(SPLITTER.split(text, range)).extracting(s -> s.of(text)).containsExactly("داخل أول.", "داخل ثان.");
  }

  @Test
  void aRunWithoutSentenceEndsIsCutAtACommaBeforeTheLimit() {
    String text = "شنت طائرات حربية غارات على مدينة رفح، ".repeat(200);
    List<Span> sentences = SPLITTER.split(text, new Span(0, text.length()));
    assertThat(sentences).hasSizeGreaterThan(7).allSatisfy(s -> {
      assertThat(s.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE);
      assertThat(s.of(text)).endsWith("،");
    });
    for (int i = 1; i < sentences.size(); i++) {
      assertThat(sentences.get(i).start()).isGreaterThanOrEqualTo(sentences.get(i - 1).end());
    }
  }

  @Test
  void aRunWithoutCommasIsCutAtASpace() {
    String text = "كلمة ".repeat(1000);
    List<Span> sentences = SPLITTER.split(text, new Span(0, text.length()));
    assertThat(sentences).allSatisfy(s -> assertThat(s.of(text)).startsWith("كلمة").endsWith("كلمة"));
  }
}
