package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.Pipelines;

/** {@code marsad eval ner} scores the names the pipeline finds, as the corpus annotates names. */
class NerEvaluationTest {

  private static BioCorpus.Sentence sentence(String tagged) {
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String pair : tagged.split(" ")) {
      int slash = pair.lastIndexOf('/');
      words.add(pair.substring(0, slash));
      tags.add(pair.substring(slash + 1));
    }
    return new BioCorpus.Sentence(words, tags);
  }

  @Test
  void countsAFamilyNameAloneAsANameButNoLaterReferenceByACommonNoun() {
    BioCorpus corpus = new BioCorpus(List.of(
        sentence("وأيد/O الرئيس/O العراقي/O جلال/B-PERS طالباني/I-PERS بيان/O حركة/O حماس/B-ORG ./O"),
        sentence("وكان/O الرئيس/O طالباني/B-PERS قد/O حذر/O الحركة/O من/O التصعيد/O ./O")));
    NerEvaluation.Result result = new NerEvaluation(Marsad.of(Pipelines.arabicNews(false)), null).evaluate(corpus);
    Score persons = result.byType().get("PERS");
    assertThat(persons.tp()).isEqualTo(2);
    assertThat(result.all().fp()).isZero();
  }
}
