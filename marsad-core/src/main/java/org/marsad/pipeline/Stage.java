package org.marsad.pipeline;

import java.util.Set;
import org.marsad.model.Document;
import org.marsad.model.Layer;

/**
 * One step of analysis: takes a document that has every layer in {@link #needs()} and returns it
 * with the layer {@link #adds()} added, leaving every other layer as it was. Stages are stateless
 * after construction and safe to share between threads.
 */
public interface Stage {

  String name();

  Set<Layer> needs();

  Layer adds();

  Document apply(Document document);
}
