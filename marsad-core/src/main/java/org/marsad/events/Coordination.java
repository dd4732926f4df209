package org.marsad.events;

import java.util.List;
import org.marsad.analysis.Clitics;
import org.marsad.events.EventStage.Arg;
import org.marsad.lang.WordClasses;
import org.marsad.model.Token;

/**
 * Actors written as a list: the ones joined by و to a subject, which acted too and are sources of
 * their own ("أشادت إسرائيل والسعودية"); the later members of a list a preposition opens, which
 * share its role and are never a subject ("مع الدول الأوروبية والصين"); and كل من ("each of"),
 * which lists subjects after a verb and objects after a preposition. Thread-safe.
 */
final class Coordination {

  private final WordClasses words;
  private final EventLexicon lexicon;

  Coordination(WordClasses words, EventLexicon lexicon) {
    this.words = words;
    this.lexicon = lexicon;
  }

  /**
   * The actors joined to a source by و, in order, the source among them: "أشادت إسرائيل
   * والسعودية", "شنت الولايات المتحدة وبريطانيا وفرنسا", "اعتقل جهاز الأمن العام والشرطة". Each of
   * them acted, so each is the source of an event of its own. Only named actors or unnamed ones of a
   * known sector, none governed by a preposition or a place; the و must stand outside the name (a
   * separate word or a proclitic), so واشنطن is never a conjunct.
   */
  static List<Arg> conjoinedSources(List<Token> tokens, String[] keys, List<Arg> args, Arg source) {
    if (source == null || !conjunctCandidate(source)) {
      return List.of();
    }
    int at = args.indexOf(source);
    if (at < 0) {
      return List.of();
    }
    int first = at;
    while (first > 0 && conjunctCandidate(args.get(first - 1)) && joinedBy(tokens, keys, args.get(first - 1), args.get(first))) {
      first--;
    }
    int last = at;
    while (last + 1 < args.size() && conjunctCandidate(args.get(last + 1)) && joinedBy(tokens, keys, args.get(last), args.get(last + 1))) {
      last++;
    }
    return first == last ? List.of() : List.copyOf(args.subList(first, last + 1));
  }

  private static boolean conjunctCandidate(Arg a) {
    return (a.participant().entity() != null || a.participant().sector() != null && !"UNK".equals(a.participant().sector()))
        && a.prep() == null && !a.place() && !a.adjective();
  }

  /** Whether {@code b} follows {@code a} joined by و: a word of its own, or a proclitic outside b's name. */
  private static boolean joinedBy(List<Token> tokens, String[] keys, Arg a, Arg b) {
    if (b.from() == a.to() + 1) {
      return keys[a.to()].equals("و");
    }
    return b.from() == a.to() && keys[b.from()].startsWith("و")
        && tokens.get(b.from()).span().start() < b.participant().span().start();
  }

  /**
   * Whether {@code a} is a later member of a list, joined by و to the actor just before it (مع فرنسا
   * والصين) or to a list a preposition opens (مع الدول الأوروبية والصين): it shares the first member's
   * role and is never a subject of its own.
   */
  boolean listed(String[] keys, List<Arg> args, Arg a) {
    if (!keys[a.from()].startsWith("و")) {
      return false;
    }
    for (Arg b : args) {
      if (b != a && b.to() == a.from()) {
        return true;
      }
    }
    return listPreposition(keys, a) != null;
  }

  /**
   * What governs a list opened by كل من ("each of") at token {@code each} (كل): the preposition before
   * it (مع كل من، لكل من، في كل من), none after a verb (شنت كل من مصر وسوريا هجوما: the subjects), and
   * من as written after anything else (تعيين كل من).
   */
  String eachOfPreposition(List<Token> tokens, String[] keys, int each) {
    for (Clitics.Reading r : Clitics.withoutProclitics(keys[each])) {
      if (r.prefixChars() > 0 && "بل".indexOf(keys[each].charAt(r.prefixChars() - 1)) >= 0) {
        return String.valueOf(keys[each].charAt(r.prefixChars() - 1));
      }
    }
    if (each > 0 && words.is("preposition", keys[each - 1])) {
      return keys[each - 1];
    }
    for (int k = Math.max(0, each - 3); k < each; k++) {
      EventLexicon.Found verb = lexicon.triggerAt(tokens, keys, k);
      if (verb != null && !verb.trigger().noun() && (verb.to() == each || verb.trigger().gapped() && verb.to() > each)) {
        return null;
      }
    }
    return "من";
  }

  /** Whether token {@code k} is the من of كل من ("each of"), which lists actors rather than governs them. */
  static boolean eachOf(String[] keys, int k) {
    return "من".equals(keys[k]) && k > 0
        && Clitics.withoutProclitics(keys[k - 1]).stream().anyMatch(r -> r.stem().equals("كل") || r.stem().equals("كلا"));
  }

  /**
   * The preposition opening the list that {@code a}, joined by و, continues when the list's first
   * member is no actor (مع الدول الأوروبية والصين: مع), or null.
   */
  String listPreposition(String[] keys, Arg a) {
    if (!keys[a.from()].startsWith("و")) {
      return null;
    }
    for (int k = a.from() - 1; k >= Math.max(0, a.from() - 3); k--) {
      if (words.is("preposition", keys[k])) {
        return eachOf(keys, k) ? null : keys[k];
      }
    }
    return null;
  }
}
