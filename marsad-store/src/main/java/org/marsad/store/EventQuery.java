package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which stored events to return. Empty lists and {@code null}s leave a field unfiltered; the
 * default asks for events that happened ({@code actual}) and are not negated.
 *
 * @param types PLOVER event types (ASSAULT, CONSULT ...)
 * @param quadClasses 1 verbal cooperation ... 4 material conflict
 * @param actor an actor's name (any part of it, in Arabic or Latin script) or a country code (ISO alpha-3), on either side
 * @param sourceCountry ISO alpha-3 of the source
 * @param targetCountry ISO alpha-3 of the target
 * @param sector a PLOVER/CAMEO agent code on either side (GOV, MIL ...)
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param modalities modalities to keep (actual, intended, hypothetical, question, claimed, historical); empty keeps all
 * @param negated {@code false}: only events said to happen; {@code true}: only negated ones; {@code null}: both
 * @param text words the article must contain (full-text search)
 * @param limit at most this many events (at least 1)
 * @param offset skip this many first
 */
public record EventQuery(
    List<String> types, List<Integer> quadClasses, String actor, String sourceCountry, String targetCountry, String sector,
    LocalDate from, LocalDate to, Set<String> modalities, Boolean negated, String text, int limit, int offset) {

  public static final int DEFAULT_LIMIT = 100;

  public EventQuery {
    types = types == null ? List.of() : List.copyOf(types);
    quadClasses = quadClasses == null ? List.of() : List.copyOf(quadClasses);
    modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    for (int q : quadClasses) {
      if (q < 1 || q > 4) {
        throw new IllegalArgumentException("quad class must be 1, 2, 3 or 4: " + q);
      }
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the date range ends before it starts: " + from + " .. " + to);
    }
  }

  /** Actual, not negated events, the first {@link #DEFAULT_LIMIT}. */
  public static EventQuery defaults() {
    return new EventQuery(List.of(), List.of(), null, null, null, null, null, null, Set.of("actual"), false, null,
        DEFAULT_LIMIT, 0);
  }

  public EventQuery withLimit(int newLimit, int newOffset) {
    return new EventQuery(types, quadClasses, actor, sourceCountry, targetCountry, sector, from, to, modalities, negated, text,
        newLimit, newOffset);
  }
}
