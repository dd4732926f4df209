package org.marsad.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.marsad.model.Article;
import org.marsad.model.Document;

/**
 * Reads articles from files or standard input in any supported format, reporting each problem to
 * the sink and going on: one bad input, or one bad line of a corpus, never stops the others.
 * Thread-safe.
 */
public final class ArticleReader {

  /** The name standard input goes by in messages and article ids. */
  public static final String STDIN = "-";

  private final ReadOptions options;

  public ArticleReader(ReadOptions options) {
    this.options = options;
  }

  public ReadOptions options() {
    return options;
  }

  /** Reads one file given on the command line as {@code shown}. */
  public void read(Path path, String shown, ArticleSink sink) {
    if (!Files.exists(path)) {
      sink.problem(new Problem(shown, 0, "no such file"));
      return;
    }
    if (Files.isDirectory(path)) {
      sink.problem(new Problem(shown, 0, "is a directory, not a file"));
      return;
    }
    Format format = options.format() == Format.AUTO ? Format.byExtension(path.getFileName().toString()) : options.format();
    try (InputStream raw = Files.newInputStream(path)) {
      BufferedInputStream in = new BufferedInputStream(raw, 65536);
      if (format == null) {
        format = sniff(in);
      }
      if (format == Format.TEXT || format == Format.HTML) {
        long size = Files.size(path);
        long limit = format == Format.HTML ? options.maxHtmlBytes() : options.maxArticleBytes() * 2;
        if (size > limit) {
          sink.problem(new Problem(shown, 0, format == Format.HTML
              ? "HTML page of " + megabytes(size) + " is larger than the " + megabytes(options.maxHtmlBytes()) + " limit"
              : tooLarge(size, options)));
          return;
        }
      }
      read(in, shown, idOf(path), format, sink);
    } catch (NoSuchFileException e) {
      sink.problem(new Problem(shown, 0, "no such file"));
    } catch (AccessDeniedException e) {
      sink.problem(new Problem(shown, 0, "permission denied"));
    } catch (IOException e) {
      sink.problem(new Problem(shown, 0, "cannot read: " + e.getMessage()));
    }
  }

  /** Reads standard input or any other stream, named {@code shown} in messages. */
  public void read(InputStream stream, String shown, ArticleSink sink) {
    read(stream, shown, shown.equals(STDIN) ? "stdin" : shown, sink);
  }

  /** Reads a stream named {@code shown} in messages; a single article gets {@code id}. */
  public void read(InputStream stream, String shown, String id, ArticleSink sink) {
    BufferedInputStream in = new BufferedInputStream(stream, 65536);
    try {
      Format format = options.format() == Format.AUTO ? sniff(in) : options.format();
      read(in, shown, id, format, sink);
    } catch (IOException e) {
      sink.problem(new Problem(shown, 0, "cannot read: " + e.getMessage()));
    }
  }

  private void read(BufferedInputStream in, String shown, String id, Format format, ArticleSink sink) throws IOException {
    if (format == Format.JSONL) {
      new JsonLinesReader(options).read(in, shown, id, sink);
      return;
    }
    if (format == Format.WARC) {
      new WarcArchiveReader(options).read(in, shown, sink);
      return;
    }
    if (format == Format.FEED) {
      new FeedReader(options).read(in, shown, sink);
      return;
    }
    long limit = format == Format.HTML ? options.maxHtmlBytes() : options.maxArticleBytes() * 2;
    byte[] bytes = readAtMost(in, limit);
    if (bytes == null) {
      sink.problem(new Problem(shown, 0, format == Format.HTML
          ? "HTML page larger than the " + megabytes(options.maxHtmlBytes()) + " limit"
          : "input larger than " + megabytes(limit) + "; " + tooLarge(limit, options)));
      return;
    }
    try {
      Document document = format == Format.HTML
          ? HtmlReader.read(bytes, id, shown, options)
          : text(bytes, id, shown, sink);
      for (String warning : document.warnings()) {
        sink.warning(new Problem(shown, 0, warning));
      }
      sink.article(document);
    } catch (InputException e) {
      sink.problem(new Problem(shown, 0, e.getMessage()));
    }
  }

  private Document text(byte[] bytes, String id, String shown, ArticleSink sink) throws InputException {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    String text = decoded.text();
    if (text.isBlank()) {
      throw new InputException("empty file: only whitespace");
    }
    long size = text.getBytes(StandardCharsets.UTF_8).length;
    if (size > options.maxArticleBytes()) {
      throw new InputException(tooLarge(size, options));
    }
    Document document = Document.of(new Article(id, shown, null, null, Languages.guess(text), null, text));
    return decoded.warning() == null ? document : document.withWarning(decoded.warning());
  }

  private static Format sniff(BufferedInputStream in) throws IOException {
    in.mark(4096);
    byte[] head = new byte[4096];
    int n = in.readNBytes(head, 0, head.length);
    in.reset();
    return Format.byContent(head, n);
  }

  /** The whole stream, or {@code null} when it is longer than {@code limit} bytes. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    int n;
    long total = 0;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static String idOf(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static String tooLarge(long bytes, ReadOptions options) {
    return "article too large: " + megabytes(bytes) + " of text, the limit is " + megabytes(options.maxArticleBytes());
  }

  static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
