package org.marsad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.ArabicNormalizer;
import org.marsad.analysis.Clitics;
import org.marsad.lang.DataFile;
import org.marsad.lang.WordClasses;
import org.marsad.model.Document;
import org.marsad.model.Modality;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

/**
 * The event lexicons of a language, loaded once: triggers with their PLOVER type, mode and CAMEO
 * code; the CAMEO codebook (root, QuadClass, Goldstein); cues of negation and modality; context
 * keywords. Triggers are matched through proclitics (وأشاد), pronoun suffixes (زيارته), the
 * article (المباحثات) and the future prefix (سيزور, which also marks the event as intended).
 */
public final class EventLexicon {

  /** A row of the CAMEO codebook. */
  record Cameo(String code, String root, int quadClass, double goldstein, String ploverType, String ploverMode) {}

  /** A negation or modality cue. */
  record Cue(String effect, String scope) {}

  /**
   * A trigger found at tokens {@code [from, to)}; {@code future} when read through the prefix سـ,
   * {@code suffixed} through a pronoun suffix, {@code joined} through the conjunction و or ف (وقتلت).
   */
  record Found(int from, int to, Trigger trigger, boolean future, boolean suffixed, boolean joined) {}

  private final Map<String, List<Map.Entry<List<String>, Trigger>>> triggers = new HashMap<>();
  /** Words that are no trigger though a trigger's inflection would read them so (triggers.tsv rows of pos none). */
  private final Set<String> notTriggers = new HashSet<>();
  private final Map<String, Cameo> cameo = new HashMap<>();
  private final Phrases<Cue> cues = new Phrases<>();
  private final Phrases<String> contexts = new Phrases<>();
  /** The CAMEO threat code of each PLOVER type of act that can be threatened. */
  private final Map<String, String> threats = new HashMap<>();
  /** Verbs that characterise (وصف ... بأنه), and those that do only with a pronoun object (اعتبرته). */
  private final Set<String> describing = new HashSet<>();
  private final Set<String> considering = new HashSet<>();
  /** Evaluations, each with the event its characterisation reports (criticism or praise). */
  private final Map<String, Trigger> evaluations = new HashMap<>();
  /** Words that turn the evaluation after them around (غير مبرر). */
  private final Set<String> negators = new HashSet<>();
  /** The event a negative evaluation reports, and the event a positive one does. */
  private Trigger criticism;
  private Trigger praise;

  /** The coder's word classes: words of belonging (تابعة), after which a gap also holds the owner's name. */
  private final WordClasses words;

  private EventLexicon(WordClasses words) {
    this.words = words;
  }

  /** The Arabic lexicon, reading phrases with the coder's word classes (the actor lexicon's, loaded once). */
  public static EventLexicon arabic(WordClasses words) {
    EventLexicon lexicon = new EventLexicon(words);
    lexicon.loadCameo(DataFile.load("/plover/cameo.tsv"));
    lexicon.loadTriggers(DataFile.load("/lang/ar/events/triggers.tsv"));
    lexicon.loadCues(DataFile.load("/lang/ar/events/modality.tsv"));
    lexicon.loadContexts(DataFile.load("/lang/ar/events/contexts.tsv"));
    lexicon.loadCharacterisation(DataFile.load("/lang/ar/events/characterisation.tsv"));
    for (Map<String, String> row : DataFile.load("/plover/threats.tsv").rows()) {
      lexicon.threats.put(row.get("type"), row.get("cameo"));
    }
    return lexicon;
  }

  private void loadCameo(DataFile file) {
    for (Map<String, String> row : file.rows()) {
      cameo.put(row.get("cameo"), new Cameo(row.get("cameo"), row.get("root"), Integer.parseInt(row.get("quad_class")),
          Double.parseDouble(row.get("goldstein")), row.get("plover_type"), row.get("plover_mode")));
    }
  }

  private void loadTriggers(DataFile file) {
    Phrases<Trigger> words = new Phrases<>();
    for (Map<String, String> row : file.rows()) {
      if ("none".equals(row.get("pos"))) {
        // a word a trigger's inflection would read, that is none (إثنية, ethnic: not أثنى with a pronoun)
        String word = Clitics.key(ArabicNormalizer.normalize(row.get("form_ar").strip()));
        notTriggers.add(word);
        notTriggers.add("ال" + word);
        continue;
      }
      Set<String> preps = new HashSet<>();
      if (row.get("target_preps") != null) {
        for (String p : row.get("target_preps").split("\\|")) {
          preps.add(p.strip().equals("OBJ") ? "OBJ" : Clitics.key(ArabicNormalizer.normalize(p.strip())));
        }
      }
      boolean noun = "noun".equals(row.get("pos"));
      Trigger t = new Trigger(row.get("type"), row.get("mode"), row.get("cameo"), noun, Set.copyOf(preps),
          "yes".equals(row.get("symmetric")), row.get("form_ar").contains(GAP_MARK));
      List<String> phrase = new ArrayList<>();
      String[] parts = row.get("form_ar").split(GAP_MARK, -1);
      for (int k = 0; k < parts.length; k++) {
        if (k > 0) {
          phrase.add(GAP); // أطلقت … صواريخ: a few words may stand between (أطلقت فجر أمس صاروخا)
        }
        phrase.addAll(words.words(parts[k].strip()));
      }
      addTrigger(phrase, t);
      // nouns and noun phrases also with the article: الهجوم, الضربات الجوية (the words after take it too, see sameWord)
      if ((noun || "phrase".equals(row.get("pos"))) && !phrase.get(0).startsWith("ال")) {
        List<String> definite = new ArrayList<>(phrase);
        definite.set(0, "ال" + phrase.get(0));
        addTrigger(definite, t);
      }
    }
  }

  /** Where a trigger phrase lets a few words stand between its parts, written … in the data file. */
  private static final String GAP_MARK = "…";
  private static final String GAP = "\u0000gap";
  /** How many words a gap lets stand between, none of them punctuation. */
  private static final int MAX_GAP = 6;
  /**
   * How many more once a word of belonging stands in the gap, for the owner it names: أطلقت طائرة بدون طيار تابعة
   * لوكالة المخابرات المركزية الأمريكية عدة صواريخ.
   */
  private static final int OWNER_GAP = 4;

  private void addTrigger(List<String> phrase, Trigger t) {
    List<Map.Entry<List<String>, Trigger>> list = triggers.computeIfAbsent(phrase.get(0), k -> new ArrayList<>());
    for (Map.Entry<List<String>, Trigger> e : list) {
      if (e.getKey().equals(phrase)) {
        return; // the first row of a form wins
      }
    }
    list.add(Map.entry(List.copyOf(phrase), t));
  }

  private void loadCues(DataFile file) {
    for (Map<String, String> row : file.rows()) {
      Cue cue = new Cue(row.get("effect"), row.get("scope"));
      if (!"prefix".equals(cue.scope())) { // the future prefix is read with the trigger (سيزور)
        cues.add(row.get("cue_ar"), cue);
      }
    }
  }

  private void loadContexts(DataFile file) {
    for (Map<String, String> row : file.rows()) {
      contexts.add(row.get("keyword_ar"), row.get("context"));
    }
  }

  private void loadCharacterisation(DataFile file) {
    for (Map<String, String> row : file.rows()) {
      String role = row.get("role");
      for (String word : contexts.words(row.get("form_ar"))) {
        switch (role) {
          case "verb" -> describing.add(word);
          case "verb_object" -> considering.add(word);
          case "negator" -> negators.add(word);
          case "negative", "positive" -> {
            Trigger t = new Trigger(row.get("type"), row.get("mode"), row.get("cameo"), false, Set.of("OBJ"), false, false);
            evaluations.putIfAbsent(word, t);
            if (role.equals("negative") && criticism == null) {
              criticism = t;
            } else if (role.equals("positive") && praise == null) {
              praise = t;
            }
          }
          default -> throw new IllegalArgumentException("characterisation.tsv: unknown role " + role);
        }
      }
    }
  }

  Cameo cameo(String code) {
    return code == null ? null : cameo.get(code);
  }

  Phrases<Cue> cues() {
    return cues;
  }

  Phrases<String> contexts() {
    return contexts;
  }

  /**
   * The longest trigger starting at token {@code i}, or a characterisation there (وصفت الحكومة
   * الاشتباكات بأنها «محاولة لعرقلة ...»: criticism), or {@code null}.
   */
  Found triggerAt(List<Token> tokens, String[] keys, int i) {
    if (tokens.get(i).kind() != TokenKind.ARABIC) {
      return null;
    }
    Found best = null;
    // a word written with teh marbuta (طالبة، حذرة) ends in no pronoun, though normalised it ends as one (طالبه)
    List<Reading> readings = readings(keys[i], endsWithTehMarbuta(tokens.get(i).text()));
    for (Reading r : readings) {
      if (!r.suffixed && notTriggers.contains(r.word)) {
        return null;
      }
    }
    for (Reading r : readings) {
      List<Map.Entry<List<String>, Trigger>> list = triggers.get(r.word);
      if (list == null) {
        continue;
      }
      for (Map.Entry<List<String>, Trigger> e : list) {
        int to = matchRest(e.getKey(), tokens, keys, i);
        if (to > 0 && (best == null || to > best.to())) {
          best = new Found(i, to, e.getValue(), r.future, r.suffixed, r.joined);
        }
      }
    }
    return best != null ? best : characterisationAt(tokens, keys, i, readings);
  }

  /**
   * A verb that characterises someone or something, read as the event its evaluation reports:
   * criticism when the evaluation is negative (وصفوا الحفل «بالنفاق», اعتبرته هافانا «غير مبرر»),
   * praise when it is positive (وصفت طالبان حقاني بأنه «محارب نموذجي»). The evaluation follows
   * بأنه or a word joined to ب within ten words of the verb; after اعتبر only a pronoun object
   * makes it a characterisation, and the evaluation is any of the clause's next nine words.
   */
  private Found characterisationAt(List<Token> tokens, String[] keys, int i, List<Reading> readings) {
    for (Reading r : readings) {
      Trigger t = null;
      if (describing.contains(r.word)) {
        t = evaluationAfterBi(tokens, keys, i + 1);
      } else if (considering.contains(r.word) && r.suffixed) {
        t = evaluation(tokens, keys, i + 1, i + 10);
      }
      if (t != null) {
        return new Found(i, i + 1, t, r.future, r.suffixed, r.joined);
      }
    }
    return null;
  }

  /** The evaluation that بأنه, بـ or a word joined to ب opens within the clause, or null. */
  private Trigger evaluationAfterBi(List<Token> tokens, String[] keys, int from) {
    for (int j = from; j < keys.length && j < from + 10; j++) {
      if (breaksClause(tokens.get(j))) {
        return null;
      }
      String key = keys[j];
      if (key.equals("ب") || key.startsWith("بان") && key.length() <= 6) {
        return evaluation(tokens, keys, j + 1, j + 7); // بأنه «محارب نموذجي», بـ"الخونة"
      }
      if (key.length() > 3 && key.charAt(0) == 'ب') {
        Trigger t = evaluation(tokens, keys, j, j + 6); // بالنفاق, بالمزيفة
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * What the evaluation in tokens {@code [from, to)} of the clause reports: criticism as soon as a
   * negative word appears (or a positive one after غير), else praise when a positive one did, else null.
   */
  private Trigger evaluation(List<Token> tokens, String[] keys, int from, int to) {
    Trigger found = null;
    boolean negated = false;
    for (int j = from; j < keys.length && j < to; j++) {
      if (breaksClause(tokens.get(j))) {
        break;
      }
      if (negator(keys[j])) {
        negated = true; // غير مبرر, بغير القانوني, وغير المبرر
        continue;
      }
      Trigger t = evaluationOf(keys[j]);
      if (t == null) {
        continue;
      }
      if (negated) {
        t = t.equals(praise) ? criticism : praise;
        negated = false;
      }
      if (t.equals(criticism)) {
        return t;
      }
      found = t;
    }
    return found;
  }

  private boolean negator(String key) {
    for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
      if (negators.contains(r.stem())) {
        return true;
      }
    }
    return false;
  }

  /** The evaluation a word reads as, through its proclitics and article, and without a feminine or plural ending. */
  private Trigger evaluationOf(String key) {
    for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
      String stem = r.stem();
      for (String form : List.of(stem, stem.startsWith("ال") && stem.length() > 4 ? stem.substring(2) : stem)) {
        Trigger t = evaluations.get(form);
        for (String ending : ENDINGS) {
          if (t == null && form.length() > ending.length() + 2 && form.endsWith(ending)) {
            t = evaluations.get(form.substring(0, form.length() - ending.length()));
          }
        }
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /** Feminine and plural endings an evaluation is also read without (normalised: ة is written ه). */
  private static final List<String> ENDINGS = List.of("ه", "ات", "ون", "ين");

  /** Punctuation that ends a clause: anything but quotation marks and brackets around the words quoted. */
  private static boolean breaksClause(Token token) {
    return token.kind() == TokenKind.PUNCT && "«»\"“”'()".indexOf(token.text().charAt(0)) < 0;
  }

  /** The end of {@code phrase} matched from token {@code i} (its first word already read there), or -1. */
  private int matchRest(List<String> phrase, List<Token> tokens, String[] keys, int i) {
    int j = i + 1;
    for (int k = 1; k < phrase.size(); k++) {
      if (phrase.get(k).equals(GAP)) {
        String next = phrase.get(k + 1); // a gap is always followed by a word
        int found = -1;
        int limit = j + MAX_GAP;
        for (int g = j; g < keys.length && g <= limit && tokens.get(g).kind() != TokenKind.PUNCT; g++) {
          if (readsAs(keys[g], next, true)) {
            found = g;
            break;
          }
          if (limit == j + MAX_GAP && words.is("owned_by", keys[g])) {
            limit += OWNER_GAP;
          }
        }
        if (found < 0) {
          return -1;
        }
        j = found + 1;
        k++;
      } else if (j >= keys.length || !readsAs(keys[j], phrase.get(k), false)) {
        return -1;
      } else {
        j++;
      }
    }
    return j;
  }

  /**
   * Whether a later word of a phrase reads as the lexicon's word: as written, or with a pronoun
   * suffix (قطعت علاقاتها, حملت … مسؤوليتها); after a gap also with a proclitic (قطع السعودية
   * لعلاقاتها, حمل … بالمسؤولية). Words of the lexicon that already end like a suffix match as written.
   * A word the phrase writes without the article also matches with it: the definite phrase
   * (الضربات الجوية, فرض العقوبات) reports as the indefinite one does.
   */
  private static boolean readsAs(String key, String word, boolean afterGap) {
    if (key.equals(word) || key.length() == word.length() + 2 && key.startsWith("ال") && key.endsWith(word)) {
      return true;
    }
    List<String> forms = new ArrayList<>();
    if (afterGap) {
      for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
        forms.add(r.stem());
      }
    } else {
      forms.add(key);
    }
    for (String form : forms) {
      if (form.equals(word) || (form.length() > word.length() && Clitics.withoutEnclitics(form).contains(word))) {
        return true;
      }
    }
    return false;
  }

  private record Reading(String word, boolean future, boolean suffixed, boolean joined) {}

  private static List<Reading> readings(String key) {
    return readings(key, false);
  }

  /** Whether a word as written ends with teh marbuta, perhaps under a diacritic. */
  private static boolean endsWithTehMarbuta(String text) {
    for (int k = text.length() - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c < '\u064B' || c > '\u0652') {
        return c == '\u0629';
      }
    }
    return false;
  }

  private static List<Reading> readings(String key, boolean tehMarbuta) {
    List<Reading> out = new ArrayList<>();
    for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
      String w = r.stem();
      boolean joined = r.prefixChars() > 0 && key.length() >= 4 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف');
      out.add(new Reading(w, false, false, joined));
      if (w.length() > 3 && w.charAt(0) == 'س' && "يتنا".indexOf(w.charAt(1)) >= 0) {
        out.add(new Reading(w.substring(1), true, false, joined));
      }
      if (!w.endsWith("ي")) { // اجتماعي is "social", not اجتماع + "my"
        for (String stem : Clitics.withoutEnclitics(w)) {
          if (tehMarbuta && stem.length() == w.length() - 1) {
            continue;
          }
          if (r.prefixChars() == 0 || stem.length() >= 4) { // وزارة is not و + زار + ه
            out.add(new Reading(stem, false, true, joined));
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether the clause before the trigger, or the words right before it, change how it is read; a
   * future light verb only governs a trigger that is a verbal noun ({@code noun}).
   */
  Modality modalityBefore(List<Token> tokens, String[] keys, int trigger, boolean future, boolean noun, boolean[] negated) {
    Modality modality = future ? Modality.INTENDED : Modality.ACTUAL;
    int clauseStart = 0;
    for (int i = trigger - 1; i >= 0; i--) {
      if (tokens.get(i).kind() == TokenKind.PUNCT && !tokens.get(i).text().equals("\"")) {
        clauseStart = i + 1;
        break;
      }
    }
    for (int i = Math.min(clauseStart, Math.max(0, trigger - LIGHT_VERB_REACH)); i < trigger; i++) {
      Phrases.Found<Cue> cue = cues.at(tokens, keys, i);
      if (cue == null || cue.to() > trigger) {
        continue;
      }
      boolean near = trigger - cue.to() <= 1;
      String scope = cue.value().scope();
      if ("light".equals(scope)) {
        // سيجري رئيس الحكومة، يوسف الشاهد، زيارة: a future light verb reaches its verbal noun across commas
        modality = noun && modality == Modality.ACTUAL ? Modality.INTENDED : modality;
        continue;
      }
      if (i < clauseStart || "after".equals(scope)) {
        continue;
      }
      if ("adjacent".equals(scope) && trigger != cue.to()) {
        continue; // ما أدى لمقتل: the relative ما before another verb negates nothing
      }
      if (("before".equals(scope) || "before_present".equals(scope)) && !near
          || "before_present".equals(scope) && !presentVerb(keys[trigger])) {
        continue; // قد before a perfect verb asserts the event: وقد استقبل، قد رحبت
      }
      if ("against".equals(scope) && !(trigger > cue.to() && "من".equals(keys[trigger - 1]))) {
        continue; // حذر ... من إطلاق الصواريخ: only the act warned against, not every event after the warning
      }
      if ("threat".equals(scope) && !keys[trigger].startsWith("ب") && !keys[trigger - 1].startsWith("ب")) {
        continue; // هددت الجماعة بقتل الرهائن، هدد بشن هجوم: only the act threatened with, not every event after the threat
      }
      switch (cue.value().effect()) {
        case "negated" -> negated[0] = true;
        case "intended" -> modality = modality == Modality.ACTUAL ? Modality.INTENDED : modality;
        case "hypothetical" -> modality = Modality.HYPOTHETICAL;
        case "question" -> modality = Modality.QUESTION;
        case "claimed" -> modality = modality == Modality.ACTUAL ? Modality.CLAIMED : modality;
        case "historical" -> modality = modality == Modality.ACTUAL ? Modality.HISTORICAL : modality;
        default -> { }
      }
    }
    return modality;
  }

  /**
   * Whether the words after the trigger {@code found} say the event is still to come: one of the two
   * words right after it (القمة المقبلة، محادثاته المقررة، الزيارة المرتقبة), or, for a verbal noun
   * ({@code noun}) or a present verb (or a phrase opened by one), a time unit with a coming adjective
   * (الأسبوع المقبل، خلال الأيام القادمة: a word of {@code time_unit} before an "after" cue) in the gap
   * of a phrase trigger or in the eight words after it within its clause (زيارة الرئيس لباريس الأسبوع
   * المقبل), or tomorrow there (يصل الرئيس إلى الجزائر غدا); a past verb is told as done (وزار الرئيس
   * الجزائر الأسبوع الماضي).
   */
  boolean stillToCome(List<Token> tokens, String[] keys, Found found, boolean noun, WordClasses words) {
    for (int i = found.to(); i < Math.min(found.to() + 2, keys.length); i++) {
      if (comingAt(tokens, keys, i)) {
        return true;
      }
    }
    if (!noun && !presentVerb(keys[found.from()])) {
      return false;
    }
    for (int i = found.from(); i < Math.min(found.to() + COMING_TIME_REACH, keys.length - 1); i++) {
      if (i >= found.to() && tokens.get(i).kind() == TokenKind.PUNCT) {
        return false;
      }
      if (words.isOrJoined("time_unit", keys[i]) && comingAt(tokens, keys, i + 1) || words.isOrJoined("tomorrow", keys[i])) {
        return true; // يزور الأسبوع المقبل، يصل غدا
      }
    }
    return false;
  }

  /**
   * Whether the event is told as long past: a year named in the six words before the trigger or after its
   * end, or up to ten after within its clause and before a relative pronoun ("عام 2010", "في 2015", "منذ
   * 2013", "قطعت الرياض علاقاتها مع طهران في يناير 2016"), more than a year before {@code reference}, the
   * article's {@link #referenceYear}.
   */
  boolean longPast(List<Token> tokens, String[] keys, int at, int end, int reference, WordClasses words) {
    if (reference < 0) {
      return false;
    }
    for (int i = Math.max(1, at - 6); i < Math.min(tokens.size(), end + 10); i++) {
      if (i >= end + 6 && tokens.get(i).kind() == TokenKind.PUNCT && ",،.;؛:".contains(tokens.get(i).text())) {
        break; // further on only within the clause: مع طهران في يناير/كانون الثاني 2016
      }
      if (i >= end && RELATIVES.contains(keys[i])) {
        break; // انسحاب الولايات المتحدة من الاتفاق الذي وقع العام 2015: the year is the agreement's
      }
      int year = tokens.get(i).kind() == TokenKind.NUMBER ? yearAfter(keys[i - 1], keys[i], words) : -1;
      if (year >= 0 && year < reference - 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The year an article's events are measured against: its date's, or, for an article of unknown date,
   * the latest year it names, which it cannot precede; -1 when neither is known.
   */
  static int referenceYear(Document document, WordClasses words) {
    LocalDate date = document.article().date();
    return date != null ? date.getYear() : latestYear(document, words);
  }

  /** The year {@code number} names after {@code before}, a word of {@code year_marker} (عام 2010, يناير 2016), or -1. */
  private static int yearAfter(String before, String number, WordClasses words) {
    return year(number) && words.is("year_marker", before) ? Integer.parseInt(number) : -1;
  }

  /** Whether a number, normalised, reads as a year (1900 to 2099). */
  static boolean year(String number) {
    return number.matches("(19|20)\\d\\d");
  }

  /** The latest year the document names after a word of {@code year_marker}, or -1. */
  private static int latestYear(Document document, WordClasses words) {
    int latest = -1;
    for (List<Token> sentence : document.tokensBySentence()) {
      for (int i = 1; i < sentence.size(); i++) {
        if (sentence.get(i).kind() == TokenKind.NUMBER) {
          latest = Math.max(latest, yearAfter(Clitics.key(sentence.get(i - 1).norm()), Clitics.key(sentence.get(i).norm()), words));
        }
      }
    }
    return latest;
  }

  /** Whether an adjective of the scheduled or the coming (modality.tsv's "after" cues) starts at token {@code i}. */
  private boolean comingAt(List<Token> tokens, String[] keys, int i) {
    Phrases.Found<Cue> cue = cues.at(tokens, keys, i);
    return cue != null && "after".equals(cue.value().scope());
  }

  /** Relative pronouns, normalised: what follows them tells of the noun before, not of the trigger. */
  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي");

  /** How many words after a verbal noun {@link #stillToCome} looks for a time still to come. */
  private static final int COMING_TIME_REACH = 8;

  /** How many words before a trigger a future light verb governs it, across the commas of an apposition. */
  private static final int LIGHT_VERB_REACH = 12;

  /**
   * The threat a trigger reports when it is a conflictual act announced on a condition: a future
   * verb (سينسحب، سوف يفرض) after a conditional particle earlier in its sentence (إذا، لو); null otherwise.
   */
  Trigger threatOf(Trigger t, List<Token> tokens, String[] keys, Found found, WordClasses words) {
    String code = threats.get(t.type());
    int at = found.from();
    boolean future = found.future() || at > 0 && keys[at - 1].endsWith("سوف");
    if (code == null || !future) {
      return null;
    }
    for (int i = 0; i < at; i++) {
      if (words.isOrJoined("conditional", keys[i])) {
        Cameo threat = cameo.get(code);
        return new Trigger("THREATEN", threat == null ? null : threat.ploverMode(), code, t.noun(), t.targetPreps(), false,
            t.gapped());
      }
    }
    return null;
  }

  /** Whether the trigger found is a verbal noun, or a phrase that starts with one (زيارة رسمية). */
  boolean verbalNoun(String[] keys, Found found) {
    if (found.trigger().noun()) {
      return true;
    }
    for (Reading r : readings(keys[found.from()])) {
      for (Map.Entry<List<String>, Trigger> e : triggers.getOrDefault(r.word, List.of())) {
        if (e.getKey().size() == 1 && e.getValue().noun()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a word reads as a present (imperfect) verb: يهاجم، نزور، تعقد; not a perfect one (تعرضت، استقبل). */
  private static boolean presentVerb(String key) {
    String k = key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') ? key.substring(1) : key;
    if (k.length() < 3) {
      return false;
    }
    char c = k.charAt(0);
    return c == 'ي' || c == 'ن' || (c == 'ت' && !k.endsWith("ت") && !k.endsWith("وا"));
  }
}
