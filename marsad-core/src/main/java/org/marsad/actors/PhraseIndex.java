package org.marsad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trie of phrases, one matching key per word, to the entries they name. Built once, then read-only. */
final class PhraseIndex {

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    List<ActorEntry> entries;
  }

  private final Node root = new Node();
  private int size;

  void add(List<String> words, ActorEntry entry) {
    if (words.isEmpty()) {
      return;
    }
    Node node = root;
    for (String word : words) {
      node = node.next.computeIfAbsent(word, w -> new Node());
    }
    if (node.entries == null) {
      node.entries = new ArrayList<>(1);
      size++;
    }
    if (!node.entries.contains(entry)) {
      node.entries.add(entry);
    }
  }

  int size() {
    return size;
  }

  boolean startsWith(String word) {
    return root.next.containsKey(word);
  }

  /** Gives {@code action} the entries of every phrase. */
  void forEachPhrase(java.util.function.Consumer<List<ActorEntry>> action) {
    List<Node> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      Node node = todo.remove(todo.size() - 1);
      if (node.entries != null) {
        action.accept(node.entries);
      }
      todo.addAll(node.next.values());
    }
  }

  /** The entries of exactly this phrase (its words as matching keys), or an empty list. */
  List<ActorEntry> entries(List<String> words) {
    Cursor cursor = cursor();
    for (String word : words) {
      if (!cursor.step(word)) {
        return List.of();
      }
    }
    return cursor.entries();
  }

  /** A cursor for walking the trie a word at a time. */
  Cursor cursor() {
    return new Cursor(root);
  }

  static final class Cursor {
    private Node node;

    private Cursor(Node node) {
      this.node = node;
    }

    /** Moves on by one word; false (and the cursor unusable) when no phrase continues so. */
    boolean step(String word) {
      node = node == null ? null : node.next.get(word);
      return node != null;
    }

    /** The entries of the phrase read so far, or an empty list. */
    List<ActorEntry> entries() {
      return node == null || node.entries == null ? List.of() : node.entries;
    }
  }
}
