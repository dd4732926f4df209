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
 * maximum-entropy classifier (Apache OpenNLP, L-BFGS) over {@link EventFeatures}, or the average of
 * several trained on bootstrap samples of the data (bagging: with a few thousand candidates and
 * many sparse features one model's probabilities swing with the sample). Lexicon triggers
 * over-fire on background mentions, metaphors and quotations; this is where they are weeded out.
 */
public final class EventFilter {

  /** Below this probability a candidate is dropped, unless the model's description names another. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final List<MaxentModel> models;
  private final double threshold;
  private final java.util.Map<String, Double> byType;

  private EventFilter(List<MaxentModel> models, double threshold, java.util.Map<String, Double> byType) {
    this.models = List.copyOf(models);
    this.threshold = threshold;
    this.byType = java.util.Map.copyOf(byType);
  }

  private EventFilter(List<MaxentModel> models, double threshold) {
    this(models, threshold, java.util.Map.of());
  }

  /** The same models with other thresholds: {@code threshold} for all types but those in {@code byType}. */
  public EventFilter withThresholds(double threshold, java.util.Map<String, Double> byType) {
    return new EventFilter(models, threshold, byType);
  }

  /**
   * The probability from which a candidate of this PLOVER type is kept, chosen by cross-validation when
   * trained. The thresholds by type were chosen on sentences judged one by one, and hold for a sentence
   * given {@code alone}; in an article, where the filter sees the sentences around, one threshold holds
   * for all types.
   */
  public double threshold(String type, boolean alone) {
    return alone ? byType.getOrDefault(type, threshold) : threshold;
  }

  /** Reads the models written by {@link #write}: their number, then each model's length and bytes. */
  public static EventFilter read(InputStream in) {
    try {
      java.io.DataInputStream data = new java.io.DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in)));
      int n = data.readInt();
      List<MaxentModel> models = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        byte[] bytes = new byte[data.readInt()];
        data.readFully(bytes);
        models.add(new GenericModelReader(new BinaryFileDataReader(new java.io.ByteArrayInputStream(bytes))).getModel());
      }
      return new EventFilter(models, DEFAULT_THRESHOLD);
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
      return new EventFilter(read(in).models, description.path("threshold").asDouble(DEFAULT_THRESHOLD), byType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Trains on candidates' features and whether each was a real event: {@code bags} models, each on a
   * bootstrap sample drawn with a fixed seed (so training is repeatable), or one model on all the
   * data when {@code bags} is 1.
   */
  public static EventFilter train(List<String[]> features, List<Boolean> labels, int iterations, int bags) throws IOException {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      events.add(new Event(labels.get(i) ? "yes" : "no", features.get(i)));
    }
    if (bags <= 1) {
      return new EventFilter(List.of(trainOne(events, iterations)), DEFAULT_THRESHOLD);
    }
    List<MaxentModel> models = new ArrayList<>();
    java.util.Random random = new java.util.Random(20261129L);
    for (int b = 0; b < bags; b++) {
      List<Event> sample = new ArrayList<>(events.size());
      for (int i = 0; i < events.size(); i++) {
        sample.add(events.get(random.nextInt(events.size())));
      }
      models.add(trainOne(sample, iterations));
    }
    return new EventFilter(models, DEFAULT_THRESHOLD);
  }

  private static MaxentModel trainOne(List<Event> events, int iterations) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put("L2Cost", 0.5); // L1 0.05 and 0.2, L2 0.25 and 1.0 tried: no better in repeated cross-validation
    params.put("L1Cost", 0.0);
    return TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
  }

  /** Writes the number of models, then each model's length and bytes, into one compressed stream. */
  public void write(OutputStream out) throws IOException {
    try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
      data.writeInt(models.size());
      for (MaxentModel model : models) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(bytes)).persist(); // closes its stream
        data.writeInt(bytes.size());
        bytes.writeTo(data);
      }
    }
  }

  /** The probability that the candidate reports an event: the models' average. */
  public double probability(String[] features) {
    double sum = 0;
    for (MaxentModel model : models) {
      double[] p = model.eval(features);
      int yes = model.getIndex("yes");
      sum += yes < 0 ? 0 : p[yes];
    }
    return sum / models.size();
  }
}
