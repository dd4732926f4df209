package org.marsad.lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.ArabicNormalizer;

/**
 * Small closed classes of words that rules name (prepositions, locative nouns, weekdays ...),
 * loaded from a {@code word<TAB>class<TAB>value} data file and looked up by normalised form.
 * Immutable.
 */
public final class WordClasses {

  private final Map<String, Set<String>> byClass;
  private final Map<String, Set<String>> byWord;
  private final Map<String, String> values;

  private WordClasses(Map<String, Set<String>> byClass, Map<String, Set<String>> byWord, Map<String, String> values) {
    this.byClass = byClass;
    this.byWord = byWord;
    this.values = values;
  }

  public static WordClasses load(String path) {
    Map<String, Set<String>> byClass = new HashMap<>();
    Map<String, String> values = new HashMap<>();
    for (Map<String, String> row : DataFile.load(path).rows()) {
      String word = ArabicNormalizer.normalize(row.get("word"));
      byClass.computeIfAbsent(row.get("class"), c -> new HashSet<>()).add(word);
      if (row.get("value") != null) {
        values.put(row.get("class") + ":" + word, row.get("value"));
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    Map<String, Set<String>> byWord = new HashMap<>();
    byClass.forEach((c, words) -> {
      frozen.put(c, Set.copyOf(words));
      words.forEach(w -> byWord.computeIfAbsent(w, k -> new java.util.TreeSet<>()).add(c));
    });
    Map<String, Set<String>> frozenByWord = new HashMap<>();
    byWord.forEach((w, classes) -> frozenByWord.put(w, java.util.Collections.unmodifiableSet(classes)));
    return new WordClasses(Map.copyOf(frozen), Map.copyOf(frozenByWord), Map.copyOf(values));
  }

  /** Whether the normalised word {@code key} belongs to {@code wordClass}. */
  public boolean is(String wordClass, String key) {
    Set<String> words = byClass.get(wordClass);
    return words != null && words.contains(key);
  }

  /**
   * Whether {@code key}, or {@code key} without the conjunction و or ف written before it, belongs to
   * {@code wordClass}: وفي is في, and وسط stays وسط.
   */
  public boolean isOrJoined(String wordClass, String key) {
    return memberOrJoined(wordClass, key) != null;
  }

  /**
   * Whether the words {@code keys[from, to)} only say when (الاثنين، أمس، مساء، غدا), each perhaps after و or ف;
   * true when there are none.
   */
  public boolean onlyTime(String[] keys, int from, int to) {
    for (int i = from; i < to; i++) {
      String k = keys[i];
      if (!isOrJoined("weekday", k) && !isOrJoined("yesterday", k) && !isOrJoined("tomorrow", k)
          && !isOrJoined("time_of_day", k)) {
        return false;
      }
    }
    return true;
  }

  /** The member of {@code wordClass} that {@code key} is, itself or without a joined و or ف (وفي: في), or null. */
  public String memberOrJoined(String wordClass, String key) {
    if (is(wordClass, key)) {
      return key;
    }
    boolean joined = key.length() > 2 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف');
    return joined && is(wordClass, key.substring(1)) ? key.substring(1) : null;
  }

  /** The classes of the normalised word {@code key}, in name order; empty when it has none. */
  public Set<String> classesOf(String key) {
    return byWord.getOrDefault(key, Set.of());
  }

  /** The value a word carries in a class (the day of a weekday), or {@code null}. */
  public String value(String wordClass, String key) {
    return values.get(wordClass + ":" + key);
  }
}
