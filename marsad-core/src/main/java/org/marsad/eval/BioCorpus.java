package org.marsad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A named-entity corpus in BIO format: one {@code word<TAB>tag} a line, sentences separated by
 * blank lines, tags {@code O}, {@code B-TYPE}, {@code I-TYPE}. Invisible marks around words (left-
 * to-right marks, byte-order marks) are dropped.
 */
public record BioCorpus(List<Sentence> sentences) {

  /** A sentence's words and tags. */
  public record Sentence(List<String> words, List<String> tags) {}

  /** A gold or predicted entity: words {@code [start, end)} of a sentence, and its type. */
  public record Span(int start, int end, String type) {}

  public static BioCorpus read(Path path) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int number = 0;
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        number++;
        String clean = line.replace("\uFEFF", "").replace("\u200E", "").replace("\u200F", "");
        if (clean.isBlank()) {
          if (!words.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(words), List.copyOf(tags)));
            words.clear();
            tags.clear();
          }
          continue;
        }
        String[] parts = clean.split("\t");
        if (parts.length < 2 || parts[0].isBlank()) {
          throw new IOException("line " + number + ": expected word<TAB>tag");
        }
        words.add(parts[0].strip());
        tags.add(parts[parts.length - 1].strip());
      }
    }
    if (!words.isEmpty()) {
      sentences.add(new Sentence(List.copyOf(words), List.copyOf(tags)));
    }
    return new BioCorpus(List.copyOf(sentences));
  }

  /**
   * The sentences that share no 24-character run of letters with {@code other} (compared without
   * spaces, diacritics or alef variants): keeps a held-out part free of text that a second corpus
   * repeats.
   */
  public BioCorpus withoutOverlap(BioCorpus other) {
    int w = 24;
    java.util.Set<String> windows = new java.util.HashSet<>();
    for (Sentence s : other.sentences) {
      String k = letters(s.words());
      for (int i = 0; i + w <= k.length(); i += 4) {
        windows.add(k.substring(i, i + w));
      }
    }
    List<Sentence> kept = new ArrayList<>();
    for (Sentence s : sentences) {
      String k = letters(s.words());
      boolean overlaps = false;
      for (int i = 0; i + w <= k.length() && !overlaps; i++) {
        overlaps = windows.contains(k.substring(i, i + w));
      }
      if (!overlaps) {
        kept.add(s);
      }
    }
    return new BioCorpus(kept);
  }

  private static String letters(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String word : words) {
      String n = org.marsad.analysis.ArabicNormalizer.normalize(word);
      for (int i = 0; i < n.length(); i++) {
        if (Character.isLetterOrDigit(n.charAt(i))) {
          sb.append(n.charAt(i));
        }
      }
    }
    return sb.toString();
  }

  /** Part {@code k} (0-based) of {@code n} equal runs of sentences, in file order. */
  public BioCorpus slice(int k, int n) {
    int from = (int) ((long) sentences.size() * k / n);
    int to = (int) ((long) sentences.size() * (k + 1) / n);
    return new BioCorpus(sentences.subList(from, to));
  }

  /** Everything but part {@code k} of {@code n}. */
  public BioCorpus without(int k, int n) {
    int from = (int) ((long) sentences.size() * k / n);
    int to = (int) ((long) sentences.size() * (k + 1) / n);
    List<Sentence> rest = new ArrayList<>(sentences.subList(0, from));
    rest.addAll(sentences.subList(to, sentences.size()));
    return new BioCorpus(rest);
  }

  /** The entities a tag sequence marks; an I- tag without its B- starts an entity, as conlleval does. */
  public static List<Span> spans(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
      boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && !t.equals(type));
      if (start >= 0 && (tag.equals("O") || begins || t == null)) {
        spans.add(new Span(start, i, type));
        start = -1;
        type = null;
      }
      if (t != null && (begins || start < 0)) {
        start = i;
        type = t;
      }
    }
    return spans;
  }
}
