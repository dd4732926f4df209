package org.marsad.lang;

import java.util.HashMap;
import java.util.Map;
import org.marsad.analysis.ArabicNormalizer;
import org.marsad.analysis.Clitics;

/**
 * Classes of words that occur in like contexts in unlabelled news, at four granularities, read from a
 * data file: features for the statistical name finder and the event filter. Immutable.
 */
public final class WordClusters {

  private final Map<String, String[]> classes;

  private WordClusters(Map<String, String[]> classes) {
    this.classes = classes;
  }

  /** The Arabic classes, loaded once and shared: the name finder and the event filter both read them. */
  public static WordClusters arabic() {
    return Arabic.CLUSTERS;
  }

  private static final class Arabic {
    static final WordClusters CLUSTERS = load("/lang/ar/word-clusters.tsv");
  }

  /** Loads {@code word, coarse, fine, finest, top} rows. */
  public static WordClusters load(String path) {
    Map<String, String[]> classes = new HashMap<>();
    for (Map<String, String> row : DataFile.load(path).rows()) {
      classes.put(Clitics.key(ArabicNormalizer.normalize(row.get("word"))),
          new String[] {row.get("coarse"), row.get("fine"), row.get("finest"), row.get("top")});
    }
    return new WordClusters(Map.copyOf(classes));
  }

  /** The coarse (64), fine (512), finest (2,048) and top (16) classes of {@code word}, or {@code null} for a word not classed. */
  public String[] of(String word) {
    return classes.get(word);
  }
}
