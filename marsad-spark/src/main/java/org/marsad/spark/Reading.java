package org.marsad.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.read.ArticleReader;
import org.marsad.read.ArticleSink;
import org.marsad.read.Format;
import org.marsad.read.Problem;
import org.marsad.read.ReadOptions;
import scala.Tuple2;

/**
 * Turns what Spark reads into articles with the core's readers, exactly as the command line reads
 * them: JSON lines one by one, and whole files (text, HTML, WARC, feeds) one at a time.
 */
final class Reading implements Serializable {

  /** The default id the JSON Lines reader gives a line without {@code "id"}, replaced below. */
  private static final String NO_ID = "\u0000no-id";

  private final Format from;

  /** {@code from} is the format of the whole files, or {@link Format#AUTO} to decide by name, then content. */
  Reading(Format from) {
    this.from = from;
  }

  /**
   * Rows of {@code input} (the file) and {@code value} (one line of it) to articles. A line without
   * an {@code "id"} is named {@code NAME@HASH} (the file name without extension, then the first 12 hex
   * digits of the line's SHA-256): Spark
   * splits a file without counting lines, so the command line's {@code FILE:LINE} is not known.
   */
  Iterator<Coding.Read> jsonLines(Iterator<Row> rows) {
    ArticleReader reader = new ArticleReader(ReadOptions.defaults().withFormat(Format.JSONL));
    return flatten(rows, row -> {
      String input = row.getString(row.fieldIndex("input"));
      String line = row.getString(row.fieldIndex("value"));
      if (line == null || line.isBlank()) {
        return List.of();
      }
      Collect sink = new Collect(input);
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      reader.read(new ByteArrayInputStream(bytes), input, NO_ID, sink);
      List<Coding.Read> reads = new ArrayList<>();
      for (Coding.Read read : sink.reads) {
        if (read.problem() != null) {
          String head = line.strip();
          head = head.length() > 40 ? head.substring(0, 40) + "…" : head;
          reads.add(new Coding.Read(input, null, new Problem(input, 0, "line " + head + ": " + read.problem().message())));
        } else if (read.document().article().id().startsWith(NO_ID)) {
          reads.add(new Coding.Read(input, renamed(read.document(), idOf(fileName(input)) + "@" + sha256(bytes).substring(0, 12)), null));
        } else {
          reads.add(read);
        }
      }
      return reads;
    });
  }

  /** Whole files to articles; a file's articles are held in memory while it is read (their text, not the pages). */
  Iterator<Coding.Read> files(Iterator<Tuple2<String, PortableDataStream>> files) {
    return flatten(files, file -> {
      String input = file._1();
      String name = fileName(input);
      Format format = from != Format.AUTO ? from : java.util.Objects.requireNonNullElse(Format.byExtension(name), Format.AUTO);
      Collect sink = new Collect(input);
      try (InputStream in = file._2().open()) {
        new ArticleReader(ReadOptions.defaults().withFormat(format)).read(in, input, idOf(name), sink);
      } catch (IOException | RuntimeException e) {
        sink.problem(new Problem(input, 0, "cannot read: " + e.getMessage()));
      }
      return sink.reads;
    });
  }

  /** The command line's id for a one-article file: its name without the last extension. */
  static String idOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static String fileName(String path) {
    String decoded = path;
    try {
      decoded = new java.net.URI(path).getPath();
    } catch (java.net.URISyntaxException | NullPointerException e) {
      // a plain path, not a URI
    }
    if (decoded == null) {
      decoded = path;
    }
    int slash = decoded.lastIndexOf('/');
    return slash >= 0 ? decoded.substring(slash + 1) : decoded;
  }

  private static Document renamed(Document read, String id) {
    Article a = read.article();
    Document document = Document.of(new Article(id, a.source(), a.url(), a.date(), a.language(), a.title(), a.text()));
    for (String warning : read.warnings()) {
      document = document.withWarning(warning);
    }
    return document;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> Iterator<Coding.Read> flatten(Iterator<T> items, java.util.function.Function<T, List<Coding.Read>> read) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false)
        .flatMap(item -> read.apply(item).stream())
        .iterator();
  }

  /** Keeps what a reader delivers; warnings travel with their document. */
  private static final class Collect implements ArticleSink {
    final String input;
    final List<Coding.Read> reads = new ArrayList<>();

    Collect(String input) {
      this.input = input;
    }

    @Override
    public void article(Document document) {
      reads.add(new Coding.Read(input, document, null));
    }

    @Override
    public void problem(Problem problem) {
      reads.add(new Coding.Read(input, null, problem));
    }

    @Override
    public void warning(Problem warning) {}
  }
}
