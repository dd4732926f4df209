package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.read.ArticleSink;
import org.marsad.read.Problem;

/**
 * Codes the articles a reader delivers on a pool of threads, which also render them (JSON or
 * report), and writes them out in input order;
 * at most a few articles per thread are in flight, so a corpus of any size streams through in
 * bounded memory. Reports problems as {@code marsad: PATH[:LINE]: message} and keeps count for the
 * closing summary.
 */
final class Extraction implements ArticleSink, AutoCloseable {

  private final Marsad marsad;
  private final Output output;
  private final PrintWriter err;
  private final boolean debug;
  private final java.util.concurrent.ExecutorService pool;
  private final java.util.ArrayDeque<java.util.concurrent.Future<String>> inFlight = new java.util.ArrayDeque<>();
  private final int window;
  private String current = "";
  private int articles;
  private int problems;
  private int warnings;

  Extraction(Marsad marsad, Output output, PrintWriter err, boolean debug) {
    this(marsad, output, err, debug, 1);
  }

  Extraction(Marsad marsad, Output output, PrintWriter err, boolean debug, int threads) {
    this.marsad = marsad;
    this.output = output;
    this.err = err;
    this.debug = debug;
    this.pool = threads > 1 ? java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "marsad-coder");
      t.setDaemon(true);
      return t;
    }) : null;
    this.window = threads * 4;
  }

  /** Names the input being read, for messages about articles from it. */
  void startInput(String shown) {
    current = shown;
  }

  @Override
  public void article(Document document) {
    String input = current;
    java.util.concurrent.Callable<String> job = () -> {
      try {
        return output.render(marsad.code(document));
      } catch (RuntimeException e) {
        synchronized (this) {
          problem(new Problem(input, 0, "internal error while coding article " + document.article().id()
              + ": " + e + (debug ? "" : " (run with --debug for details)")));
          if (debug) {
            e.printStackTrace(err);
          }
        }
        return null;
      }
    };
    if (pool == null) {
      try {
        write(job.call());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    inFlight.add(pool.submit(job));
    while (inFlight.size() >= window) {
      writeNext();
    }
  }

  /** Writes every article still being coded, in order. */
  void drain() {
    while (!inFlight.isEmpty()) {
      writeNext();
    }
  }

  private void writeNext() {
    try {
      write(inFlight.removeFirst().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private void write(String coded) {
    if (coded == null) {
      return;
    }
    try {
      output.write(coded);
      articles++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    drain();
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @Override
  public synchronized void problem(Problem problem) {
    problems++;
    err.println("marsad: " + problem);
  }

  @Override
  public void warning(Problem warning) {
    warnings++;
    err.println("marsad: " + warning.input() + (warning.line() > 0 ? ":" + warning.line() : "")
        + ": warning: " + warning.message());
  }

  synchronized int problems() {
    return problems;
  }

  void summarise(int inputs) {
    err.println("marsad: " + articles + (articles == 1 ? " article" : " articles") + " from " + inputs
        + (inputs == 1 ? " input" : " inputs") + "; " + problems + (problems == 1 ? " problem" : " problems")
        + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : ""));
  }
}
