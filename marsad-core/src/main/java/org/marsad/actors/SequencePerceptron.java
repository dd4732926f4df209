package org.marsad.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * Trains the name finder's perceptron on whole sentences (Collins 2002): each sentence is tagged
 * by the beam search that tags at run time, and where the best sequence differs from the gold one,
 * the features of the gold sequence gain weight and those of the tagged one lose it; the weights
 * are averaged over every step. OpenNLP's own perceptron learns each tag from the gold previous
 * tags, so it never sees the model's own earlier mistakes, which at run time are the history. The
 * result is an ordinary OpenNLP perceptron model, written, read and decoded as one.
 */
final class SequencePerceptron {

  private final Map<String, Integer> index = new HashMap<>();
  private final String[] outcomes;
  private final int n;
  private final TagBeam beam;
  /** Weights, {@code feature * n + outcome}. */
  private double[] w = new double[1 << 20];
  /** The step-weighted sum of updates, for averaging (Daume's trick: average = w - u / steps). */
  private double[] u = new double[1 << 20];

  private SequencePerceptron(String[] outcomes) {
    this.outcomes = outcomes;
    this.n = outcomes.length;
    this.beam = new TagBeam(NameModel.BEAM, outcomes);
  }

  /** Trains on sentences with their well-formed BIO gold tags, visiting them in a fixed shuffled order. */
  static AbstractModel train(List<NameModel.Context> sentences, List<List<String>> gold, int iterations) {
    TreeSet<String> tags = new TreeSet<>();
    tags.add("O");
    for (List<String> g : gold) {
      tags.addAll(g);
    }
    SequencePerceptron p = new SequencePerceptron(tags.toArray(new String[0]));
    Map<String, Integer> tagIndex = new HashMap<>();
    for (int o = 0; o < p.n; o++) {
      tagIndex.put(p.outcomes[o], o);
    }
    int[][][] fixed = new int[sentences.size()][][];
    int[][] goldTags = new int[sentences.size()][];
    for (int s = 0; s < sentences.size(); s++) {
      NameModel.Context c = sentences.get(s);
      int size = gold.get(s).size();
      fixed[s] = new int[size][];
      goldTags[s] = new int[size];
      for (int i = 0; i < size; i++) {
        fixed[s][i] = p.indices(c.fixed(i));
        goldTags[s][i] = tagIndex.get(gold.get(s).get(i));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      order.add(s);
    }
    Random random = new Random(1);
    long step = 1;
    for (int it = 0; it < iterations; it++) {
      Collections.shuffle(order, random);
      for (int s : order) {
        if (goldTags[s].length > 0) {
          int[] predicted = p.decode(sentences.get(s), fixed[s]);
          if (!Arrays.equals(predicted, goldTags[s])) {
            p.update(sentences.get(s), fixed[s], goldTags[s], predicted, step);
          }
        }
        step++;
      }
    }
    return p.averaged(step);
  }

  private int[] indices(String[] features) {
    int[] out = new int[features.length];
    for (int k = 0; k < features.length; k++) {
      out[k] = indexOf(features[k]);
    }
    return out;
  }

  private int indexOf(String feature) {
    Integer i = index.get(feature);
    if (i == null) {
      i = index.size();
      index.put(feature, i);
      if ((i + 1) * n > w.length) {
        w = Arrays.copyOf(w, w.length * 2);
        u = Arrays.copyOf(u, u.length * 2);
      }
    }
    return i;
  }

  private String name(int tag) {
    return tag < 0 ? "START" : outcomes[tag];
  }

  private void addWeights(int f, double[] sums) {
    int base = f * n;
    for (int o = 0; o < n; o++) {
      sums[o] += w[base + o];
    }
  }

  /** The beam search of {@code NameModel.perceptronBeam} ({@link TagBeam}), over the weights being learnt. */
  private int[] decode(NameModel.Context context, int[][] fixed) {
    return beam.decode(fixed.length, new TagBeam.Scorer() {
      @Override
      public void fixed(int i, double[] sums) {
        for (int f : fixed[i]) {
          addWeights(f, sums);
        }
      }

      @Override
      public void tags(int i, int prevTag, int prev2Tag, double[] sums) {
        for (String f : context.tagFeatures(i, name(prevTag), name(prev2Tag))) {
          Integer k = index.get(f);
          if (k != null) {
            addWeights(k, sums);
          }
        }
      }
    });
  }

  /** Gold features up, predicted features down, where the two sequences differ. */
  private void update(NameModel.Context context, int[][] fixed, int[] gold, int[] predicted, long step) {
    for (int i = 0; i < gold.length; i++) {
      int g1 = i > 0 ? gold[i - 1] : -1;
      int g2 = i > 1 ? gold[i - 2] : -1;
      int p1 = i > 0 ? predicted[i - 1] : -1;
      int p2 = i > 1 ? predicted[i - 2] : -1;
      boolean sameTag = gold[i] == predicted[i];
      if (sameTag && g1 == p1 && g2 == p2) {
        continue;
      }
      if (!sameTag) {
        for (int f : fixed[i]) {
          bump(f, gold[i], 1, step);
          bump(f, predicted[i], -1, step);
        }
      }
      for (String f : context.tagFeatures(i, name(g1), name(g2))) {
        bump(indexOf(f), gold[i], 1, step);
      }
      for (String f : context.tagFeatures(i, name(p1), name(p2))) {
        bump(indexOf(f), predicted[i], -1, step);
      }
    }
  }

  private void bump(int f, int outcome, double by, long step) {
    w[f * n + outcome] += by;
    u[f * n + outcome] += by * step;
  }

  /** The averaged weights as an OpenNLP perceptron model, features whose weights are all zero left out. */
  private AbstractModel averaged(long steps) {
    List<String> names = new ArrayList<>();
    List<Context> params = new ArrayList<>();
    String[] byIndex = new String[index.size()];
    index.forEach((f, i) -> byIndex[i] = f);
    int[] kept = new int[n];
    double[] values = new double[n];
    for (int f = 0; f < byIndex.length; f++) {
      int m = 0;
      for (int o = 0; o < n; o++) {
        double a = w[f * n + o] - u[f * n + o] / steps;
        if (a != 0) {
          kept[m] = o;
          values[m] = a;
          m++;
        }
      }
      if (m > 0) {
        names.add(byIndex[f]);
        params.add(new Context(Arrays.copyOf(kept, m), Arrays.copyOf(values, m)));
      }
    }
    return new PerceptronModel(params.toArray(new Context[0]), names.toArray(new String[0]), outcomes.clone());
  }
}
