package org.marsad.read;

/**
 * How inputs are read.
 *
 * @param format the input format, or {@link Format#AUTO}
 * @param maxArticleBytes the most text one article may have, in bytes of UTF-8
 * @param maxHtmlBytes the largest HTML page read, markup included
 */
public record ReadOptions(Format format, long maxArticleBytes, long maxHtmlBytes) {

  public static final long DEFAULT_MAX_ARTICLE_BYTES = 2L * 1024 * 1024;
  public static final long DEFAULT_MAX_HTML_BYTES = 32L * 1024 * 1024;

  public ReadOptions {
    if (format == null) {
      throw new IllegalArgumentException("format must be given (AUTO to detect)");
    }
    if (maxArticleBytes <= 0 || maxHtmlBytes <= 0) {
      throw new IllegalArgumentException("size limits must be positive");
    }
  }

  public static ReadOptions defaults() {
    return new ReadOptions(Format.AUTO, DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_HTML_BYTES);
  }

  public ReadOptions withFormat(Format newFormat) {
    return new ReadOptions(newFormat, maxArticleBytes, maxHtmlBytes);
  }
}
