package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import org.marsad.analysis.Clitics;
import org.marsad.lang.WordClasses;
import org.marsad.lang.WordClusters;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

/**
 * What the event filter sees of a candidate event: its type and trigger, the words around the
 * trigger, how the sentence speaks (kind, modality, negation, quotation, question), and what the
 * coder found as its source and target. A pure function of the sentence and the event, so training
 * and coding compute exactly the same features. Thread-safe.
 */
public final class EventFeatures {

  /** Word classes (casualty, weapon, crowd, abstract, report, hearsay) by normalised word. */
  private final WordClasses cues;
  /** Classes of words that occur in like contexts in unlabelled news: the filter's view past its few thousand sentences. */
  private final WordClusters clusters;

  public EventFeatures(WordClasses cues, WordClusters clusters) {
    this.cues = cues;
    this.clusters = clusters;
  }

  public static EventFeatures arabic() {
    return new EventFeatures(WordClasses.load("/lang/ar/events/filter-cues.tsv"), WordClusters.arabic());
  }

  /**
   * The features of {@code event}, whose sentence's tokens are {@code tokens}, among the document's
   * unfiltered {@code candidates} (the event among them).
   */
  public String[] of(Document document, Event event, List<Token> tokens, List<Event> candidates) {
    int at = 0;
    int end = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().start() <= event.trigger().start()) {
        at = i;
      }
      if (tokens.get(i).span().end() <= event.trigger().end()) {
        end = i + 1;
      }
    }
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = Clitics.key(tokens.get(i).norm());
    }
    String type = event.type();
    List<String> f = new ArrayList<>(48);
    f.add("bias");
    f.add("type=" + type);
    StringBuilder trigger = new StringBuilder();
    for (int i = at; i < Math.max(end, at + 1) && i < keys.length; i++) {
      trigger.append(i > at ? " " : "").append(keys[i]);
    }
    f.add("trig=" + trigger);
    List<Clitics.Reading> readings = Clitics.withoutProclitics(keys.length == 0 ? "" : keys[at]);
    f.add("stem=" + readings.get(readings.size() - 1).stem());
    f.add("kind=" + document.discourse().get(event.sentence()).kind());
    f.add("mod=" + event.modality().code());
    f.add("neg=" + event.negated());
    f.add("type,mod=" + type + "," + event.modality().code());
    f.add("src=" + role(event.source()));
    f.add("tgt=" + role(event.target()));
    f.add("type,src=" + type + "," + role(event.source()));
    f.add("type,tgt=" + type + "," + role(event.target()));
    // who did it to whom, as far as states go: an incident report names them, a passing mention seldom
    f.add("type,countries=" + type + "," + (event.source() != null && event.source().state() != null)
        + "," + (event.target() != null && event.target().state() != null));
    f.add("pos=" + Math.min(at, 6));
    for (int d = -3; d <= 3; d++) {
      if (d == 0) {
        continue;
      }
      int j = d < 0 ? at + d : end - 1 + d;
      String w = j < 0 ? "<s>" : j >= keys.length ? "</s>" : keys[j];
      f.add("w" + d + "=" + w);
      if (Math.abs(d) == 1) {
        f.add("type,w" + d + "=" + type + "," + w);
      }
    }
    boolean number = false;
    boolean quote = false;
    for (Token t : tokens) {
      number |= t.kind() == TokenKind.NUMBER;
      quote |= t.text().equals("«") || t.text().equals("\"") || t.text().equals("“");
    }
    f.add("number=" + number);
    f.add("quote=" + quote);
    String text = document.sentences().get(event.sentence()).span().of(document.text()).strip();
    f.add("question=" + (text.endsWith("؟") || text.endsWith("?")));
    f.add("len=" + Math.min(tokens.size() / 10, 5));
    java.util.Set<String> classes = new java.util.TreeSet<>();
    java.util.Set<String> nearClasses = new java.util.TreeSet<>();
    int weight = 0;
    for (int i = 0; i < keys.length; i++) {
      java.util.Set<String> of = classesOf(keys[i]);
      classes.addAll(of);
      if (i < at - 8 || i > end + 8) {
        continue;
      }
      f.add("near=" + keys[i]);
      if (i >= at - 5 && i < end + 5 && (i < at || i >= end)) {
        nearClasses.addAll(of);
      }
    }
    for (String c : classes) {
      f.add("cue=" + c);
      f.add("type,cue=" + type + "," + c);
      weight += INCIDENT.contains(c) ? 1 : BACKGROUND.contains(c) ? -1 : 0;
    }
    for (String c : nearClasses) {
      f.add("type,nearcue=" + type + "," + c);
    }
    // an incident report gives place, time and toll; background and opinion give none of them
    f.add("type,incident=" + type + "," + Math.max(-2, Math.min(weight, 4)));
    String before = at > 0 ? keys[at - 1] : "<s>";
    java.util.Set<String> beforeClasses = classesOf(before);
    String beforeClass = beforeClasses.isEmpty() ? "-" : String.join("+", beforeClasses);
    f.add("type,w-1class=" + type + "," + beforeClass);
    f.add("type,definite=" + type + "," + definite(keys.length == 0 ? "" : keys[at]));
    String shape = shape(readings.get(readings.size() - 1).stem());
    f.add("type,shape=" + type + "," + shape);
    java.util.Set<String> afterClasses = classesOf(end < keys.length ? keys[end] : "</s>");
    f.add("type,w+1class=" + type + "," + (afterClasses.isEmpty() ? "-" : String.join("+", afterClasses)));
    boolean year = false;
    for (Token t : tokens) {
      year |= t.kind() == TokenKind.NUMBER && isYear(t.text()); // عام 2005: background
    }
    f.add("type,year=" + type + "," + year);
    // an incident is told with several words of its type (هجوم ... مقتل ... استهدف); a passing mention with one
    java.util.Set<Integer> sameType = new java.util.HashSet<>();
    java.util.Set<String> otherTypes = new java.util.TreeSet<>();
    // an incident the article is about is told in several of its sentences; a background mention in one
    java.util.Set<Integer> otherSentences = new java.util.HashSet<>();
    for (Event c : candidates) {
      if (c.sentence() != event.sentence()) {
        if (c.type().equals(type)) {
          otherSentences.add(c.sentence());
        }
      } else if (c.type().equals(type)) {
        sameType.add(c.trigger().start());
      } else {
        otherTypes.add(c.type());
      }
    }
    f.add("type,triggers=" + type + "," + Math.min(sameType.size(), 4));
    f.add("type,docsame=" + type + "," + Math.min(otherSentences.size(), 3));
    // a sentence given alone has no article around it to tell an incident from a passing mention, so the
    // cues inside it weigh differently: the words before the trigger, its form, the modality
    boolean alone = document.sentences().size() == 1;
    f.add("type,alone=" + type + "," + alone);
    f.add("type,alone,w-1class=" + type + "," + alone + "," + beforeClass);
    f.add("type,alone,shape=" + type + "," + alone + "," + shape);
    f.add("type,alone,mod=" + type + "," + alone + "," + event.modality().code());
    for (String c : nearClasses) {
      f.add("type,alone,nearcue=" + type + "," + alone + "," + c);
    }
    f.add("cameo=" + event.cameo());
    f.add("type,located=" + type + "," + (event.location() != null));
    for (String c : event.contexts()) {
      f.add("type,context=" + type + "," + c);
    }
    for (String o : otherTypes) {
      f.add("type,other=" + type + "," + o);
    }
    String next = end < keys.length ? keys[end] : "</s>";
    String next2 = end + 1 < keys.length ? keys[end + 1] : "</s>";
    f.add("trig,w+1=" + trigger + "," + next);
    f.add("trig,w+1,w+2=" + trigger + "," + next + "," + next2);
    // the same cues generalised by the word classes of unlabelled news: words never seen in training
    // but used like those that were (تظاهر ... احتشد, مفخخة ... ملغومة) count alike
    String before2 = at > 1 ? keys[at - 2] : "<s>";
    f.add("type,w-1cl=" + type + "," + cluster(before));
    f.add("type,w+1cl=" + type + "," + cluster(next));
    f.add("type,w-2cl=" + type + "," + cluster(before2));
    f.add("type,w+2cl=" + type + "," + cluster(next2));
    f.add("type,trigcl=" + type + "," + cluster(keys.length == 0 ? "" : keys[at], FINE));
    java.util.Set<String> nearClusters = new java.util.TreeSet<>();
    for (int i = Math.max(0, at - 5); i < Math.min(keys.length, end + 5); i++) {
      if (i < at || i >= end) {
        nearClusters.add(cluster(keys[i]));
      }
    }
    for (String c : nearClusters) {
      f.add("type,nearcl=" + type + "," + c);
    }
    // how the sentence opens: with the trigger (an incident told first), a reporting verb, another
    // trigger (the incident as the background of another event) or something else
    int first = 0;
    while (first < at && tokens.get(first).kind() != TokenKind.ARABIC) {
      first++;
    }
    boolean opensWithEvent = false;
    // a sentence whose only triggers of the type are its crowd (ورفع المتظاهرون شعارات) tells what protesters
    // did, seldom that a protest took place
    boolean crowdOnly = true;
    for (Event c : candidates) {
      if (c.sentence() == event.sentence()) {
        int i = EventStage.tokenAt(tokens, c.trigger().start());
        opensWithEvent |= i == first;
        crowdOnly &= !c.type().equals(type) || i >= 0 && classesOf(keys[i]).contains("crowd");
      }
    }
    String opening = first == at ? "trigger" : classesOf(keys[first]).contains("report") ? "report" : opensWithEvent ? "event" : "other";
    f.add("type,opening=" + type + "," + opening);
    f.add("type,crowdonly=" + type + "," + crowdOnly);
    java.util.Set<String> objectClass = cues.classesOf(next);
    f.add("objclass=" + (objectClass.isEmpty() ? "-" : objectClass.iterator().next()));
    return f.toArray(new String[0]);
  }

  /** Classes of the cue word through the conjunctions, prepositions and article before it. */
  private java.util.Set<String> classesOf(String key) {
    java.util.Set<String> out = null;
    for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
      out = union(out, cues.classesOf(r.stem()));
      if (r.stem().length() > 4 && r.stem().startsWith("ال")) {
        out = union(out, cues.classesOf(r.stem().substring(2)));
      }
    }
    return out == null ? java.util.Set.of() : out;
  }

  private static java.util.Set<String> union(java.util.Set<String> out, java.util.Set<String> more) {
    if (more.isEmpty()) {
      return out;
    }
    java.util.Set<String> set = out == null ? new java.util.TreeSet<>() : out;
    set.addAll(more);
    return set;
  }

  /** Index of the fine (512) classes in {@link WordClusters#of}; 0 is the coarse (64) one. */
  private static final int FINE = 1;

  /** The coarse class of {@code key}, or "-" for a word not classed. */
  private String cluster(String key) {
    return cluster(key, 0);
  }

  /** The class of {@code key} at granularity {@code level} of {@link WordClusters#of}, or "-" for a word not classed. */
  private String cluster(String key, int level) {
    String[] of = clusters.of(key);
    return of == null ? "-" : of[level];
  }

  /**
   * Whether the word carries the article after any conjunction or preposition: for a trigger, a known event
   * referred back to (الهجوم), not a new one.
   */
  static boolean definite(String key) {
    for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
      if (r.stem().startsWith("ال") && r.stem().length() > 4) {
        return true;
      }
    }
    return false;
  }

  /** A four-digit year of the last two centuries (عام 2005: background). */
  private static boolean isYear(String digits) {
    return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))
        && Character.isDigit(digits.charAt(2)) && Character.isDigit(digits.charAt(3));
  }

  /**
   * The rough form of the trigger word: a past verb with its subject's ending (اغتالوا, فجرت), a present
   * verb (يقتلون: habits and intentions), a plural noun (هجمات: often a general statement), or another.
   */
  private static String shape(String stem) {
    if (stem.startsWith("ال")) {
      return "definite";
    } else if (stem.endsWith("ات") && stem.length() > 4) {
      return "plural";
    } else if (stem.length() > 3 && stem.charAt(0) == 'ي') {
      return "present";
    } else if (stem.endsWith("وا") || stem.endsWith("ت")) {
      return "past";
    }
    return "other";
  }

  private static final java.util.Set<String> INCIDENT = java.util.Set.of("casualty", "injury", "victim", "numeral", "place",
      "recent", "weapon", "attacker", "crowd", "demand", "venue", "undergo", "occurred", "toll");
  private static final java.util.Set<String> BACKGROUND = java.util.Set.of("history", "inquiry", "opinion", "prevented",
      "generic", "abstract");

  private static String role(Participant p) {
    if (p == null) {
      return "none";
    }
    return (p.entity() == null ? "generic" : "entity") + ":" + (p.sector() == null ? "-" : p.sector());
  }
}
