package org.marsad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read. {@code text} is the decoded input (for HTML, the extracted text); every
 * span of every later layer indexes it. Optional fields are {@code null} when the input does not
 * give them.
 *
 * @param id stable identifier: the input's {@code id} for JSON Lines, the file name otherwise
 * @param source where it came from (outlet name, or the input path)
 * @param url the article's address, if known
 * @param date publication date, if known
 * @param language BCP 47 code of the main language ({@code ar}, {@code en}, {@code und})
 * @param title the title, if the input gives one apart from the text
 * @param text the full text
 */
public record Article(
    String id, String source, String url, LocalDate date, String language, String title, String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
  }

  public String text(Span span) {
    return span.of(text);
  }
}
