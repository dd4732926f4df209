package org.marsad.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.actors.ActorLexicon;
import org.marsad.actors.ActorRecogniser;
import org.marsad.analysis.Clitics;
import org.marsad.lang.WordClasses;
import org.marsad.model.Discourse;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Layer;
import org.marsad.model.Mention;
import org.marsad.model.Modality;
import org.marsad.model.Participant;
import org.marsad.model.Sentence;
import org.marsad.model.SentenceKind;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;
import org.marsad.pipeline.Stage;

/**
 * Codes the events of each sentence: a trigger from the lexicon, outside commentary and outside
 * the names of organisations; its source and target from Arabic word order (verb–subject–object
 * and subject–verb), prepositions, possessive suffixes (زيارته: the one named before) and "بين X
 * و Y" (symmetric); one event per target when several are joined by و; the place of the event;
 * the date from the article's and relative expressions; negation and modality from the cues before
 * the trigger and the future prefix. PLOVER type and mode, CAMEO code, root, QuadClass and
 * Goldstein come together from the lexicon and the codebook.
 */
public final class EventStage implements Stage {

  /** How far, in tokens, an argument may stand from its trigger. */
  static final int REACH = 12;

  /** Material conflict: the noun's genitive is its victim (مقتل الصحفي), not its agent. */
  private static final Set<String> VICTIM_GENITIVE = Set.of("ASSAULT", "COERCE");

  /** Types whose agents often go unnamed, and stay so rather than borrowing the sentence before's subject. */
  private static final Set<String> UNNAMED_AGENTS = Set.of("ASSAULT", "COERCE", "PROTEST");
  /** Types whose target, when no preposition gives it, is the first actor named after the trigger. */
  private static final Set<String> PROTESTED = Set.of("PROTEST");
  /** ل with a pronoun suffix, normalised: the object of a noun that refers back to someone named before. */
  private static final Set<String> PRONOUN_OBJECTS = Set.of("له", "لها", "لهم", "لهما");
  /** Sectors of those who bear arms: in the genitive of a noun of attack they attacked, not suffered it. */
  private static final Set<String> ARMED = Set.of("MIL", "UAF", "REB", "IMG", "COP", "SPY", "CRM");
  /** Types whose nouns need a counterpart to report an event. */
  private static final Set<String> COOPERATIVE = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE");

  /** Whether a noun's genitive is who underwent it: material conflict, and releasing persons (إطلاق سراح الصحفي, 0841). */
  private static boolean undergoneGenitive(Trigger t) {
    return VICTIM_GENITIVE.contains(t.type()) || "0841".equals(t.cameo());
  }

  private final EventLexicon lexicon;
  private final ActorRecogniser actors;
  private final ActorLexicon actorLexicon;
  private final EventFilter filter;
  private final EventFeatures features;
  private final boolean subjects;
  private final WordClasses words;
  private final Agents agents;
  private final Incidents incidents;
  private final Coordination coordination;
  private final Arrivals arrivals;

  /**
   * With {@code filter} null every candidate from the lexicon is kept; with {@code subjects} false,
   * events keep the source their own sentence gives (both as for training the filter).
   */
  public EventStage(EventLexicon lexicon, ActorLexicon actorLexicon, EventFilter filter, EventFeatures features,
      boolean subjects) {
    this.lexicon = lexicon;
    this.actors = new ActorRecogniser(actorLexicon);
    this.actorLexicon = actorLexicon;
    this.filter = filter;
    this.features = features;
    this.subjects = subjects;
    this.words = actorLexicon.wordClasses();
    this.agents = new Agents(words, lexicon);
    this.incidents = new Incidents(words);
    this.coordination = new Coordination(words, lexicon);
    this.arrivals = new Arrivals(words);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.ENTITIES, Layer.DISCOURSE);
  }

  @Override
  public Layer adds() {
    return Layer.EVENTS;
  }

  /**
   * A possible source or target: an entity mention or a group noun, at tokens {@code [from, to)}; {@code described}
   * when it is unnamed but linked to an entity: a plain noun and a nationality (جندي إسرائيلي), or a detachment of
   * a body (عنصر من الأمن العام).
   */
  record Arg(int from, int to, Participant participant, String prep, boolean place, boolean adjective, boolean described) {

    Arg(int from, int to, Participant participant, String prep, boolean place, boolean adjective) {
      this(from, to, participant, prep, place, adjective, false);
    }
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    List<Sentence> sentences = document.sentences();
    List<List<Token>> bySentence = document.tokensBySentence();
    Map<Integer, Entity> entityOfMention = new HashMap<>();
    for (Entity e : document.entities()) {
      for (int i : e.mentions()) {
        entityOfMention.put(i, e);
      }
    }
    String mainCountry = org.marsad.actors.EntityStage.mainCountry(document.mentions());
    int referenceYear = EventLexicon.referenceYear(document, words); // what "long past" is measured from, once an article
    List<Event> events = new ArrayList<>();
    Map<Integer, List<Arg>> argsBySentence = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      Discourse discourse = document.discourse().get(s);
      if (discourse.kind() == SentenceKind.COMMENTARY) {
        continue;
      }
      List<Token> tokens = bySentence.get(s);
      if (tokens.isEmpty()) {
        continue;
      }
      String[] keys = new String[tokens.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = Clitics.key(tokens.get(i).norm());
      }
      List<Arg> args = arguments(document, tokens, keys, sentences.get(s).span(), entityOfMention, mainCountry);
      args.removeIf(a -> verbNotTitle(tokens, keys, a));
      argsBySentence.put(s, args);
      List<Event> found = new ArrayList<>();
      // the subject of the last verb coded: a verb joined to it by و or ف shares it; at first, the subject of
      // the verb that opens the sentence (وسحبت واشنطن ... وأبعدت 15 دبلوماسيا)
      Arg subject = openingSubject(tokens, keys, args);
      int i = 0;
      while (i < tokens.size()) {
        EventLexicon.Found trigger = lexicon.triggerAt(tokens, keys, i);
        if (trigger == null || discourse.isCommentary(tokens.get(i).span().start())
            || (insideArg(args, i) && !isCrowd(trigger, args, i))) {
          i++;
          continue;
        }
        List<Event> coded = code(document, s, tokens, keys, trigger, args, subject, referenceYear);
        // the verb's subject: its source, or its target when hosting (استقبل الرئيس الوزير: the host, named first)
        Participant subjectOf = coded.isEmpty() ? null : "043".equals(coded.get(0).cameo()) ? coded.get(0).target() : coded.get(0).source();
        if (!trigger.trigger().noun() && subjectOf != null) {
          for (Arg a : args) {
            if (a.participant() == subjectOf) {
              subject = a;
            }
          }
        }
        found.addAll(coded);
        // a phrase that tells nothing hides no trigger in its gap (توجه المتظاهرون إلى السفارة: the crowd protests)
        i = coded.isEmpty() && trigger.trigger().gapped() ? i + 1 : trigger.to();
      }
      events.addAll(Incidents.dedupe(found));
    }
    if (filter == null) {
      return document.withEvents(statelessCodes(Incidents.linkRetellings(
          subjects ? withSubjects(document, events, bySentence, argsBySentence, entityOfMention) : events)));
    }
    List<Event> kept = new ArrayList<>();
    boolean alone = document.sentences().size() == 1;
    for (Event e : events) {
      double p = filter.probability(features.of(document, e, bySentence.get(e.sentence()), events));
      if (p >= filter.threshold(e.type(), alone) || namedOnBothSides(e)) {
        kept.add(e.withConfidence(Math.round(Math.max(p, namedOnBothSides(e) ? 0.5 : 0) * 100) / 100.0));
      }
    }
    return document.withEvents(statelessCodes(Incidents.linkRetellings(
        incidents.oneIncidentEach(subjects ? withSubjects(document, kept, bySentence, argsBySentence, entityOfMention) : kept, bySentence))));
  }

  /**
   * The events with CAMEO's code for a source or target of no state (IGO, IMG) in its country; done last, so that
   * every rule above, which weighs the states a sentence names, sees states only (INT, for foreigners, is given where
   * their group is read, and {@link Participant#state()} ignores it).
   */
  private static List<Event> statelessCodes(List<Event> events) {
    List<Event> coded = new ArrayList<>(events.size());
    for (Event e : events) {
      coded.add(e.withParties(e.source() == null ? null : e.source().withStatelessCode(),
          e.target() == null ? null : e.target().withStatelessCode()));
    }
    return coded;
  }

  /**
   * The named actor right after the sentence's first word when that word is a past verb joined by و or ف
   * and names no one itself (وسحبت واشنطن): the subject in verb–subject order, or null.
   */
  private Arg openingSubject(List<Token> tokens, String[] keys, List<Arg> args) {
    if (tokens.size() < 3 || tokens.get(0).kind() != TokenKind.ARABIC || insideArg(args, 0)) {
      return null;
    }
    if (words.isOrJoined("preposition", keys[0])) {
      return subjectAfterOpeningPhrase(tokens, keys, args);
    }
    String first = keys[0];
    if (first.length() < 4 || (first.charAt(0) != 'و' && first.charAt(0) != 'ف') || first.startsWith("وال")
        || first.startsWith("في") || first.startsWith("فال")) {
      return null;
    }
    String rest = first.substring(1); // وخلال، وبحسب، ومن: a particle or preposition opens no verb–subject clause
    String bare = rest.length() > 3 && (rest.charAt(0) == 'ب' || rest.charAt(0) == 'ل') ? rest.substring(1) : rest;
    if (actorLexicon.isFunctionWord(rest) || actorLexicon.isFunctionWord(bare) || words.is("preposition", rest)
        || words.is("preposition", bare)) {
      return null;
    }
    for (Arg a : args) {
      if (a.from() == 1 && a.prep() == null && !a.place() && !a.adjective() && a.participant().entity() != null) {
        return a;
      }
    }
    return null;
  }

  /**
   * The subject of the verb that follows an opening prepositional phrase and its comma (وفي بلدة بيت حانون،
   * أطلقت القوات الإسرائيلية صاروخا ... فقتلت المدرس): the actor just after that verb, or null.
   */
  private Arg subjectAfterOpeningPhrase(List<Token> tokens, String[] keys, List<Arg> args) {
    for (int i = 1; i < Math.min(tokens.size() - 2, 12); i++) {
      String t = tokens.get(i).text();
      if (tokens.get(i).kind() != TokenKind.PUNCT || "«»\"()".contains(t)) {
        continue; // وفي بلدة «بيت حانون»، ...: quotation marks and brackets inside the phrase
      }
      if (!",،".contains(t)) {
        return null;
      }
      int verb = i + 1;
      String key = keys[verb];
      if (tokens.get(verb).kind() != TokenKind.ARABIC || key.length() < 3 || key.startsWith("ال") || insideArg(args, verb)
          || actorLexicon.isFunctionWord(key) || words.isOrJoined("preposition", key)) {
        return null;
      }
      for (Arg a : args) {
        if (a.from() == verb + 1 && a.prep() == null && !a.place() && !a.adjective() && a.participant().entity() != null) {
          return a;
        }
      }
      return null;
    }
    return null;
  }

  /** A protest told by its crowd (المتظاهرون): the trigger is a group noun, and also the source. */
  private static boolean isCrowd(EventLexicon.Found trigger, List<Arg> args, int token) {
    if (!trigger.trigger().type().equals("PROTEST")) {
      return false;
    }
    for (Arg a : args) {
      if (a.from() <= token && token < a.to()) {
        return a.participant().entity() == null;
      }
    }
    return false;
  }

  /**
   * A one-word title or place that opens the sentence or follows و or ف and is spelled like a trigger verb:
   * the verb (وطالب الوزير: "and the minister demanded", not "student"; ودان: "and he condemned", not the town).
   */
  private boolean verbNotTitle(List<Token> tokens, String[] keys, Arg a) {
    if (a.to() != a.from() + 1 || a.participant().entity() != null && !a.place() || a.prep() != null) {
      return false;
    }
    EventLexicon.Found found = lexicon.triggerAt(tokens, keys, a.from());
    return found != null && !found.trigger().noun() && (a.from() == 0 || found.joined());
  }

  /** Whether token {@code i} is a trigger's verbal noun, whose genitive after it is what it acts on (تفريق المتظاهرين). */
  private boolean actedOn(List<Token> tokens, String[] keys, int i) {
    EventLexicon.Found before = lexicon.triggerAt(tokens, keys, i);
    return before != null && before.to() == i + 1 && before.trigger().noun();
  }

  /**
   * Whether the count before token {@code at} stands after a preposition (أطلقت النار على نحو 10 آلاف
   * متظاهر، تحدثت الشرطة عن 10 آلاف متظاهر): the counted crowd is what is acted on or spoken of. Not
   * after ب joined to the count, which also marks an object (دفعت الجماعة بأكثر من خمسة آلاف متظاهر).
   */
  private boolean countedAfterPreposition(List<Token> tokens, String[] keys, int at) {
    int i = at - 1;
    while (i >= 0 && (tokens.get(i).kind() == TokenKind.NUMBER || words.is("quantity", keys[i]))) {
      i--;
    }
    return i < at - 1 && i >= 0 && words.isOrJoined("preposition", keys[i]);
  }

  private static boolean insideArg(List<Arg> args, int token) {
    for (Arg a : args) {
      if (a.from() <= token && token < a.to()) {
        return true; // no event inside a name: مركز الملك عبد الله العالمي للحوار
      }
    }
    return false;
  }

  private List<Event> code(Document document, int s, List<Token> tokens, String[] keys, EventLexicon.Found found,
      List<Arg> sentenceArgs, Arg previousSubject, int referenceYear) {
    Trigger t = found.trigger();
    int at = found.from();
    // a group word describing a trigger's noun (صحفي in مؤتمر صحفي مشترك) is part of it, no actor; a definite one
    // (وصل الوفد) or one in a gap (قبض الشرطة على) is the actor
    List<Arg> args = new ArrayList<>(sentenceArgs);
    args.removeIf(a -> !t.gapped() && a.from() > at && a.to() <= found.to() && a.participant().entity() == null
        && !keys[a.from()].startsWith("ال"));
    Arg source;
    List<Arg> targets = new ArrayList<>();
    boolean symmetric = t.symmetric();
    Arg crowd = null;
    Arg passive;
    Arg subjectAfter;
    Arg owner;
    for (Arg a : args) {
      if (a.from() <= at && at < a.to() && a.participant().entity() == null) {
        crowd = a;
      }
    }
    if (crowd != null && crowd.from() == at && (crowd.prep() != null
        || at > 0 && actedOn(tokens, keys, at - 1) || countedAfterPreposition(tokens, keys, at))) {
      return List.of(); // تحدث إلى المتظاهرين, تفريق المتظاهرين: the crowd is spoken to or acted on; it reports no protest
    }
    // after a preposition (في دعم, لدعم, بمباحثات) even a verb's spelling is its verbal noun
    // a phrase led by a noun of its own (ضربة جوية، هجوم انتحاري) is a noun too
    boolean nominal = t.noun() || !t.gapped() && found.to() - at > 1 && agents.describesAttack(keys[at]);
    boolean noun = nominal && !pastVerbSpelling(tokens, keys, args, found) || afterPreposition(tokens, keys, at);
    // the two sides named after بين are a symmetric or mediated event's; "between" elsewhere in the sentence
    // (وصل المسؤولون إلى كوريا للإعداد للقمة بين ترامب وكيم) names no side of an act done to one target
    Arg[] between = t.symmetric() || t.targetPreps().contains("بين") ? between(tokens, keys, args, at) : null;
    if (between == null) {
      between = bothSides(keys, args, at);
    }
    // a group among itself (محادثات بين الفصائل): both sides at once, an event with no one else on the other side
    boolean among = between != null && between[1] == null;
    if (between != null && !t.symmetric() && t.targetPreps().contains("بين")) {
      // توسط ماكرون بين الفرقاء، وساطة قطر بين فتح وحماس: the mediator is the source, the sides are its targets
      Arg[] sides = between;
      source = noun ? nounSource(tokens, keys, args, found) : verbSource(tokens, keys, args, found);
      if (source == sides[0] || source == sides[1]) {
        source = null;
      }
      targets.add(sides[0]);
      if (sides[1] != null) {
        targets.add(sides[1]);
      }
    } else if (between != null) {
      source = between[0];
      if (between[1] != null) {
        targets.add(between[1]);
      }
      symmetric = true;
    } else if (noun && words.is("agent_cue", keys[at]) && (owner = genitiveAfter(tokens, args, found.to())) != null) {
      // قتل طفل برصاص الجيش، استشهد فلسطيني بنيران القوات: the owner of the bullets fired them, and who fell by them is
      // named just before, in the same clause
      source = owner;
      Arg struck = struckBefore(tokens, keys, args, at);
      if (struck != null) {
        targets.add(struck);
      }
    } else if (noun && undergoneGenitive(t)) {
      // اعتداءاتها, غاراته: an attack noun's possessor is who attacked, named before (مقتله: a killing's is the victim)
      source = found.suffixed() && agents.describesAttack(Clitics.withoutEnclitics(keys[found.to() - 1]))
          ? nounSource(tokens, keys, args, found) : null;
      Arg victim = genitiveAfter(tokens, args, found.to());
      // ... or one after the noun's own preposition: سيطرة الحركة على السلطة (the genitive took control)
      Arg prepObject = victim == null ? null : prepositionalObject(args, victim, t);
      boolean objectAfter = victim != null && source == null && victim.to() < keys.length
          && (keys[victim.to()].startsWith("لل") || prepObject != null || !victim.place() && ownPreposition(keys[victim.to()], t));
      // هجمات الميليشيات، قصف الجيش: an armed group in the genitive of a noun of attack is who attacked; counted, it
      // is who was struck (غارة قتلت عشرة من المقاتلين)
      boolean armedAgent = victim != null && source == null && victim.from() == found.to()
          && (victim.participant().entity() == null || victim.described())
          && victim.participant().sector() != null && ARMED.contains(victim.participant().sector())
          && agents.describesAttack(keys[found.to() - 1]);
      if (armedAgent) {
        source = victim;
        targets.addAll(targetsAfter(keys, args, victim.to(), t, source));
      } else if (objectAfter) {
        source = victim; // محاصرة الشرطيين للسيارة, قصف الجيش للمدينة: with an object after ل the genitive is the agent
        Arg object = prepObject != null ? prepObject : objectAfterGenitive(args, victim);
        if (object != null) {
          targets.add(object);
        }
      } else if (victim != null) {
        targets.add(victim);
      } else {
        targets.addAll(targetsAfter(keys, args, found.to(), t, null));
      }
    } else if (noun) {
      source = nounSource(tokens, keys, args, found);
      targets.addAll(targetsAfter(keys, args, found.to(), t, source));
    } else if ((passive = agents.passiveVictim(tokens, keys, args, found)) != null) {
      targets.add(passive); // قتل 28 شخصا، جنديان قتلا بانفجار: the victims, not the killers
      source = agents.agentAfterCue(tokens, keys, args, found.to(), passive);
    } else if (Agents.vowelledPassive(tokens.get(at))) {
      // أُطلق سراح الصحفي، فُرضت عقوبات على: who follows a verb written passive underwent it; the doer, if any, after a cue
      source = agents.agentAfterCue(tokens, keys, args, found.to(), null);
      targets.addAll(targetsAfter(keys, args, found.to(), t, source));
    } else if ((subjectAfter = subjectAfterObjectPronoun(tokens, keys, args, found)) != null) {
      // اتهمها الرئيس الفرنسي، تدعمهم الأحزاب، واستقبله الرئيس: with its object a pronoun, the verb's subject
      // follows it, and the pronoun stands for the last actor named before
      source = subjectAfter;
      Arg antecedent = nearestBefore(args, at, List.of(), false);
      if (antecedent != null) {
        targets.add(antecedent);
      }
    } else if (previousSubject != null && found.joined()) {
      // أطلقت القوات صاروخا على المدرسة فقتلت المدرس, اقتحموا المنزل وقتلوا صاحبه: the joined verb's
      // subject is the first verb's, and who follows it is its object
      source = previousSubject;
      targets.addAll(targetsAfter(keys, args, found.to(), t, source));
    } else {
      source = verbSource(tokens, keys, args, found);
      List<Arg> joined = symmetric ? List.of() : Coordination.conjoinedSources(tokens, keys, args, source);
      Arg lastSource = joined.isEmpty() ? source : joined.get(joined.size() - 1);
      // with its subject before it, a phrase's gap holds its object (احتجزوا أربعة من الشرطة رهائن)
      int objectFrom = t.gapped() && source != null && source.to() <= at ? found.from() + 1 : found.to();
      targets.addAll(targetsAfter(keys, args, source != null && source.from() > at ? Math.max(source.to(), lastSource.to()) : objectFrom, t, source));
    }
    Arg hands = symmetric ? null : agents.atHands(tokens, keys, args, found.to());
    if (hands != null && hands != source) {
      // قتل الجندي على يد مسلحين: with who acted named "at the hands of", the act is told in the passive, and
      // the actor the other rules took for its subject underwent it
      if (source != null && !source.place() && !targets.contains(source)) {
        targets.add(0, source);
      }
      targets.remove(hands);
      source = hands;
    }
    if (source == null) {
      source = agents.describedAgent(tokens, keys, args, found, noun, "ASSAULT".equals(t.type()));
      Arg agent = source;
      targets.removeIf(a -> a == agent); // الضربات الجوية الأمريكية: the adjective names who struck, not who was struck
    }
    if (source == null) {
      source = agents.unnamedAgent(tokens, keys, args, found, noun, VICTIM_GENITIVE.contains(t.type()));
      targets.remove(source);
    }
    if (targets.isEmpty() && noun && undergoneGenitive(t)) {
      Arg undergoer = undergoer(tokens, keys, args, at);
      if (undergoer != null && undergoer != source) {
        targets.add(undergoer);
      }
    }
    if (targets.isEmpty() && pronounObjectAfter(keys, found.to())) {
      Arg referent = lastNamedBefore(args, at, source); // أكدت دعمها اللامحدود له: the one named before
      if (referent != null) {
        targets.add(referent);
      }
    }
    if (crowd != null) {
      Arg protesters = crowd;
      source = protesters;
      targets.removeIf(a -> a == protesters);
    }
    if (source == null) {
      source = rowHolder(document, s, args);
    }
    if (targets.isEmpty() && PROTESTED.contains(t.type())) {
      Arg protested = denounced(keys, args, found.to(), source);
      if (protested == null) {
        protested = firstActorAfter(args, found.to(), source);
      }
      if (protested != null) {
        targets.add(protested); // تظاهروا أمام مقر رئيس الوزراء, مظاهرات ضد وجود القوات ...
      }
    }
    if ("043".equals(t.cameo()) && targets.size() == 1 && source != null) {
      Arg host = source; // استقبل الرئيس الوزير: the visitor is the source, the host the target
      source = targets.get(0);
      targets.set(0, host);
    }
    if (t.gapped() && arrivals.arrival(keys[at])) {
      if (source == null) {
        // وقال ماتيس، ... أثناء توجهه إلى عمان: the one heading there is the last person named before
        source = previousSubject != null ? previousSubject : nearestBefore(args, at, targets, true);
      }
      if (!arrivals.visit(keys, at, found.to() - 1, source, targets)) {
        return List.of(); // وصل عدد القتلى إلى 50, وصلت القوات إلى المدينة: an arrival is a visit only by an official to a place
      }
    }
    boolean[] negated = {false};
    boolean verbalNoun = lexicon.verbalNoun(keys, found);
    Modality modality = lexicon.modalityBefore(tokens, keys, at, found.future(), verbalNoun, negated);
    if (modality == Modality.ACTUAL && lexicon.stillToCome(tokens, keys, found, verbalNoun, words)) {
      modality = Modality.INTENDED;
    }
    Discourse discourse = document.discourse().get(s);
    String body = document.sentences().get(s).span().of(document.text()).strip();
    if (modality == Modality.ACTUAL && (body.endsWith("؟") || body.endsWith("?"))) {
      modality = Modality.QUESTION;
    }
    if (modality == Modality.ACTUAL && lexicon.longPast(tokens, keys, at, found.to(), referenceYear, words)) {
      modality = Modality.HISTORICAL;
    }
    // إذا لم تكن المحادثات مثمرة فإنه سينسحب منها: the act announced on a condition is threatened, and the threat is made
    Trigger threat = negated[0] ? null : lexicon.threatOf(t, tokens, keys, found, words);
    Trigger coded = threat != null ? threat : t;
    if (threat != null) {
      modality = Modality.ACTUAL;
    }
    Event.Location location = location(args, targets, coded);
    EventLexicon.Cameo cameo = lexicon.cameo(coded.cameo());
    Span trigger = new Span(tokens.get(at).span().start(), tokens.get(found.to() - 1).span().end());
    List<String> contexts = contexts(tokens, keys);
    LocalDate date = date(document, tokens, keys);
    double confidence = 0.5 + (source != null ? 0.2 : 0) + (targets.isEmpty() ? 0 : 0.15)
        - (discourse.kind() == SentenceKind.QUOTE ? 0.1 : 0);
    List<Event> out = new ArrayList<>();
    List<Arg> sources = new ArrayList<>();
    sources.add(source);
    if (!symmetric && source != null) {
      for (Arg other : Coordination.conjoinedSources(tokens, keys, args, source)) {
        if (other != source) {
          sources.add(other);
          targets.remove(other);
        }
      }
    }
    boolean dual = t.symmetric() && t.targetPreps().isEmpty(); // التقيا, يلتقيا: the two sides are its subject
    if (targets.isEmpty() && COOPERATIVE.contains(t.type()) && (noun || source == null) && !dual && !among) {
      return out; // "دعم الأمن", "تعزيز التعاون": a cooperative noun with no one on the other side reports nothing
    }
    if (targets.isEmpty()) {
      targets.add(null);
    }
    Participant residents = targets.get(0) == null && "ASSAULT".equals(coded.type()) ? peopleOf(location, null) : null;
    for (Arg actor : sources) {
      Participant by = actor != null ? actor.participant() : PROTESTED.contains(coded.type()) ? peopleOf(location, "CVL") : null;
      for (Arg target : targets) {
        out.add(event(coded, cameo, contexts, by, target == null ? residents : target.participant(), symmetric, location, date,
            negated[0], modality, trigger, s, confidence));
      }
    }
    return out;
  }

  /** Whether a preposition ل with a pronoun (له، لها، لهم) stands right after the noun, or after one word describing it. */
  private static boolean pronounObjectAfter(String[] keys, int from) {
    for (int i = from; i < Math.min(keys.length, from + 2); i++) {
      if (PRONOUN_OBJECTS.contains(keys[i])) {
        return true;
      }
    }
    return false;
  }

  /** The last named actor that ends before token {@code at}, not a place and not {@code source}'s, or null. */
  private static Arg lastNamedBefore(List<Arg> args, int at, Arg source) {
    Arg best = null;
    for (Arg a : args) {
      if (a.to() <= at && !a.place() && !a.adjective() && a.participant().entity() != null && a != source && !sameActor(a, source)) {
        best = a;
      }
    }
    return best;
  }

  /**
   * The unnamed people of the place where an event happened, as the side the sentence leaves
   * unnamed: the victims of an attack ("انفجرت سيارة مفخخة في الموصل" struck Iraq's people) and the
   * crowd of a protest ("تظاهر الآلاف في أثينا" were Greeks protesting); ICEWS and the news
   * annotators code them as the place's citizens. The participant's span is the place's, so the
   * evidence stays checkable; it has no entity, and {@code sector} only where the kind of event
   * says it (protesters are civilians). Null for an unknown place.
   */
  private static Participant peopleOf(Event.Location location, String sector) {
    if (location == null || location.country() == null) {
      return null;
    }
    return new Participant(location.span(), null, location.name(), location.country(), sector);
  }

  private static Event event(Trigger t, EventLexicon.Cameo cameo, List<String> contexts, Participant source, Participant target,
      boolean symmetric, Event.Location location, LocalDate date, boolean negated, Modality modality, Span trigger, int s,
      double confidence) {
    return new Event(t.type(), t.mode(), t.cameo(), cameo == null ? rootOf(t.cameo()) : cameo.root(),
        cameo == null ? quadClassOf(t.type()) : cameo.quadClass(), cameo == null ? 0 : cameo.goldstein(), contexts,
        source, target, symmetric,
        location, date, negated, modality, trigger, s, List.of(trigger), Math.min(1, confidence));
  }

  // ---------------------------------------------------------------- arguments

  private List<Arg> arguments(Document document, List<Token> tokens, String[] keys, Span sentence,
      Map<Integer, Entity> entityOfMention, String mainCountry) {
    String text = document.text();
    List<Arg> args = new ArrayList<>();
    List<Mention> mentions = document.mentions();
    List<Span> taken = new ArrayList<>();
    List<ActorRecogniser.Generic> generics = actors.generics(tokens);
    List<Integer> inSentence = new ArrayList<>();
    boolean[] named = new boolean[tokens.size()]; // tokens of a name, which govern no genitive
    List<Span> names = new ArrayList<>(); // names of organisations and people, which an adjective may follow
    for (int m = 0; m < mentions.size(); m++) {
      if (sentence.contains(mentions.get(m).span())) {
        inSentence.add(m);
        Mention mention = mentions.get(m);
        if (mention.form() == Mention.Form.NAME && (mention.type() == EntityType.ORG || mention.type() == EntityType.PERSON)) {
          names.add(mention.span());
        }
        for (int i = 0; i < tokens.size(); i++) {
          named[i] |= tokens.get(i).span().overlaps(mentions.get(m).span());
        }
      }
    }
    for (int m : inSentence) {
      Mention mention = mentions.get(m);
      Entity e = entityOfMention.get(m);
      if (mention.type() == EntityType.LOC && mention.country() == null) {
        continue; // a region (الشرق الأوسط) is neither source nor target
      }
      if ((mention.type() == EntityType.ORG || mention.type() == EntityType.GPE) && insideTitle(mentions, inSentence, mention)) {
        continue; // الأمين العام للأمم المتحدة، سفير الصين: the body or state named in an office's title acts through its holder
      }
      int from = tokenAt(tokens, mention.span().start());
      int to = tokenAt(tokens, mention.span().end() - 1) + 1;
      if (from < 0 || to <= from) {
        continue;
      }
      // a territory within a state (قطاع غزة, سيناء) is a place, as a city is
      boolean place = mention.type() == EntityType.LOC
          || mention.key() != null && (mention.key().startsWith("city:") || mention.key().startsWith("place:"));
      if (!place && mention.type() == EntityType.GPE && mention.form() == Mention.Form.NAME && from > 0) {
        String before = keys[from - 1];
        String prefix = mention.span().start() > tokens.get(from).span().start() ? keys[from].substring(0, 1) : "";
        place = words.is("locative", before) || prefix.equals("ب")
            || (before.length() > 2 && words.is("locative", before.substring(1)));
      }
      // موسكو acting is the Russian government, not the country as a whole
      String sector = mention.form() == Mention.Form.METONYM ? "GOV" : e == null ? mention.sector() : e.sector();
      Participant p = new Participant(mention.span(), e == null ? null : e.id(), e == null ? mention.span().of(text) : e.name(),
          e == null ? mention.country() : e.country(), sector);
      boolean adjective = mention.form() == Mention.Form.ADJECTIVE;
      // a nisba spelled like its state's name (سائحا إسبانيا) or a state after a group noun (جنود سوريا)
      // ... or a city after one (شرطة البصرة)
      boolean stateName = (mention.form() == Mention.Form.NAME || mention.form() == Mention.Form.METONYM) && mention.key() != null
          && (mention.key().startsWith("state:") || place)
          && mention.span().start() == tokens.get(from).span().start();
      if (adjective && from > 0 && counted(tokens, keys, from - 1) && pluralNisba(keys[from])) {
        // ثلاثة فلسطينيين, 5 إسرائيليين, عشرات العراقيين: a count of a nationality's people
        Span span = new Span(tokens.get(from - 1).span().start(), mention.span().end());
        Participant people = new Participant(span, e == null ? null : e.id(), span.of(text), e == null ? mention.country() : e.country(), "CVL");
        args.add(new Arg(from - 1, to, people, prepositionOf(tokens, keys, named, from - 1, tokens.get(from - 1).span(), false), false, false));
        taken.add(span);
        continue;
      }
      // the state that leads a group (قوات التحالف بقيادة الولايات المتحدة) names the group's leader, not a noun's nationality
      boolean leads = generics.stream().anyMatch(g -> g.namesLeader(mention.span()));
      // ... unless the group noun is itself an adjective of the name before it (منظمة حماس الإرهابية إسرائيل)
      String head = (adjective || stateName) && from > 0 && !leads && !attributive(tokens, keys, from - 1, names)
          ? genericSector(generics, tokens.get(from - 1).span()) : null;
      if (from > 0 && !leads && (adjective && (head != null || indefinite(keys[from - 1])) || stateName && head != null)
          && describesNoun(tokens, keys, args, from, head != null)) {
        // مصورا فرنسيا, وحدة إسرائيلية: the noun with its nationality names the actor (still linked to its state);
        // a definite noun that is no group (الأزمة الروسية, الموقف الأردني) stays a description of the state
        int start = from - 1;
        while (start > 0 && head != null && head.equals(genericSector(generics, tokens.get(start - 1).span()))
            && generics.stream().anyMatch(g -> g.span().contains(mention.span()))) {
          start--; // وفدا برلمانيا أميركيا: the group noun before the describing adjective
        }
        Span span = new Span(tokens.get(start).span().start(), mention.span().end());
        Participant group = new Participant(span, e == null ? null : e.id(), span.of(text), e == null ? mention.country() : e.country(), head);
        args.add(new Arg(start, to, group, prepositionOf(tokens, keys, named, start + 1, start + 1 == from ? mention.span() : tokens.get(start + 1).span(), true), false, false, true));
        taken.add(span);
        continue;
      }
      int titled = mention.type() == EntityType.PERSON && mention.role() != null ? titleStart(text, tokens, from, mention.role()) : from;
      for (Arg a : args) {
        if (a.to() > titled && a.from() < from) {
          titled = from; // رئيس وزراء اليابان، شينزو آبي: the state inside the title stays an argument of its own
        }
      }
      int detached = titled == from && !place && mention.type() == EntityType.ORG ? detachmentBefore(keys, named, from) : -1;
      if (detached >= 0) {
        Arg part = detachment(tokens, keys, named, detached, to, p);
        args.add(part);
        taken.add(part.participant().span());
        continue;
      }
      String prep = titled < from ? titlePreposition(tokens, keys, named, titled) : null;
      args.add(new Arg(titled, to, p, prep != null ? prep : prepositionOf(tokens, keys, named, from, mention.span(), adjective), place, adjective));
      taken.add(mention.span());
    }
    for (ActorRecogniser.Generic g : generics) {
      boolean overlaps = false;
      for (Span span : taken) {
        // a group whose leader is named inside it (التحالف بقيادة السعودية) still stands as a whole
        overlaps |= span.overlaps(g.span()) && !g.namesLeader(span);
      }
      if (overlaps) {
        continue;
      }
      int from = tokenAt(tokens, g.span().start());
      int to = tokenAt(tokens, g.span().end() - 1) + 1;
      if (from > 0 && g.country() == null && agents.describesAttack(keys[from - 1])
          && EventFeatures.definite(keys[from - 1]) == EventFeatures.definite(keys[from])) {
        continue; // هجوم انتحاري: the word describes the attack, it names no attacker (قصف الجيش: its genitive does)
      }
      if (attributive(tokens, keys, from, names)) {
        continue; // تنظيم داعش الإرهابي: an adjective of the name before it, no actor of its own
      }
      String country = g.country() != null ? g.country() : g.reach() == ActorRecogniser.Reach.NONE ? foreign(g.sector())
          : placeCountry(args, from);
      Participant p = new Participant(g.span(), null, g.span().of(text),
          country != null || g.reach() != ActorRecogniser.Reach.ARTICLE ? country : mainCountry,
          g.sector() == null ? "UNK" : g.sector());
      int detached = detachmentBefore(keys, named, from);
      if (detached >= 0) {
        args.removeIf(a -> a.from() >= detached && a.to() <= from); // قوات من الجيش: the detachment's noun names no one else
        args.add(detachment(tokens, keys, named, detached, to, p));
        continue;
      }
      args.add(new Arg(from, to, p, prepositionOf(tokens, keys, named, from, g.span(), false), false, false));
    }
    args.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return args;
  }

  /**
   * Where a detachment's noun and من stand just before an actor (قوة من الجيش، عناصر من الشرطة، دورية من قوات
   * الاحتلال), or the construct of its fighters (مسلحو تنظيم الدولة), or -1: the detachment is the body acting, and
   * stands where its noun stands in the sentence.
   */
  private int detachmentBefore(String[] keys, boolean[] named, int from) {
    int start = -1;
    // مجموعة من مسلحي تنظيم الدولة: a detachment of the group's fighters
    for (int at = from, next; (next = detachmentJustBefore(keys, named, at)) >= 0; at = next) {
      start = next;
    }
    return start;
  }

  /** One step of {@link #detachmentBefore}: the detachment or fighters' noun right before token {@code from}, or -1. */
  private int detachmentJustBefore(String[] keys, boolean[] named, int from) {
    int of = from >= 1 && words.is("org_head", keys[from - 1]) ? from - 2 : from - 1; // مسلحون من حركة طالبان
    if (of >= 0 && !named[of] && words.isOrJoined("fighters_of", keys[of])) {
      return of; // مسلحو تنظيم الدولة، مقاتلي حزب الله: the group's fighters, its noun in the construct state
    }
    return of >= 1 && "من".equals(keys[of]) && !named[of - 1] && words.isOrJoined("detachment", keys[of - 1]) ? of - 1 : -1;
  }

  /** The body {@code p} acting through a detachment of it that starts at token {@code detached}. */
  private Arg detachment(List<Token> tokens, String[] keys, boolean[] named, int detached, int to, Participant p) {
    Span span = new Span(tokens.get(detached).span().start(), p.span().end());
    return new Arg(detached, to, new Participant(span, p.entity(), p.name(), p.country(), p.sector()),
        prepositionOf(tokens, keys, named, detached, tokens.get(detached).span(), false), false, false, true);
  }

  /**
   * Whether token {@code of} is the من of a count (أربعة من شرطة إسلام آباد) or the preposition of a bound on one
   * (ما لا يقل عن): it counts, it is no preposition.
   */
  private boolean countedPartitive(List<Token> tokens, String[] keys, int of) {
    if (of > 0 && !"من".equals(keys[of])) {
      return words.is("count_bound", keys[of]) && words.is("count_bound", keys[of - 1]);
    }
    return of > 0 && (tokens.get(of - 1).kind() == TokenKind.NUMBER || words.is("quantity", keys[of - 1]));
  }

  /** Whether an unnamed office holder's title (a nominal person mention) contains the mention. */
  private static boolean insideTitle(List<Mention> mentions, List<Integer> inSentence, Mention mention) {
    for (int k : inSentence) {
      Mention holder = mentions.get(k);
      if (holder != mention && holder.type() == EntityType.PERSON && holder.form() == Mention.Form.NOMINAL
          && holder.span().contains(mention.span())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A nationality adjective right after a plain noun that names no one yet (not an actor, a
   * trigger, a preposition or a number): the two words together name the actor.
   */
  private boolean describesNoun(List<Token> tokens, String[] keys, List<Arg> args, int from, boolean groupNoun) {
    if (from == 0 || tokens.get(from - 1).kind() != TokenKind.ARABIC || keys[from - 1].length() < 3) {
      return false;
    }
    String noun = keys[from - 1];
    if (words.is("preposition", noun) || words.is("place_preposition", noun) || words.is("joiner", noun)
        || words.is("quantity", noun) || words.is("locative", noun) || words.is("both_sides", noun)) {
      return false;
    }
    for (Arg a : args) {
      if (a.to() > from - 1 && a.from() <= from - 1) {
        return false;
      }
    }
    for (int k = Math.max(0, from - 3); k < from; k++) {
      EventLexicon.Found t = lexicon.triggerAt(tokens, keys, k);
      if (t != null && t.trigger().gapped() && k < from - 1 && from < t.to() - 1) {
        continue; // أطلقت طائرة أميركية صاروخا: the noun and its adjective stand in the phrase's gap, as its subject
      }
      if (t != null && (t.to() >= from || t.to() == from - 1 && !groupNoun)) {
        return false; // الهجوم الإسرائيلي: the adjective is the trigger's agent, not a noun's
      }
    }
    return true;
  }

  /**
   * The token where the title written before a person's name starts (الرئيس، رودريغو دوتيرتي: the
   * title, a comma, the name), or {@code from} when the title is not just before it: the person is
   * the genitive or the subject from the title on.
   */
  private static int titleStart(String text, List<Token> tokens, int from, String role) {
    Span title = ActorRecogniser.roleBefore(text, tokens, from, role);
    int k = title == null ? -1 : tokenAt(tokens, title.start());
    return k < 0 ? from : k;
  }

  /** Whether token {@code i} counts something: a number (5, ٥) or a quantity word (ثلاثة, عشرات). */
  private boolean counted(List<Token> tokens, String[] keys, int i) {
    if (tokens.get(i).kind() == TokenKind.NUMBER) {
      return true;
    }
    for (Clitics.Reading r : Clitics.withoutProclitics(keys[i])) {
      if (words.is("quantity", r.stem())) {
        return true;
      }
    }
    return false;
  }

  /** A plural of a nationality, sound (فلسطينيين, العراقيون, أمريكيات) or broken (الصرب): people, not a description. */
  private static boolean pluralNisba(String key) {
    // a broken plural (مئات الصرب, آلاف الأكراد) ends neither as a singular nisba (ي) nor as its feminine (ية)
    return key.endsWith("يين") || key.endsWith("يون") || key.endsWith("يات") || !key.endsWith("ي") && !key.endsWith("ه");
  }

  /** A noun without the article, after any proclitics (وحدة, مصورا, ومسلحون). */
  private static boolean indefinite(String key) {
    for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
      if (r.stem().startsWith("ال")) {
        return false;
      }
    }
    return !key.startsWith("ال");
  }

  /**
   * Whether the first word of a group noun at {@code from} reads as an adjective of the name right before it (after
   * a closing quotation mark, if any): a singular nisba (الإرهابي، الإرهابية) after the name of an organisation or a
   * person (تنظيم "داعش" الإرهابي). After a common noun it may be the verb's object (اعتقلت الشرطة الصحفي), so it stays.
   */
  private static boolean attributive(List<Token> tokens, String[] keys, int from, List<Span> names) {
    String key = keys[from];
    if (!key.startsWith("ال") || !singularNisba(key)) {
      return false;
    }
    int before = from - 1;
    if (before > 0 && tokens.get(before).kind() == TokenKind.PUNCT && "\"»”".contains(tokens.get(before).text())) {
      before--;
    }
    if (before < 0 || tokens.get(before).kind() != TokenKind.ARABIC) {
      return false;
    }
    int end = tokens.get(before).span().end();
    return names.stream().anyMatch(span -> span.end() == end);
  }

  /** The sector of the group noun whose span ends with {@code noun}, or null. */
  private static String genericSector(List<ActorRecogniser.Generic> generics, Span noun) {
    for (ActorRecogniser.Generic g : generics) {
      if (g.span().overlaps(noun)) {
        return g.sector();
      }
    }
    return null;
  }

  /**
   * The country of the place named nearest to a token in the sentence (مئات المتظاهرين في لندن →
   * GBR), preferring places whose country the sentence names more than once: in "حي العامرية ببغداد"
   * the gazetteer's other Amiriya loses to Baghdad.
   */
  private static String placeCountry(List<Arg> args, int token) {
    Map<String, Integer> votes = countryVotes(args);
    String best = null;
    int score = Integer.MIN_VALUE;
    for (Arg a : args) {
      String country = a.participant().country();
      if (a.place() && country != null) {
        int s = votes.get(country) * 1000 - Math.abs(a.from() - token);
        if (s > score) {
          score = s;
          best = country;
        }
      }
    }
    return best;
  }

  /**
   * The code of people of other states the text does not name (الأجانب, foreigners): CAMEO's INT, unless their
   * sector codes them already (foreign fighters are IMG, see {@link Participant#withStatelessCode()}).
   */
  private static String foreign(String sector) {
    return Participant.statelessSector(sector) ? null : "INT";
  }

  /** How many of a sentence's arguments name each country. */
  private static Map<String, Integer> countryVotes(List<Arg> args) {
    Map<String, Integer> votes = new HashMap<>();
    for (Arg a : args) {
      if (a.participant().state() != null) {
        votes.merge(a.participant().state(), 1, Integer::sum);
      }
    }
    return votes;
  }

  /**
   * Whether a noun trigger of three letters, the spelling of its past verb too (قصف، خطف، حظر), reads as that
   * verb: it opens its clause (first in the sentence, after a comma, after أن or a word of {@code clause_opener})
   * and an actor follows it directly, not joined to an object by ل ("قصف الجيش المدينة" against "قصف الجيش
   * للمدينة", the noun with its agent).
   */
  private boolean pastVerbSpelling(List<Token> tokens, String[] keys, List<Arg> args, EventLexicon.Found found) {
    int at = found.from();
    if (found.to() - at != 1) {
      return false;
    }
    String key = keys[at];
    String stem = key.length() == 4 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') ? key.substring(1) : key;
    if (stem.length() != 3) {
      return false;
    }
    boolean opens = at == 0 || tokens.get(at - 1).kind() == TokenKind.PUNCT || "ان".equals(keys[at - 1])
        || words.is("clause_opener", keys[at - 1]);
    if (!opens) {
      return false;
    }
    for (Arg a : args) {
      if (a.from() == at + 1 && a.prep() == null && !a.adjective()) {
        return a.to() >= keys.length || !keys[a.to()].startsWith("لل");
      }
    }
    return false;
  }

  /**
   * The preposition that opens a group through a word of its whole or rest (جميع، باقي، سائر) at token
   * {@code i}: the word before it (مع باقي) or the one the word carries (لجميع، بكافة), else null.
   */
  private String wholeOfPreposition(String[] keys, int i) {
    if (words.is("whole_of", keys[i])) {
      return i > 0 ? words.memberOrJoined("preposition", keys[i - 1]) : null;
    }
    for (Clitics.Reading r : Clitics.withoutProclitics(keys[i])) {
      char last = r.prefixChars() > 0 ? keys[i].charAt(r.prefixChars() - 1) : ' ';
      if ((last == 'ل' || last == 'ب') && words.is("whole_of", r.stem())) {
        return String.valueOf(last);
      }
    }
    return null;
  }

  /** The preposition governing an argument: a proclitic of its first word, the word before, or (for an adjective) its noun's. */
  private String prepositionOf(List<Token> tokens, String[] keys, boolean[] named, int from, Span span, boolean adjective) {
    Token first = tokens.get(from);
    int clitics = span.start() - first.span().start();
    if (clitics > 0) {
      String prefix = Clitics.key(org.marsad.analysis.ArabicNormalizer.normalize(first.text().substring(0, clitics)));
      char last = prefix.isEmpty() ? ' ' : prefix.charAt(prefix.length() - 1);
      if (last == 'ل' && from > 0 && (words.is("owned_by", keys[from - 1]) || words.is("possessed", keys[from - 1])
          || words.is("attack_of", keys[from - 1]))) {
        // طائرة تابعة للقوات الأمريكية، دورية للجيش الأمريكي: the owner acts or suffers through what it owns; قصف للقوات
        // الحكومية: the attack's agent, as in the construct قصف القوات
        return null;
      }
      if (last == 'ب' || last == 'ل' || last == 'ك') {
        return String.valueOf(last);
      }
    }
    if (adjective && from > 0) {
      String noun = keys[from - 1];
      for (Clitics.Reading r : Clitics.withoutProclitics(noun)) {
        if (r.prefixChars() > 0) {
          char last = noun.charAt(r.prefixChars() - 1);
          if (last == 'ب' || last == 'ل') {
            return String.valueOf(last);
          }
        }
      }
      return from > 1 && words.is("preposition", keys[from - 2]) && !countedPartitive(tokens, keys, from - 2) ? keys[from - 2] : null;
    }
    String whole = from > 0 ? wholeOfPreposition(keys, from - 1) : null;
    if (whole != null) {
      return whole; // مع باقي الأطراف، لجميع الدول: the preposition before "the rest of", "all of" opens the group
    }
    String before = from == 0 ? null : words.memberOrJoined("preposition", keys[from - 1]); // وفي بغداد: في
    if (before != null && Coordination.eachOf(keys, from - 1)) {
      return coordination.eachOfPreposition(tokens, keys, from - 2);
    }
    if (before != null) {
      if (countedPartitive(tokens, keys, from - 1)) {
        return null; // مئات من الطلبة، سبعة من عناصر الشرطة، ما لا يقل عن: a count, not a preposition
      }
      return before;
    }
    if (from > 0 && !named[from - 1] && isConstructNoun(tokens.get(from - 1), keys[from - 1])
        && lexicon.triggerAt(tokens, keys, from - 1) == null) { // بزيارة الرئيس: a trigger's genitive is its agent
      // رحبت بقرار الرئيس، وافقت على دخول دبلوماسي: the actor in the genitive of a prepositional noun
      String noun = keys[from - 1];
      for (Clitics.Reading r : Clitics.withoutProclitics(noun)) {
        char last = r.prefixChars() > 0 ? noun.charAt(r.prefixChars() - 1) : ' ';
        if ((last == 'ب' || last == 'ل') && r.stem().length() >= 3 && !r.stem().startsWith("ال")) {
          return String.valueOf(last);
        }
      }
      if (from > 1 && words.is("preposition", keys[from - 2]) && !"من".equals(keys[from - 2])) {
        return keys[from - 2];
      }
    }
    return null;
  }

  /**
   * The preposition before a person's title (مع الرئيس الأميركي دونالد ترامب, بالرئيس ..., للرئيس ...): the
   * word before it, or the preposition joined to the title's article.
   */
  private String titlePreposition(List<Token> tokens, String[] keys, boolean[] named, int title) {
    String key = keys[title].startsWith("و") || keys[title].startsWith("ف") ? keys[title].substring(1) : keys[title];
    if (key.startsWith("لل")) {
      return "ل";
    } else if (key.startsWith("بال")) {
      return "ب";
    }
    return prepositionOf(tokens, keys, named, title, tokens.get(title).span(), false);
  }

  /**
   * Whether {@code a} is the genitive of a decision just before the act at {@code at} (بقرار ترامب الانسحاب،
   * على إعلان ترامب الانسحاب): whatever governs the decision, its genitive is the act's agent.
   */
  private boolean decided(String[] keys, Arg a, int at) {
    return a.from() > 0 && a.to() <= at && at - a.to() <= 2 && decisionNoun(keys[a.from() - 1]);
  }

  /** A noun of deciding or announcing (قرار, إعلان) whose genitive is the agent of the act named after it. */
  private boolean decisionNoun(String key) {
    for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
      if (words.is("decision_noun", r.stem())) {
        return true;
      }
    }
    return false;
  }

  /** A noun that can govern a genitive: indefinite in form, not a locative, count or function word. */
  private boolean isConstructNoun(Token token, String key) {
    return token.kind() == TokenKind.ARABIC && key.length() >= 3 && !key.startsWith("ال")
        && !words.is("locative", key) && !words.is("quantity", key) && !words.is("preposition", key)
        && !words.is("place_preposition", key) && !words.is("joiner", key) && !words.is("both_sides", key);
  }

  /** The index of the token that holds character {@code offset}, or -1. */
  static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      Span s = tokens.get(i).span();
      if (s.start() <= offset && offset < s.end()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Events still without a source take the nearest named actor before their trigger, or the
   * subject of the sentence before (Arabic drops a subject already named). Done after the filter,
   * which judges the candidate on what the sentence itself says. Not for violence and protest,
   * whose unnamed agents stay unknown.
   */
  private static List<Event> withSubjects(Document document, List<Event> events, List<List<Token>> bySentence,
      Map<Integer, List<Arg>> argsBySentence, Map<Integer, Entity> entityOfMention) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (e.source() != null || UNNAMED_AGENTS.contains(e.type())) {
        out.add(e);
        continue;
      }
      List<Arg> args = argsBySentence.getOrDefault(e.sentence(), List.of());
      int at = -1;
      List<Token> tokens = bySentence.get(e.sentence());
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).span().start() == e.trigger().start()) {
          at = i;
        }
      }
      List<Arg> targets = new ArrayList<>();
      for (Arg a : args) {
        if (e.target() != null && a.participant().span().equals(e.target().span())) {
          targets.add(a);
        }
      }
      Arg source = at < 0 ? null : nearestBefore(args, at, targets, true);
      if (source == null) {
        source = previousSubject(document, e.sentence(), entityOfMention);
      }
      if (source == null || (e.target() != null && e.target().entity() != null
          && e.target().entity().equals(source.participant().entity()))) {
        out.add(e);
        continue;
      }
      out.add(e.withSource(source.participant()));
    }
    return out;
  }

  /**
   * Who fell by the instrument named at token {@code at} (برصاص، بنيران): the plain actor or indefinite nationality
   * (قتل فلسطيني برصاص) ending at most two words before it, in the same clause; null if none.
   */
  private static Arg struckBefore(List<Token> tokens, String[] keys, List<Arg> args, int at) {
    Arg struck = null;
    for (Arg a : args) {
      if (a.to() <= at && at - a.to() <= 2 && a.prep() == null && !a.place() && !clauseBreakBetween(tokens, a.to(), at)
          && (!a.adjective() || a.to() - a.from() == 1 && !keys[a.from()].startsWith("ال"))) {
        struck = a;
      }
    }
    return struck;
  }

  /**
   * The nearest actor before token {@code at} in its sentence, not governed by a preposition, not a
   * place and none of {@code excluded}; only a named one when {@code named}.
   */
  private static Arg nearestBefore(List<Arg> args, int at, List<Arg> excluded, boolean named) {
    Arg best = null;
    for (Arg a : args) {
      if (a.to() <= at && a.prep() == null && !a.place() && !a.adjective() && (!named || a.participant().entity() != null)
          && !excluded.contains(a)) {
        best = a;
      }
    }
    return best;
  }

  /**
   * Arabic drops a subject already named: "وقال ..." goes on with the actor of the sentence
   * before. The first person or organisation named in the previous sentence of the same block.
   */
  private static Arg previousSubject(Document document, int s, Map<Integer, Entity> entityOfMention) {
    if (s == 0) {
      return null;
    }
    org.marsad.model.Sentence previous = document.sentences().get(s - 1);
    if (previous.block() != document.sentences().get(s).block()) {
      return null;
    }
    List<Mention> mentions = document.mentions();
    for (int m = 0; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      Entity e = entityOfMention.get(m);
      if (e != null && previous.span().contains(mention.span())
          && (e.type() == EntityType.PERSON || e.type() == EntityType.ORG) && mention.form() != Mention.Form.ADJECTIVE) {
        Participant p = new Participant(mention.span(), e.id(), e.name(), e.country(), e.sector());
        return new Arg(-1, -1, p, null, false, false);
      }
    }
    return null;
  }

  /** In a table row (person | body | activity), the person of the row's first cell acts. */
  private Arg rowHolder(Document document, int s, List<Arg> args) {
    org.marsad.model.Block block = document.blocks().get(document.sentences().get(s).block());
    if (!(block instanceof org.marsad.model.Table table)) {
      return null;
    }
    Span sentence = document.sentences().get(s).span();
    for (List<org.marsad.model.Cell> row : table.rows()) {
      Span first = row.isEmpty() ? null : row.get(0).span();
      Span last = row.isEmpty() ? null : row.get(row.size() - 1).span();
      if (first == null || sentence.start() < first.start() || sentence.end() > last.end() || first.contains(sentence)) {
        continue;
      }
      List<Mention> mentions = document.mentions();
      for (Entity e : document.entities()) {
        for (int m : e.mentions()) {
          if (e.type() == EntityType.PERSON && first.contains(mentions.get(m).span())) {
            Participant p = new Participant(mentions.get(m).span(), e.id(), e.name(), e.country(), e.sector());
            return new Arg(-1, -1, p, null, false, false);
          }
        }
      }
    }
    return null;
  }

  /** "بين X و Y" within reach of the trigger. */
  private Arg[] between(List<Token> tokens, String[] keys, List<Arg> args, int at) {
    for (Arg a : args) {
      if (!"بين".equals(a.prep()) || Math.abs(a.from() - at) > REACH || a.place()) {
        continue;
      }
      for (Arg b : args) {
        if (b.from() > a.from() && b.from() - a.to() <= 1 && !b.place()) {
          return new Arg[] {a, b};
        }
      }
      if (a.participant().entity() == null && !a.adjective() && a.from() > at && a.from() - at <= 2) {
        return new Arg[] {a, null}; // اشتباكات بين الجماعات المسلحة: a group fighting among itself, both sides at once
      }
    }
    return null;
  }

  private boolean afterPreposition(List<Token> tokens, String[] keys, int at) {
    String key = keys[at];
    if (key.length() > 3 && (key.startsWith("ب") || key.startsWith("ل") || key.startsWith("وب") || key.startsWith("ول"))
        && !Clitics.withoutProclitics(key).isEmpty()) {
      for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
        if (r.prefixChars() > 0 && "بل".indexOf(key.charAt(r.prefixChars() - 1)) >= 0) {
          return true;
        }
      }
    }
    return at > 0 && words.is("preposition", keys[at - 1]);
  }

  /** الطرفان near the trigger: the last two different actors named before it. */
  private Arg[] bothSides(String[] keys, List<Arg> args, int at) {
    int word = -1;
    for (int i = Math.max(0, at - REACH); i < Math.min(keys.length, at + 4); i++) {
      for (Clitics.Reading r : Clitics.withoutProclitics(keys[i])) {
        if (words.is("both_sides", r.stem())) {
          word = i;
        }
      }
    }
    if (word < 0) {
      return null;
    }
    Arg second = null;
    for (int k = args.size() - 1; k >= 0; k--) {
      Arg a = args.get(k);
      if (a.to() > word || a.place() || a.participant().entity() == null || a.adjective()) {
        continue;
      }
      if (second == null) {
        second = a;
      } else if (!sameActor(a, second) && !a.participant().entity().equals(second.participant().entity())) {
        return new Arg[] {a, second};
      }
    }
    return null;
  }

  /** Verb: the subject after it (verb–subject–object) unless an actor stands just before it (subject–verb). */
  private Arg verbSource(List<Token> tokens, String[] keys, List<Arg> args, EventLexicon.Found found) {
    int at = found.from();
    Arg framed = subjectAfterWas(keys, args, at);
    if (framed != null) {
      return framed;
    }
    Arg before = null;
    for (Arg a : args) {
      if (a.to() <= at && at - a.to() <= 3 && (a.prep() == null || decided(keys, a, at)) && !a.place() && !a.adjective()) {
        before = a;
      }
    }
    if (before != null && (!clauseBreakBetween(tokens, before.to(), at) || commaAfterComplementSubject(tokens, keys, before, at))
        && !clauseOpenedBetween(keys, before.to(), at)) {
      return before;
    }
    return verbSubjectAfter(tokens, keys, args, found);
  }

  /**
   * The subject right after a one-word verb trigger read through an object pronoun (اتهمها الرئيس،
   * تدعمهم الأحزاب المعارضة), or null; not after the subject pronoun نا (التقينا: we met).
   */
  private Arg subjectAfterObjectPronoun(List<Token> tokens, String[] keys, List<Arg> args, EventLexicon.Found found) {
    if (!found.suffixed() || found.to() != found.from() + 1 || found.trigger().noun() || keys[found.from()].endsWith("نا")
        || afterPreposition(tokens, keys, found.from())) {
      return null;
    }
    for (Arg a : args) {
      if (a.from() >= found.to() && a.from() - found.to() <= 1 && a.prep() == null && !a.place() && !a.adjective()) {
        return a;
      }
    }
    return null;
  }

  /**
   * Whether the subject {@code a} of إن or أن (right after it) is parted from its verb at {@code verb} by one comma
   * only: "إن مهاجما انتحاريا من حركة طالبان، فجر حافلة".
   */
  private boolean commaAfterComplementSubject(List<Token> tokens, String[] keys, Arg a, int verb) {
    if (verb != a.to() + 1 || !Agents.isComma(tokens.get(a.to()))) {
      return false;
    }
    // the subject may begin with words no actor covers: إن مهاجما انتحاريا من حركة طالبان، فجر
    for (int k = a.from() - 1; k >= 0 && k >= a.from() - 3 && tokens.get(k).kind() != TokenKind.PUNCT; k--) {
      if (words.isOrJoined("complementizer", keys[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a conjunction that opens a new clause (فيما، بينما، عندما) stands in tokens {@code [from, to)}. */
  private boolean clauseOpenedBetween(String[] keys, int from, int to) {
    for (int i = from; i < to; i++) {
      if (words.isOrJoined("clause_opener", keys[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of a verb after قد that stands between كان and قد, however long (وكان 1000 لاجئ من
   * التبت على الأقل قد احتشدوا), or null.
   */
  private Arg subjectAfterWas(String[] keys, List<Arg> args, int at) {
    if (at < 2 || !"قد".equals(keys[at - 1])) {
      return null;
    }
    for (int k = at - 2; k >= Math.max(0, at - 12); k--) {
      if (words.isOrJoined("was", keys[k])) {
        for (Arg a : args) {
          if (a.from() > k && a.to() < at && a.prep() == null && !a.place() && !a.adjective()) {
            return a;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** The subject after a verb (verb–subject order): the first plain actor within eight words, in the same clause. */
  private Arg verbSubjectAfter(List<Token> tokens, String[] keys, List<Arg> args, EventLexicon.Found found) {
    for (Arg a : args) {
      if (a.from() > found.from() && a.to() <= found.to() && a.prep() == null && !a.place() && !a.adjective()) {
        return a; // فرضت واشنطن عقوبات: the subject stands inside a phrase with a gap
      }
    }
    int next = found.to();
    if (next < keys.length && found.to() - found.from() == 1 && agents.describesAttack(keys[next])) {
      return null; // قتلت ضربة جوية أميركية عشرة مقاتلين: an attack is the subject, its nationality the agent (Agents.describedAgent)
    }
    if (next < keys.length && (actorLexicon.isTitle(keys[next])
        || next + 1 < keys.length && actorLexicon.isTitle(keys[next], keys[next + 1])) && !insideArg(args, next)) {
      // وأدان الوزير قصف الجيش: the subject is the minister named before, not the next actor, unless named here
      Arg holder = holderAfterComma(tokens, args, next);
      return holder != null || !actorLexicon.isOffice(keys[next]) ? holder : holderAfterTitle(tokens, keys, args, next);
    }
    int complement = complementAfter(tokens, keys, found.to(), found.to() + 8);
    for (Arg a : args) {
      if (a.from() >= found.to() && a.from() - found.to() <= 8 && a.prep() == null && !a.place() && !a.adjective()
          && !agents.ownerOfThing(keys, a) && !clauseBreakBetween(tokens, found.to(), a.from()) && !coordination.listed(keys, args, a)
          && !countedObject(tokens, keys, found.to(), a) && a.from() <= complement) {
        return a;
      }
    }
    return null;
  }

  /**
   * The first token from {@code from} up to {@code last} that is a verbal noun governed by ب, the verb's complement,
   * or the sentence's length: who follows it is its object, not the verb's subject (هددت الجماعة بقتل الرهائن).
   */
  private int complementAfter(List<Token> tokens, String[] keys, int from, int last) {
    for (int k = from; k <= last && k < keys.length; k++) {
      if (keys[k].startsWith("ب") && lexicon.triggerAt(tokens, keys, k) != null) {
        return k;
      }
    }
    return keys.length;
  }

  /**
   * Whether {@code a} is counted (68 رهينة) and one or two words that do not say when stand between the verb,
   * ending at {@code verbEnd}, and the count, the first a noun with the article and without a preposition: that
   * noun is the subject the lexicons do not know, and the counted actor is the object (احتجزت الجبهة 68 رهينة).
   * A count right after the verb, its time or a preposition is the subject (شارك أمس 300 متظاهر، قتل في الانفجار
   * خمسة جنود، احتشد الآلاف من المتظاهرين), as is a list after كل من.
   */
  private boolean countedObject(List<Token> tokens, String[] keys, int verbEnd, Arg a) {
    int count = a.from() - 1;
    return count > verbEnd && count - verbEnd <= 2 && counted(tokens, keys, count) && !Coordination.eachOf(keys, count)
        && tokens.get(verbEnd).kind() == TokenKind.ARABIC && keys[verbEnd].startsWith("ال") && !counted(tokens, keys, verbEnd)
        && !words.isOrJoined("preposition", keys[verbEnd]) && !words.onlyTime(keys, verbEnd, count);
  }

  /**
   * The person a title at token {@code title} introduces within its next four words, with no comma, clause or
   * trigger between: the last named actor there (ووصف زعيم سلوفاكيا السابق روبرت فيكو:
   * Fico, not Slovakia), or null.
   */
  private Arg holderAfterTitle(List<Token> tokens, String[] keys, List<Arg> args, int title) {
    Arg holder = null;
    for (int k = title + 1; k <= title + 4 && k < tokens.size(); k++) {
      if (tokens.get(k).kind() == TokenKind.PUNCT || words.isOrJoined("complementizer", keys[k])
          || words.isOrJoined("preposition", keys[k]) || words.isOrJoined("locative", keys[k])
          || lexicon.triggerAt(tokens, keys, k) != null) {
        break; // وأدان الوزير قصف الجيش, واتهم المبعوث إن قوات النظام: the army is the shelling's, the forces the clause's
      }
      for (Arg a : args) {
        if (a.from() == k && a.prep() == null && !a.place() && !a.adjective() && a.participant().entity() != null) {
          holder = a; // رئيس المفوضية الأوروبية جان كلود يونكر: the last, the person after the body his title names
        }
      }
    }
    return holder;
  }

  /**
   * The holder of a title at token {@code title} named after the comma that ends it (دعا المرجع الأعلى
   * للشيعة في العراق، آية الله علي السيستاني), or null.
   */
  private static Arg holderAfterComma(List<Token> tokens, List<Arg> args, int title) {
    for (int i = title + 1; i < Math.min(tokens.size() - 1, title + 8); i++) {
      if (tokens.get(i).kind() == TokenKind.PUNCT) {
        for (Arg a : args) {
          if (a.from() >= i + 1 && a.from() <= i + 3 && a.prep() == null && a.participant().entity() != null
              && !a.place() && !a.adjective()) {
            return a;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The one who underwent a violent noun: "تعرضت القوات لهجوم", "القوات تعرضت لهجوم" — the actor
   * between an undergo verb and the noun, else the one just before the verb.
   */
  private Arg undergoer(List<Token> tokens, String[] keys, List<Arg> args, int at) {
    int verb = -1;
    for (int i = at - 1; i >= Math.max(0, at - 8); i--) {
      if (words.is("undergo", keys[i]) || (keys[i].startsWith("و") && words.is("undergo", keys[i].substring(1)))) {
        verb = i;
        break;
      }
      if (tokens.get(i).kind() == TokenKind.PUNCT) {
        break;
      }
    }
    if (verb < 0) {
      return null;
    }
    Arg before = null;
    for (Arg a : args) {
      if (a.place() || a.adjective() || a.prep() != null) {
        continue;
      }
      if (a.from() > verb && a.to() <= at) {
        return a;
      }
      if (a.to() <= verb && verb - a.to() <= 2 && !clauseBreakBetween(tokens, a.to(), verb)) {
        before = a;
      }
    }
    return before;
  }

  /**
   * The actor a protest's slogan or demand names after it (يسقط بوش، ويطالبون باستقالة الحكومة، الموت
   * لأمريكا): whom the protesters protest against, or null.
   */
  private Arg denounced(String[] keys, List<Arg> args, int from, Arg source) {
    for (int k = from; k < keys.length; k++) {
      if (!words.isOrJoined("denounce", keys[k])) {
        continue;
      }
      for (Arg a : args) {
        if (a.from() > k && a.from() - k <= 2 && a != source && !sameActor(a, source) && !a.place() && !a.adjective()) {
          return a;
        }
      }
    }
    return null;
  }

  /** The first actor after a token that is not a place, not the source, and has an identity or a country. */
  private static Arg firstActorAfter(List<Arg> args, int from, Arg source) {
    for (Arg a : args) {
      if (a.from() >= from && a != source && !sameActor(a, source) && !a.place()
          && (a.participant().entity() != null || a.participant().country() != null)) {
        return a;
      }
    }
    return null;
  }

  /** The noun's genitive, numbers skipped (مقتل سبعة أشخاص). */
  private Arg genitiveAfter(List<Token> tokens, List<Arg> args, int from) {
    int i = from;
    while (i < tokens.size() && (tokens.get(i).kind() == TokenKind.NUMBER || words.is("quantity", tokens.get(i).norm()))) {
      i++;
    }
    for (Arg a : args) {
      if (a.from() == i && a.prep() == null && !a.place()) {
        return a;
      }
    }
    return null;
  }

  /** What may follow a preposition in one word: nothing, or a pronoun of the third person (عليه، عليها، عليهم). */
  private static final Set<String> PRONOUN_ENDINGS = Set.of("", "ه", "ها", "هم", "هما", "هن");

  /**
   * Whether a word is one of the trigger's target prepositions other than ل and the locative في, alone or with a
   * pronoun (عليها).
   */
  private static boolean ownPreposition(String key, Trigger t) {
    for (String p : t.targetPreps()) {
      if (p.length() >= 2 && !"OBJ".equals(p) && !"في".equals(p) && key.startsWith(p)
          && PRONOUN_ENDINGS.contains(key.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actor right after a verbal noun's genitive, introduced by a preposition the trigger takes its target with
   * other than ل (سيطرة الحركة على السلطة), or null.
   */
  private static Arg prepositionalObject(List<Arg> args, Arg genitive, Trigger t) {
    for (Arg a : args) {
      if (a.from() == genitive.to() && a.prep() != null && !"ل".equals(a.prep()) && t.targetPreps().contains(a.prep())) {
        return a;
      }
    }
    return null;
  }

  /** The object introduced by ل right after a verbal noun's genitive (اعتقال الشرطة للمتظاهرين), or null. */
  private static Arg objectAfterGenitive(List<Arg> args, Arg genitive) {
    for (Arg a : args) {
      if (a.from() == genitive.to() && "ل".equals(a.prep()) && !a.place()) {
        return a;
      }
    }
    return null;
  }

  /**
   * Noun: its possessor (زيارته: the actor named before), a genitive or a nationality after it, or the clause's subject
   * before it.
   */
  private Arg nounSource(List<Token> tokens, String[] keys, List<Arg> args, EventLexicon.Found found) {
    int at = found.from();
    if (!found.suffixed()) {
      for (Arg a : args) {
        boolean inside = a.from() == at + 1 && a.to() < found.to() && a.participant().entity() != null;
        if ((a.from() == found.to() || inside) && a.prep() == null && !a.place() && !a.adjective()) {
          return a; // زيارة الرئيس; انسحاب ترامب من الاتفاق, a named genitive inside a phrase with a gap (not صحفي in مؤتمر صحفي)
        }
      }
      Arg nationality = Agents.agentAdjective(tokens, args, found.to());
      if (nationality != null && ownNationality(keys, found, nationality)) {
        return nationality; // اعتبر أردوغان العقوبات الأمريكية طعنة: the nationality after the noun is its agent, not the clause's subject
      }
    }
    Arg subject = null;
    for (Arg a : args) {
      if (a.to() <= at && at - a.to() <= REACH && (a.prep() == null || decided(keys, a, at)) && !a.place() && !a.adjective()
          && a.participant().entity() != null) {
        subject = a;
      }
    }
    return subject;
  }

  /**
   * Whether a nationality right after a noun trigger describes the noun itself: a singular nisba (الأمريكية, not the
   * people البريطانيين), after a noun or a phrase of a noun and its adjectives, not one ending with an object or a
   * preposition's noun (طرد دبلوماسيين روس، الانسحاب من الاتفاق الإيراني: the nationality is theirs).
   */
  private boolean ownNationality(String[] keys, EventLexicon.Found found, Arg nationality) {
    if (!singularNisba(keys[nationality.from()])
        || nationality.from() > found.to() && !singularNisba(keys[found.to()])) {
      return false; // مقاطعة المنتجات الدنماركية: a noun between has the nationality (العقوبات الاقتصادية الأمريكية: an adjective)
    }
    for (int k = found.from() + 1; k < found.to(); k++) {
      if (words.isOrJoined("preposition", keys[k]) || actorLexicon.isTitle(keys[k]) || found.trigger().gapped()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word ends as a singular nisba does, masculine or feminine (الأمريكي، الاقتصادية). */
  private static boolean singularNisba(String key) {
    return key.endsWith("ي") || key.endsWith("يه");
  }

  /** The targets after a trigger: introduced by one of its prepositions, or its direct object; several when joined by و. */
  private List<Arg> targetsAfter(String[] keys, List<Arg> args, int from, Trigger t, Arg source) {
    List<Arg> out = new ArrayList<>();
    for (Arg a : args) {
      if (a.from() < from || a.from() - from > REACH || a == source || sameActor(a, source)) {
        continue;
      }
      boolean joined = a.from() > 0 && words.is("joiner", keys[a.from() - 1]);
      boolean byPrep = a.prep() != null && t.targetPreps().contains(a.prep());
      boolean object = a.prep() == null && (t.targetPreps().contains("OBJ") || joined) && !a.adjective();
      boolean adjective = a.adjective() && a.prep() != null && t.targetPreps().contains(a.prep());
      String opening = a.prep() == null ? coordination.listPreposition(keys, a) : null;
      boolean listed = opening != null && !words.is("place_preposition", opening) && t.targetPreps().contains(opening);
      if (out.isEmpty() && (byPrep || object || adjective || joined || listed)) {
        out.add(a);
        continue;
      }
      if (!out.isEmpty()) {
        Arg last = out.get(out.size() - 1);
        if (a.from() == last.to() && !keys[a.from()].startsWith("و")) {
          if (last.participant().entity() == null && a.participant().entity() != null) {
            out.set(out.size() - 1, a); // ضباط المخابرات الإيرانية: the genitive names whose officers, one target
          }
          continue;
        }
        boolean conjoined = a.from() == last.to() + 1 && keys[last.to()].equals("و");
        // على أفغانستان، وعلى قوات الناتو: the same preposition again after و, perhaps after a comma
        boolean again = a.prep() != null && a.prep().equals(last.prep()) && keys[a.from() - 1].startsWith("و")
            && (a.from() - last.to() == 1 || a.from() - last.to() == 2 && keys[last.to()].length() == 1 && ",،".contains(keys[last.to()]));
        if (conjoined || again || (a.from() == last.to() && keys[a.from()].startsWith("و"))) {
          out.add(a);
        } else if (a.from() - last.to() <= 1 && keys[a.from()].startsWith("و") && a.prep() == null) {
          out.add(a);
        } else {
          break;
        }
      }
    }
    return out;
  }

  private static boolean sameActor(Arg a, Arg b) {
    return b != null && a.participant().entity() != null && a.participant().entity().equals(b.participant().entity());
  }

  static boolean clauseBreakBetween(List<Token> tokens, int from, int to) {
    for (int i = from; i < to && i < tokens.size(); i++) {
      if (tokens.get(i).kind() == TokenKind.PUNCT) {
        return true;
      }
    }
    return false;
  }

  /** A place target is where a visit went; otherwise the first place read as a place in the sentence. */
  private static Event.Location location(List<Arg> args, List<Arg> targets, Trigger t) {
    Map<String, Integer> votes = countryVotes(args);
    Arg best = null;
    for (Arg a : targets) {
      if (a.place() && (best == null || votesOf(votes, a) > votesOf(votes, best))) {
        best = a;
      }
    }
    for (Arg a : args) {
      if (a.place() && (best == null || votesOf(votes, a) > votesOf(votes, best))) {
        best = a; // the first place, unless another's country is better attested in the sentence
      }
    }
    return best == null ? null
        : new Event.Location(best.participant().span(), best.participant().name(), best.participant().country());
  }

  private static int votesOf(Map<String, Integer> votes, Arg a) {
    String country = a.participant().country();
    return country == null ? 0 : votes.getOrDefault(country, 0);
  }

  private List<String> contexts(List<Token> tokens, String[] keys) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Phrases.Found<String> c = lexicon.contexts().at(tokens, keys, i);
      if (c == null) {
        for (Clitics.Reading r : Clitics.withoutProclitics(keys[i])) {
          if (r.prefixChars() > 0) {
            String[] one = {r.stem()};
            c = lexicon.contexts().at(List.of(tokens.get(i)), one, 0);
            if (c != null) {
              break;
            }
          }
        }
      }
      if (c != null) {
        out.add(c.value());
      }
    }
    return List.copyOf(out);
  }

  /** The article's date, moved by أمس, غدا or a weekday named as past (الثلاثاء الماضي). */
  private LocalDate date(Document document, List<Token> tokens, String[] keys) {
    LocalDate base = document.article().date();
    if (base == null) {
      return null;
    }
    for (int i = 0; i < keys.length; i++) {
      String k = keys[i].startsWith("و") && keys[i].length() > 3 ? keys[i].substring(1) : keys[i];
      if (words.is("yesterday", k)) {
        return base.minusDays(1);
      }
      if (words.is("tomorrow", k)) {
        return base.plusDays(1);
      }
      String day = words.value("weekday", k);
      if (day != null && i + 1 < keys.length && words.is("past", keys[i + 1])) {
        return base.with(TemporalAdjusters.previous(DayOfWeek.valueOf(day)));
      }
    }
    return base;
  }

  /**
   * A diplomatic event (QuadClass 1) between two named actors: the filter, trained mostly on
   * violence and protest, does not overrule that.
   */
  static boolean namedOnBothSides(Event e) {
    return e.quadClass() == 1 && e.source() != null && e.target() != null && e.source().entity() != null
        && e.target().entity() != null;
  }

  private static String rootOf(String cameo) {
    return cameo == null || cameo.length() < 2 ? null : cameo.substring(0, 2);
  }

  private static int quadClassOf(String type) {
    return switch (type) {
      case "AGREE", "CONSULT", "SUPPORT", "CONCEDE" -> 1;
      case "COOPERATE", "AID", "RETREAT" -> 2;
      case "REQUEST", "ACCUSE", "REJECT", "THREATEN" -> 3;
      default -> 4;
    };
  }
}
