package org.marsad.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.lang.DataFile;
import org.marsad.model.Span;

/**
 * Splits running text into sentences at {@code . ! ? ؟ ؛ …} and line breaks. A full stop between
 * digits (3.5), inside a word or address (U.S, example.com) or after a listed abbreviation does not
 * end a sentence; an ellipsis ends one only before a line break; closing quotes and brackets stay
 * with the sentence they close; nothing inside a bracket or a quotation closed on the same line
 * is split. A run of text longer than {@link #MAX_SENTENCE} characters without a sentence end
 * (a paste without punctuation, a list flattened into one line) is cut at the last comma or space
 * before the limit, so that no later stage ever works on an unbounded sentence. Pure and
 * thread-safe.
 */
public final class SentenceSplitter {

  /** A quotation or bracket longer than this is taken as unbalanced, and split inside. */
  static final int MAX_ENCLOSED = 600;

  /** No sentence is longer than this many characters; longer runs are cut at a comma or a space. */
  static final int MAX_SENTENCE = 1000;

  private final Set<String> abbreviations;

  public SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  /** The splitter with the abbreviation lists of {@code lang/ar} and {@code lang/en}. */
  public static SentenceSplitter standard() {
    Set<String> all = new HashSet<>(DataFile.load("/lang/ar/abbreviations.txt").values());
    all.addAll(DataFile.load("/lang/en/abbreviations.txt").values());
    return new SentenceSplitter(all);
  }

  /** The sentences of {@code text} within {@code range}, trimmed, in order, without overlap. */
  public List<Span> split(String text, Span range) {
    List<Span> sentences = new ArrayList<>();
    int start = range.start();
    int end = range.end();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      int skip = enclosedEnd(text, i, end);
      if (skip > i) {
        i = skip + 1;
        if (isTerminal(text.charAt(skip - 1)) && (i >= end || Lines.isPadding(text.charAt(i)))) {
          add(text, start, i, sentences); // "... ended." Next sentence.
          start = i;
        }
        continue;
      }
      if (Lines.isLineBreak(c)) {
        add(text, start, i, sentences);
        start = i + 1;
        i++;
        continue;
      }
      if (isTerminal(c)) {
        int stop = runOfTerminals(text, i, end);
        if (endsHere(text, i, stop, end)) {
          while (stop < end && PlainTextStructure.isClosing(text.charAt(stop))) {
            stop++;
          }
          add(text, start, stop, sentences);
          start = stop;
        }
        i = stop;
        continue;
      }
      i++;
    }
    add(text, start, end, sentences);
    return sentences;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛' || c == '…' || c == '؞' || c == '۔';
  }

  private static int runOfTerminals(String text, int i, int end) {
    int k = i;
    while (k < end && isTerminal(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** Whether the terminal punctuation {@code [i, stop)} ends a sentence. */
  private boolean endsHere(String text, int i, int stop, int end) {
    boolean ellipsis = text.charAt(i) == '…' || (stop - i >= 2 && text.charAt(i) == '.' && text.charAt(i + 1) == '.');
    int next = stop;
    while (next < end && PlainTextStructure.isClosing(text.charAt(next))) {
      next++;
    }
    boolean atLineEnd = next >= end || Lines.isLineBreak(text.charAt(next)) || restIsPadding(text, next, end);
    if (ellipsis) {
      return atLineEnd;
    }
    if (stop - i == 1 && text.charAt(i) == '.') {
      if (!atLineEnd && next < end && !Lines.isPadding(text.charAt(next))) {
        return false; // 3.5, U.S, example.com, a.m.
      }
      if (!atLineEnd && isAbbreviation(text, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean restIsPadding(String text, int from, int end) {
    for (int k = from; k < end; k++) {
      char c = text.charAt(k);
      if (Lines.isLineBreak(c)) {
        return true;
      }
      if (!Lines.isPadding(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean isAbbreviation(String text, int dot) {
    int k = dot;
    while (k > 0 && !Lines.isPadding(text.charAt(k - 1)) && text.charAt(k - 1) != '(') {
      k--;
    }
    String word = text.substring(k, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: J. Smith
    }
    return abbreviations.contains(word);
  }

  /**
   * If {@code i} opens a bracket or a quotation that closes later on the same line (and not too far),
   * the offset just before its closing character; otherwise {@code i}.
   */
  private static int enclosedEnd(String text, int i, int end) {
    char open = text.charAt(i);
    char close = switch (open) {
      case '(' -> ')';
      case '[' -> ']';
      case '«' -> '»';
      case '“' -> '”';
      case '"' -> '"';
      default -> 0;
    };
    if (close == 0) {
      return i;
    }
    int limit = Math.min(end, i + MAX_ENCLOSED);
    for (int k = i + 1; k < limit; k++) {
      char c = text.charAt(k);
      if (Lines.isLineBreak(c)) {
        return i;
      }
      if (c == close) {
        return k;
      }
    }
    return i;
  }

  private static void add(String text, int from, int to, List<Span> sentences) {
    int s = Lines.skipPadding(text, from, to);
    int e = Lines.trimPaddingEnd(text, s, to);
    while (e - s > MAX_SENTENCE) {
      int cut = cutBefore(text, s, s + MAX_SENTENCE);
      addTrimmed(text, s, cut, sentences);
      s = Lines.skipPadding(text, cut, e);
    }
    addTrimmed(text, s, e, sentences);
  }

  /** Where to cut an over-long sentence that starts at {@code s}: after the last comma, else at the last space, before {@code limit}. */
  private static int cutBefore(String text, int s, int limit) {
    for (int k = limit - 1; k > s + MAX_SENTENCE / 2; k--) {
      char c = text.charAt(k);
      if (c == '،' || c == ',' || c == '؛' || c == ';') {
        return k + 1;
      }
    }
    for (int k = limit - 1; k > s + MAX_SENTENCE / 2; k--) {
      if (Character.isWhitespace(text.charAt(k))) {
        return k;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  private static void addTrimmed(String text, int from, int to, List<Span> sentences) {
    int s = Lines.skipPadding(text, from, to);
    int e = Lines.trimPaddingEnd(text, s, to);
    for (int k = s; k < e; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        sentences.add(new Span(s, e));
        return;
      }
    }
  }
}
