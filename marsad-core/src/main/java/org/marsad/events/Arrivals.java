package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Clitics;
import org.marsad.events.EventStage.Arg;
import org.marsad.lang.WordClasses;
import org.marsad.model.Participant;

/**
 * Visits told by arrival: a verb of arriving or heading somewhere (وصل، توجه، يصل، بالتوجه) is a
 * visit (CAMEO 042) only when an official arrives in a state or city of another country, and the
 * words between the verb and where it goes name only the visitor and the time
 * ("وصل وزير الخارجية الفرنسي مساء أمس إلى الرباط"). Numbers reaching a level (وصل عدد القتلى
 * إلى 50), troops reaching a front, an official going about his own country and the verb of directing
 * (توجه الحكومة أصابع الاتهام إلى) tell no visit. Thread-safe.
 */
final class Arrivals {

  /** Sectors of the people whose arrival somewhere is a visit. */
  private static final Set<String> VISITORS = Set.of("GOV", "IGO", "LEG", "ELI", "JUD", "PTY", "OPP", "NGO");

  /** Word classes: arrival (the verbs), and the words of when (weekday, yesterday, tomorrow, time_of_day). */
  private final WordClasses words;

  Arrivals(WordClasses words) {
    this.words = words;
  }

  /** Whether the word is a verb of arriving or heading somewhere, or its verbal noun, with any clitics (بالتوجه، توجهه). */
  boolean arrival(String key) {
    for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
      String stem = r.stem();
      if (stem.startsWith("ال")) {
        stem = stem.substring(2); // التوجه
      } else if (stem.startsWith("سي") || stem.startsWith("ست")) {
        stem = stem.substring(1); // سيصل، ستتوجه: the future prefix
      }
      if (words.is("arrival", stem) || Clitics.withoutEnclitics(stem).stream().anyMatch(bare -> words.is("arrival", bare))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the arrival whose verb starts at token {@code at} and whose goal follows token {@code end}
   * tells a visit by {@code visitor} to the first of {@code places}.
   */
  boolean visit(String[] keys, int at, int end, Arg visitor, List<Arg> places) {
    // the gap holds the visitor and the time, no object (توجه الحكومة أصابع الاتهام إلى: she directs)
    return officialVisit(visitor, places) && words.onlyTime(keys, visitor.to() > at ? visitor.to() : at + 1, end);
  }

  /**
   * Whether an arrival tells a visit: its subject an official (of a government, body or party), its goal a
   * state or city of another country (an official going about his own country makes no visit).
   */
  private static boolean officialVisit(Arg visitor, List<Arg> places) {
    String sector = visitor == null ? null : visitor.participant().sector();
    if (sector == null || visitor.place() || !VISITORS.contains(sector) || places.isEmpty()) {
      return false;
    }
    Participant goal = places.get(0).participant();
    return goal.country() != null && !goal.country().equals(visitor.participant().country())
        && (places.get(0).place() || goal.entity() != null && goal.sector() == null);
  }
}
