package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.read.ArticleSink;
import org.marsad.read.Problem;

/**
 * Codes each article a reader delivers and writes it out at once (nothing accumulates, so a corpus
 * of any size streams through); reports problems as {@code marsad: PATH[:LINE]: message} and keeps
 * count for the closing summary.
 */
final class Extraction implements ArticleSink {

  private final Marsad marsad;
  private final Output output;
  private final PrintWriter err;
  private final boolean debug;
  private String current = "";
  private int articles;
  private int problems;
  private int warnings;

  Extraction(Marsad marsad, Output output, PrintWriter err, boolean debug) {
    this.marsad = marsad;
    this.output = output;
    this.err = err;
    this.debug = debug;
  }

  /** Names the input being read, for messages about articles from it. */
  void startInput(String shown) {
    current = shown;
  }

  @Override
  public void article(Document document) {
    Document coded;
    try {
      coded = marsad.code(document);
    } catch (RuntimeException e) {
      problem(new Problem(current, 0, "internal error while coding article " + document.article().id()
          + ": " + e + (debug ? "" : " (run with --debug for details)")));
      if (debug) {
        e.printStackTrace(err);
      }
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
  public void problem(Problem problem) {
    problems++;
    err.println("marsad: " + problem);
  }

  @Override
  public void warning(Problem warning) {
    warnings++;
    err.println("marsad: " + warning.input() + (warning.line() > 0 ? ":" + warning.line() : "")
        + ": warning: " + warning.message());
  }

  int problems() {
    return problems;
  }

  void summarise(int inputs) {
    err.println("marsad: " + articles + (articles == 1 ? " article" : " articles") + " from " + inputs
        + (inputs == 1 ? " input" : " inputs") + "; " + problems + (problems == 1 ? " problem" : " problems")
        + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : ""));
  }
}
