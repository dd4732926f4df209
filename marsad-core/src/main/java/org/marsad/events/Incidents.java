package org.marsad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.Clitics;
import org.marsad.lang.WordClasses;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.Span;
import org.marsad.model.Token;

/**
 * How the coder's candidate events become incidents: the triggers of one sentence that tell the same
 * act with the same sides are one event ({@link #dedupe}, {@link #oneIncidentEach}), and the same
 * event told again elsewhere in the article lists every telling among its mentions
 * ({@link #linkRetellings}). Every merged trigger stays as evidence. Thread-safe.
 */
final class Incidents {

  /** Word classes, for the words of response (ردا، انتقاما) that keep two attacks apart. */
  private final WordClasses words;

  Incidents(WordClasses words) {
    this.words = words;
  }

  /**
   * The events of one type a sentence tells with several triggers (قتل طفل بعد إطلاق مسلحين الرصاص على
   * قافلة: the killing and the shooting) as one incident, where their modes and sides do not disagree:
   * the first keeps the others' evidence and takes the sides, mode and place it left open, and the
   * highest confidence (with {@code --all-candidates} too, whose merged candidates stay as evidence).
   * Not across a word of response (أطلقت صواريخ ردا على الغارات: the rockets answer another attack).
   */
  List<Event> oneIncidentEach(List<Event> events, List<List<Token>> bySentence) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      int at = -1;
      for (int k = 0; k < out.size() && at < 0; k++) {
        if (sameIncident(out.get(k), e) && !responseBetween(bySentence.get(e.sentence()), out.get(k).trigger(), e.trigger())) {
          at = k;
        }
      }
      if (at < 0) {
        out.add(e);
      } else {
        out.set(at, merged(out.get(at), e));
      }
    }
    return out;
  }

  /** Whether a word of response or revenge (ردا، انتقاما) stands between two triggers of a sentence. */
  private boolean responseBetween(List<Token> tokens, Span a, Span b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    for (Token t : tokens) {
      if (t.span().start() >= from && t.span().end() <= to && words.isOrJoined("response", Clitics.key(t.norm()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameIncident(Event a, Event b) {
    return a.sentence() == b.sentence() && a.type().equals(b.type()) && a.negated() == b.negated()
        && a.modality() == b.modality() && a.symmetric() == b.symmetric()
        && (a.mode() == null || b.mode() == null || a.mode().equals(b.mode()))
        && (a.source() == null || b.source() == null || idOf(a.source()).equals(idOf(b.source())))
        && (a.target() == null || b.target() == null || idOf(a.target()).equals(idOf(b.target())))
        && !sameSide(a.source() != null ? a.source() : b.source(), a.target() != null ? a.target() : b.target());
  }

  /** Whether two participants are one actor: merged events must not have it on both sides. */
  private static boolean sameSide(Participant source, Participant target) {
    return source != null && target != null && idOf(source).equals(idOf(target));
  }

  private static Event merged(Event a, Event b) {
    Event coded = a.mode() == null && b.mode() != null ? b : a; // the trigger that says how: its mode and CAMEO code
    List<Span> others = new ArrayList<>(a.mentions());
    for (Span span : b.mentions()) {
      if (!others.contains(span)) {
        others.add(span);
      }
    }
    others.remove(coded.trigger());
    others.sort(Comparator.naturalOrder());
    List<Span> mentions = new ArrayList<>();
    mentions.add(coded.trigger()); // the trigger first, as everywhere
    mentions.addAll(others);
    return new Event(coded.type(), coded.mode(), coded.cameo(), coded.root(), coded.quadClass(), coded.goldstein(),
        coded.contexts(), a.source() != null ? a.source() : b.source(), a.target() != null ? a.target() : b.target(),
        coded.symmetric(), a.location() != null ? a.location() : b.location(), a.date() != null ? a.date() : b.date(),
        coded.negated(), coded.modality(), coded.trigger(), coded.sentence(), mentions,
        Math.max(a.confidence(), b.confidence()));
  }

  /**
   * The same event told again — in the heading, the lead, the body, a table row: same type, same
   * named source and target — lists every telling among its mentions (its own trigger first).
   * Each telling stays an event of its sentence, so sentence-level evidence is never lost.
   */
  static List<Event> linkRetellings(List<Event> events) {
    Map<String, List<Span>> tellings = new HashMap<>();
    for (Event e : events) {
      String key = retellingKey(e);
      if (key != null) {
        tellings.computeIfAbsent(key, k -> new ArrayList<>()).addAll(e.mentions());
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      String key = retellingKey(e);
      List<Span> all = key == null ? null : tellings.get(key);
      if (all == null || all.size() == e.mentions().size()) {
        out.add(e);
        continue;
      }
      List<Span> mentions = new ArrayList<>(e.mentions());
      for (Span span : all) {
        if (!mentions.contains(span)) {
          mentions.add(span);
        }
      }
      out.add(e.withMentions(mentions));
    }
    return out;
  }

  private static String retellingKey(Event e) {
    if (e.source() == null || e.target() == null || e.source().entity() == null || e.target().entity() == null) {
      return null;
    }
    String a = e.source().entity();
    String b = e.target().entity();
    if (e.symmetric() && a.compareTo(b) > 0) {
      String t = a;
      a = b;
      b = t;
    }
    return e.type() + "|" + a + "|" + b + "|" + e.negated() + "|" + e.modality();
  }

  /** One event per type, source and target in a sentence; the first keeps the others' evidence. */
  static List<Event> dedupe(List<Event> events) {
    Map<String, Event> seen = new java.util.LinkedHashMap<>();
    for (Event e : events) {
      String key = e.type() + "|" + idOf(e.source()) + "|" + idOf(e.target());
      Event first = seen.get(key);
      if (first == null) {
        seen.put(key, e);
      } else {
        List<Span> mentions = new ArrayList<>(first.mentions());
        mentions.addAll(e.mentions());
        seen.put(key, first.withMentions(mentions));
      }
    }
    return new ArrayList<>(seen.values());
  }

  private static String idOf(Participant p) {
    return p == null ? "-" : p.entity() != null ? p.entity() : p.name();
  }
}
