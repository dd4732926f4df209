package org.marsad.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final Tokenizer tokenizer = new Tokenizer();

  private List<Token> tokens(String text) {
    return tokenizer.tokenize(text, new Span(0, text.length()));
  }

  @Test
  void keepsDiacriticsAndTatweelInsideTheWordAndFoldsThemInTheNorm() {
    Token token = tokens("الـوَزِير").get(0);
    assertThat(token.text()).isEqualTo("الـوَزِير");
    assertThat(token.norm()).isEqualTo("الوزير");
    assertThat(token.kind()).isEqualTo(TokenKind.ARABIC);
  }

  @Test
  void separatesArabicPunctuationFromWords() {
    assertThat(tokens("القاهرة، الرياض؛ دمشق؟")).extracting(Token::text)
        .containsExactly("القاهرة", "،", "الرياض", "؛", "دمشق", "؟");
  }

  @Test
  void readsDecimalNumbersInAnyDigits() {
    List<Token> tokens = tokens("3.5 و٣٫٥ و1,000");
    assertThat(tokens).filteredOn(t -> t.kind() == TokenKind.NUMBER).extracting(Token::text)
        .containsExactly("3.5", "٣٫٥", "1,000");
  }

  @Test
  void readsDates() {
    assertThat(tokens("في 2026-11-29 و٢٩/١١/٢٠٢٦")).filteredOn(t -> t.kind() == TokenKind.DATE)
        .extracting(Token::norm).containsExactly("2026-11-29", "29/11/2026");
  }

  @Test
  void readsUrlsHashtagsMentionsAndEmails() {
    List<Token> tokens = tokens("راجع https://example.org/a?b=1. #غزة @UN info@example.org");
    assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.ARABIC, TokenKind.URL, TokenKind.PUNCT,
        TokenKind.HASHTAG, TokenKind.MENTION, TokenKind.EMAIL);
    assertThat(tokens.get(1).text()).isEqualTo("https://example.org/a?b=1");
  }

  @Test
  void keepsLatinNamesWithApostrophesAndLowerCasesTheirNorm() {
    assertThat(tokens("O'Brien al-Sisi")).extracting(Token::text).containsExactly("O'Brien", "al-Sisi");
    assertThat(tokens("Rubio").get(0).norm()).isEqualTo("rubio");
  }

  @Test
  void groupsAnEllipsisIntoOneToken() {
    assertThat(tokens("قال...")).extracting(Token::text).containsExactly("قال", "...");
  }

  @Test
  void skipsBidiMarksBetweenWords() {
    assertThat(tokens("مصر\u200F \u200Eليبيا")).extracting(Token::text).containsExactly("مصر", "ليبيا");
  }

  @Test
  void everyTokenQuotesItsExactSpan() {
    String text = "أكّد وزيرُ الخارجيةِ، 2026!";
    for (Token token : tokens(text)) {
      assertThat(token.span().of(text)).isEqualTo(token.text());
    }
  }
}
