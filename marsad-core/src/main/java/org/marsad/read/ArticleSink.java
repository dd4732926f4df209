package org.marsad.read;

import org.marsad.model.Document;

/** Receives what a reader finds, in input order: articles, and problems that skipped an input or a line. */
public interface ArticleSink {

  /** An article was read; {@code document} carries it and any reading warnings. */
  void article(Document document);

  /** An input, or one line of it, could not be read and was skipped. */
  void problem(Problem problem);

  /** Something was read, but with a remark the user should see. */
  void warning(Problem warning);

  /** A sink that passes articles and problems on and ignores warnings. */
  static ArticleSink of(java.util.function.Consumer<Document> articles, java.util.function.Consumer<Problem> problems) {
    return new ArticleSink() {
      @Override
      public void article(Document document) {
        articles.accept(document);
      }

      @Override
      public void problem(Problem problem) {
        problems.accept(problem);
      }

      @Override
      public void warning(Problem warning) {}
    };
  }
}
