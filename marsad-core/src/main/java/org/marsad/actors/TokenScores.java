package org.marsad.actors;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * A perceptron's scores for one sentence's beam search, computed as OpenNLP computes them but
 * without summing a token's tag-independent features again for every sequence in the beam: those
 * are summed once per token, and each evaluation adds only the few features that depend on the
 * previous tags. The additions happen in the same order as in {@link PerceptronModel#eval}, so the
 * scores are the same to the last bit. A context asks for this by starting with
 * {@link #marker(int)} for its token; any other context goes to the model as usual. One instance
 * per sentence; not thread-safe.
 */
final class TokenScores implements MaxentModel {

  private static final String MARKER = "\u0000token=";

  /** The tag-independent features of a token. */
  interface Fixed {
    String[] fixed(int token);
  }

  private final MaxentModel model;
  private final Map<String, Context> features;
  private final int outcomes;
  private final Fixed fixed;
  private final double[][] sums;

  private TokenScores(MaxentModel model, Map<String, Context> features, Fixed fixed, int tokens) {
    this.model = model;
    this.features = features;
    this.outcomes = model.getNumOutcomes();
    this.fixed = fixed;
    this.sums = new double[tokens][];
  }

  /** Scores for a sentence of {@code tokens}; the model itself when it is not a perceptron. */
  @SuppressWarnings("unchecked")
  static MaxentModel of(MaxentModel model, Fixed fixed, int tokens) {
    if (!(model instanceof PerceptronModel p)) {
      return model;
    }
    Object[] data = ((AbstractModel) p).getDataStructures();
    if (data.length < 2 || !(data[1] instanceof Map<?, ?> map)) {
      return model;
    }
    return new TokenScores(model, (Map<String, Context>) map, fixed, tokens);
  }

  /** The first element of a context whose first {@code fixed(token).length} features after it are the token's fixed ones. */
  static String marker(int token) {
    return MARKER + token;
  }

  @Override
  public double[] eval(String[] context, double[] probs) {
    if (context.length == 0 || !context[0].startsWith(MARKER)) {
      return model.eval(context, probs);
    }
    int token = Integer.parseInt(context[0].substring(MARKER.length()));
    double[] base = sums[token];
    String[] own = fixed.fixed(token);
    if (base == null) {
      base = new double[outcomes];
      for (String f : own) {
        add(base, f);
      }
      sums[token] = base;
    }
    double[] prior = probs != null && probs.length == outcomes ? probs : new double[outcomes];
    System.arraycopy(base, 0, prior, 0, outcomes);
    for (int k = 1 + own.length; k < context.length; k++) {
      add(prior, context[k]);
    }
    double max = 1;
    for (double v : prior) {
      max = Math.max(max, Math.abs(v));
    }
    double normal = 0;
    for (int o = 0; o < outcomes; o++) {
      prior[o] = Math.exp(prior[o] / max);
      normal += prior[o];
    }
    for (int o = 0; o < outcomes; o++) {
      prior[o] /= normal;
    }
    return prior;
  }

  private void add(double[] prior, String feature) {
    Context c = features.get(feature);
    if (c != null) {
      int[] os = c.getOutcomes();
      double[] ps = c.getParameters();
      for (int a = 0; a < os.length; a++) {
        prior[os[a]] += ps[a];
      }
    }
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, (double[]) null);
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return model.eval(context, values);
  }

  @Override
  public String getBestOutcome(double[] scores) {
    return model.getBestOutcome(scores);
  }

  @Override
  public String getAllOutcomes(double[] scores) {
    return model.getAllOutcomes(scores);
  }

  @Override
  public String getOutcome(int i) {
    return model.getOutcome(i);
  }

  @Override
  public int getIndex(String outcome) {
    return model.getIndex(outcome);
  }

  @Override
  public int getNumOutcomes() {
    return outcomes;
  }
}
