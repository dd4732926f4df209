package org.marsad.events;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Decides whether a candidate event from the trigger lexicon reports an event in its sentence: a
 * maximum-entropy classifier (Apache OpenNLP, L-BFGS) over {@link EventFeatures}. Lexicon triggers
 * over-fire on background mentions, metaphors and quotations; this is where they are weeded out.
 */
public final class EventFilter {

  /** Below this probability a candidate is dropped, unless the model's description names another. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final MaxentModel model;
  private final double threshold;
  private final java.util.Map<String, Double> byType;

  private EventFilter(MaxentModel model, double threshold, java.util.Map<String, Double> byType) {
    this.model = model;
    this.threshold = threshold;
    this.byType = java.util.Map.copyOf(byType);
  }

  private EventFilter(MaxentModel model, double threshold) {
    this(model, threshold, java.util.Map.of());
  }

  /** The same model with other thresholds: {@code threshold} for all types but those in {@code byType}. */
  public EventFilter withThresholds(double threshold, java.util.Map<String, Double> byType) {
    return new EventFilter(model, threshold, byType);
  }

  /** The probability from which a candidate of this PLOVER type is kept, chosen by cross-validation when trained. */
  public double threshold(String type) {
    return byType.getOrDefault(type, threshold);
  }

  public static EventFilter read(InputStream in) {
    try {
      return new EventFilter(new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(in))).getModel(),
          DEFAULT_THRESHOLD);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event filter", e);
    }
  }

  /** The Arabic filter on the class path, or {@code null} when none is shipped. */
  public static EventFilter arabic() {
    try (InputStream in = EventFilter.class.getResourceAsStream("/models/ar/event-filter.maxent.gz");
        InputStream meta = EventFilter.class.getResourceAsStream("/models/ar/event-filter.model.json")) {
      if (in == null) {
        return null;
      }
      if (meta == null) {
        return read(in);
      }
      com.fasterxml.jackson.databind.JsonNode description = new com.fasterxml.jackson.databind.ObjectMapper().readTree(meta);
      java.util.Map<String, Double> byType = new java.util.HashMap<>();
      description.path("thresholds").fields().forEachRemaining(e -> byType.put(e.getKey(), e.getValue().asDouble()));
      return new EventFilter(read(in).model, description.path("threshold").asDouble(DEFAULT_THRESHOLD), byType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Trains on candidates' features and whether each was a real event. */
  public static EventFilter train(List<String[]> features, List<Boolean> labels, int iterations) throws IOException {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      events.add(new Event(labels.get(i) ? "yes" : "no", features.get(i)));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put("L2Cost", System.getProperty("marsad.filter.l2", "0.5"));
    params.put("L1Cost", System.getProperty("marsad.filter.l1", "0.0"));
    return new EventFilter(TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events)),
        DEFAULT_THRESHOLD);
  }

  public void write(OutputStream out) throws IOException {
    try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
      new GenericModelWriter((AbstractModel) model, data).persist();
    }
  }

  /** The probability that the candidate reports an event. */
  public double probability(String[] features) {
    double[] p = model.eval(features);
    int yes = model.getIndex("yes");
    return yes < 0 ? 0 : p[yes];
  }
}
