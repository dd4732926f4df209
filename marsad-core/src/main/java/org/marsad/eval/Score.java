package org.marsad.eval;

import java.util.Locale;

/** Counts of true positives, false positives and false negatives, and the figures they give. */
public record Score(int tp, int fp, int fn) {

  public static final Score ZERO = new Score(0, 0, 0);

  public Score plus(Score o) {
    return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f  (tp %d, fp %d, fn %d)",
        precision(), recall(), f1(), tp, fp, fn);
  }
}
