package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.Clitics;
import org.marsad.analysis.Tokenizer;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

/**
 * A set of phrases over normalised words, each with a value, matched at a token position with or
 * without the conjunction و or ف before its first word. Read-only once built.
 *
 * @param <V> what a phrase stands for
 */
final class Phrases<V> {

  private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
  private final Tokenizer tokenizer = new Tokenizer();

  /** A phrase and its value. */
  record Entry<V>(List<String> words, V value) {}

  /** A phrase found: tokens {@code [from, to)}. */
  record Found<V>(int from, int to, V value) {}

  void add(String phrase, V value) {
    List<String> words = words(phrase);
    if (!words.isEmpty()) {
      byFirst.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Entry<>(words, value));
    }
  }

  List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (Token token : tokenizer.tokenize(phrase, new Span(0, phrase.length()))) {
      words.add(Clitics.key(token.norm()));
    }
    return words;
  }

  /** The longest phrase starting at token {@code i}, or {@code null}. */
  Found<V> at(List<Token> tokens, String[] keys, int i) {
    Found<V> best = null;
    List<String> firsts = tokens.get(i).kind() == TokenKind.ARABIC ? conjunctionReadings(keys[i]) : List.of(keys[i]);
    for (String first : firsts) {
      List<Entry<V>> entries = byFirst.get(first);
      if (entries == null) {
        continue;
      }
      for (Entry<V> e : entries) {
        int n = e.words().size();
        if (i + n > keys.length) {
          continue;
        }
        boolean match = true;
        for (int k = 1; k < n && match; k++) {
          match = e.words().get(k).equals(keys[i + k]);
        }
        if (match && (best == null || i + n > best.to())) {
          best = new Found<>(i, i + n, e.value());
        }
      }
    }
    return best;
  }

  private static List<String> conjunctionReadings(String key) {
    if (key.length() > 2 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')) {
      return List.of(key, key.substring(1));
    }
    return List.of(key);
  }
}
