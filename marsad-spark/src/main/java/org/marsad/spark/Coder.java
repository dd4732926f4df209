package org.marsad.spark;

import java.io.Serializable;
import org.marsad.Marsad;
import org.marsad.model.Document;

/** The per-document function the job runs: the command line's coder, or another one in tests. */
@FunctionalInterface
interface Coder extends Serializable {

  Document code(Document document);

  /**
   * {@link Marsad#arabic()}, built at most once per JVM: on the first article an executor codes,
   * not per row or per task (it loads its lexicons and models for about two seconds, and is
   * thread-safe, so an executor's tasks share it).
   */
  static Coder marsad() {
    return document -> PerJvm.MARSAD.code(document);
  }

  /** The lazy holder: the class, and so the coder, is initialised on first use, once. */
  final class PerJvm {
    static final Marsad MARSAD = Marsad.arabic();

    private PerJvm() {}
  }
}
