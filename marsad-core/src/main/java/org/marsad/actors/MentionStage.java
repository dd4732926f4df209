package org.marsad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.marsad.analysis.ArabicNormalizer;
import org.marsad.analysis.Clitics;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.Layer;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.model.TokenKind;
import org.marsad.pipeline.Stage;

/**
 * Adds actor mentions: first sentence by sentence with the {@link ActorRecogniser}, then over the
 * whole article for later references that only make sense in context: a family name alone
 * (دوجاريك, after ستيفان دوجاريك) and a generic head noun standing for an organisation just
 * named (الحركة after حركة حماس, المنظمة after منظمة التجارة العالمية).
 */
public final class MentionStage implements Stage {

  private final ActorRecogniser recogniser;
  private final ActorLexicon lexicon;
  private final NameModel names;

  /** With {@code names} null, only the lexicons and patterns recognise actors. */
  public MentionStage(ActorLexicon lexicon, NameModel names) {
    this.lexicon = lexicon;
    this.recogniser = new ActorRecogniser(lexicon);
    this.names = names;
  }

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Layer adds() {
    return Layer.MENTIONS;
  }

  @Override
  public Document apply(Document document) {
    String text = document.text();
    List<List<Token>> bySentence = document.tokensBySentence();
    List<Mention> mentions = new ArrayList<>();
    boolean sportsNews = lexicon.isSportsNewsDocument(bySentence);
    List<List<NameModel.Found>> modelFound = names == null ? null : names.findAll(bySentence, sportsNews);
    for (int s = 0; s < bySentence.size(); s++) {
      List<Token> tokens = bySentence.get(s);
      List<Mention> found = recogniser.recognise(text, tokens, sportsNews);
      if (names == null) {
        mentions.addAll(found);
        continue;
      }
      List<Mention> model = modelNames(tokens, joinedGivenNames(tokens, modelFound.get(s)));
      model.removeIf(m -> commonNoun(tokens, m));
      mentions.addAll(identified(tokens, merge(text, tokens, model, found)));
    }
    mentions.addAll(laterReferences(text, bySentence, mentions));
    mentions.sort(Comparator.comparing(Mention::span));
    return document.withMentions(homonymsInContext(text, surnamesInContext(text, mentions)));
  }

  /**
   * A family name alone that the lexicon gives to a known person (المالكي: Nouri al-Maliki) refers
   * instead to another person of that family name named in full earlier in the article (المتحدث باسم
   * التحالف تركي المالكي ... وقال المالكي). {@code mentions} are in text order.
   */
  List<Mention> surnamesInContext(String text, List<Mention> mentions) {
    Map<String, Mention> fullNames = new HashMap<>(); // by family name, the latest person named in full so far
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention kept = m;
      if (m.type() == EntityType.PERSON) {
        String[] words = Clitics.key(ArabicNormalizer.normalize(m.span().of(text))).split("\\s+");
        if (words.length >= 2 && !lexicon.isFunctionWord(words[0])
            && (m.by() != Mention.Recogniser.MODEL || lexicon.isGivenName(words[0]))) {
          // the model's two-word names include some joined pairs (ميركل ترامب, على ترامب)
          fullNames.put(words[words.length - 1], m);
        } else if (words.length == 1 && m.by() == Mention.Recogniser.LEXICON) {
          Mention earlier = fullNames.get(words[0]);
          if (earlier != null && !Objects.equals(earlier.key(), m.key()) && !sameName(text, earlier, m.key())) {
            kept = new Mention(m.span(), EntityType.PERSON, earlier.key() != null ? earlier.key()
                : "name:" + Clitics.key(ArabicNormalizer.normalize(earlier.span().of(text))),
                earlier.country(), earlier.sector(), earlier.role(), Mention.Recogniser.CONTEXT, Mention.Form.REFERENCE);
          }
        }
      }
      out.add(kept);
    }
    return out;
  }

  /** Whether the full name is the listed person's own, perhaps spelled otherwise (عبدالفتاح السيسي). */
  private boolean sameName(String text, Mention full, String key) {
    ActorEntry known = key == null ? null : lexicon.entry(key);
    if (known == null || known.name() == null) {
      return false;
    }
    List<String> given = lexicon.words(known.name());
    List<String> written = lexicon.words(full.span().of(text));
    given = given.subList(0, given.size() - 1);
    written = written.subList(0, written.size() - 1);
    return String.join("", given).equals(String.join("", written)) || given.stream().anyMatch(written::contains);
  }

  /**
   * A name that several actors of different states bear is read as the one of the state the
   * article's other mentions name most often, when that is not the lexicon's first reading: a place
   * name that a major city of another state shares (طرابلس: Libya's capital, and Lebanon's second city;
   * "بين بيروت وطرابلس" is in Lebanon, and a capital so read is the city, not its government), or an
   * organisation's short name (الجبهة الشعبية: the Palestinian front, or Tunisia's coalition), or a
   * family name two listed people share (جونسون).
   */
  List<Mention> homonymsInContext(String text, List<Mention> mentions) {
    List<List<ActorEntry>> others = new ArrayList<>(mentions.size());
    Map<String, Integer> named = new HashMap<>();
    boolean any = false;
    for (Mention m : mentions) {
      List<ActorEntry> alike = m.by() == Mention.Recogniser.LEXICON ? homonyms(text, m) : List.of();
      others.add(alike);
      any |= !alike.isEmpty();
      if (alike.isEmpty() && m.country() != null) {
        named.merge(m.country(), 1, Integer::sum);
      }
    }
    if (!any) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      ActorEntry choice = null;
      int best = named.getOrDefault(m.country(), 0);
      for (ActorEntry e : others.get(i)) {
        int votes = named.getOrDefault(e.country(), 0);
        if (votes > best) {
          best = votes;
          choice = e;
        }
      }
      out.add(choice == null ? m : new Mention(m.span(), choice.type(), choice.key(), choice.country(),
          choice.kind() == ActorEntry.Kind.PLACE ? null : choice.sector(), null, Mention.Recogniser.LEXICON, Mention.Form.NAME));
    }
    return out;
  }

  /** The other readings, in other states, of a lexicon mention's words. */
  private List<ActorEntry> homonyms(String text, Mention m) {
    if (!lexicon.contested(m.key())) {
      return List.of(); // most names have no reading abroad: their words need not be read again
    }
    if (m.type() == EntityType.GPE && (m.form() == Mention.Form.NAME || m.form() == Mention.Form.METONYM)) {
      return lexicon.sharedPlaces(lexicon.words(m.span().of(text)));
    }
    if (m.type() != EntityType.ORG && m.type() != EntityType.PERSON || m.form() != Mention.Form.NAME) {
      return List.of();
    }
    ActorEntry.Kind kind = m.type() == EntityType.ORG ? ActorEntry.Kind.ORGANISATION : ActorEntry.Kind.PERSON;
    List<ActorEntry> alike = new ArrayList<>(1);
    for (ActorEntry e : lexicon.entriesOf(lexicon.words(m.span().of(text)))) {
      if (e.kind() == kind && e.country() != null && !e.key().equals(m.key()) && !e.country().equals(m.country())) {
        alike.add(e);
      }
    }
    return alike;
  }

  /**
   * The model's persons with their given names put right: a list of people joined by و (أندريه
   * غلوكسمان وبرنار هنري ليفي، وياسمين عبد العزيز) is cut before each و-joined given name; a person
   * whose listed given name the model left out just before it, alone or behind its و, gets it back
   * (الجنرال الفرنسي آلان بيللغريني); and a listed given name the model took for a person of its own
   * is joined to the person it opens (عبدالواحد لبيني).
   */
  List<NameModel.Found> joinedGivenNames(List<Token> tokens, List<NameModel.Found> model) {
    List<NameModel.Found> out = new ArrayList<>(model.size());
    for (NameModel.Found f : model) {
      if (!f.type().equals("PERS")) {
        out.add(f);
        continue;
      }
      int from = f.from();
      NameModel.Found previous = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean previousGivenNameOnly = previous != null && previous.type().equals("PERS") && previous.to() == from
          && previous.to() - previous.from() == 1;
      if (previousGivenNameOnly && givenName(tokens.get(from - 1))) {
        out.remove(out.size() - 1);
        from = previous.from();
      } else if (from > 0 && (previous == null || previous.to() < from)
          && (joinedGivenName(tokens.get(from - 1)) || givenName(tokens.get(from - 1)))) {
        from--;
      }
      int cut = from + 1;
      while (cut < f.to() - 1 && !joinedGivenName(tokens.get(cut))) {
        cut++;
      }
      if (cut < f.to() - 1) {
        out.add(new NameModel.Found(from, cut, f.type()));
        out.add(new NameModel.Found(cut, f.to(), f.type()));
      } else {
        out.add(new NameModel.Found(from, f.to(), f.type()));
      }
    }
    return out;
  }

  /**
   * A listed given name standing alone, not a word it folds into (الآن: now, not Alain), a compound
   * with عبد written as one word (عبدالواحد) included.
   */
  private boolean givenName(Token token) {
    String key = Clitics.key(token.norm());
    boolean listed = lexicon.isGivenName(key)
        || key.startsWith("عبد") && key.length() > 5 && lexicon.isGivenName("عبد " + key.substring(3));
    return token.kind() == TokenKind.ARABIC && listed && !lexicon.isFunctionWord(key);
  }

  /** A given name joined to و (وياسمين, وعلي). */
  private boolean joinedGivenName(Token token) {
    return token.kind() == TokenKind.ARABIC && lexicon.isJoinedGivenName(Clitics.key(token.norm()));
  }

  /**
   * The names the statistical model finds, as mentions. The model knows no country or sector;
   * places it finds are GPE, and MISC names are left out.
   */
  static List<Mention> modelNames(List<Token> tokens, List<NameModel.Found> model) {
    List<Mention> out = new ArrayList<>();
    for (NameModel.Found f : model) {
      EntityType type = switch (f.type()) {
        case "PERS" -> EntityType.PERSON;
        case "ORG" -> EntityType.ORG;
        case "LOC" -> EntityType.GPE;
        default -> null;
      };
      if (type == null) {
        continue;
      }
      int to = f.to();
      while (type == EntityType.PERSON && to > f.from() && (tokens.get(to - 1).kind() == TokenKind.NUMBER
          || tokens.get(to - 1).kind() == TokenKind.DATE || tokens.get(to - 1).kind() == TokenKind.PUNCT)) {
        to--; // نعيم 40 عاما: a person's name ends before a number
      }
      if (to == f.from()) {
        continue;
      }
      Token first = tokens.get(f.from());
      int prefix = 0;
      for (Clitics.Reading reading : Clitics.withoutProclitics(Clitics.key(first.norm()))) {
        if (reading.prefixChars() > 0 && (first.norm().startsWith("وال") || first.norm().startsWith("بال")
            || first.norm().startsWith("لل") || first.norm().startsWith("و"))) {
          prefix = reading.prefixChars();
          break;
        }
      }
      Span span = new Span(first.span().start() + ActorRecogniser.offsetOf(first, prefix), tokens.get(to - 1).span().end());
      if (!span.isEmpty()) {
        out.add(new Mention(span, type, null, null, null, null, Mention.Recogniser.MODEL, Mention.Form.NAME));
      }
    }
    return out;
  }

  /**
   * A model's one-word name that is only a common noun with the article: a place noun (البلدة,
   * المدينة) or the noun of a kind of body (البنك, الشركة): the place or body named before, no name.
   */
  boolean commonNoun(List<Token> tokens, Mention m) {
    int from = first(tokens, m.span());
    if (from < 0 || from != last(tokens, m.span())) {
      return false;
    }
    for (Clitics.Reading r : Clitics.withoutProclitics(Clitics.key(tokens.get(from).norm()))) {
      if (r.stem().startsWith("ال") && (lexicon.wordClasses().is("locative", r.stem().substring(2))
          || m.type() == EntityType.ORG && lexicon.wordClasses().is("body_noun", r.stem().substring(2)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * One sentence's lexicon and pattern mentions with the model's names. The model reads the whole
   * sentence, so where it disagrees it is the better evidence for where a name starts and ends and
   * for what it names (ريال مدريد is a club, not the city in it; بان كي مون is a person, not the
   * place مون); the lexicons are the better evidence for who or where it is. So: a one-word
   * lexicon name the model leaves untagged is dropped (the model sees the lexicon's labels among
   * its features, and learnt when a listed word is a common word: خطاب a speech, القاعدة a rule),
   * and so is a pattern's guess at a personal name that the model does not see as a name; a name
   * the model finds where nothing else is, is taken; one over the same words as a lexicon mention
   * keeps the lexicon's identity, with the model's type when the two disagree; one that spans
   * pattern mentions and lexicon mentions replaces them, unless two of the lexicon names are joined
   * by و (باريس وبرلين are two places; حمد بن جاسم is one person); one inside a longer name narrows it to the model's words (غزة in قطاع
   * غزة, the name without its head noun), but leaves a description whole (وزارة الخارجية
   * الأمريكية); one that crosses a pattern's guess at a personal name replaces it; one that
   * crosses a lexicon mention gives way.
   */
  List<Mention> merge(String text, List<Token> tokens, List<Mention> model, List<Mention> found) {
    int dateline = ActorRecogniser.datelineEnd(tokens); // its capitals the recogniser already read as cities
    if (dateline > 0) {
      model = new ArrayList<>(model);
      model.removeIf(name -> last(tokens, name.span()) < dateline
          && found.stream().anyMatch(m -> m.span().overlaps(name.span()) && isPlace(m)));
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      boolean guess = m.by() == Mention.Recogniser.PATTERN && m.type() == EntityType.PERSON && m.form() == Mention.Form.NAME;
      if (m.by() == Mention.Recogniser.LEXICON && m.form() == Mention.Form.NAME && !isState(m)
          && last(tokens, m.span()) == first(tokens, m.span()) && !covered(m.span(), model) && !oftenPlace(tokens, m)
          && !(isPlace(m) && last(tokens, m.span()) < dateline) && !listedBody(tokens, m)) {
        continue; // a one-word lexicon name the model, which sees the lexicon too, reads as a common word (خطاب, القاعدة)
      }
      if (!guess || covered(m.span(), model)) {
        out.add(m); // a pattern's guess at a personal name is kept where the model sees a name too
      } else {
        Mention title = titleBefore(text, tokens, m);
        if (title != null) {
          out.add(title); // أجرى وزير الخارجية الإيراني مشاورات: no name, but the minister is still there
        }
      }
    }
    for (Mention name : model) {
      int from = first(tokens, name.span());
      int to = last(tokens, name.span());
      List<Mention> over = new ArrayList<>();
      for (Mention m : out) {
        if (m.span().overlaps(name.span()) && m.form() != Mention.Form.ADJECTIVE) {
          over.add(m);
        }
      }
      if (over.isEmpty()) {
        out.add(name);
        continue;
      }
      Mention m = over.get(0);
      int mFrom = first(tokens, m.span());
      int mTo = last(tokens, m.span());
      if (over.size() == 1 && mFrom <= from && to <= mTo) {
        boolean same = mFrom == from && mTo == to;
        // narrowing drops head nouns before a name and one nationality adjective or epithet after it (حزب الله
        // اللبناني، مكة المكرمة, where the name alone is listed too), never more of a listed name (حركة
        // العدل والمساواة، الولايات المتحدة)
        // a capital after a locative preposition is the city, whatever the model reads (قرب كابل), and a city
        // with its team's nationality the club (ميلان الإيطالي); a club's name is never narrowed to its city (مانشستر سيتي)
        if (same ? sameKind(m.type(), name.type()) || m.key() != null && (m.key().startsWith("city:") || m.key().startsWith("club:"))
            : m.form() == Mention.Form.NOMINAL || !headsOnly(tokens, mFrom, from) || m.key() != null && m.key().startsWith("club:")
                || to < mTo && m.key() != null && !(mTo == to + 1 && (nisba(tokens.get(mTo)) || listedAs(m, tokens, from, to)))) {
          continue;
        }
        Span span = new Span(mFrom == from ? m.span().start() : name.span().start(), name.span().end());
        out.remove(m);
        out.add(sameKind(m.type(), name.type())
            ? new Mention(span, m.type(), m.key(), m.country(), m.sector(), m.role(), m.by(), m.form())
            : new Mention(span, name.type(), null, m.country(), null, null, Mention.Recogniser.MODEL, Mention.Form.NAME));
        continue;
      }
      boolean inside = true;
      boolean onlyPatterns = true;
      int lexical = 0;
      for (Mention o : over) {
        inside &= from <= first(tokens, o.span()) && last(tokens, o.span()) <= to;
        onlyPatterns &= o.by() == Mention.Recogniser.PATTERN && o.type() == EntityType.PERSON;
        lexical += o.by() == Mention.Recogniser.LEXICON ? 1 : 0;
      }
      if (inside && (lexical <= 1 || !coordinated(tokens, over)) || onlyPatterns) {
        out.removeAll(over);
        out.add(onlyPatterns ? withTitle(tokens, name, over, from) : headed(tokens, name, over, to).orElse(withPlace(name, over)));
      }
    }
    return out;
  }

  /**
   * Whether the words from {@code from} to {@code to} (inclusive) are themselves listed, as the mention's
   * entry or another of its country (مكة for مكة المكرمة; الولايات is not listed for الولايات المتحدة).
   */
  private boolean listedAs(Mention m, List<Token> tokens, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      words.add(Clitics.key(tokens.get(i).norm()));
    }
    return lexicon.entriesOf(words).stream()
        .anyMatch(e -> e.key().equals(m.key()) || m.country() != null && m.country().equals(e.country()));
  }

  /** Whether the word, with the article, is a nationality adjective of the lexicon (اللبناني، الأمريكية). */
  private boolean nisba(Token token) {
    String key = Clitics.key(token.norm());
    return key.startsWith("ال") && lexicon.entriesOf(List.of(key)).stream().anyMatch(e -> e.kind() == ActorEntry.Kind.NISBA);
  }

  /**
   * The office title with its state, or the body it names, written just before a guessed name, as the
   * mention the recogniser makes of a title with no name after it (وزير الخارجية الإيراني, key
   * "title:وزير الخارجية:IRN"; الأمين العام للأمم المتحدة), or null when the guess came after no such title.
   */
  private Mention titleBefore(String text, List<Token> tokens, Mention guess) {
    if (guess.role() == null || guess.sector() == null) {
      return null;
    }
    Span title = ActorRecogniser.roleBefore(text, tokens, first(tokens, guess.span()), guess.role());
    if (title == null) {
      return null;
    }
    List<String> words = lexicon.words(guess.role());
    String body = recogniser.bodyInside(tokens, title);
    if (guess.country() == null && body == null) {
      return null; // الأمين العام alone belongs to no one the text says; الأمين العام للأمم المتحدة does
    }
    for (int n = words.size(); n > 0; n--) {
      for (ActorEntry e : lexicon.entriesOf(words.subList(0, n))) {
        if (e.kind() == ActorEntry.Kind.TITLE && "office".equals(e.detail())) {
          return new Mention(title, EntityType.PERSON, "title:" + e.name() + ":" + (guess.country() != null ? guess.country() : body),
              guess.country(), guess.sector(), guess.role(), Mention.Recogniser.PATTERN, Mention.Form.NOMINAL);
        }
      }
    }
    return null;
  }

  /**
   * The model's place names with the identity the lexicons give the same words: a state or place
   * the lexicon matched only as part of something longer (اليابان in رئيس وزراء اليابان شينزو آبي)
   * is still that state, not a place whose country the context must guess.
   */
  List<Mention> identified(List<Token> tokens, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      ActorEntry e = m.by() == Mention.Recogniser.MODEL && m.key() == null && m.type() == EntityType.GPE
          ? placeEntry(tokens, m.span()) : null;
      out.add(e == null ? m : new Mention(m.span(), m.type(), e.key(), e.country(), null, null, m.by(), m.form()));
    }
    return out;
  }

  /** The state or place entry the lexicon lists for exactly the words of {@code span}, or null. */
  private ActorEntry placeEntry(List<Token> tokens, Span span) {
    int from = first(tokens, span);
    int to = last(tokens, span);
    if (from < 0 || to < from) {
      return null;
    }
    List<String> words = new ArrayList<>(to - from + 1);
    for (int i = from; i <= to; i++) {
      words.add(i == from ? firstKey(tokens, span, from) : Clitics.key(tokens.get(i).norm()));
    }
    for (ActorEntry e : lexicon.entriesOf(words)) {
      if (e.kind() == ActorEntry.Kind.STATE || e.kind() == ActorEntry.Kind.PLACE) {
        return e;
      }
    }
    return null;
  }

  /** The key of the first word of {@code span}, token {@code from}, without the proclitics the span leaves out. */
  private static String firstKey(List<Token> tokens, Span span, int from) {
    String key = Clitics.key(tokens.get(from).norm());
    if (span.start() > tokens.get(from).span().start()) {
      List<Clitics.Reading> readings = Clitics.withoutProclitics(key);
      key = readings.get(readings.size() - 1).stem();
    }
    return key;
  }

  /**
   * Whether a one-word lexicon mention names a listed group or organisation by a word that is no common word too
   * (الحوثيون، الأونروا, not القاعدة the base, فتح to open, بحماس with zeal: word class common_name): the lexicons are
   * sure of it where the model, trained on older news that never names it, reads no name.
   */
  private boolean listedBody(List<Token> tokens, Mention m) {
    int i = first(tokens, m.span());
    return m.key() != null && m.key().startsWith("org:") && i >= 0
        && !lexicon.wordClasses().is("common_name", firstKey(tokens, m.span(), i));
  }

  /**
   * Whether a one-word lexicon place is a word the annotated corpora tag as a place often: the
   * lexicons are sure of it even where the model reads no name (الموصل).
   */
  private boolean oftenPlace(List<Token> tokens, Mention m) {
    int i = first(tokens, m.span());
    return names != null && m.key() != null && m.key().startsWith("place:") && i >= 0 && names.oftenPlace(firstKey(tokens, m.span(), i));
  }

  /** Whether a mention is of a listed state or place. */
  private static boolean isPlace(Mention m) {
    return m.key() != null && (m.key().startsWith("state:") || m.key().startsWith("place:") || m.key().startsWith("city:"));
  }

  /**
   * The listed organisation or club the model names with head nouns before it (منظمة حماس، تنظيم داعش،
   * نادي روما): the model's span with the organisation's identity, or empty.
   */
  private Optional<Mention> headed(List<Token> tokens, Mention name, List<Mention> over, int to) {
    if (name.type() != EntityType.ORG || over.size() != 1) {
      return Optional.empty();
    }
    Mention o = over.get(0);
    int oFrom = first(tokens, o.span());
    boolean club = o.key() != null && o.key().startsWith("club:"); // نادي روما
    boolean listed = (o.by() == Mention.Recogniser.LEXICON && o.key() != null && o.key().startsWith("org:") || club)
        && o.type() == EntityType.ORG && last(tokens, o.span()) == to && oFrom > first(tokens, name.span());
    boolean heads = true; // the words before the name, each perhaps after و or ف, but after no preposition (بمنظمة)
    for (int i = first(tokens, name.span()); i < oFrom; i++) {
      String key = Clitics.key(tokens.get(i).norm());
      heads &= lexicon.wordClasses().isOrJoined("org_head", key)
          || club && lexicon.wordClasses().is("name_head", key);
    }
    return listed && heads
        ? Optional.of(new Mention(name.span(), o.type(), o.key(), o.country(), o.sector(), o.role(), o.by(), o.form()))
        : Optional.empty();
  }

  /**
   * An organisation the model names around one listed place or state, with that place's country:
   * جامعة الموصل is Iraqi, ريال مدريد Spanish. Other names, and names around several places or a
   * place another state shares (نيوكاسل), as they are.
   */
  private Mention withPlace(Mention name, List<Mention> over) {
    if (name.type() != EntityType.ORG || name.country() != null) {
      return name;
    }
    String country = null;
    for (Mention m : over) {
      boolean place = m.by() == Mention.Recogniser.LEXICON && isPlace(m);
      if (place && lexicon.contested(m.key())) {
        return name;
      }
      if (place && m.country() != null) {
        if (country != null && !country.equals(m.country())) {
          return name;
        }
        country = m.country();
      }
    }
    return country == null ? name
        : new Mention(name.span(), name.type(), name.key(), country, name.sector(), name.role(), name.by(), name.form());
  }

  /**
   * The model's name with the country, sector and role of the pattern's guess it replaces when that
   * guess starts where the name does: a title introduced it (الرئيس الكوبي راؤول كاسترو), and the
   * model only saw better where the name ends.
   */
  private static Mention withTitle(List<Token> tokens, Mention name, List<Mention> guesses, int from) {
    for (Mention g : guesses) {
      if (name.type() == EntityType.PERSON && first(tokens, g.span()) == from && (g.country() != null || g.role() != null)) {
        return new Mention(name.span(), EntityType.PERSON, g.key(), g.country(), g.sector(), g.role(), name.by(), name.form());
      }
    }
    return name;
  }

  /** A state's name (السعودية, مصر): the lexicons are sure of it even where the model reads no name. */
  private static boolean isState(Mention m) {
    return m.key() != null && m.key().startsWith("state:");
  }

  /** Whether one of the mentions after the first starts with the conjunction و (two names joined: باريس وبرلين). */
  private static boolean coordinated(List<Token> tokens, List<Mention> over) {
    for (int k = 1; k < over.size(); k++) {
      if (tokens.get(first(tokens, over.get(k).span())).norm().startsWith("و")) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code [from, to)} are all head nouns that stand before a name (قطاع, حركة). */
  private boolean headsOnly(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      boolean head = false;
      for (Clitics.Reading reading : Clitics.withoutProclitics(Clitics.key(tokens.get(i).norm()))) {
        head |= lexicon.wordClasses().is("name_head", reading.stem());
      }
      if (!head) {
        return false;
      }
    }
    return true;
  }

  /** The index of the token a span starts in. */
  static int first(List<Token> tokens, Span span) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the token a span ends in. */
  static int last(List<Token> tokens, Span span) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.get(mid).span().start() >= span.end()) {
        hi = mid - 1;
      } else {
        lo = mid;
      }
    }
    return lo;
  }

  private static boolean sameKind(EntityType a, EntityType b) {
    return a == b || (a == EntityType.GPE || a == EntityType.LOC) && (b == EntityType.GPE || b == EntityType.LOC);
  }

  /** Family names alone (not the word after a particle of kinship: أبو طالب) and head nouns of organisations, after the full name was seen. */
  private List<Mention> laterReferences(String text, List<List<Token>> bySentence, List<Mention> found) {
    // the words that can refer back, each to the mentions it can refer to, in text order
    Map<String, List<Mention>> referents = new HashMap<>();
    for (Mention m : found) {
      String[] words = Clitics.key(ArabicNormalizer.normalize(m.span().of(text))).split("\\s+");
      if (words.length < 2) {
        continue;
      }
      String last = words[words.length - 1];
      if (m.type() == EntityType.PERSON && !last.startsWith("ال")
          && !lexicon.wordClasses().is("kin_particle", words[words.length - 2])) {
        referents.computeIfAbsent(last, w -> new ArrayList<>()).add(m); // دوجاريك after ستيفان دوجاريك, not طالب after أبو طالب
      }
      if (m.type() == EntityType.ORG && m.key() != null && m.key().startsWith("org:") && !words[0].startsWith("ال")) {
        referents.computeIfAbsent("ال" + words[0], w -> new ArrayList<>()).add(m); // الحركة after حركة حماس
      }
    }
    List<Mention> added = new ArrayList<>();
    if (referents.isEmpty()) {
      return added;
    }
    List<Span> taken = new ArrayList<>();
    for (Mention m : found) {
      taken.add(m.span());
    }
    taken.sort(null);
    for (List<Token> tokens : bySentence) {
      for (Token token : tokens) {
        if (token.kind() != TokenKind.ARABIC || overlapsAny(token.span(), taken)) {
          continue;
        }
        for (Clitics.Reading reading : Clitics.withoutProclitics(Clitics.key(token.norm()))) {
          String word = reading.stem();
          List<Mention> candidates = referents.get(word);
          if (candidates == null || word.length() < 3 || lexicon.isFunctionWord(word) || lexicon.isGivenName(word)) {
            continue;
          }
          Mention antecedent = null;
          for (Mention m : candidates) {
            if (m.span().start() < token.span().start()) {
              antecedent = m;
            }
          }
          if (antecedent != null) {
            int start = token.span().start() + ActorRecogniser.offsetOf(token, reading.prefixChars());
            added.add(new Mention(new Span(start, token.span().end()), antecedent.type(),
                antecedent.key() != null ? antecedent.key() : "name:" + Clitics.key(ArabicNormalizer.normalize(antecedent.span().of(text))),
                antecedent.country(), antecedent.sector(), antecedent.role(), Mention.Recogniser.CONTEXT,
                Mention.Form.REFERENCE));
            break;
          }
        }
      }
    }
    return added;
  }

  /** Whether {@code span} overlaps one of {@code sorted} (sorted by start, not overlapping each other much). */
  private static boolean overlapsAny(Span span, List<Span> sorted) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < span.end()) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    // sorted.get(hi) is the last span starting before span.end(); look back over a few for overlap
    for (int k = hi; k >= 0 && k >= hi - 8; k--) {
      if (sorted.get(k).overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(Span span, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }
}
