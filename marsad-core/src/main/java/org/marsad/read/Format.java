package org.marsad.read;

import java.util.Locale;

/** Input formats; {@link #AUTO} decides by file extension, then by content. */
public enum Format {
  AUTO,
  TEXT,
  HTML,
  JSONL,
  /** A web archive: {@code .warc} or {@code .warc.gz}. */
  WARC,
  /** An RSS or Atom feed. */
  FEED;

  /** The format a file name's extension implies, or {@code null} when it implies none. */
  public static Format byExtension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonlines")) {
      return JSONL;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return WARC;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom")) {
      return FEED;
    }
    if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
      return TEXT;
    }
    return null;
  }

  /** The format the first bytes of an input suggest. */
  static Format byContent(byte[] head, int length) {
    int i = 0;
    if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      return WARC;
    }
    if (length >= 5 && new String(head, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WARC/")) {
      return WARC;
    }
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i >= length) {
      return TEXT;
    }
    if (head[i] == '{') {
      return JSONL;
    }
    if (head[i] == '<') {
      String start = new String(head, i, Math.min(length - i, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
          .toLowerCase(Locale.ROOT);
      if (start.startsWith("<rss") || start.startsWith("<feed") || start.startsWith("<?xml") && (start.contains("<rss")
          || start.contains("<feed") || start.contains("<rdf:rdf"))) {
        return FEED;
      }
      if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
          || start.startsWith("<body") || start.startsWith("<!--") || start.startsWith("<meta")
          || start.startsWith("<article") || start.startsWith("<div") || start.startsWith("<p")
          || start.startsWith("<?xml") || start.startsWith("<h1") || start.startsWith("<title")) {
        return HTML;
      }
    }
    return TEXT;
  }
}
