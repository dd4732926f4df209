package org.marsad.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.Block;
import org.marsad.model.Cell;
import org.marsad.model.Heading;
import org.marsad.model.ListBlock;
import org.marsad.model.ListItem;
import org.marsad.model.Paragraph;
import org.marsad.model.Span;
import org.marsad.model.Table;

/**
 * Recovers the blocks of a plain text: Markdown and short-line headings, paragraphs, bulleted and
 * numbered lists, Markdown pipe tables and pipe tables flattened by copy-paste (each cell on its
 * own line ending in {@code |}, each row starting with {@code |}). Pure: text in, blocks out, in
 * text order and without overlap.
 */
public final class PlainTextStructure {

  /** Longest line, in characters and in words, still taken for a heading. */
  static final int HEADING_MAX_CHARS = 110;
  static final int HEADING_MAX_WORDS = 14;

  private static final Pattern BULLET = Pattern.compile("^([-*•·▪◦‣–—])[ \\t\\u00A0]+(?=\\S)");
  private static final Pattern NUMBER = Pattern.compile(
      "^(?:([0-9]{1,3}|[٠-٩]{1,3}|[۰-۹]{1,3})[.)\\-–]|[(]([0-9]{1,3}|[٠-٩]{1,3}|[۰-۹]{1,3})[)])[ \\t\\u00A0]+(?=\\S)");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})[ \\t]+(?=\\S)");
  private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");

  private enum Kind { BLANK, TEXT, TABLE, SEPARATOR, BULLET, NUMBERED, MARKDOWN_HEADING }

  public List<Block> blocks(String text) {
    List<Lines.Line> lines = Lines.split(text);
    Kind[] kinds = new Kind[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      kinds[i] = classify(text, lines.get(i));
    }
    int wrapWidth = usesBlankLinesBetweenParagraphs(kinds) ? widestTextLine(text, lines, kinds) : 0;
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Kind kind = kinds[i];
      if (kind == Kind.BLANK) {
        i++;
      } else if (kind == Kind.TABLE || kind == Kind.SEPARATOR) {
        int end = tableRunEnd(kinds, i);
        Table table = table(text, lines.subList(i, end), kinds, i);
        if (table != null) {
          blocks.add(table);
          i = end;
        } else {
          i = prose(text, lines, kinds, i, end, wrapWidth, blocks);
        }
      } else if (kind == Kind.BULLET || kind == Kind.NUMBERED) {
        i = list(text, lines, kinds, i, blocks);
      } else if (kind == Kind.MARKDOWN_HEADING) {
        blocks.add(markdownHeading(text, lines.get(i)));
        i++;
      } else {
        int end = i;
        while (end < lines.size() && kinds[end] == Kind.TEXT) {
          end++;
        }
        i = prose(text, lines, kinds, i, end, wrapWidth, blocks);
      }
    }
    return List.copyOf(blocks);
  }

  private static Kind classify(String text, Lines.Line line) {
    if (line.isBlank()) {
      return Kind.BLANK;
    }
    String content = line.content(text);
    if (content.indexOf('|') >= 0 && TABLE_SEPARATOR.matcher(content).matches()) {
      return Kind.SEPARATOR;
    }
    if (content.length() > 1 && (content.charAt(0) == '|' || content.charAt(content.length() - 1) == '|')) {
      return Kind.TABLE;
    }
    if (MARKDOWN_HEADING.matcher(content).find()) {
      return Kind.MARKDOWN_HEADING;
    }
    if (BULLET.matcher(content).find()) {
      return Kind.BULLET;
    }
    if (NUMBER.matcher(content).find()) {
      return Kind.NUMBERED;
    }
    return Kind.TEXT;
  }

  /** Hard-wrapped text separates paragraphs by blank lines, so single line breaks inside it do not. */
  private static boolean usesBlankLinesBetweenParagraphs(Kind[] kinds) {
    for (int i = 1; i + 1 < kinds.length; i++) {
      if (kinds[i] == Kind.BLANK && kinds[i - 1] == Kind.TEXT && kinds[i + 1] == Kind.TEXT) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- tables

  /**
   * The end of a run of table lines. A line without pipes is let in when table lines surround it,
   * since a flattened cell may have lost its closing pipe.
   */
  private static int tableRunEnd(Kind[] kinds, int from) {
    int end = from;
    while (end < kinds.length) {
      Kind k = kinds[end];
      if (k == Kind.TABLE || k == Kind.SEPARATOR) {
        end++;
      } else if (k == Kind.TEXT && end + 1 < kinds.length
          && (kinds[end + 1] == Kind.TABLE) && end > from) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  private static Table table(String text, List<Lines.Line> run, Kind[] kinds, int offset) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> row = null;
    int headerRows = -1;
    for (int j = 0; j < run.size(); j++) {
      Lines.Line line = run.get(j);
      if (kinds[offset + j] == Kind.SEPARATOR) {
        if (row != null) {
          rows.add(row);
          row = null;
        }
        if (headerRows < 0) {
          headerRows = rows.size();
        }
        continue;
      }
      String content = line.content(text);
      boolean opensRow = content.charAt(0) == '|';
      boolean previousClosed = row != null && !row.isEmpty() && isCompleteRow(text, run.get(j - 1));
      if (row == null || opensRow || previousClosed) {
        if (row != null) {
          rows.add(row);
        }
        row = new ArrayList<>();
      }
      row.addAll(cells(text, line));
    }
    if (row != null) {
      rows.add(row);
    }
    int widest = rows.stream().mapToInt(List::size).max().orElse(0);
    if (rows.size() < 2 || widest < 2 || headerRows > 1) {
      return null;
    }
    Span span = new Span(run.get(0).contentStart(), run.get(run.size() - 1).contentEnd());
    return new Table(span, rows.get(0), rows.subList(1, rows.size()));
  }

  /** A Markdown row on one line: opens and closes with a pipe and holds at least one more. */
  private static boolean isCompleteRow(String text, Lines.Line line) {
    String content = line.content(text);
    return content.length() > 2 && content.charAt(0) == '|' && content.charAt(content.length() - 1) == '|'
        && content.indexOf('|', 1) < content.length() - 1;
  }

  private static List<Cell> cells(String text, Lines.Line line) {
    int from = line.contentStart();
    int to = line.contentEnd();
    if (text.charAt(from) == '|') {
      from++;
    }
    if (to > from && text.charAt(to - 1) == '|' && (to - 2 < from || text.charAt(to - 2) != '\\')) {
      to--;
    }
    List<Cell> cells = new ArrayList<>();
    int cellStart = from;
    for (int k = from; k <= to; k++) {
      boolean boundary = k == to || (text.charAt(k) == '|' && (k == from || text.charAt(k - 1) != '\\'));
      if (boundary) {
        int cs = Lines.skipPadding(text, cellStart, k);
        int ce = Lines.trimPaddingEnd(text, cs, k);
        cells.add(new Cell(new Span(cs, ce)));
        cellStart = k + 1;
      }
    }
    return cells;
  }

  // ---------------------------------------------------------------- lists

  private static int list(String text, List<Lines.Line> lines, Kind[] kinds, int from, List<Block> blocks) {
    boolean ordered = kinds[from] == Kind.NUMBERED;
    List<ListItem> items = new ArrayList<>();
    int i = from;
    int lastEnd = -1;
    while (i < lines.size()) {
      Kind kind = kinds[i];
      if (kind == Kind.BULLET || kind == Kind.NUMBERED) {
        if ((kind == Kind.NUMBERED) != ordered) {
          break;
        }
        Lines.Line line = lines.get(i);
        Matcher m = (ordered ? NUMBER : BULLET).matcher(line.content(text));
        m.find();
        int itemStart = line.contentStart() + m.end();
        int itemEnd = line.contentEnd();
        i++;
        while (i < lines.size() && kinds[i] == Kind.TEXT && lines.get(i).isIndented()) {
          itemEnd = lines.get(i).contentEnd();
          i++;
        }
        items.add(new ListItem(new Span(itemStart, itemEnd)));
        lastEnd = itemEnd;
      } else if (kind == Kind.BLANK && i + 1 < lines.size() && kinds[i + 1] == kinds[from]) {
        i++;
      } else {
        break;
      }
    }
    blocks.add(new ListBlock(new Span(lines.get(from).contentStart(), lastEnd), ordered, items));
    return i;
  }

  // ---------------------------------------------------------------- headings and paragraphs

  private static Heading markdownHeading(String text, Lines.Line line) {
    Matcher m = MARKDOWN_HEADING.matcher(line.content(text));
    m.find();
    int level = m.group(1).length();
    int start = line.contentStart() + m.end();
    int end = line.contentEnd();
    while (end > start && text.charAt(end - 1) == '#') {
      end--;
    }
    end = Lines.trimPaddingEnd(text, start, end);
    if (end == start) {
      end = line.contentEnd();
    }
    return new Heading(new Span(line.contentStart(), line.contentEnd()), new Span(start, end), level);
  }

  /**
   * Lines {@code [from, to)} of running text: headings and paragraphs. In hard-wrapped text
   * ({@code wrapWidth > 0}) a line that does not end a sentence runs on into the next; a line
   * nearly as wide as the widest is taken for wrapped text, not for a heading. Returns {@code to}.
   */
  private static int prose(String text, List<Lines.Line> lines, Kind[] kinds, int from, int to,
      int wrapWidth, List<Block> blocks) {
    boolean hardWrapped = wrapWidth > 0;
    int paragraphStart = -1;
    int paragraphEnd = -1;
    for (int i = from; i < to; i++) {
      Lines.Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      boolean continues = paragraphStart >= 0 && hardWrapped
          && !endsSentence(text, lines.get(i - 1));
      if (continues) {
        paragraphEnd = line.contentEnd();
        continue;
      }
      if (paragraphStart >= 0) {
        blocks.add(new Paragraph(new Span(paragraphStart, paragraphEnd)));
        paragraphStart = -1;
      }
      boolean wrapped = hardWrapped && i + 1 < to && !lines.get(i + 1).isBlank()
          && line.contentLength() * 10 >= wrapWidth * 6;
      if (!wrapped && isHeading(text, line, hasFollowingContent(kinds, i))) {
        Span span = new Span(line.contentStart(), line.contentEnd());
        blocks.add(new Heading(span, span, 2));
      } else {
        paragraphStart = line.contentStart();
        paragraphEnd = line.contentEnd();
      }
    }
    if (paragraphStart >= 0) {
      blocks.add(new Paragraph(new Span(paragraphStart, paragraphEnd)));
    }
    return to;
  }

  private static int widestTextLine(String text, List<Lines.Line> lines, Kind[] kinds) {
    int widest = 1;
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == Kind.TEXT) {
        widest = Math.max(widest, Math.min(lines.get(i).contentLength(), 200));
      }
    }
    return widest;
  }

  private static boolean hasFollowingContent(Kind[] kinds, int i) {
    for (int j = i + 1; j < kinds.length; j++) {
      if (kinds[j] != Kind.BLANK) {
        return true;
      }
    }
    return false;
  }

  /** A short line without final punctuation, followed by more of the article. */
  static boolean isHeading(String text, Lines.Line line, boolean followed) {
    if (!followed || line.contentLength() > HEADING_MAX_CHARS || endsSentence(text, line)) {
      return false;
    }
    char last = text.charAt(line.contentEnd() - 1);
    if (last == ':' || last == '،' || last == ',' || last == ';' || last == '-') {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    boolean letters = false;
    for (int k = line.contentStart(); k < line.contentEnd(); k++) {
      char c = text.charAt(k);
      boolean wordChar = !Lines.isPadding(c);
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
      letters |= Character.isLetter(c);
    }
    return letters && words <= HEADING_MAX_WORDS;
  }

  private static boolean endsSentence(String text, Lines.Line line) {
    int k = line.contentEnd() - 1;
    while (k > line.contentStart() && isClosing(text.charAt(k))) {
      k--;
    }
    char c = text.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛' || c == '…' || c == ':';
  }

  static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '›' || c == ')' || c == ']'
        || c == '}' || c == '」';
  }
}
