package org.marsad.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.analysis.ArabicNormalizer;
import org.marsad.analysis.Clitics;
import org.marsad.lang.DataFile;

/**
 * Names of people, organisations and places with their named-entity type (PERS, ORG, LOC), read
 * from a data file: evidence for the statistical name finder, not a recogniser. Immutable.
 */
final class NameGazetteer {

  /** Longest name looked up, in words. */
  static final int MAX_WORDS = 5;

  private final Map<String, String> typeOfName;
  private final Set<String> prefixes;
  private final Map<String, String> typesOfWord;
  private final Map<String, Integer> timesOfName;

  private NameGazetteer(Map<String, String> typeOfName, Set<String> prefixes, Map<String, String> typesOfWord,
      Map<String, Integer> timesOfName) {
    this.typeOfName = typeOfName;
    this.prefixes = prefixes;
    this.typesOfWord = typesOfWord;
    this.timesOfName = timesOfName;
  }

  static NameGazetteer arabic() {
    return load("/lang/ar/name-gazetteer.tsv");
  }

  /**
   * Loads {@code name, type, count} rows. A name tagged with several types takes the most frequent;
   * each word of a name of two or more words remembers the types of the names it is part of.
   */
  static NameGazetteer load(String path) {
    Map<String, Integer> best = new HashMap<>();
    Map<String, String> typeOfName = new HashMap<>();
    Map<String, Set<String>> ofWord = new HashMap<>();
    Set<String> prefixes = new HashSet<>();
    for (Map<String, String> row : DataFile.load(path).rows()) {
      String[] words = ArabicNormalizer.normalize(row.get("name")).strip().split("\\s+");
      if (words.length > MAX_WORDS || words[0].isEmpty()) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      for (int k = 0; k < words.length; k++) {
        words[k] = Clitics.key(words[k]);
        name.append(k > 0 ? " " : "").append(words[k]);
        prefixes.add(name.toString());
        if (words.length > 1) {
          ofWord.computeIfAbsent(words[k], w -> new TreeSet<>()).add(row.get("type"));
        }
      }
      int count = Integer.parseInt(row.get("count"));
      String key = name.toString();
      if (count > best.getOrDefault(key, 0)) {
        best.put(key, count);
        typeOfName.put(key, row.get("type"));
      }
    }
    Map<String, String> typesOfWord = new HashMap<>();
    ofWord.forEach((w, types) -> typesOfWord.put(w, String.join("+", types)));
    return new NameGazetteer(Map.copyOf(typeOfName), Set.copyOf(prefixes), Map.copyOf(typesOfWord), Map.copyOf(best));
  }

  /**
   * Whether the corpora tag the name {@code key} (normalised, without clitics) as {@code type} more
   * often than as anything else, and at least {@code times} times.
   */
  boolean often(String key, String type, int times) {
    return type.equals(typeOfName.get(key)) && timesOfName.get(key) >= times;
  }

  /**
   * For each word, B- or I- and the type of the longest listed name covering it, left to right, or
   * {@code null}. A name's first word may carry proclitics ({@code stems} gives it without them).
   */
  String[] labels(String[] keys, String[] stems) {
    String[] labels = new String[keys.length];
    int i = 0;
    while (i < keys.length) {
      int end = -1;
      String type = null;
      for (String first : stems[i].equals(keys[i]) ? new String[] {keys[i]} : new String[] {keys[i], stems[i]}) {
        StringBuilder name = new StringBuilder(first);
        for (int j = i + 1; ; j++) {
          String t = typeOfName.get(name.toString());
          if (t != null && j > end) {
            end = j;
            type = t;
          }
          if (j >= keys.length || j - i >= MAX_WORDS || !prefixes.contains(name.toString())) {
            break;
          }
          name.append(' ').append(keys[j]);
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        labels[k] = (k == i ? "B-" : "I-") + type;
      }
      i = end;
    }
    return labels;
  }

  /** The types of the listed names of two or more words that {@code word} is part of (e.g. "LOC+ORG"), or {@code null}. */
  String typesOfWord(String word) {
    return typesOfWord.get(word);
  }
}
