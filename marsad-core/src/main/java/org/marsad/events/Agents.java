package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.ArabicNormalizer;
import org.marsad.analysis.Clitics;
import org.marsad.events.EventStage.Arg;
import org.marsad.lang.WordClasses;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

/**
 * Who did it and to whom, for violence and coercion told without a plain subject and object: a
 * passive verb's victims, an agent named by a verb that takes up the attack, by a claim, by a
 * light verb, by "من" or "برصاص", or as the owner of the weapon; the word classes they read are
 * in {@code lang/ar/word-classes.tsv}.
 */
final class Agents {

  /** على, "on", as the coder's keys spell it. */
  private static final String ON = ArabicNormalizer.normalize("على");

  private final WordClasses words;
  private final EventLexicon lexicon;

  Agents(WordClasses words, EventLexicon lexicon) {
    this.words = words;
    this.lexicon = lexicon;
  }

  /**
   * The agent the words around a trigger describe when no subject names one, by the first rule that
   * finds one: the nationality after a verbal noun (القصف الإسرائيلي); for an attack told by a verb,
   * the nationality or the sides of an attack named after it; for any attack, the place it was
   * fired from.
   */
  Arg describedAgent(List<Token> tokens, String[] keys, List<Arg> args, EventLexicon.Found found, boolean noun,
      boolean attack) {
    Arg agent = noun ? agentAdjective(tokens, args, found.to()) : null;
    if (agent == null && noun && attack) {
      agent = genitiveAgent(keys, args, found.to());
    }
    if (agent == null && !noun && attack) {
      agent = attackAgent(tokens, keys, args, found.to());
    }
    if (agent == null && attack) {
      agent = firedFrom(tokens, keys, args, found.to());
    }
    return agent;
  }


  /**
   * The agent of an event no plain subject names, by the first rule that finds one: a verb taking
   * up the attack or statement just named, "من" after a violent noun, a claim, a light verb before a verbal noun.
   */
  Arg unnamedAgent(List<Token> tokens, String[] keys, List<Arg> args, EventLexicon.Found found, boolean noun,
      boolean violent) {
    Arg agent = violent || noun ? performer(tokens, keys, args, found.to()) : null; // اتهامات وجهها ترامب too
    if (agent == null && violent && noun) {
      agent = agentAfterFrom(tokens, keys, args, found.to());
    }
    if (agent == null && violent) {
      agent = claimant(tokens, keys, args);
    }
    if (agent == null && noun) {
      agent = lightVerbSubject(tokens, keys, args, found.from());
    }
    return agent;
  }

  /** An actor named as the owner of a thing just before it (دورية للجيش): an object's owner, never a subject after the verb. */
  boolean ownerOfThing(String[] keys, Arg a) {
    return a.from() > 0 && (words.is("possessed", keys[a.from() - 1]) || words.is("owned_by", keys[a.from() - 1]));
  }

  /**
   * The victim of a violent verb read as a passive or intransitive: a verb that is always so (أصيب،
   * اغتيل), one followed by a number (قتل 28 شخصا، قتل أمس سبعة من عناصر الشرطة) or one with nothing
   * for an object (جنديان عراقيان قتلا بانفجار عبوة). Null when the verb reads as active.
   */
  Arg passiveVictim(List<Token> tokens, String[] keys, List<Arg> args, EventLexicon.Found found) {
    if (found.to() - found.from() != 1) {
      return null;
    }
    String verb = keys[found.from()];
    if (!isClass("victim_verb", verb)) {
      return null;
    }
    int next = found.to();
    while (next < tokens.size() && (words.is("yesterday", keys[next]) || words.is("weekday", keys[next])
        || words.is("past", keys[next]) || words.is("also", keys[next]) || conjoinedVictimVerb(keys[next]))) {
      next++; // قتل أمس سبعة، قتل وجرح سبعة عشر سائحا، قتل أيضا 21
    }
    int phraseEnd = countAfterPhrase(tokens, keys, args, next);
    if (phraseEnd > next) {
      next = phraseEnd; // قتل في الاشتباكات 30 من أفراد القوات: where, then the count of who was killed
    }
    boolean counted = next < tokens.size() && (tokens.get(next).kind() == TokenKind.NUMBER || words.is("quantity", keys[next]));
    boolean passive = isClass("passive_verb", verb) || vowelledPassive(tokens.get(found.from()));
    boolean noObject = next >= tokens.size() || tokens.get(next).kind() == TokenKind.PUNCT
        || words.is("preposition", keys[next]) || keys[next].startsWith("ب")
        || words.isOrJoined("clause_opener", keys[next]); // وكان رجل قد قتل عندما سقط صاروخ: a clause opens, no object
    if (counted && !passive && actorJustBefore(tokens, keys, args, found.from()) != null) {
      return null; // قوات الأمن قتلت ثلاثة متشددين: with its subject before it the verb is active, the count its object
    }
    int countEnd = next; // أكثر من 50 ألف شخص: the whole count stands before who is counted
    while (counted && countEnd < tokens.size() && (tokens.get(countEnd).kind() == TokenKind.NUMBER || words.is("quantity", keys[countEnd])
        || words.is("count_bound", keys[countEnd]))) { // ما لا يقل عن 120: a bound inside the count
      countEnd++;
    }
    if (counted || passive) {
      for (Arg a : args) {
        if (a.from() >= next && a.from() - next <= (counted ? Math.max(3, countEnd - next) : 0) && a.prep() == null && !a.place()
            && (!a.adjective() || !counted && singularNisbaNoun(keys, a)) && !EventStage.clauseBreakBetween(tokens, found.to(), a.from())) {
          return a;
        }
      }
    }
    if (!counted && !passive && actorJustBefore(tokens, keys, args, found.from()) == null) {
      Arg victim = unnamedVictimAfter(tokens, keys, args, found.to(), next);
      if (victim != null) {
        return victim; // قتل طفل بعد إطلاق مسلحين الرصاص: a child was killed, the child killed no one
      }
    }
    if (passive || noObject) {
      for (int i = args.size() - 1; i >= 0; i--) {
        Arg a = args.get(i);
        if (a.to() <= found.from() && found.from() - a.to() <= 2 && a.prep() == null && !a.place() && !a.adjective()
            && !EventStage.clauseBreakBetween(tokens, a.to(), found.from())) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * Where a count starts after a short prepositional phrase that opens at {@code from} (في الاشتباكات 30 من، في بغداد
   * 30), with no actor in it but where it happened, or {@code from} when there is none.
   */
  private int countAfterPhrase(List<Token> tokens, String[] keys, List<Arg> args, int from) {
    if (from >= tokens.size() || !words.is("preposition", keys[from]) && !keys[from].startsWith("ب")) {
      return from;
    }
    for (int k = from + 1; k < tokens.size() && k <= from + 3 && tokens.get(k).kind() != TokenKind.PUNCT; k++) {
      if (tokens.get(k).kind() == TokenKind.NUMBER && EventLexicon.year(keys[k])) {
        continue; // قتل في 2002: when, not how many
      }
      if (countWord(tokens, keys, k)) {
        for (Arg a : args) {
          if (a.from() < k && a.to() > from && !a.place() && !"في".equals(a.prep()) && !"ب".equals(a.prep())) {
            return from; // بين الجيش والمسلحين 30: an actor in the phrase, which the rules read on their own
          }
        }
        return k;
      }
    }
    return from;
  }

  /** Whether token {@code k} is a number or a word of quantity that is no preposition (خمسة، عشرات, not من). */
  private boolean countWord(List<Token> tokens, String[] keys, int k) {
    return tokens.get(k).kind() == TokenKind.NUMBER || words.is("quantity", keys[k]) && !words.is("preposition", keys[k]);
  }

  /** How far a verb of answering may stand before the means it names (ردت القوات الإسرائيلية بغارات). */
  private static final int ANSWER_REACH = 4;

  /** Sectors of unnamed people who more often attack than fall victim when named after a verb of violence (قتل مسلحون). */
  private static final Set<String> ATTACKERS = Set.of("UAF", "REB", "IMG", "CRM");

  /**
   * An unnamed, indefinite person or group right after a verb of violence, with no object just after
   * it, as the victim of the verb read as passive (قتل طفل، قتل جندي إسرائيلي), or null.
   */
  private Arg unnamedVictimAfter(List<Token> tokens, String[] keys, List<Arg> args, int verbEnd, int next) {
    Arg victim = null;
    for (Arg a : args) {
      // members of an armed group, counted or not, fall victim as others do (قتل عناصر من حزب الله); its fighters attack
      boolean members = a.described() && words.isOrJoined("detachment", keys[next]) && !words.isOrJoined("fighters", keys[next]);
      // قتل فلسطيني برصاص الجيش: an indefinite nationality standing for one of its people
      boolean person = a.adjective() ? singularNisbaNoun(keys, a)
          : (a.participant().entity() == null || a.described()) && a.participant().sector() != null
              && (members || !ATTACKERS.contains(a.participant().sector()) || inAttackAt(tokens, keys, a.to()));
      if (a.from() == next && a.prep() == null && !a.place() && person && !keys[next].startsWith("ال")
          && !EventStage.clauseBreakBetween(tokens, verbEnd, a.from())) {
        victim = a;
      }
    }
    if (victim == null) {
      return null;
    }
    int after = victim.to();
    if (after < tokens.size() && countWord(tokens, keys, after)) {
      return null; // اعتقلت قوة من الشرطة ثلاثة مطلوبين: a count follows, the verb is active
    }
    boolean cue = after < tokens.size() && words.is("agent_cue", keys[after]); // قتل شاب برصاص الجيش: the bullets' owner
    for (Arg a : args) {
      if (!cue && a.from() >= victim.to() && a.from() - victim.to() <= 1 && a.prep() == null && !a.place()
          && (!a.adjective() || singularNisbaNoun(keys, a)) && !EventStage.clauseBreakBetween(tokens, victim.to(), a.from())) {
        return null; // قتل جندي إسرائيلي فلسطينيا، قتل إسرائيلي فلسطينيا: an object follows, the verb is active
      }
    }
    return victim;
  }

  /** Whether a nationality adjective is one word, indefinite and singular, so that it can stand for a person (فلسطيني، أمريكيا). */
  private static boolean singularNisbaNoun(String[] keys, Arg a) {
    String key = keys[a.from()];
    return a.to() - a.from() == 1 && !key.startsWith("ال") && (key.endsWith("ي") || key.endsWith("يا"));
  }

  /**
   * Whether an attack in which someone fell starts at token {@code at}: a preposition of the occasion and a
   * noun of attack (في غارة، خلال اشتباكات، إثر انفجار) or that noun with بـ (بقصف). After it, even a gunman
   * named right after a verb of violence was killed, not killing: قتل مسلح في اشتباك مع الشرطة.
   */
  private boolean inAttackAt(List<Token> tokens, String[] keys, int at) {
    if (at >= keys.length) {
      return false;
    }
    if (words.is("occasion", keys[at])) {
      return at + 1 < keys.length && attackAt(tokens, keys, at + 1);
    }
    return keys[at].startsWith("ب") && keys[at].length() > 3 && attackAt(tokens, keys, at);
  }

  /** Whether token {@code k} names an attack: a noun of attack, or a noun the lexicon reads as an assault (اشتباك، غارة). */
  private boolean attackAt(List<Token> tokens, String[] keys, int k) {
    if (describesAttack(keys[k])) {
      return true; // through its proclitics too: بقصف، بسيارة مفخخة
    }
    EventLexicon.Found f = lexicon.triggerAt(tokens, keys, k);
    return f != null && f.trigger().noun() && "ASSAULT".equals(f.trigger().type());
  }

  /**
   * The plain actor that ends at most one word before token {@code at}, in the same clause and after
   * no preposition (وفي بغداد قتل: where, not who), or null.
   */
  private Arg actorJustBefore(List<Token> tokens, String[] keys, List<Arg> args, int at) {
    for (int i = args.size() - 1; i >= 0; i--) {
      Arg a = args.get(i);
      if (a.to() <= at && at - a.to() <= 1 && a.prep() == null && !a.place() && !a.adjective()
          && !EventStage.clauseBreakBetween(tokens, a.to(), at)
          && (a.from() == 0 || !words.isOrJoined("preposition", keys[a.from() - 1]))) {
        return a;
      }
    }
    return null;
  }

  /**
   * The agent named by a verb that takes up the attack just named: هجوم شنه متمردون، "للهجوم ... في
   * عمليات نفذها قراصنة صوماليون" (further on, when the verb follows another noun of attack).
   */
  private Arg performer(List<Token> tokens, String[] keys, List<Arg> args, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 12); k++) {
      if (tokens.get(k).kind() == TokenKind.PUNCT && !",،".contains(tokens.get(k).text())) {
        return null;
      }
      if (isClass("agent_verb", keys[k]) && (k - from < 3 || describesAttack(keys[k - 1]))) {
        for (Arg a : args) {
          if (a.from() > k && a.from() - k <= 5 && !a.place() && a.prep() == null
              && !EventStage.clauseBreakBetween(tokens, k, a.from())) {
            return a; // غارة شنتها طائرة بدون طيار تابعة للقوات الأمريكية
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The subject of a light verb before a verbal noun: "وقام عناصر الشرطة بتوقيف السائق", "قام عشرة
   * جنود باكستانيين، من قوة حفظ سلام، باغتصابها", "وكان أنصار بهانغا قاموا بعدة عمليات".
   */
  private Arg lightVerbSubject(List<Token> tokens, String[] keys, List<Arg> args, int at) {
    // further back only for a subject with an apposition between commas ("أقدم خالد مسعود، البريطاني الذي ...، على دهس")
    for (int k = at - 1; k >= Math.max(0, at - 20); k--) {
      if (tokens.get(k).kind() == TokenKind.PUNCT && !",،".contains(tokens.get(k).text())) {
        return null;
      }
      // ردت إسرائيل بغارات: a verb of answering is light before its means only, not before what it answers (رد على
      // الاتهامات), and with no more than its subject between
      boolean light = isClass("light_verb", keys[k])
          || isClass("answer_verb", keys[k]) && keys[at].startsWith("ب") && at - k <= ANSWER_REACH;
      if (light && (at - k <= 12 || appositionBetween(tokens, args, k, at))) {
        Arg before = null;
        for (Arg a : args) {
          if (a.prep() != null || a.adjective()) {
            continue;
          }
          if (a.from() > k && a.to() <= at) {
            return a; // a place standing there acts as its government: دخلت أربيل في مفاوضات مع بغداد
          }
          if (a.place()) {
            continue;
          }
          if (a.to() <= k && k - a.to() <= 1) {
            before = a;
          }
        }
        return before;
      }
    }
    return null;
  }

  /**
   * Whether the actor right after the light verb at {@code verb} is followed by a comma, and the words up
   * to the verbal noun at {@code at} close with one (perhaps before its preposition): an apposition
   * describing the subject stands between them.
   */
  private static boolean appositionBetween(List<Token> tokens, List<Arg> args, int verb, int at) {
    boolean closed = isComma(tokens.get(at - 1)) || at > 1 && isComma(tokens.get(at - 2));
    for (Arg a : args) {
      if (a.from() == verb + 1 && a.to() < at && isComma(tokens.get(a.to()))) {
        return closed;
      }
    }
    return false;
  }

  static boolean isComma(Token t) {
    return t.kind() == TokenKind.PUNCT && ",،".contains(t.text());
  }

  /**
   * The actor named after على يد or على أيدي ("at the hands of") in the trigger's clause: who acted, whatever
   * the verb's form (قتل الجندي على يد مسلحين، تعرض الصحفي للخطف على أيدي مسلحين).
   */
  Arg atHands(List<Token> tokens, String[] keys, List<Arg> args, int from) {
    for (Arg a : args) {
      int cue = a.from() - 1;
      if (a.from() > from && a.from() - from <= 10 && !a.place() && cue > 0 && words.is("hands", keys[cue])
          && ON.equals(keys[cue - 1]) && !EventStage.clauseBreakBetween(tokens, from, a.from())) {
        for (int k = from; k < cue - 1; k++) {
          if (lexicon.triggerAt(tokens, keys, k) != null) {
            return null; // احتجوا على مقتل مدنيين على يد القوات: the hands are the other act's
          }
        }
        return a;
      }
    }
    return null;
  }

  /** The agent of a violent noun introduced by من or من قبل: تعرضت لإطلاق نار من مسلحين موالين للنظام. */
  private Arg agentAfterFrom(List<Token> tokens, String[] keys, List<Arg> args, int from) {
    for (Arg a : args) {
      if (a.from() < from || a.from() - from > 3 || a.place() || a.adjective()) {
        continue;
      }
      boolean byFrom = "من".equals(a.prep()) && !EventStage.clauseBreakBetween(tokens, from, a.from());
      int cue = a.from() - 1; // من قبل عدة ضباط: a count may stand between the cue and the agent
      if (cue > 1 && words.is("quantity", keys[cue])) {
        cue--;
      }
      boolean byHand = cue > 0 && "قبل".equals(keys[cue]) && "من".equals(keys[cue - 1]);
      if (byFrom || byHand) {
        return a;
      }
    }
    return null;
  }

  /**
   * Who claimed the attack, anywhere in the sentence: "تبنته حركة طالبان", "طالبان تبنت الهجوم",
   * "أعلنت حركة طالبان مسؤوليتها", or who is said to be responsible for it ("الجماعة مسؤولة عن").
   */
  private Arg claimant(List<Token> tokens, String[] keys, List<Arg> args) {
    for (int k = 0; k < tokens.size(); k++) {
      boolean claim = isClass("claim_verb", keys[k]);
      // حقاني هي المسؤولة عن الهجمات: who is held responsible for attacks is their agent
      boolean responsible = isClass("responsible", keys[k]) && k + 1 < keys.length && keys[k + 1].equals("عن");
      if (!claim && !responsible && !isClass("claim_noun", keys[k])) {
        continue;
      }
      Arg before = null;
      for (Arg a : args) {
        if (a.place() || a.prep() != null) {
          continue;
        }
        if (claim && a.from() > k && a.from() - k <= 2) {
          return a;
        }
        if (a.to() <= k && k - a.to() <= 2 && !EventStage.clauseBreakBetween(tokens, a.to(), k)) {
          before = a;
        }
      }
      if (before != null) {
        return before;
      }
    }
    return null;
  }

  /** Whether a word, or the word without a leading و or ف, is in a class. */
  private boolean isClass(String wordClass, String key) {
    return words.is(wordClass, key) || (key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')
        && words.is(wordClass, key.substring(1)));
  }

  private boolean conjoinedVictimVerb(String key) {
    return key.length() > 3 && key.charAt(0) == 'و' && words.is("victim_verb", key.substring(1));
  }

  /**
   * Whether a past verb is written with the damma of its passive on its first letter (قُتل، أُطلق، وفُرضت): the
   * writer has said it is passive. A present verb's prefix (يُقاتل, active) is no such mark.
   */
  static boolean vowelledPassive(Token token) {
    String text = token.text();
    int first = text.length() > 3 && (text.charAt(0) == 'و' || text.charAt(0) == 'ف') ? 1 : 0;
    return text.length() > first + 2 && "يتن".indexOf(text.charAt(first)) < 0 && text.charAt(first + 1) == '\u064F';
  }

  /** Who killed, after a cue (برصاص الجيش، على يد مسلحين، بنيران القوات) following a passive verb. */
  Arg agentAfterCue(List<Token> tokens, String[] keys, List<Arg> args, int from, Arg victim) {
    for (Arg a : args) {
      if (a != victim && a.from() > from && a.from() - from <= 10 && !a.place() && a.from() > 0
          && words.is("agent_cue", keys[a.from() - 1]) && !EventStage.clauseBreakBetween(tokens, from, a.from())) {
        return a;
      }
    }
    return null;
  }

  /** Whether one of the readings of a word (with or without its pronoun suffix) names an attack. */
  boolean describesAttack(List<String> readings) {
    return readings.stream().anyMatch(this::describesAttack);
  }

  boolean describesAttack(String noun) {
    for (Clitics.Reading r : Clitics.withoutProclitics(noun)) {
      String stem = r.stem().startsWith("ال") ? r.stem().substring(2) : r.stem();
      if (words.is("attack_noun", stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nationality of an attack named after a passive verb of violence, in the same clause: in
   * "قتل ثلاثة فلسطينيين في غارة إسرائيلية" the raid's agent is the killing's.
   */
  private Arg attackAgent(List<Token> tokens, String[] keys, List<Arg> args, int from) {
    for (int k = from; k < tokens.size() && k < from + EventStage.REACH; k++) {
      int aside = asideEnd(tokens, keys, k);
      if (aside > k) {
        k = aside; // قتل اثنان من المقاتلين، على الأقل، في ضربات جوية: an aside between commas holds no clause
        continue;
      }
      if (tokens.get(k).kind() == TokenKind.PUNCT || words.isOrJoined("response", keys[k])) {
        return null; // ردا على الغارات الإسرائيلية: the attack answered is another
      }
      EventLexicon.Found f = lexicon.triggerAt(tokens, keys, k);
      if (f != null && (f.trigger().noun() || describesAttack(keys[k])) && "ASSAULT".equals(f.trigger().type())) {
        Arg agent = agentAdjective(tokens, args, f.to()); // الضربات الجوية الأمريكية: a noun phrase too
        if (agent == null) {
          agent = genitiveAgent(keys, args, f.to());
        }
        if (agent == null) {
          for (Arg a : args) {
            if (("بين".equals(a.prep()) || "مع".equals(a.prep())) && a.from() >= f.to() && a.from() - f.to() <= 1) {
              agent = a; // في اشتباكات بين جماعات مسلحة: the fighters; في مواجهات مع قوات الأمن: the other side
            }
          }
        }
        return agent;
      }
    }
    return null;
  }

  /**
   * Where an aside of one or two words between commas that opens at the comma {@code k} ends (its closing comma),
   * the last of its words one of word class aside (، على الأقل،، تقريبا،); {@code k} when none opens there.
   */
  private int asideEnd(List<Token> tokens, String[] keys, int k) {
    if (!isComma(tokens.get(k))) {
      return k;
    }
    for (int close = k + 2; close <= k + 3 && close < tokens.size(); close++) {
      if (isComma(tokens.get(close))) {
        return words.is("aside", keys[close - 1]) ? close : k;
      }
      if (tokens.get(close - 1).kind() == TokenKind.PUNCT) {
        return k;
      }
    }
    return k;
  }

  /**
   * A body or group right after a noun of attack, as its genitive or with ل, as the attack's agent: في قصف للقوات
   * الحكومية، هجوم المسلحين، هجمات لطالبان. Not a city standing for its state (هجوم كابول is where), nor after
   * a noun such as اغتيال, whose genitive is the victim (word class attack_of).
   */
  private Arg genitiveAgent(String[] keys, List<Arg> args, int nounEnd) {
    if (nounEnd == 0 || !words.isOrJoined("attack_of", keys[nounEnd - 1])) {
      return null;
    }
    for (Arg a : args) {
      if (a.from() == nounEnd && a.prep() == null && !a.place() && !a.adjective() && a.participant().sector() != null
          && (keys[a.from()].startsWith("ل") || keys[a.from()].startsWith("ال"))) {
        return a;
      }
    }
    return null;
  }

  /**
   * The place an attack came from, when no one is named as its agent: "إطلاق صواريخ من جنوب لبنان",
   * "قذائف أطلقت من قطاع غزة" — a place after من (and perhaps a compass word) in the same clause.
   */
  private Arg firedFrom(List<Token> tokens, String[] keys, List<Arg> args, int from) {
    for (int k = from; k + 1 < tokens.size() && k < from + EventStage.REACH; k++) {
      if (tokens.get(k).kind() == TokenKind.PUNCT) {
        return null;
      }
      if (!keys[k].equals("من") || k > 0 && words.is("locative", keys[k - 1])) {
        continue; // بالقرب من بيشاور, شرق من: where it struck, not where it came from
      }
      int j = words.is("locative", keys[k + 1]) || words.is("name_head", keys[k + 1]) ? k + 2 : k + 1; // من جنوب لبنان, من قطاع غزة
      for (Arg a : args) {
        if (a.from() == j && a.place() && a.participant().country() != null) {
          return a;
        }
      }
    }
    return null;
  }

  /** A nationality adjective just after a verbal noun is its agent: القصف الإسرائيلي, الغارات الجوية الأمريكية. */
  static Arg agentAdjective(List<Token> tokens, List<Arg> args, int from) {
    for (Arg a : args) {
      if (a.adjective() && (a.from() == from || (a.from() == from + 1 && tokens.get(from).kind() == TokenKind.ARABIC))) {
        return a;
      }
    }
    return null;
  }
}
