package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.read.ArticleReader;
import org.marsad.read.ArticleSink;
import org.marsad.read.Problem;

/**
 * Codes articles into a store: reads files, folders (recursively) and standard input, skips
 * articles the store already holds before coding them, codes the rest on a pool of threads with
 * at most a few articles per thread in flight (back-pressure: the reader waits for the coders),
 * and writes them in order, a batch per transaction. Problems are reported and skipped; they never
 * stop the run. Not thread-safe: one ingest per instance.
 */
public final class Ingest implements AutoCloseable {

  /** What the ingest tells its caller as it goes. */
  public interface Listener {
    void problem(Problem problem);

    void warning(Problem warning);

    /** Called after each committed batch. */
    default void progress(Counts counts) {}
  }

  /** Running totals. */
  public record Counts(long read, long added, long known, long events, long problems, long nanos) {
    public double perSecond() {
      return nanos == 0 ? 0 : added * 1e9 / nanos;
    }
  }

  /** File name endings an ingest of a folder picks up; anything else in a folder is passed over. */
  private static final List<String> EXTENSIONS = List.of(".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".jsonl",
      ".ndjson", ".jsonlines", ".warc", ".warc.gz", ".rss", ".atom");

  private final Marsad marsad;
  private final ArticleReader reader;
  private final Listener listener;
  private final StoreWriter writer;
  private final ExecutorService pool;
  private final int window;
  private final int batchSize;
  private final ArrayDeque<Future<Document>> inFlight = new ArrayDeque<>();
  private final List<Document> batch = new ArrayList<>();
  private final long started = System.nanoTime();
  private long read;
  private long added;
  private long known;
  private long problems;
  private String current = "";

  public Ingest(Store store, Marsad marsad, ArticleReader reader, int threads, int batchSize, Listener listener) {
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be at least 1");
    }
    this.marsad = marsad;
    this.reader = reader;
    this.listener = listener;
    this.batchSize = batchSize;
    this.writer = store.writer();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "marsad-coder");
      t.setDaemon(true);
      return t;
    });
    this.window = threads * 4;
  }

  /** Ingests one argument: a file, a folder (every article file in it, recursively) or {@code -}. */
  public void ingest(String argument) {
    if (argument.equals(ArticleReader.STDIN)) {
      ingest(System.in, ArticleReader.STDIN);
      return;
    }
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(Ingest::isArticleFile).sorted().toList();
      } catch (IOException | UncheckedIOException e) {
        sink.problem(new Problem(argument, 0, "cannot list the folder: " + e.getMessage()));
        return;
      }
      if (files.isEmpty()) {
        sink.problem(new Problem(argument, 0, "no article files in the folder"));
      }
      for (Path file : files) {
        current = file.toString();
        reader.read(file, current, sink);
      }
    } else {
      current = argument;
      reader.read(path, argument, sink);
    }
  }

  /** Ingests a stream named {@code shown} in messages. */
  public void ingest(InputStream in, String shown) {
    current = shown;
    reader.read(in, shown, sink);
  }

  private static boolean isArticleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private final ArticleSink sink = new ArticleSink() {
    @Override
    public void article(Document document) {
      read++;
      try {
        if (writer.known(ArticleKey.of(document.article()))) {
          known++;
          return;
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read the store: " + e.getMessage(), e);
      }
      String input = current;
      inFlight.add(pool.submit(() -> {
        try {
          return marsad.code(document);
        } catch (RuntimeException e) {
          synchronized (Ingest.this) {
            problem(new Problem(input, 0, "internal error while coding article " + document.article().id() + ": " + e));
          }
          return null;
        }
      }));
      while (inFlight.size() >= window) {
        takeOldest();
      }
    }

    @Override
    public void problem(Problem problem) {
      Ingest.this.problem(problem);
    }

    @Override
    public void warning(Problem warning) {
      listener.warning(warning);
    }
  };

  private synchronized void problem(Problem problem) {
    problems++;
    listener.problem(problem);
  }

  private void takeOldest() {
    Document coded;
    try {
      coded = inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    if (coded != null) {
      batch.add(coded);
      if (batch.size() >= batchSize) {
        flush();
      }
    }
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    try {
      int n = writer.write(batch);
      added += n;
      known += batch.size() - n;
    } catch (SQLException e) {
      throw new StoreException("cannot write to the store: " + e.getMessage(), e);
    }
    batch.clear();
    listener.progress(counts());
  }

  /** Codes and stores everything still in flight. */
  public void finish() {
    while (!inFlight.isEmpty()) {
      takeOldest();
    }
    flush();
  }

  public synchronized Counts counts() {
    return new Counts(read, added, known, writer.events(), problems, System.nanoTime() - started);
  }

  @Override
  public void close() {
    pool.shutdownNow();
    try {
      writer.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }
}
