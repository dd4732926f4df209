package org.marsad.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.UUID;
import org.marsad.Marsad;
import org.marsad.read.ArticleReader;
import org.marsad.read.Problem;
import org.marsad.read.ReadOptions;
import org.marsad.store.Ingest;
import org.marsad.store.Store;

/** A real server on a random loopback port over a fresh SQLite store, optionally holding the store tests' corpus. */
final class TestServer implements AutoCloseable {

  /** The store module's test corpus (ten short articles), read from the source tree. */
  static final Path CORPUS = Path.of("../marsad-store/src/test/resources/store/corpus.jsonl");
  static final Path EXAMPLE = Path.of("../examples/seed-article-ar.txt");

  private static Marsad marsad;

  final Store store;
  final Javalin app;

  TestServer(Path dir, WebSettings settings, boolean withCorpus) {
    store = Store.open(dir.resolve("web-" + UUID.randomUUID() + ".db").toString());
    if (withCorpus) {
      try (Ingest ingest = new Ingest(store, marsad(), new ArticleReader(ReadOptions.defaults()), 2, 50, new Ingest.Listener() {
        @Override
        public void problem(Problem problem) {
          throw new AssertionError(problem.toString());
        }

        @Override
        public void warning(Problem warning) {}
      })) {
        ingest.ingest(CORPUS.toString());
        ingest.finish();
      }
    }
    app = WebServer.create(store, marsad(), settings).start();
  }

  static synchronized Marsad marsad() {
    if (marsad == null) {
      marsad = Marsad.arabic();
    }
    return marsad;
  }

  String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  @Override
  public void close() {
    app.stop();
  }
}
