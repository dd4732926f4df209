package org.marsad.actors;

/**
 * The beam search over BIO tags shared by the name finder's perceptron at run time
 * ({@code NameModel}) and while it is trained on whole sentences ({@link SequencePerceptron}): each
 * hypothesis extends the best ones so far by one tag, an I- tag only after a tag of its type, scored
 * by the log of the normalised perceptron sums. Immutable.
 */
final class TagBeam {

  /** How the weights of one position's features are summed, per outcome. */
  interface Scorer {
    /** Adds the weights of position {@code i}'s features that do not depend on the tags before it. */
    void fixed(int i, double[] sums);

    /** Adds the weights of position {@code i}'s features of the two tags before it ({@code -1}: none). */
    void tags(int i, int prevTag, int prev2Tag, double[] sums);
  }

  private final int beam;
  private final String[] typeOf;
  private final boolean[] inside;

  /** A beam of width {@code beam} over the outcomes (B-X, I-X, O). */
  TagBeam(int beam, String[] outcomes) {
    this.beam = beam;
    this.typeOf = new String[outcomes.length];
    this.inside = new boolean[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      typeOf[o] = outcomes[o].length() > 2 ? outcomes[o].substring(2) : "";
      inside[o] = outcomes[o].startsWith("I-");
    }
  }

  /** The best tag sequence (outcome indices) for {@code size} positions. */
  int[] decode(int size, Scorer scorer) {
    int n = typeOf.length;
    // hypothesis h at position i: its tag there and the hypothesis at i - 1 it extends
    int[][] tagAt = new int[size][beam];
    int[][] parent = new int[size][beam];
    double[] scores = new double[beam];
    double[] nextScores = new double[beam];
    double[] fixedSums = new double[n];
    double[] sums = new double[n];
    int live = 1;
    for (int i = 0; i < size; i++) {
      java.util.Arrays.fill(fixedSums, 0);
      scorer.fixed(i, fixedSums);
      int taken = 0;
      for (int h = 0; h < live; h++) {
        int prevTag = i > 0 ? tagAt[i - 1][h] : -1;
        int prev2Tag = i > 1 ? tagAt[i - 2][parent[i - 1][h]] : -1;
        System.arraycopy(fixedSums, 0, sums, 0, n);
        scorer.tags(i, prevTag, prev2Tag, sums);
        NameModel.normalise(sums);
        for (int o = 0; o < n; o++) {
          if (inside[o] && (prevTag < 0 || !typeOf[prevTag].equals(typeOf[o]))) {
            continue;
          }
          double score = scores[h] + Math.log(sums[o]);
          if (taken == beam && score <= nextScores[beam - 1]) {
            continue;
          }
          int at = taken < beam ? taken++ : beam - 1;
          while (at > 0 && nextScores[at - 1] < score) {
            nextScores[at] = nextScores[at - 1];
            tagAt[i][at] = tagAt[i][at - 1];
            parent[i][at] = parent[i][at - 1];
            at--;
          }
          nextScores[at] = score;
          tagAt[i][at] = o;
          parent[i][at] = h;
        }
      }
      System.arraycopy(nextScores, 0, scores, 0, beam);
      live = taken;
    }
    int[] tags = new int[size];
    for (int i = size - 1, h = 0; i >= 0; h = parent[i][h], i--) {
      tags[i] = tagAt[i][h];
    }
    return tags;
  }
}
