package org.marsad.store;

import java.util.List;

/**
 * An event as stored, with its article and its evidence: the sentence and the offsets, into the
 * article's text, of the trigger, the two sides and the place.
 */
public record StoredEvent(
    long id, Article article, int ordinal, String type, String mode, String cameo, String root, int quadClass,
    double goldstein, List<String> contexts, Side source, Side target, boolean symmetric, Place location, String date,
    boolean negated, String modality, String trigger, int triggerStart, int triggerEnd, String evidence, int sentenceStart,
    int sentenceEnd, String spans, double confidence, String coderVersion, String groupKey) {

  /** The article an event was found in. */
  public record Article(long id, String extId, String source, String url, String published, String title) {}

  /** One side of an event; every field may be {@code null}. */
  public record Side(Long actorId, String actorKey, String name, String country, String sector, Integer start, Integer end) {}

  /** Where an event took place, with its coordinates when the gazetteer knows them; every field may be {@code null}. */
  public record Place(String name, String country, Integer start, Integer end, Double lat, Double lon) {}

  public StoredEvent {
    contexts = List.copyOf(contexts);
  }
}
