package org.marsad;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;

/**
 * The entry point: {@code Marsad.arabic().code(article)} runs the Arabic news pipeline over an
 * article. An instance loads its language data once and is safe to share between threads.
 */
public final class Marsad {

  /** The version of the coder, written into every output. */
  public static final String VERSION = Marsad.class.getPackage().getImplementationVersion() == null
      ? "0.1.0-SNAPSHOT" : Marsad.class.getPackage().getImplementationVersion();

  private final Pipeline pipeline;

  private Marsad(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public static Marsad arabic() {
    return new Marsad(Pipelines.arabicNews());
  }

  /** A coder running the given pipeline (e.g. {@link Pipelines#arabicNews(boolean)} without the event filter). */
  public static Marsad of(Pipeline pipeline) {
    return new Marsad(pipeline);
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public Document code(Article article) {
    return pipeline.run(Document.of(article));
  }

  /** Runs the pipeline over a document as a reader made it (an HTML reader brings its own blocks). */
  public Document code(Document document) {
    return pipeline.run(document);
  }
}
