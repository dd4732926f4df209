package org.marsad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.Clitics;
import org.marsad.analysis.Tokenizer;
import org.marsad.lang.DataFile;
import org.marsad.lang.WordClasses;
import org.marsad.model.EntityType;
import org.marsad.model.Span;
import org.marsad.model.Token;

/**
 * The actor lexicons of a language, loaded once from {@code lang/<iso>/actors/} into an immutable
 * phrase index: states with their names, nationality adjectives and metonyms, regions,
 * organisations, armed groups and parties, people, titles and institutions; and the word lists
 * the name recognisers use (given names, name particles, function words). Entries keep the order
 * of their files, people first, so an ambiguous phrase resolves to the most specific reading.
 */
public final class ActorLexicon {

  private final PhraseIndex phrases = new PhraseIndex();
  /** Sports clubs, apart: only sports news, or a name no other word or place shares, makes their names a club's. */
  private final PhraseIndex clubs = new PhraseIndex();
  private final Map<String, ActorEntry> byKey = new HashMap<>();
  /** The listed people, in file order. */
  private final List<ActorEntry> people = new ArrayList<>();
  private final Map<String, ActorEntry> stateByIso = new HashMap<>();
  /** Places abroad that share a spelling (its matching keys, space-joined) with the place it names by default. */
  private final Map<String, List<ActorEntry>> sharedPlaces = new HashMap<>();
  /** Keys of entries with a name that an entry of another state shares: only their mentions need the context read. */
  private final Set<String> contested = new HashSet<>();
  private final Set<String> givenNames = new HashSet<>();
  private final Set<String> particles = new HashSet<>();
  private final Set<String> functionWords = new HashSet<>();
  private WordClasses wordClasses;
  private final Tokenizer tokenizer = new Tokenizer();

  private ActorLexicon() {}

  /** Loads the Arabic lexicons from the class path. */
  public static ActorLexicon arabic() {
    ActorLexicon lexicon = new ActorLexicon();
    String dir = "/lang/ar/actors/";
    lexicon.loadPeople(DataFile.load(dir + "people.tsv"));
    lexicon.loadOrganisations(DataFile.load(dir + "organisations.tsv"));
    lexicon.loadOrganisations(DataFile.load(dir + "groups.tsv"));
    lexicon.loadStates(DataFile.load(dir + "states.tsv"));
    lexicon.loadRegions(DataFile.load(dir + "regions.tsv"));
    lexicon.loadPlaces(DataFile.load(dir + "places.tsv"));
    lexicon.loadInstitutions(DataFile.load(dir + "institutions.tsv"));
    lexicon.loadTitles(DataFile.load(dir + "titles.tsv"));
    lexicon.loadClubs(DataFile.load(dir + "clubs.tsv"));
    lexicon.loadWords(DataFile.load(dir + "given-names.txt"), lexicon.givenNames);
    lexicon.loadWords(DataFile.load(dir + "name-particles.txt"), lexicon.particles);
    lexicon.loadWords(DataFile.load("/lang/ar/function-words.txt"), lexicon.functionWords);
    lexicon.wordClasses = WordClasses.load("/lang/ar/word-classes.tsv");
    lexicon.addFamilyNames();
    lexicon.findContested();
    return lexicon;
  }

  /** The closed word classes the recognisers' and coder's rules name (prepositions, weekdays ...). */
  public WordClasses wordClasses() {
    return wordClasses;
  }

  PhraseIndex phrases() {
    return phrases;
  }

  PhraseIndex clubs() {
    return clubs;
  }

  /** The clubs listed under exactly this name (its words as matching keys), or an empty list. */
  List<ActorEntry> clubsNamed(List<String> words) {
    return clubs.entries(words);
  }

  /** Words of sport (word class {@code sport}) a document must hold to be sports news. */
  static final int SPORT_WORDS = 2;

  /**
   * Whether a document, given its words' matching keys, is sports news: it holds at least
   * {@link #SPORT_WORDS} words of sport (مباراة، الدوري، المنتخب ...). There a city's name mostly names
   * its club (فاز ليون على بنفيكا), and so do words like الشمال or السد.
   */
  public boolean isSportsNews(Iterable<String> keys) {
    int found = 0;
    for (String key : keys) {
      if (wordClasses.isOrJoined("sport", key) && ++found >= SPORT_WORDS) {
        return true;
      }
    }
    return false;
  }
  /** As {@link #isSportsNews(Iterable)}, for a document given by its sentences' tokens. */
  public boolean isSportsNewsDocument(List<List<Token>> sentences) {
    List<String> keys = new ArrayList<>();
    sentences.forEach(tokens -> tokens.forEach(t -> keys.add(Clitics.key(t.norm()))));
    return isSportsNews(keys);
  }


  /** The number of distinct phrases indexed. */
  public int size() {
    return phrases.size();
  }

  public ActorEntry entry(String key) {
    return byKey.get(key);
  }

  /** The state entry of an ISO 3166-1 alpha-3 code, or {@code null}. */
  public ActorEntry state(String iso3) {
    return iso3 == null ? null : stateByIso.get(iso3);
  }

  /** Whether a word, without its proclitics, is the title of one person: an office, rank, honorific or function. */
  public boolean isOffice(String word) {
    for (Clitics.Reading r : Clitics.withoutProclitics(word)) {
      for (ActorEntry e : entriesOf(List.of(r.stem()))) {
        if (e.kind() == ActorEntry.Kind.TITLE && OFFICES.contains(e.detail())) {
          return true;
        }
      }
    }
    return false;
  }

  static final Set<String> OFFICES = Set.of("office", "rank", "honorific", "function");

  /**
   * Whether these words (matching keys, the first read through its proclitics) are a listed title:
   * الوزير, والرئيس, المرجع الديني.
   */
  public boolean isTitle(String first, String... rest) {
    for (Clitics.Reading r : Clitics.withoutProclitics(first)) {
      List<String> words = new ArrayList<>(1 + rest.length);
      words.add(r.stem());
      words.addAll(List.of(rest));
      for (ActorEntry e : entriesOf(words)) {
        if (e.kind() == ActorEntry.Kind.TITLE) {
          return true;
        }
      }
    }
    return false;
  }

  /** The entries listed for exactly this phrase (its words as matching keys), or an empty list. */
  List<ActorEntry> entriesOf(List<String> words) {
    return phrases.entries(words);
  }

  boolean isGivenName(String key) {
    return givenNames.contains(key);
  }

  /**
   * Whether a word (a matching key) reads as a listed given name joined to و (وبرنار، وياسمين), not as a
   * function word once normalised (وعلى reads as وعلي). It may be a given name itself too (وليام).
   */
  boolean isJoinedGivenName(String key) {
    return key.length() > 3 && key.charAt(0) == 'و' && givenNames.contains(key.substring(1))
        && !functionWords.contains(key.substring(1));
  }

  boolean isParticle(String key) {
    return particles.contains(key);
  }

  /** Whether a word (a matching key) is a function word or frequent non-name word (خلال, وفق, كان). */
  public boolean isFunctionWord(String key) {
    return functionWords.contains(key);
  }

  /** The key of a capital or seat read as a place. */
  String cityKey(String name) {
    return "city:" + String.join(" ", words(name));
  }

  /** The matching keys of a phrase's words, as the tokenizer and normaliser make them from text. */
  List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (Token token : tokenizer.tokenize(phrase, new Span(0, phrase.length()))) {
      words.add(Clitics.key(token.norm()));
    }
    return words;
  }

  private void add(String phrase, ActorEntry entry) {
    String p = phrase.strip();
    if (!p.isEmpty()) {
      phrases.add(words(p), entry);
    }
  }

  /** Adds a generated form only where no listed phrase already means something else. */
  private void addUnlessKnown(String phrase, ActorEntry entry) {
    List<String> words = words(phrase);
    if (entriesOf(words).isEmpty()) {
      phrases.add(words, entry);
    }
  }

  private void register(ActorEntry entry) {
    byKey.putIfAbsent(entry.key(), entry);
  }

  // ---------------------------------------------------------------- loaders

  private static List<String> split(String multi) {
    List<String> values = new ArrayList<>();
    if (multi != null) {
      for (String v : multi.split("\\|")) {
        if (!v.isBlank()) {
          values.add(v.strip());
        }
      }
    }
    return values;
  }

  private static String first(String multi) {
    List<String> values = split(multi);
    return values.isEmpty() ? null : values.get(0);
  }

  private void loadPeople(DataFile file) {
    for (Map<String, String> row : file.rows()) {
      ActorEntry entry = new ActorEntry("person:" + row.get("key"), ActorEntry.Kind.PERSON, EntityType.PERSON,
          first(row.get("names_ar")), row.get("name_en"), row.get("country"), row.get("sector"),
          row.get("role_ar"), row.get("org"), row.get("wikidata"), false, null);
      register(entry);
      people.add(entry);
      split(row.get("names_ar")).forEach(name -> add(name, entry));
    }
  }

  private void loadOrganisations(DataFile file) {
    for (Map<String, String> row : file.rows()) {
      ActorEntry entry = new ActorEntry("org:" + row.get("key"), ActorEntry.Kind.ORGANISATION, EntityType.ORG,
          first(row.get("names_ar")), row.get("name_en"), row.get("country"), row.get("sector"),
          null, null, row.get("wikidata"), false, null);
      register(entry);
      split(row.get("names_ar")).forEach(name -> add(name, entry));
      split(row.get("abbrev_ar")).forEach(name -> add(name, entry));
    }
  }

  private void loadClubs(DataFile file) {
    for (Map<String, String> row : file.rows()) {
      List<String> wordNames = split(row.get("word_names"));
      List<String> placeNames = split(row.get("place_names"));
      for (String name : split(row.get("names_ar"))) {
        // what else the name may be: word, place, word|place, or nothing
        String also = wordNames.contains(name) ? (placeNames.contains(name) ? "word|place" : "word")
            : placeNames.contains(name) ? "place" : null;
        ActorEntry entry = new ActorEntry("club:" + row.get("key"), ActorEntry.Kind.CLUB, EntityType.ORG,
            first(row.get("names_ar")), row.get("name_en"), row.get("country"), null, null, null, null, false, also);
        register(entry);
        clubs.add(words(name), entry);
      }
    }
  }

  private void loadStates(DataFile file) {
    List<Runnable> later = new ArrayList<>();
    for (Map<String, String> row : file.rows()) {
      String iso = row.get("iso3");
      ActorEntry state = new ActorEntry("state:" + iso, ActorEntry.Kind.STATE, EntityType.GPE,
          first(row.get("names_ar")), row.get("name_en"), iso, null, null, null, row.get("wikidata"), false, null);
      register(state);
      stateByIso.put(iso, state);
      split(row.get("names_ar")).forEach(name -> add(name, state));
      for (String metonym : split(row.get("metonyms_ar"))) {
        ActorEntry m = new ActorEntry("state:" + iso, ActorEntry.Kind.METONYM, EntityType.GPE, metonym,
            row.get("name_en"), iso, null, null, null, row.get("wikidata"), false, null);
        later.add(() -> {
          add(metonym, m);
          // the same name read as the place itself (زيارته للقاهرة)
          register(new ActorEntry(cityKey(metonym), ActorEntry.Kind.PLACE, EntityType.GPE, metonym, null, iso,
              null, null, null, null, false, "capital"));
        });
      }
      ActorEntry nisba = new ActorEntry("state:" + iso, ActorEntry.Kind.NISBA, EntityType.GPE,
          first(row.get("names_ar")), row.get("name_en"), iso, null, null, null, row.get("wikidata"), false, null);
      for (String adjective : split(row.get("adjectives_ar"))) {
        later.add(() -> {
          add(adjective, nisba);
          String[] parts = adjective.split(" ");
          StringBuilder withArticle = new StringBuilder();
          for (String part : parts) {
            withArticle.append(withArticle.length() == 0 ? "" : " ").append("ال").append(part);
          }
          add(withArticle.toString(), nisba);
          if (parts.length > 1) {
            add("ال" + adjective, nisba);
          } else {
            // the case and number forms the data need not list (جنديا تركيا، مصورا فرنسيا، دبلوماسيان روسيان)
            Inflections.of(adjective).forEach(form -> addUnlessKnown(form, nisba));
          }
        });
      }
    }
    later.forEach(Runnable::run); // names first: a state's name wins over another's adjective
  }

  private void loadRegions(DataFile file) {
    for (Map<String, String> row : file.rows()) {
      ActorEntry entry = new ActorEntry("region:" + row.get("key"), ActorEntry.Kind.REGION, EntityType.LOC,
          first(row.get("names_ar")), row.get("name_en"), row.get("country"), null, null, null, row.get("wikidata"), false, null);
      register(entry);
      split(row.get("names_ar")).forEach(name -> add(name, entry));
    }
  }

  private void loadPlaces(DataFile file) {
    for (Map<String, String> row : file.rows()) {
      String canonical = first(row.get("names_ar")) != null ? first(row.get("names_ar")) : first(row.get("shared_ar"));
      ActorEntry entry = new ActorEntry("place:" + row.get("key"), ActorEntry.Kind.PLACE, EntityType.GPE,
          canonical, row.get("name_en"), row.get("country"), null, null, null, row.get("wikidata"),
          false, row.get("feature"));
      register(entry);
      split(row.get("names_ar")).forEach(name -> add(name, entry));
      for (String name : split(row.get("shared_ar"))) {
        sharedPlaces.computeIfAbsent(String.join(" ", words(name)), k -> new ArrayList<>()).add(entry);
      }
    }
  }

  /** Whether an entry of another state shares a name of the entry {@code key}'s (طرابلس, الجبهة الشعبية, جونسون). */
  public boolean contested(String key) {
    return key != null && contested.contains(key);
  }

  private void findContested() {
    for (String spelling : sharedPlaces.keySet()) {
      List<String> words = List.of(spelling.split(" "));
      entriesOf(words).forEach(e -> contested.add(e.key()));
      contested.add(cityKey(spelling)); // a capital's name read as the city itself
    }
    phrases.forEachPhrase(entries -> {
      for (ActorEntry a : entries) {
        for (ActorEntry b : entries) {
          if (a.kind() == b.kind() && a.country() != null && b.country() != null && !a.country().equals(b.country())) {
            contested.add(a.key());
          }
        }
      }
    });
  }

  /**
   * The places of other states that share this spelling (matching keys of a name read without its
   * proclitics) with the place it names by default: طرابلس is Libya's capital, and also Lebanon's
   * second city. Empty for most names.
   */
  public List<ActorEntry> sharedPlaces(List<String> words) {
    return sharedPlaces.getOrDefault(String.join(" ", words), List.of());
  }

  /**
   * Known people are often named by family name alone (بوتين, أردوغان). A family name is indexed
   * after everything else, so it never displaces a state, place or organisation spelled alike, and
   * only when it is distinctive: not a given name, function word, common word (الحداد, mourning) or
   * regnal number (الثاني of عبد الله الثاني), and long enough, or listed as a short family name that
   * is no Arabic word (بوش).
   */
  private void addFamilyNames() {
    // in file order, so that of two listed people with one family name the first (a current office
    // holder before a former one) is the default reading, and the context may choose the other
    Map<String, List<ActorEntry>> byFamily = new java.util.LinkedHashMap<>();
    // a family name that starts with a particle stands alone with it (أبو الغيط, بن علي, دي ميستورا)
    Map<List<String>, List<ActorEntry>> byParticle = new java.util.LinkedHashMap<>();
    for (ActorEntry person : people) {
      if (person.name() == null) {
        continue;
      }
      List<String> words = words(person.name());
      if (words.size() < 2) {
        continue;
      }
      String family = words.get(words.size() - 1);
      String before = words.get(words.size() - 2);
      int minimum = family.startsWith("ال") ? 6 : 4;
      boolean distinctive = family.length() >= minimum || wordClasses.is("short_surname", family);
      if (distinctive && !givenNames.contains(family) && !functionWords.contains(family)
          && !wordClasses.is("regnal_number", family) && !wordClasses.is("common_surname", family)
          && !particles.contains(before)) {
        byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(person);
      }
      String withParticle = before + " " + family;
      if (words.size() >= 3 && wordClasses.is("family_particle", before) && !givenNames.contains(withParticle)
          && !wordClasses.is("common_surname", withParticle)) {
        byParticle.computeIfAbsent(List.of(before, family), f -> new ArrayList<>()).add(person);
      }
    }
    for (Map.Entry<String, List<ActorEntry>> e : byFamily.entrySet()) {
      if (!phrases.startsWith(e.getKey())) {
        e.getValue().forEach(person -> phrases.add(List.of(e.getKey()), person));
      }
    }
    for (Map.Entry<List<String>, List<ActorEntry>> e : byParticle.entrySet()) {
      if (entriesOf(e.getKey()).isEmpty()) {
        e.getValue().forEach(person -> phrases.add(e.getKey(), person));
      }
    }
  }

  private void loadInstitutions(DataFile file) {
    for (Map<String, String> row : file.rows()) {
      String head = row.get("head_ar");
      ActorEntry entry = new ActorEntry("institution:" + head, ActorEntry.Kind.INSTITUTION, EntityType.ORG, head,
          row.get("name_en"), null, row.get("sector"), row.get("name_en"), null, null,
          !"yes".equals(row.getOrDefault("standalone", "no")), row.get("kind"));
      add(head, entry);
    }
  }

  private void loadTitles(DataFile file) {
    List<Runnable> later = new ArrayList<>();
    for (Map<String, String> row : file.rows()) {
      String title = row.get("title_ar");
      ActorEntry entry = new ActorEntry("title:" + title, ActorEntry.Kind.TITLE, EntityType.PERSON, title,
          row.get("role_en"), row.get("country"), row.get("sector"), title, null, null,
          "yes".equals(String.valueOf(row.get("needs_country")).toLowerCase(Locale.ROOT)), row.get("kind"));
      add(title, entry);
      boolean noun = entry.groupNoun() || "function".equals(entry.detail())
          || "platform".equals(entry.detail());
      // a singular role ending in ون (المدون, blogger) is no sound plural: its forms would take مدى ("extent") for it
      boolean singularInUn = "function".equals(entry.detail()) && title.endsWith("ون");
      if (noun && title.indexOf(' ') < 0 && !singularInUn) {
        // مسلحا، مسلحو، جنديين: regular forms a row need not list, after every listed row
        later.add(() -> Inflections.of(title).forEach(form -> addUnlessKnown(form, entry)));
      }
    }
    later.forEach(Runnable::run);
  }

  private void loadWords(DataFile file, Set<String> into) {
    for (String value : file.values()) {
      into.add(String.join(" ", words(value)));
    }
  }
}
