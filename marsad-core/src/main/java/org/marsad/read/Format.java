package org.marsad.read;

import java.util.Locale;

/** Input formats; {@link #AUTO} decides by file extension, then by content. */
public enum Format {
  AUTO,
  TEXT,
  HTML,
  JSONL;

  /** The format a file name's extension implies, or {@code null} when it implies none. */
  static Format byExtension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonlines")) {
      return JSONL;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
      return TEXT;
    }
    return null;
  }

  /** The format the first bytes of an input suggest. */
  static Format byContent(byte[] head, int length) {
    int i = 0;
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
