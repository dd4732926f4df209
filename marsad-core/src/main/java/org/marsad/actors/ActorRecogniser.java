package org.marsad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.Clitics;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;

/**
 * Finds actor mentions in one sentence from the lexicons and a few patterns of Arabic news
 * writing:
 * <ul>
 *   <li>lexicon phrases, longest first, read through proclitics (وبغداد, للرياض, بالعراق);
 *   <li>a title, a nationality or organisation and a name: وزير الدفاع الفرنسي جان لوران;
 *   <li>a name and a title in apposition: ستيفان دوجاريك المتحدث باسم الأمم المتحدة;
 *   <li>a counterpart: ونظيره الأردني أيمن الصفدي (the same office, another country);
 *   <li>a state institution and its nationality: وزارة الدفاع التركية;
 *   <li>names starting with a given name or a particle (بن، أبو، عبد).
 * </ul>
 * Pure and thread-safe; the lexicon is read-only.
 */
public final class ActorRecogniser {

  /** Longest name taken from a pattern, in words. */
  static final int MAX_NAME_WORDS = 5;

  private final ActorLexicon lexicon;

  public ActorRecogniser(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A lexicon phrase found at tokens {@code [from, to)}, {@code prefixChars} of clitics into the first. */
  record Match(int from, int to, int prefixChars, String prefix, ActorEntry entry) {
    ActorEntry.Kind kind() {
      return entry.kind();
    }
  }

  /** The mentions of one sentence, given its tokens, in text order, in a document that is not sports news. */
  public List<Mention> recognise(String text, List<Token> tokens) {
    return recognise(text, tokens, false);
  }

  /**
   * The mentions of one sentence, given its tokens, in text order; {@code sportsNews} when its document is
   * ({@link ActorLexicon#isSportsNews}), which decides which names of clubs are clubs ({@link #listedClubs}).
   */
  public List<Mention> recognise(String text, List<Token> tokens, boolean sportsNews) {
    String[] keys = keys(tokens);
    Map<Integer, Match> matches = match(tokens, keys);
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m = matches.get(i);
      int next;
      if (m != null) {
        next = interpret(text, tokens, keys, matches, m, mentions);
      } else if (isCounterpart(keys[i])) {
        next = counterpart(text, tokens, keys, matches, i, mentions);
      } else {
        int end = nameEnd(tokens, keys, matches, i, false);
        if (end > i) {
          mentions.add(mention(text, tokens, i, end, 0, EntityType.PERSON, null, null, null, null, Mention.Recogniser.PATTERN));
          next = apposition(text, tokens, keys, matches, end, mentions, mentions.size() - 1);
        } else {
          next = i + 1;
        }
      }
      i = Math.max(next, i + 1);
    }
    return listedClubs(text, tokens, keys, clubs(text, tokens, keys, mentions), sportsNews);
  }

  /**
   * The listed clubs' names (clubs.tsv) as clubs: in sports news all of them (فاز الهلال على النصر، تعادل
   * بريمن مع تشيلسي), elsewhere only those nothing else shares (بنفيكا، تشيلسي). A club's name replaces the
   * city or capital it is spelled like (بريمن، روما), but not after a preposition of place (في بريمن:
   * where a match is played) nor in a dateline (ليفربول (رويترز) -، ساو باولو ( البرازيل ) -). The
   * nationality adjective of its name stays an adjective after it where the name without it is listed
   * too (الأهلي | المصري, as ميلان | الإيطالي; but الملعب التونسي). It gives way to any other mention it
   * overlaps (states, nationality adjectives, a longer name: دينامو كييف). A name that is also a common
   * word is only a guess the name model must share (see MentionStage#merge): النصر may still be the
   * victory.
   */
  private List<Mention> listedClubs(String text, List<Token> tokens, String[] keys, List<Mention> mentions,
      boolean sportsNews) {
    int dateline = datelineEnd(tokens);
    List<Mention> out = mentions;
    int i = 0;
    while (i < tokens.size()) {
      Match m = longestAt(tokens, keys, i, lexicon.clubs());
      String also = m == null ? null : m.entry().detail();
      if (m == null || also != null && (!sportsNews || m.from() < dateline
          || also.contains("place") && (afterPlacePreposition(m, keys) || opensDateline(tokens, m)))) {
        i++;
        continue;
      }
      List<String> words = matchedWords(keys, m);
      String country = clubCountry(words, m.entry());
      // clubs of several countries share the name (الأهلي، الهلال): which one, the article's context tells
      String key = country != null ? m.entry().key() : "club:" + String.join(" ", words) + ":?";
      // the nationality in a club's name stays the adjective after it, as with ميلان الإيطالي, where the name
      // without it is listed too (الأهلي المصري; but الملعب التونسي)
      int to = m.to();
      for (Mention o : out) {
        int j = MentionStage.first(tokens, o.span());
        if (o.form() == Mention.Form.ADJECTIVE && j > m.from() && j < to
            && o.span().end() == tokens.get(to - 1).span().end()
            && !lexicon.clubsNamed(words.subList(0, j - m.from())).isEmpty()) {
          to = j;
        }
      }
      Mention club = mention(text, tokens, m.from(), to, m.prefixChars(), EntityType.ORG, key, country, null, null,
          also != null && also.contains("word") ? Mention.Recogniser.LEXICON : Mention.Recogniser.PATTERN);
      boolean blocked = false;
      for (Mention o : out) {
        // a city the club is named after gives way to it, and so does the nationality in its name
        blocked |= o.span().overlaps(club.span()) && !(club.span().contains(o.span())
            && (isCity(o) || o.form() == Mention.Form.ADJECTIVE && o.span().start() > club.span().start()));
      }
      if (!blocked) {
        out = new ArrayList<>(out);
        out.removeIf(o -> club.span().contains(o.span()));
        out.add(club);
        out.sort(java.util.Comparator.comparing(Mention::span));
      }
      i = m.to();
    }
    return out;
  }

  /** Whether a mention names a city or a capital standing for its state, which a club may be named after. */
  private static boolean isCity(Mention m) {
    return m.form() == Mention.Form.METONYM
        || m.key() != null && (m.key().startsWith("place:") || m.key().startsWith("city:"));
  }

  /** Whether a match opens its sentence followed by punctuation, as a dateline's city: ساو باولو ( البرازيل ) -. */
  private static boolean opensDateline(List<Token> tokens, Match m) {
    return m.from() == 0 && m.prefixChars() == 0 && m.to() < tokens.size()
        && tokens.get(m.to()).kind() == TokenKind.PUNCT;
  }

  /** Whether a match follows a preposition of place, attached (ببريمن) or not (في بريمن، وفي موسكو، شمال بيروت). */
  private boolean afterPlacePreposition(Match m, String[] keys) {
    if (m.prefix().endsWith("ب")) {
      return true;
    }
    if (m.from() == 0) {
      return false;
    }
    String before = keys[m.from() - 1];
    return lexicon.wordClasses().isOrJoined("place_preposition", before) || lexicon.wordClasses().isOrJoined("locative", before);
  }

  /** The country of the club a match names, or null when clubs of several countries share the name (الأهلي). */
  private String clubCountry(List<String> words, ActorEntry club) {
    for (ActorEntry e : lexicon.clubsNamed(words)) {
      if (!java.util.Objects.equals(club.country(), e.country())) {
        return null;
      }
    }
    return club.country();
  }

  /** A match's words as matching keys, its first without the proclitics the match read off. */
  private static List<String> matchedWords(String[] keys, Match m) {
    List<String> words = new ArrayList<>();
    for (Clitics.Reading r : Clitics.withoutProclitics(keys[m.from()])) {
      if (r.prefixChars() == m.prefixChars()) {
        words.add(r.stem());
        break;
      }
    }
    words.addAll(java.util.Arrays.asList(keys).subList(m.from() + 1, m.to()));
    return words;
  }

  /**
   * A sports club named by a club word and its city (دينامو كييف، ستيوا بوخارست، وسسكا موسكو), or by
   * its city and a club word (مانشستر سيتي، ليدز يونايتد), is an organisation of the city's country, not
   * the city; so is a city followed by the masculine nationality of its own country, or of another place
   * its name reads as, which a team takes and a city (feminine) does not (ميلان الإيطالي، ليون الفرنسي;
   * but باريس الفرنسية).
   */
  private List<Mention> clubs(String text, List<Token> tokens, String[] keys, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (k + 1 < mentions.size() && m.key() != null && (m.key().startsWith("place:") || m.key().startsWith("city:"))
          && teamNationality(text, m, mentions.get(k + 1))) {
        String country = mentions.get(k + 1).country();
        String city = country.equals(m.country()) ? m.key() : readingOf(text, m, country).key();
        out.add(new Mention(m.span(), EntityType.ORG, "club:" + city, country, null, null,
            Mention.Recogniser.PATTERN, Mention.Form.NAME));
        continue;
      }
      int from = MentionStage.first(tokens, m.span());
      boolean place = m.type() == EntityType.GPE || m.type() == EntityType.LOC;
      int after = MentionStage.first(tokens, new Span(m.span().end(), m.span().end()));
      if (place && after > from && after < tokens.size() && lexicon.wordClasses().is("club_tail", keys[after])
          && (k + 1 == mentions.size() || mentions.get(k + 1).span().start() >= tokens.get(after).span().end())) {
        Span span = new Span(m.span().start(), tokens.get(after).span().end()); // مانشستر سيتي، ليدز يونايتد
        out.add(new Mention(span, EntityType.ORG, "club:" + m.key() + " " + keys[after], m.country(), null, null,
            Mention.Recogniser.PATTERN, Mention.Form.NAME));
      } else if (place && from > 0 && from < tokens.size() && tokens.get(from).span().start() == m.span().start()
          && lexicon.wordClasses().isOrJoined("club_head", keys[from - 1])) {
        Span span = new Span(tokens.get(from - 1).span().start(), m.span().end());
        out.add(new Mention(span, EntityType.ORG, "club:" + Clitics.key(tokens.get(from - 1).norm()) + " " + m.key(),
            m.country(), null, null, Mention.Recogniser.PATTERN, Mention.Form.NAME));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Whether {@code next} is the masculine singular nationality of {@code place}'s country right after it,
   * or of the country of another place its words name (ليون الفرنسي: León is also in Mexico).
   */
  private boolean teamNationality(String text, Mention place, Mention next) {
    if (next.form() != Mention.Form.ADJECTIVE || next.country() == null || next.span().start() < place.span().end()
        || !next.country().equals(place.country()) && readingOf(text, place, next.country()) == null) {
      return false;
    }
    String between = text.substring(place.span().end(), next.span().start());
    String word = org.marsad.analysis.ArabicNormalizer.normalize(next.span().of(text));
    return between.isBlank() && word.endsWith("ي");
  }

  /** The place of {@code country} that the words of {@code place} also name, listed or shared, or null. */
  private ActorEntry readingOf(String text, Mention place, String country) {
    List<String> words = lexicon.words(place.span().of(text));
    List<ActorEntry> readings = new ArrayList<>(lexicon.entriesOf(words));
    readings.addAll(lexicon.sharedPlaces(words));
    for (ActorEntry e : readings) {
      if (country.equals(e.country())) {
        return e;
      }
    }
    return null;
  }

  /**
   * A group noun or state body that names no one in particular (المتظاهرون, الشرطة, مسلحون): it can
   * still take part in an event, with a sector and perhaps a country, but it is no entity. {@code
   * leader} is the span of the state named as the group's leader, or null; {@code reach} tells where a
   * group its own words give no state may find one.
   */
  public record Generic(Span span, String sector, String country, Span leader, Reach reach) {

    /** Whether {@code mention} is the state named inside the group as its leader (بقيادة السعودية). */
    public boolean namesLeader(Span mention) {
      return leader != null && leader.contains(mention);
    }
  }

  /** Where a group noun its own words give no state may find one. */
  public enum Reach {
    /** A place its sentence names, else the article's state: the police, the soldiers. */
    ARTICLE,
    /** A place its sentence names only: the parties to talks or a conflict (الأطراف، الشركاء). */
    SENTENCE,
    /** Nowhere: foreigners and foreign fighters are not of the place they are in (titles kind foreign). */
    NONE
  }

  /** The group nouns and bodies of one sentence, in text order. */
  public List<Generic> generics(List<Token> tokens) {
    String[] keys = keys(tokens);
    List<Generic> out = new ArrayList<>();
    Map<Integer, Match> matches = match(tokens, keys);
    for (Match m : matches.values()) {
      ActorEntry e = m.entry();
      boolean platform = e.kind() == ActorEntry.Kind.TITLE && "platform".equals(e.detail());
      // the parties to talks or a conflict (الأطراف, الشركاء): who they are the sentence says, never the article's state
      boolean party = e.kind() == ActorEntry.Kind.TITLE && "party".equals(e.detail());
      boolean group = party || e.groupNoun() || e.kind() == ActorEntry.Kind.TITLE && "function".equals(e.detail());
      // التحالف names an actor only by who leads it: التحالف بقيادة السعودية, not التحالف مع نداء تونس
      boolean coalition = e.kind() == ActorEntry.Kind.TITLE && "coalition".equals(e.detail());
      if (!group && !platform && !coalition && e.kind() != ActorEntry.Kind.INSTITUTION) {
        continue;
      }
      Match after = matches.get(m.to());
      String sector = e.sector();
      Match described = describedBy(tokens, keys, matches, m.to());
      if (described != null && (group || platform)) {
        // وفدا برلمانيا أميركيا, دورية عسكرية أمريكية: an adjective between the noun and its nationality
        Match middle = matches.get(m.to());
        if (middle != null && middle.entry().sector() != null) {
          sector = middle.entry().sector(); // a parliamentary delegation is LEG, a military patrol MIL
        }
        after = described;
      }
      // مصورا فرنسيا, and a nisba spelled like its state's name: سائحا إسبانيا، جنود سوريا
      // ... and a city after a group noun (شرطة إسلام آباد, شرطة البصرة): that city's state
      boolean ofState = after != null && (after.kind() == ActorEntry.Kind.NISBA
          || (after.kind() == ActorEntry.Kind.STATE && after.prefixChars() == 0 && e.kind() == ActorEntry.Kind.TITLE)
          || ((after.kind() == ActorEntry.Kind.PLACE || after.kind() == ActorEntry.Kind.METONYM) && after.prefixChars() == 0
              && group && after.entry().country() != null));
      String country = ofState ? after.entry().country() : e.kind() == ActorEntry.Kind.TITLE ? e.country() : null;
      Match leader = ofState || !(group || coalition) ? null : leader(keys, matches, m.to());
      if (leader != null) {
        country = leader.entry().country(); // قوات التحالف بقيادة أمريكية: the state that leads the force
      }
      Match origin = country == null && group && !STATE_SECTORS.contains(sector) ? origin(keys, matches, m.to()) : null;
      if (origin != null) {
        country = origin.entry().country(); // لاجئ من التبت, متظاهر من أبناء دارفور: people from a place
        if (origin.kind() == ActorEntry.Kind.ORGANISATION && "UAF".equals(sector) && origin.entry().sector() != null) {
          sector = origin.entry().sector(); // مسلحون من حركة طالبان: members of the movement
        }
      }
      Match patron = country == null && group ? patron(keys, matches, m.to()) : null;
      if (patron != null) {
        country = patron.entry().country(); // متشددين موالين لحركة طالبان الأفغانية: whose side they are on
      }
      if ((platform || coalition) && country == null) {
        continue; // صواريخ alone is a weapon, not who fired it
      }
      int end = ofState ? after.to() : leader != null ? leader.to() : m.to();
      Token first = tokens.get(m.from());
      Span leaderSpan = leader == null ? null
          : new Span(tokens.get(leader.from()).span().start(), tokens.get(leader.to() - 1).span().end());
      out.add(new Generic(new Span(first.span().start() + offsetOf(first, m.prefixChars()), tokens.get(end - 1).span().end()),
          sector, country, leaderSpan, party ? Reach.SENTENCE : "foreign".equals(e.detail()) ? Reach.NONE : Reach.ARTICLE));
    }
    out.sort(java.util.Comparator.comparing(Generic::span));
    // the adjective's own reading (برلمانيا أميركيا) inside the whole group (وفدا برلمانيا أميركيا) goes
    out.removeIf(inner -> out.stream().anyMatch(outer -> outer != inner && outer.span().contains(inner.span())
        && !outer.span().equals(inner.span())));
    return out;
  }

  /**
   * The sectors of groups that act for a state: forces leave from a country (سحب جنوده من سوريا) as
   * often as they come from it, so where they come from is not whose they are.
   */
  private static final Set<String> STATE_SECTORS = Set.of("MIL", "COP", "GOV", "SPY", "IGO");

  /**
   * The place a group of people comes from, or the organisation its members belong to, named at token
   * {@code i} after من, perhaps with a noun of its people between (من التبت، من أبناء دارفور، مسلحون من
   * حركة طالبان), or null.
   */
  private Match origin(String[] keys, Map<Integer, Match> matches, int i) {
    if (i >= keys.length || !"من".equals(keys[i])) {
      return null;
    }
    int at = i + 1 < keys.length && lexicon.wordClasses().is("origin_noun", keys[i + 1]) ? i + 2 : i + 1;
    Match place = matches.get(at);
    boolean named = place != null && place.prefixChars() == 0 && place.entry().country() != null
        && (place.kind() == ActorEntry.Kind.STATE || place.kind() == ActorEntry.Kind.PLACE
            || place.kind() == ActorEntry.Kind.REGION || place.kind() == ActorEntry.Kind.METONYM
            || place.kind() == ActorEntry.Kind.ORGANISATION);
    return named ? place : null;
  }

  /**
   * The actor a group is loyal to, named at token {@code i} after a word of allegiance with ل
   * (موالين لحركة طالبان، قوات موالية للرئيس), when the lexicon knows its country; or null.
   */
  private Match patron(String[] keys, Map<Integer, Match> matches, int i) {
    if (i + 1 >= keys.length || !lexicon.wordClasses().is("loyal_to", keys[i])) {
      return null;
    }
    Match patron = matches.get(i + 1);
    return patron != null && patron.prefix().endsWith("ل") && patron.entry().country() != null
        && patron.kind() != ActorEntry.Kind.TITLE && patron.kind() != ActorEntry.Kind.INSTITUTION ? patron : null;
  }

  /**
   * The state that leads a force, named at token {@code i} after "led by" or after a relative pronoun
   * and a verb of leading (التحالف بقيادة السعودية, التحالف الذي تقوده الولايات المتحدة), or null.
   */
  private Match leader(String[] keys, Map<Integer, Match> matches, int i) {
    int at = -1;
    if (i < keys.length && lexicon.wordClasses().is("led_by", keys[i])) {
      at = i + 1;
    } else if (i + 1 < keys.length && lexicon.isFunctionWord(keys[i]) && lexicon.wordClasses().is("leads", keys[i + 1])) {
      at = i + 2;
    }
    Match state = at < 0 ? null : matches.get(at);
    boolean named = state != null && state.prefixChars() == 0 && state.entry().country() != null
        && (state.kind() == ActorEntry.Kind.NISBA || state.kind() == ActorEntry.Kind.STATE
            || state.kind() == ActorEntry.Kind.METONYM);
    return named ? state : null;
  }

  /**
   * The nationality after one relational adjective at token {@code i} (برلمانيا, عسكرية: the ending ي
   * with its case, gender and number endings), or {@code null}. The adjective may itself be a group
   * word (برلماني); it must not be another kind of actor.
   */
  private Match describedBy(List<Token> tokens, String[] keys, Map<Integer, Match> matches, int i) {
    if (i + 1 >= tokens.size() || tokens.get(i).kind() != TokenKind.ARABIC || tokens.get(i).norm().startsWith("و")) {
      return null;
    }
    Match middle = matches.get(i);
    if (middle != null && (middle.to() != i + 1 || middle.entry().kind() != ActorEntry.Kind.TITLE)) {
      return null;
    }
    Match nisba = matches.get(i + 1);
    if (nisba == null || nisba.kind() != ActorEntry.Kind.NISBA || nisba.prefixChars() != 0) {
      return null;
    }
    String stem = keys[i].startsWith("ال") ? keys[i].substring(2) : keys[i];
    if (stem.length() < 5) {
      return null;
    }
    for (String ending : RELATIONAL_ENDINGS) {
      if (stem.endsWith(ending)) {
        return nisba;
      }
    }
    return null;
  }

  /** The endings of a relational adjective, normalised (teh marbuta as heh). */
  private static final List<String> RELATIONAL_ENDINGS = List.of("ي", "يه", "يا", "يين", "يون", "يات");

  // ---------------------------------------------------------------- lexicon matching

  /** For each token, B- or I- and the kind of lexicon entry covering it, or {@code null}: features for the name model. */
  String[] lexiconLabels(List<Token> tokens) {
    String[] keys = keys(tokens);
    String[] labels = new String[tokens.size()];
    for (Match m : match(tokens, keys).values()) {
      for (int i = m.from(); i < m.to(); i++) {
        labels[i] = (i == m.from() ? "B-" : "I-") + m.kind();
      }
    }
    return labels;
  }

  /** The best lexicon match starting at each token, overlaps removed left to right. */
  private Map<Integer, Match> match(List<Token> tokens, String[] keys) {
    Map<Integer, Match> chosen = new HashMap<>();
    int i = 0;
    while (i < tokens.size()) {
      Match best = longestAt(tokens, keys, i, lexicon.phrases());
      if (best != null) {
        chosen.put(i, best);
        i = best.to();
      } else {
        i++;
      }
    }
    return chosen;
  }

  private Match longestAt(List<Token> tokens, String[] keys, int i, PhraseIndex index) {
    Token first = tokens.get(i);
    if (first.kind() == TokenKind.PUNCT || first.kind() == TokenKind.NUMBER) {
      return null;
    }
    Match best = null;
    List<Clitics.Reading> readings = first.kind() == TokenKind.ARABIC
        ? Clitics.withoutProclitics(keys[i]) : List.of(new Clitics.Reading(0, keys[i]));
    for (Clitics.Reading reading : readings) {
      // بأنه is ب + أنه, never a name; but علي خامنئي starts with a given name spelled like على once normalised
      boolean function = lexicon.isFunctionWord(reading.stem());
      if (function && (reading.prefixChars() > 0 || first.kind() != TokenKind.ARABIC)) {
        continue;
      }
      PhraseIndex.Cursor cursor = index.cursor();
      if (!cursor.step(reading.stem())) {
        continue;
      }
      int j = i + 1;
      int end = cursor.entries().isEmpty() ? -1 : j;
      List<ActorEntry> entries = cursor.entries();
      while (j < tokens.size() && cursor.step(keys[j])) {
        j++;
        if (!cursor.entries().isEmpty()) {
          end = j;
          entries = cursor.entries();
        }
      }
      if (function && (end - i < 2 || entries.get(0).kind() != ActorEntry.Kind.PERSON)) {
        continue; // a function word opens only a known person's full name
      }
      if (end > 0 && (best == null || end > best.to())) {
        best = new Match(i, end, reading.prefixChars(), keys[i].substring(0, reading.prefixChars()), entries.get(0));
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- patterns

  /** Turns a lexicon match, with what follows it, into mentions; returns the next token to read. */
  private int interpret(String text, List<Token> tokens, String[] keys, Map<Integer, Match> matches, Match m,
      List<Mention> out) {
    ActorEntry e = m.entry();
    switch (e.kind()) {
      case TITLE:
        return title(text, tokens, keys, matches, m, out);
      case INSTITUTION: {
        Match nisba = matches.get(m.to());
        if (nisba != null && nisba.kind() == ActorEntry.Kind.NISBA && nisba.prefixChars() == 0) {
          out.add(mention(text, tokens, m.from(), nisba.to(), m.prefixChars(), EntityType.ORG,
              institutionKey(e) + nisba.entry().country(), nisba.entry().country(), e.sector(),
              null, Mention.Recogniser.PATTERN, Mention.Form.NOMINAL));
          return nisba.to();
        }
        if (!e.needsCountry() && m.to() - m.from() >= 2) {
          out.add(mention(text, tokens, m.from(), m.to(), m.prefixChars(), EntityType.ORG,
              institutionKey(e) + "?", null, e.sector(), null, Mention.Recogniser.PATTERN, Mention.Form.NOMINAL));
        }
        return m.to();
      }
      case GIVEN_NAME:
        return m.to();
      case PERSON: {
        out.add(fromEntry(text, tokens, m));
        return apposition(text, tokens, keys, matches, m.to(), out, out.size() - 1);
      }
      case METONYM:
        if (isLocative(m, keys) || m.to() <= datelineEnd(tokens)) {
          // زيارته للرياض, في موسكو, كابل ـ ا.ف.ب: the city as a place, not the state it can stand for
          out.add(mention(text, tokens, m.from(), m.to(), m.prefixChars(), EntityType.GPE,
              lexicon.cityKey(e.name()), e.country(), null, null, Mention.Recogniser.LEXICON));
          return m.to();
        }
        out.add(fromEntry(text, tokens, m));
        return m.to();
      default:
        out.add(fromEntry(text, tokens, m));
        return m.to();
    }
  }

  /** The dashes that part a dateline's place from its agency or correspondent. */
  private static final Set<String> DASHES = Set.of("-", "ـ", "–", "—");

  /**
   * The index of the colon that ends a dateline opening the sentence (كابل ـ روما ـ ا.ف.ب:, الرباط -
   * رويترز:): words with a dash among them, then a colon, within the first twelve tokens; -1 if none.
   */
  static int datelineEnd(List<Token> tokens) {
    boolean dash = false;
    for (int i = 1; i < Math.min(tokens.size(), 12); i++) {
      String t = tokens.get(i).text();
      if (DASHES.contains(t)) {
        dash = true;
      } else if (":".equals(t)) {
        return dash ? i : -1;
      } else if (tokens.get(i).kind() == TokenKind.PUNCT && !".()".contains(t)) {
        return -1;
      }
    }
    return -1;
  }

  /** A place name read as a place: after a locative preposition, attached (للرياض, بموسنطن) or not. */
  private boolean isLocative(Match m, String[] keys) {
    return m.prefix().endsWith("ل") || afterPlacePreposition(m, keys);
  }

  /** Groups "وزارة الداخلية" with "الداخلية": the key is the head without the word for ministry. */
  private String institutionKey(ActorEntry e) {
    List<String> words = lexicon.words(e.name());
    String head = String.join(" ", words);
    if (words.size() > 1 && lexicon.wordClasses().is("ministry", words.get(0))) {
      head = "ال" + String.join(" ", words.subList(1, words.size())).replaceFirst("^ال", "");
    }
    return "institution:" + head + ":";
  }

  /**
   * A listed organisation written inside a title's own words, bare or after ل (الأمين العام لمنظمة التعاون الإسلامي,
   * المتحدث باسم وزارة الخارجية الفرنسية), or null.
   */
  private Match organisationInside(List<Token> tokens, String[] keys, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      Match inner = longestAt(tokens, keys, k, lexicon.phrases());
      if (inner != null && inner.kind() == ActorEntry.Kind.ORGANISATION && inner.to() <= to
          && (inner.prefixChars() == 0 || inner.prefix().endsWith("ل"))) {
        return inner;
      }
    }
    return null;
  }

  /** A listed organisation's key without its kind (org:nato: nato), as an office title's holder is keyed by it. */
  private static String bodyKey(Match organisation) {
    String key = organisation.entry().key();
    return key.substring(key.indexOf(':') + 1);
  }

  /**
   * The key, without its kind, of the listed organisation written inside the title at {@code title}
   * (الأمين العام للأمم المتحدة: un), as the recogniser keys the title's unnamed holder; or null.
   */
  String bodyInside(List<Token> tokens, Span title) {
    String[] keys = keys(tokens);
    Match inner = organisationInside(tokens, keys, MentionStage.first(tokens, title), MentionStage.last(tokens, title) + 1);
    return inner == null ? null : bodyKey(inner);
  }

  /** A title: its country or organisation, then the name it introduces, if any. */
  private int title(String text, List<Token> tokens, String[] keys, Map<Integer, Match> matches, Match t,
      List<Mention> out) {
    ActorEntry title = t.entry();
    int end = t.to();
    String country = null;
    String sector = title.sector();
    String organisation = null;
    Match after = matches.get(end);
    if (after != null && after.prefixChars() == 0
        && (after.kind() == ActorEntry.Kind.NISBA || after.kind() == ActorEntry.Kind.STATE)) {
      country = after.entry().country();
      end = after.to();
      if (after.kind() == ActorEntry.Kind.STATE && ActorLexicon.OFFICES.contains(title.detail())) {
        out.add(fromEntry(text, tokens, after)); // سفير الصين، ملك إسبانيا: the office names its state too, not only its adjective
      }
    } else if (after != null && after.kind() == ActorEntry.Kind.ORGANISATION
        && (after.prefixChars() == 0 || after.prefix().endsWith("ل"))) {
      organisation = bodyKey(after);
      country = after.entry().country();
      if ("IGO".equals(after.entry().sector()) || "NGO".equals(after.entry().sector())
          || !"GOV".equals(after.entry().sector())) {
        sector = after.entry().sector();
      }
      out.add(fromEntry(text, tokens, after));
      end = after.to();
    } else {
      Match inner = organisationInside(tokens, keys, t.from(), t.to());
      if (inner != null) {
        out.add(fromEntry(text, tokens, inner)); // الأمين العام لمجلس التعاون الخليجي: the office names its body too
        organisation = bodyKey(inner);
        country = inner.entry().country();
      }
    }
    if ("platform".equals(title.detail()) || "coalition".equals(title.detail()) || "party".equals(title.detail())) {
      return t.to(); // الطائرات الإسرائيلية: an actor for the event coder (see generics); the nationality stays a mention
    }
    String role = text.substring(tokens.get(t.from()).span().start() + offsetOf(tokens.get(t.from()), t.prefixChars()),
        tokens.get(end - 1).span().end());
    int nameStart = end;
    if (nameStart < tokens.size() && isComma(tokens.get(nameStart))) {
      nameStart++;
    }
    boolean introducesName = "office".equals(title.detail()) || "rank".equals(title.detail())
        || "honorific".equals(title.detail());
    Match person = matches.get(nameStart);
    if (person != null && person.kind() == ActorEntry.Kind.PERSON && person.prefixChars() == 0) {
      ActorEntry p = person.entry();
      out.add(mention(text, tokens, person.from(), person.to(), 0, EntityType.PERSON, p.key(),
          p.country() != null ? p.country() : country, p.sector() != null ? p.sector() : sector, role,
          Mention.Recogniser.LEXICON));
      return person.to();
    }
    if (introducesName && nameStart < tokens.size() && tokens.get(nameStart).kind() == TokenKind.HASHTAG
        && tokens.get(nameStart).text().indexOf('_') > 0) {
      // الرئيس الكوبي #راوول_كاسترو: a name written as a hashtag, as some news sites do
      out.add(mention(text, tokens, nameStart, nameStart + 1, 0, EntityType.PERSON, null, country, sector, role,
          Mention.Recogniser.PATTERN));
      return nameStart + 1;
    }
    int nameEnd = nameEnd(tokens, keys, matches, nameStart, introducesName);
    if (nameEnd > nameStart) {
      out.add(mention(text, tokens, nameStart, nameEnd, 0, EntityType.PERSON, null, country,
          introducesName ? sector : null, introducesName ? role : null, Mention.Recogniser.PATTERN));
      return nameEnd;
    }
    if ((country != null && end > t.to() || organisation != null) && "office".equals(title.detail())) {
      // وزير الخارجية الإيراني، رئيس المفوضية الأوروبية، الأمين العام للأمم المتحدة: the office holder, unnamed
      out.add(mention(text, tokens, t.from(), end, t.prefixChars(), EntityType.PERSON,
          "title:" + title.name() + ":" + (country != null ? country : organisation), country, sector, role,
          Mention.Recogniser.PATTERN, Mention.Form.NOMINAL));
    } else if (country != null && end > t.to() && title.groupNoun()) {
      out.add(mention(text, tokens, t.from(), end, t.prefixChars(), EntityType.ORG, "group:" + title.name() + ":" + country,
          country, sector, role, Mention.Recogniser.PATTERN, Mention.Form.NOMINAL));
    } else if (organisation == null) {
      return t.to(); // مصورا فرنسيا: the nationality stays a mention of its state
    }
    return end;
  }

  /** A title in apposition after a name (دوجاريك المتحدث باسم الأمم المتحدة) completes that person. */
  private int apposition(String text, List<Token> tokens, String[] keys, Map<Integer, Match> matches, int at,
      List<Mention> out, int personIndex) {
    int i = at;
    if (i < tokens.size() && isComma(tokens.get(i))) {
      i++;
    }
    Match t = matches.get(i);
    if (t == null || t.kind() != ActorEntry.Kind.TITLE || t.prefixChars() != 0) {
      return at;
    }
    List<Mention> added = new ArrayList<>();
    int end = title(text, tokens, keys, matches, t, added);
    Mention person = out.get(personIndex);
    String country = person.country();
    String sector = person.sector();
    String role = person.role();
    for (Mention m : added) {
      if (m.type() == EntityType.PERSON && m.span().start() >= tokens.get(t.from()).span().start()
          && m.key() != null && m.key().startsWith("title:")) {
        country = country != null ? country : m.country();
        sector = sector != null ? sector : m.sector();
        role = role != null ? role : m.role();
      } else if (m.type() == EntityType.PERSON) {
        return at; // the title introduces someone else: "X وزير الدفاع Y"
      }
    }
    if (role == null) {
      role = text.substring(tokens.get(t.from()).span().start(), tokens.get(Math.max(t.to(), end) - 1).span().end());
      Match org = matches.get(t.to());
      if (org != null && org.kind() == ActorEntry.Kind.ORGANISATION) {
        sector = sector != null ? sector : org.entry().sector();
        country = country != null ? country : org.entry().country();
      }
      sector = sector != null ? sector : t.entry().sector();
    }
    out.set(personIndex, new Mention(person.span(), person.type(), person.key(), country, sector, role, person.by(),
        person.form()));
    for (Mention m : added) {
      if (m.type() != EntityType.PERSON) {
        out.add(m);
      }
    }
    return end;
  }

  /** ونظيره الأردني أيمن الصفدي: a person of the same office as the last titled person, from another country. */
  private int counterpart(String text, List<Token> tokens, String[] keys, Map<Integer, Match> matches, int i,
      List<Mention> out) {
    Mention reference = null;
    for (int k = out.size() - 1; k >= 0; k--) {
      if (out.get(k).type() == EntityType.PERSON && out.get(k).role() != null) {
        reference = out.get(k);
        break;
      }
    }
    int end = i + 1;
    String country = null;
    Match nisba = matches.get(end);
    if (nisba != null && nisba.kind() == ActorEntry.Kind.NISBA && nisba.prefixChars() == 0) {
      country = nisba.entry().country();
      end = nisba.to();
    }
    String sector = reference == null ? null : reference.sector();
    String role = reference == null ? null : reference.role();
    Match person = matches.get(end);
    if (person != null && person.kind() == ActorEntry.Kind.PERSON && person.prefixChars() == 0) {
      ActorEntry p = person.entry();
      out.add(mention(text, tokens, person.from(), person.to(), 0, EntityType.PERSON, p.key(),
          p.country() != null ? p.country() : country, p.sector() != null ? p.sector() : sector,
          p.role() != null ? p.role() : role, Mention.Recogniser.LEXICON));
      return person.to();
    }
    int nameEnd = nameEnd(tokens, keys, matches, end, true);
    if (nameEnd > end) {
      out.add(mention(text, tokens, end, nameEnd, 0, EntityType.PERSON, null, country, sector, role,
          Mention.Recogniser.PATTERN));
      return nameEnd;
    }
    if (country != null && reference != null) {
      // والتقى الرئيس المصري ونظيره الفرنسي: the counterpart unnamed, still a person of that office and country
      int prefix = 0;
      for (Clitics.Reading r : Clitics.withoutProclitics(keys[i])) {
        if (r.stem().startsWith("نظير")) {
          prefix = r.prefixChars();
          break;
        }
      }
      out.add(mention(text, tokens, i, end, prefix, EntityType.PERSON, null, country, sector, role,
          Mention.Recogniser.PATTERN, Mention.Form.NOMINAL));
    }
    return end;
  }

  private static boolean isCounterpart(String key) {
    for (Clitics.Reading r : Clitics.withoutProclitics(key)) {
      String s = r.stem();
      if (s.startsWith("نظير") && s.length() <= 8 && !s.equals("نظير")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a personal name starting at {@code i}, or {@code i} when there is none. After a title
   * any word that is not a function word, punctuation or another actor may start a name; elsewhere a
   * name must start with a given name or a particle and have at least two words. A name goes on
   * through given names and particles and ends with the first other word (the family name).
   */
  private int nameEnd(List<Token> tokens, String[] keys, Map<Integer, Match> matches, int i, boolean afterTitle) {
    if (i >= tokens.size() || !nameWord(tokens.get(i), keys[i], matches.get(i))) {
      return i;
    }
    boolean cue = lexicon.isGivenName(keys[i]) || lexicon.isParticle(keys[i]);
    if (!afterTitle && !cue) {
      return i;
    }
    if (afterTitle && !cue && keys[i].startsWith("ال")) {
      return i; // "الجديد", "السابق": not a name without more evidence
    }
    int j = i;
    while (j < tokens.size() && j - i < MAX_NAME_WORDS) {
      if (j > i && !nameWord(tokens.get(j), keys[j], matches.get(j))) {
        break;
      }
      boolean compound = j + 1 < tokens.size() && lexicon.isGivenName(keys[j] + " " + keys[j + 1]);
      boolean given = compound || lexicon.isGivenName(keys[j]);
      boolean particle = !compound && lexicon.isParticle(keys[j]);
      if (compound) {
        j += 2;
      } else if (particle) {
        if (j + 1 >= tokens.size() || tokens.get(j + 1).kind() != TokenKind.ARABIC
            || lexicon.isFunctionWord(keys[j + 1]) || (j + 1 < tokens.size() && matches.get(j + 1) != null)) {
          break;
        }
        j += 2; // بن سلمان, عبد الرحمن, أبو مازن: the particle binds the next word
      } else {
        j++;
      }
      boolean more = j < tokens.size() && (lexicon.isGivenName(keys[j]) || lexicon.isParticle(keys[j]));
      if (!given && !more) {
        break; // a family name ends the name
      }
      if (particle && !more) {
        break;
      }
    }
    if (!afterTitle && j - i < 2) {
      return i;
    }
    return j;
  }

  private boolean nameWord(Token token, String key, Match match) {
    if (token.kind() != TokenKind.ARABIC && token.kind() != TokenKind.LATIN) {
      return false;
    }
    if (token.kind() == TokenKind.LATIN && !Character.isUpperCase(token.text().charAt(0))) {
      return false;
    }
    if (isCounterpart(key) || key.length() < 2) {
      return false;
    }
    for (Clitics.Reading reading : Clitics.withoutProclitics(key)) {
      if (lexicon.isFunctionWord(reading.stem())) {
        return false;
      }
    }
    if (token.kind() == TokenKind.ARABIC && !lexicon.isGivenName(key) && !lexicon.isParticle(key)
        && (key.startsWith("و") || looksInflected(token.text()))) {
      return false;
    }
    if (key.startsWith("بال") || key.startsWith("وال") || key.startsWith("فال") || key.startsWith("كال")
        || key.startsWith("لل")) {
      return false; // a preposition or conjunction before the article: not part of a name
    }
    if (match != null && match.kind() != ActorEntry.Kind.GIVEN_NAME && match.kind() != ActorEntry.Kind.PERSON) {
      return false;
    }
    return true;
  }

  /** A pronoun suffix or a verb's plural ending, which names do not carry. */
  private static boolean looksInflected(String word) {
    String w = org.marsad.analysis.ArabicNormalizer.normalize(word);
    if (w.length() < 4) {
      return false;
    }
    return w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما") || w.endsWith("هن") || w.endsWith("كم")
        || w.endsWith("وا") || w.endsWith("ون") || w.endsWith("ين") && w.startsWith("ال")
        || (word.endsWith("ه") && w.charAt(w.length() - 2) == 'ت');
  }

  /**
   * The span of a title's words written just before token {@code from}, where a name starts (الرئيس،
   * رودريغو دوتيرتي: the title, perhaps a comma, then the name), checked against the text; null when
   * {@code role} does not end there.
   */
  public static Span roleBefore(String text, List<Token> tokens, int from, String role) {
    int j = from - 1;
    if (j >= 0 && isComma(tokens.get(j))) {
      j--;
    }
    if (j < 0) {
      return null;
    }
    int end = tokens.get(j).span().end();
    int start = end - role.length();
    return start < 0 || !text.startsWith(role, start) ? null : new Span(start, end);
  }

  private static boolean isComma(Token token) {
    return token.kind() == TokenKind.PUNCT && (token.text().equals("،") || token.text().equals(","));
  }

  // ---------------------------------------------------------------- building mentions

  private Mention fromEntry(String text, List<Token> tokens, Match m) {
    ActorEntry e = m.entry();
    EntityType type = e.type();
    return mention(text, tokens, m.from(), m.to(), m.prefixChars(), type, e.key(), e.country(),
        e.kind() == ActorEntry.Kind.STATE || e.kind() == ActorEntry.Kind.NISBA || e.kind() == ActorEntry.Kind.METONYM
            ? null : e.sector(),
        e.role(), Mention.Recogniser.LEXICON,
        e.kind() == ActorEntry.Kind.NISBA ? Mention.Form.ADJECTIVE
            : e.kind() == ActorEntry.Kind.METONYM ? Mention.Form.METONYM : Mention.Form.NAME);
  }

  /** The tokens' matching keys (normalised, without tatweel and the like). */
  private static String[] keys(List<Token> tokens) {
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = Clitics.key(tokens.get(i).norm());
    }
    return keys;
  }

  private static Mention mention(String text, List<Token> tokens, int from, int to, int prefixChars, EntityType type,
      String key, String country, String sector, String role, Mention.Recogniser by) {
    return mention(text, tokens, from, to, prefixChars, type, key, country, sector, role, by, Mention.Form.NAME);
  }

  private static Mention mention(String text, List<Token> tokens, int from, int to, int prefixChars, EntityType type,
      String key, String country, String sector, String role, Mention.Recogniser by, Mention.Form form) {
    Token first = tokens.get(from);
    int start = first.span().start() + offsetOf(first, prefixChars);
    int end = tokens.get(to - 1).span().end();
    return new Mention(new Span(Math.min(start, end), end), type, key, country, sector, role, by, form);
  }

  /** The offset in a token's original text after its first {@code normChars} normalised characters. */
  static int offsetOf(Token token, int normChars) {
    if (normChars == 0) {
      return 0;
    }
    String original = token.text();
    int seen = 0;
    int k = 0;
    while (k < original.length() && seen < normChars) {
      if (!org.marsad.analysis.ArabicNormalizer.normalize(String.valueOf(original.charAt(k))).isEmpty()) {
        seen++;
      }
      k++;
    }
    while (k < original.length() && org.marsad.analysis.ArabicNormalizer.normalize(String.valueOf(original.charAt(k))).isEmpty()) {
      k++; // the clitic's diacritics belong to it
    }
    return k;
  }
}
