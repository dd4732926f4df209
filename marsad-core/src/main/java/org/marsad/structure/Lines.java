package org.marsad.structure;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text with their offsets, and the character classes the recovery relies on. */
final class Lines {

  /** One line: {@code [start, end)} without its line break, and its content without padding. */
  record Line(int start, int end, int contentStart, int contentEnd) {

    boolean isBlank() {
      return contentStart == contentEnd;
    }

    int contentLength() {
      return contentEnd - contentStart;
    }

    String content(String text) {
      return text.substring(contentStart, contentEnd);
    }

    boolean isIndented() {
      return contentStart > start;
    }
  }

  private Lines() {}

  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        lines.add(line(text, start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
      i++;
    }
    if (start < n) {
      lines.add(line(text, start, n));
    }
    return lines;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  /** Whitespace, and the invisible marks that pad lines copied from the web. */
  static boolean isPadding(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
        || c == '\u061C' || c == '\uFEFF' || c == '\u2060'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  static int skipPadding(String text, int from, int to) {
    int i = from;
    while (i < to && isPadding(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimPaddingEnd(String text, int from, int to) {
    int i = to;
    while (i > from && isPadding(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static Line line(String text, int start, int end) {
    int cs = skipPadding(text, start, end);
    int ce = trimPaddingEnd(text, cs, end);
    return new Line(start, end, cs, ce);
  }
}
