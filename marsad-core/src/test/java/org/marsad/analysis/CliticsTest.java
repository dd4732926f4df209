package org.marsad.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliticsTest {

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(textBlock = """
      وروما,      روما,      strips the conjunction wa
      فالحكومه,   الحكومه,   strips the conjunction fa
      بالعراق,    العراق,    strips the preposition bi before the article
      لمصر,       مصر,       strips the preposition li
      كالعاده,    العاده,    strips the preposition ka
      للقاهره,    القاهره,   restores the article after li (lil)
      وبالعراق,   العراق,    strips a conjunction and a preposition together
      وللحلف,     الحلف,     strips wa and restores the article after lil
      """)
  void offersTheWordWithoutItsProclitics(String word, String stem, String rule) {
    assertThat(Clitics.withoutProclitics(word)).extracting(Clitics.Reading::stem).contains(stem);
  }

  @Test
  void alwaysOffersTheWordAsWrittenFirstSoNamesAreNotMangled() {
    assertThat(Clitics.withoutProclitics("بوتين").get(0).stem()).isEqualTo("بوتين");
    assertThat(Clitics.withoutProclitics("ولد").get(0).stem()).isEqualTo("ولد");
  }

  @Test
  void doesNotStripFromWordsTooShortToHoldAStem() {
    assertThat(Clitics.withoutProclitics("وا")).extracting(Clitics.Reading::stem).containsExactly("وا");
  }

  @Test
  void countsTheStrippedCharactersSoSpansCanSkipThem() {
    assertThat(Clitics.withoutProclitics("وبالعراق")).contains(new Clitics.Reading(2, "العراق"));
    assertThat(Clitics.withoutProclitics("للقاهره")).contains(new Clitics.Reading(1, "القاهره"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      زيارته,    زياره
      حكومتها,   حكومه
      بلادهم,    بلاد
      وزيرنا,    وزير
      موقفكما,   موقف
      """)
  void offersStemsWithoutPronounSuffixesRestoringTehMarbuta(String word, String stem) {
    assertThat(Clitics.withoutEnclitics(word)).contains(stem);
  }

  @Test
  void keepsHamzaOnWawInMatchingKeysSoWordsDoNotBecomePlaces() {
    assertThat(Clitics.key("بؤر")).isNotEqualTo(Clitics.key("بور"));
  }
}
