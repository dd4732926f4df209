package org.marsad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass's extra features: what the first pass tagged this word and its neighbours, and
 * how it tagged the same word, the same stem and the same name elsewhere in the document (a name
 * is usually one type throughout an article, and a clear sentence vouches for an unclear one).
 * Evidence from this very token is left out of the document counts, so they say only what the
 * rest of the document says.
 */
final class Stacking {

  private static final String[] TYPES = {"O", "PERS", "LOC", "ORG", "MISC"};

  /** Names longer than this many words are not looked for elsewhere. */
  private static final int LONGEST = 6;

  private Stacking() {}

  /** The sentences of one document with the extra features of the first pass's {@code tags}. */
  static List<NameModel.Context> contexts(List<NameModel.Context> sentences, List<String[]> tags) {
    Map<String, int[]> byKey = new HashMap<>();
    Map<String, int[]> byStem = new HashMap<>();
    Map<String, int[]> byName = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      NameModel.Context c = sentences.get(s);
      String[] t = tags.get(s);
      for (int i = 0; i < t.length; i++) {
        byKey.computeIfAbsent(c.keys[i], k -> new int[TYPES.length])[type(t[i])]++;
        byStem.computeIfAbsent(c.stems[i], k -> new int[TYPES.length])[type(t[i])]++;
      }
      for (int[] name : names(t)) {
        byName.computeIfAbsent(words(c.keys, name[0], name[1]), k -> new int[TYPES.length])[name[2]]++;
      }
    }
    List<NameModel.Context> out = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      NameModel.Context c = sentences.get(s);
      String[] t = tags.get(s);
      int n = t.length;
      String[] nameType = new String[n];
      int[] nameLength = new int[n];
      boolean[] nameStart = new boolean[n];
      for (int j = 0; j < n; j++) {
        StringBuilder phrase = new StringBuilder();
        for (int len = 1; len <= LONGEST && j + len <= n; len++) {
          phrase.append(len > 1 ? " " : "").append(c.keys[j + len - 1]);
          int[] counts = byName.get(phrase.toString());
          if (counts == null) {
            continue;
          }
          int self = selfType(t, j, j + len);
          int best = majority(counts, self, 1);
          if (best < 0) {
            continue;
          }
          for (int k = j; k < j + len; k++) {
            if (len > nameLength[k]) {
              nameLength[k] = len;
              nameType[k] = TYPES[best];
              nameStart[k] = k == j;
            }
          }
        }
      }
      String[] known = new String[n];
      String[] name = new String[n];
      for (int i = 0; i < n; i++) {
        known[i] = label(majority(byKey.get(c.keys[i]), type(t[i]), 1));
        name[i] = nameType[i] == null ? "-" : (nameStart[i] ? "B-" : "I-") + nameType[i];
      }
      String[][] extra = new String[n][];
      for (int i = 0; i < n; i++) {
        String prev = i > 0 ? t[i - 1] : "<s>";
        String next = i + 1 < n ? t[i + 1] : "</s>";
        int self = type(t[i]);
        int[] key = byKey.get(c.keys[i]);
        int[] stem = byStem.get(c.stems[i]);
        extra[i] = new String[] {
            "p0=" + t[i],
            "p-1=" + prev,
            "p+1=" + next,
            "p-1,p0,p+1=" + prev + "," + t[i] + "," + next,
            "dk=" + label(majority(key, self, 0)),
            "dke=" + known[i],
            "dke-1=" + (i > 0 ? known[i - 1] : "<s>"),
            "dke+1=" + (i + 1 < n ? known[i + 1] : "</s>"),
            "p0,w=" + t[i] + "," + c.keys[i],
            "dse=" + label(majority(stem, self, 1)),
            "dn=" + name[i],
            "dn-1=" + (i > 0 ? name[i - 1] : "<s>"),
            "dn+1=" + (i + 1 < n ? name[i + 1] : "</s>"),
            "dn,len=" + name[i] + "," + Math.min(nameLength[i], 3),
            "dn,p0=" + name[i] + "," + t[i],
        };
      }
      out.add(c.with(extra));
    }
    return out;
  }

  /** The most frequent type from index {@code from} on, after taking one {@code self} away; -1 for none. */
  private static int majority(int[] counts, int self, int from) {
    if (counts == null) {
      return -1;
    }
    int best = -1;
    int most = 0;
    for (int k = from; k < counts.length; k++) {
      int c = counts[k] - (k == self ? 1 : 0);
      if (c > most) {
        most = c;
        best = k;
      }
    }
    return best;
  }

  private static String label(int type) {
    return type < 0 ? "-" : TYPES[type];
  }

  private static int type(String tag) {
    if (tag.length() < 3) {
      return 0;
    }
    String t = tag.substring(2);
    for (int k = 1; k < TYPES.length; k++) {
      if (TYPES[k].equals(t)) {
        return k;
      }
    }
    return 0;
  }

  /** The type of the name the tags mark exactly over {@code [from, to)}, or -1. */
  private static int selfType(String[] tags, int from, int to) {
    if (!tags[from].startsWith("B-")) {
      return -1;
    }
    for (int k = from + 1; k < to; k++) {
      if (!tags[k].startsWith("I-")) {
        return -1;
      }
    }
    return to < tags.length && tags[to].startsWith("I-") ? -1 : type(tags[from]);
  }

  /** The names the tags mark, as {from, to, type}. */
  private static List<int[]> names(String[] tags) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= tags.length; i++) {
      String tag = i < tags.length ? tags[i] : "O";
      if (start >= 0 && !tag.startsWith("I-")) {
        out.add(new int[] {start, i, type(tags[start])});
        start = -1;
      }
      if (tag.startsWith("B-")) {
        start = i;
      }
    }
    return out;
  }

  private static String words(String[] keys, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(k > from ? " " : "").append(keys[k]);
    }
    return sb.toString();
  }
}
