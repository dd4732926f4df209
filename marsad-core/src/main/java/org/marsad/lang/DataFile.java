package org.marsad.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A language data file: a header of {@code # key: value} lines that must name at least its
 * {@code source}, {@code licence} and {@code format}, then data lines. Blank lines and other
 * {@code #} lines are comments. Files are UTF-8 and loaded once, into immutable structures, by
 * whoever needs them.
 *
 * @param path the resource path, e.g. {@code /lang/ar/abbreviations.txt}
 * @param header the header's keys and values in file order
 * @param lines the data lines with their 1-based line numbers
 */
public record DataFile(String path, Map<String, String> header, List<Line> lines) {

  /** Header keys every data file must carry. */
  public static final List<String> REQUIRED_KEYS = List.of("source", "licence", "format");

  /** A data line and where it is. */
  public record Line(int number, String text) {

    /** The line's tab-separated fields. */
    public String[] fields() {
      return text.split("\t", -1);
    }
  }

  public DataFile {
    header = Map.copyOf(header);
    lines = List.copyOf(lines);
  }

  /** Reads a resource from the class path, failing with the path named if it is missing or bad. */
  public static DataFile load(String path) {
    try (InputStream in = DataFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("language data file missing from the class path: " + path);
      }
      return parse(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  static DataFile parse(String path, BufferedReader reader) throws IOException {
    Map<String, String> header = new LinkedHashMap<>();
    List<Line> lines = new ArrayList<>();
    String line;
    int number = 0;
    boolean inHeader = true;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        int colon = line.indexOf(':');
        if (inHeader && colon > 1) {
          header.putIfAbsent(line.substring(1, colon).trim().toLowerCase(java.util.Locale.ROOT),
              line.substring(colon + 1).trim());
        }
        continue;
      }
      inHeader = false;
      lines.add(new Line(number, trimSpaces(line)));
    }
    for (String key : REQUIRED_KEYS) {
      if (!header.containsKey(key) || header.get(key).isEmpty()) {
        throw new IllegalStateException(path + ": header lacks '# " + key + ": ...'");
      }
    }
    return new DataFile(path, header, lines);
  }

  /** Trims spaces and carriage returns but not tabs, so empty trailing fields survive. */
  private static String trimSpaces(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\r')) {
      start++;
    }
    while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(start, end);
  }

  /**
   * The rows of a TSV file whose first data line names the columns, as column-to-value maps;
   * empty values are {@code null}. A row with another number of fields fails with its line.
   */
  public List<Map<String, String>> rows() {
    List<Map<String, String>> rows = new ArrayList<>();
    if (lines.isEmpty()) {
      return rows;
    }
    String[] columns = lines.get(0).fields();
    for (Line line : lines.subList(1, lines.size())) {
      String[] fields = line.fields();
      if (fields.length != columns.length) {
        throw new IllegalStateException(path + ":" + line.number() + ": " + fields.length + " fields, expected " + columns.length);
      }
      Map<String, String> row = new java.util.HashMap<>();
      for (int c = 0; c < columns.length; c++) {
        String value = fields[c].strip();
        row.put(columns[c].strip(), value.isEmpty() ? null : value);
      }
      rows.add(row);
    }
    return rows;
  }

  /** The data lines' text, in order. */
  public List<String> values() {
    return lines.stream().map(Line::text).toList();
  }
}
