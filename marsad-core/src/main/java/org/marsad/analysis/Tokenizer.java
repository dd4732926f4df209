package org.marsad.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

/**
 * Splits text into tokens: Arabic and Latin words (diacritics, tatweel and zero-width joiners stay
 * inside a word), numbers in any digits with their decimal and thousands marks, dates
 * ({@code 2024-05-01}, {@code 1/5/2024}), URLs, e-mail addresses, hashtags, mentions, and
 * punctuation. Each token keeps its exact original span; its normalised form is the
 * {@link ArabicNormalizer} fold, lower-cased for Latin. Pure and thread-safe.
 */
public final class Tokenizer {

  public List<Token> tokenize(String text, Span range) {
    List<Token> tokens = new ArrayList<>();
    int i = range.start();
    int end = range.end();
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
        i++;
        continue;
      }
      int stop;
      TokenKind kind;
      if ((stop = url(text, i, end)) > i) {
        kind = TokenKind.URL;
      } else if ((stop = email(text, i, end)) > i) {
        kind = TokenKind.EMAIL;
      } else if ((c == '#' || c == '@') && i + 1 < end && isWordChar(text.charAt(i + 1))) {
        stop = wordEnd(text, i + 1, end);
        kind = c == '#' ? TokenKind.HASHTAG : TokenKind.MENTION;
      } else if (isDigit(c)) {
        stop = numberEnd(text, i, end);
        kind = isDate(text, i, stop) ? TokenKind.DATE : TokenKind.NUMBER;
      } else if (isWordChar(c) && !isMark(c)) {
        stop = wordEnd(text, i, end);
        kind = script(c);
      } else {
        stop = i + Character.charCount(text.codePointAt(i));
        while (stop < end && text.charAt(stop) == c && (c == '.' || c == '-' || c == '!' || c == '?' || c == '؟')) {
          stop++; // "...", "--", "!!"
        }
        int type = Character.getType(text.codePointAt(i));
        kind = type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
            || type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
            ? TokenKind.SYMBOL : TokenKind.PUNCT;
      }
      stop = Math.min(stop, end);
      String original = text.substring(i, stop);
      tokens.add(new Token(new Span(i, stop), original, normalize(original, kind), kind));
      i = stop;
    }
    return tokens;
  }

  /** The given span as one token, classified and normalised as the tokenizer would (for pre-tokenised corpora). */
  public static Token wordToken(String text, Span span) {
    String original = text.substring(span.start(), span.end());
    char c = original.isEmpty() ? ' ' : original.charAt(0);
    TokenKind kind = isDigit(c) ? TokenKind.NUMBER
        : isWordChar(c) ? script(c) : TokenKind.PUNCT;
    return new Token(span, original, normalize(original, kind), kind);
  }

  static String normalize(String original, TokenKind kind) {
    String folded = ArabicNormalizer.normalize(original);
    return kind == TokenKind.ARABIC ? folded : folded.toLowerCase(Locale.ROOT);
  }

  private static TokenKind script(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    if (script == Character.UnicodeScript.ARABIC) {
      return TokenKind.ARABIC;
    }
    if (script == Character.UnicodeScript.LATIN) {
      return TokenKind.LATIN;
    }
    return TokenKind.WORD;
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Letters, combining marks, tatweel and the joiners that live inside words. */
  static boolean isWordChar(char c) {
    return Character.isLetter(c) || isMark(c) || c == '\u0640' || c == '\u200C' || c == '\u200D'
        || Character.isSurrogate(c) && Character.isLetter(c);
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\uFEFF' || c == '\u2060'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static int wordEnd(String text, int i, int end) {
    int k = i;
    while (k < end) {
      char c = text.charAt(k);
      if (isWordChar(c) || c == '_' || (isDigit(c) && c < 128 && script(text.charAt(i)) != TokenKind.ARABIC)) {
        k++;
      } else if (Character.isHighSurrogate(c) && k + 1 < end && Character.isLetter(text.codePointAt(k))) {
        k += 2;
      } else if ((c == '\'' || c == '’' || c == '-') && k + 1 < end && k > i
          && Character.isLetter(text.charAt(k + 1)) && script(text.charAt(k + 1)) == TokenKind.LATIN) {
        k++; // O'Brien, al-Sisi
      } else {
        break;
      }
    }
    return Math.max(k, i + 1);
  }

  private static int numberEnd(String text, int i, int end) {
    int k = i;
    while (k < end) {
      char c = text.charAt(k);
      if (isDigit(c)) {
        k++;
      } else if ((c == '.' || c == ',' || c == '٫' || c == '٬' || c == '/' || c == ':' || c == '-')
          && k + 1 < end && isDigit(text.charAt(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /** {@code yyyy-mm-dd}, {@code yyyy/mm/dd}, {@code d/m/yyyy} or {@code d-m-yyyy}, in any digits. */
  private static boolean isDate(String text, int from, int to) {
    String s = ArabicNormalizer.normalize(text.substring(from, to));
    return s.matches("\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}") || s.matches("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}");
  }

  private static int url(String text, int i, int end) {
    if (!(text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i))) {
      return i;
    }
    int k = i;
    while (k < end && !Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '"'
        && text.charAt(k) != '<' && text.charAt(k) != '>' && text.charAt(k) != '»' && text.charAt(k) != '«') {
      k++;
    }
    while (k > i && ".,;:!?؟،)]'".indexOf(text.charAt(k - 1)) >= 0) {
      k--;
    }
    return k;
  }

  private static int email(String text, int i, int end) {
    if (!isAsciiLocal(text.charAt(i))) {
      return i;
    }
    int k = i;
    while (k < end && isAsciiLocal(text.charAt(k))) {
      k++;
    }
    if (k >= end || text.charAt(k) != '@' || k == i) {
      return i;
    }
    int d = k + 1;
    int dots = 0;
    while (d < end && (Character.isLetterOrDigit(text.charAt(d)) && text.charAt(d) < 128
        || text.charAt(d) == '-' || (text.charAt(d) == '.' && d + 1 < end && Character.isLetterOrDigit(text.charAt(d + 1))))) {
      if (text.charAt(d) == '.') {
        dots++;
      }
      d++;
    }
    return dots > 0 ? d : i;
  }

  private static boolean isAsciiLocal(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+');
  }
}
