package org.marsad.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.analysis.ArabicNormalizer;

/** Parses the publication dates found in metadata: ISO dates and times, d/m/yyyy and RFC 1123. */
final class Dates {

  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern YMD = Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
  private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

  private Dates() {}

  /** The date, or {@code null} when the value is not a date this understands. */
  static LocalDate parse(String raw) {
    if (raw == null) {
      return null;
    }
    String value = ArabicNormalizer.normalize(raw.strip());
    try {
      Matcher m = ISO.matcher(value);
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = YMD.matcher(value);
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = DMY.matcher(value);
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      try {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      } catch (DateTimeParseException e) {
        return OffsetDateTime.parse(value).toLocalDate();
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
