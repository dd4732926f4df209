package org.marsad.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @CsvSource(textBlock = """
      أحمد,        احمد,        folds alef with hamza above to bare alef
      إسرائيل,     اسرائيل,     folds alef with hamza below to bare alef
      آمال,        امال,        folds alef with madda to bare alef
      ٱلله,        الله,        folds alef wasla to bare alef
      مُحَمَّدٌ,   محمد,        drops diacritics
      هٰذا,        هذا,         drops the superscript alef
      الـــرئيس,   الرئيس,      drops tatweel
      مستشفى,      مستشفي,      folds alef maqsura to yeh
      وزارة,       وزاره,       folds teh marbuta to heh
      ﻻ,           لا,          unfolds presentation forms
      ٢٠٢٦,        2026,        maps Arabic-Indic digits to ASCII
      ۱۴۰۳,        1403,        maps Persian digits to ASCII
      ایران,       ايران,       folds Persian yeh to Arabic yeh
      Rubio,       Rubio,       leaves Latin text alone
      """)
  void folds(String in, String out, String rule) {
    assertThat(ArabicNormalizer.normalize(in)).isEqualTo(out);
  }

  @org.junit.jupiter.api.Test
  void dropsBidiAndZeroWidthMarks() {
    assertThat(ArabicNormalizer.normalize("\u200Fمصر\u200E\u200B\u2067")).isEqualTo("مصر");
  }

  @org.junit.jupiter.api.Test
  void returnsTheSameStringWhenNothingChanges() {
    String s = "مصر";
    assertThat(ArabicNormalizer.normalize(s)).isSameAs(s);
  }
}
