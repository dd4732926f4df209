package org.marsad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.marsad.analysis.Tokenizer;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the lexicons' mentions and the name model's names are merged, one rule a test, with the model's names given. */
class MentionStageTest {

  private static MentionStage stage;
  private static ActorRecogniser recogniser;

  @BeforeAll
  static void load() {
    ActorLexicon lexicon = ActorLexicon.arabic();
    stage = new MentionStage(lexicon, null);
    recogniser = new ActorRecogniser(lexicon);
  }

  /** The country of the mention of {@code surface} once the article's other mentions are read. */
  private static String countryInContext(String text, String surface) {
    List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
    return stage.homonymsInContext(text, recogniser.recognise(text, tokens)).stream()
        .filter(m -> m.span().of(text).equals(surface)).findFirst().orElseThrow().country();
  }

  /** A person's full name found by a pattern, at the first occurrence of {@code surface}. */
  private static Mention fullName(String text, String surface) {
    int start = text.indexOf(surface);
    return new Mention(new Span(start, start + surface.length()), EntityType.PERSON, null, null, null, null,
        Mention.Recogniser.PATTERN, Mention.Form.NAME);
  }

  /** A listed person's family name alone, at the last occurrence of {@code surface}. */
  private static Mention listedFamilyName(String text, String surface, String key, String country) {
    int start = text.lastIndexOf(surface);
    return new Mention(new Span(start, start + surface.length()), EntityType.PERSON, key, country, "GOV", null,
        Mention.Recogniser.LEXICON, Mention.Form.NAME);
  }

  @Test
  void readsAFamilyNameAloneAsThePersonNamedInFullBeforeNotTheKnownPersonOfThatName() {
    String text = "وقال المتحدث باسم التحالف تركي المالكي إن الدفاعات اعترضت الصاروخ. وأضاف المالكي أن";
    Mention later = stage.surnamesInContext(text, List.of(fullName(text, "تركي المالكي"),
        listedFamilyName(text, "المالكي", "person:nouri_al_maliki", "IRQ"))).get(1);
    assertThat(later.key()).isEqualTo("name:تركي المالكي");
    assertThat(later.country()).isNull();
    // the same person spelled otherwise keeps the lexicon's reading
    String again = "وقال الرئيس عبدالفتاح السيسي إن مصر. وأضاف السيسي أن";
    assertThat(stage.surnamesInContext(again, List.of(fullName(again, "عبدالفتاح السيسي"),
        listedFamilyName(again, "السيسي", "person:abdel_fattah_al_sisi", "EGY"))).get(1).key())
        .isEqualTo("person:abdel_fattah_al_sisi");
  }

  /**
   * A place name a city abroad shares (طرابلس; a first-level region too: Quneitra in Syria, Kenitra in
   * Morocco; a state: عمان, Oman and Amman), an organisation's short name (الجبهة الشعبية) or a family name (جونسون: Boris Johnson in a
   * British story, Mike Johnson in an American one) is read as the one of the state the article names.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "اغتيل في طائرة كان يستقلها بين بيروت وطرابلس | طرابلس | LBN",
      "وصل رئيس الحكومة الليبية إلى طرابلس | طرابلس | LBY",
      "وقالت شرطة مدينة ليون إن الشرطة الفرنسية | ليون | FRA",
      "سقطت قذائف في القنيطرة قرب الجولان السوري | القنيطرة | SYR",
      "أعلنت الجبهة الشعبية في تونس رفضها لقانون المالية التونسي | الجبهة الشعبية | TUN",
      "أعلنت الجبهة الشعبية في غزة رفضها | الجبهة الشعبية | PSE",
      "وقال جونسون في لندن إن الحكومة البريطانية | جونسون | GBR",
      "وقال جونسون في واشنطن إن الكونغرس الأمريكي | جونسون | USA",
      "استقبل العاهل الأردني في عمان وزير الخارجية | عمان | JOR",
      "وصل وزير الخارجية العماني إلى عمان | عمان | OMN"})
  void readsANameSeveralStatesShareAsTheOneOfTheStateTheArticleNames(String text, String surface, String country) {
    assertThat(countryInContext(text, surface)).isEqualTo(country);
  }

  private static Mention model(String text, String surface, EntityType type) {
    int start = text.indexOf(surface);
    return new Mention(new Span(start, start + surface.length()), type, null, null, null, null, Mention.Recogniser.MODEL,
        Mention.Form.NAME);
  }

  private static Mention lexicon(String text, String surface, EntityType type) {
    int start = text.indexOf(surface);
    return new Mention(new Span(start, start + surface.length()), type, "x", null, null, null, Mention.Recogniser.LEXICON,
        Mention.Form.NAME);
  }

  /** A listed state or place the lexicon found at {@code surface}. */
  private static Mention listed(String text, String surface, String key, String country) {
    int start = text.indexOf(surface);
    return new Mention(new Span(start, start + surface.length()), EntityType.GPE, key, country, null, null,
        Mention.Recogniser.LEXICON, Mention.Form.NAME);
  }

  private static Mention guess(String text, String surface) {
    int start = text.indexOf(surface);
    return new Mention(new Span(start, start + surface.length()), EntityType.PERSON, null, null, null, null,
        Mention.Recogniser.PATTERN, Mention.Form.NAME);
  }

  private static List<String> merged(String text, List<Mention> model, List<Mention> found) {
    List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
    return stage.merge(text, tokens, model, found).stream().map(m -> m.span().of(text) + "/" + m.type()).sorted().toList();
  }

  @Test
  void readsAPlaceNounWithTheArticleAsNoName() {
    String text = "على المدرسة الزراعية شرق البلدة فقتلت المدرس";
    List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
    assertThat(stage.commonNoun(tokens, model(text, "البلدة", EntityType.ORG))).isTrue();
    assertThat(stage.commonNoun(tokens, model(text, "المدرسة", EntityType.ORG))).isFalse();
  }

  @Test
  void cutsAListOfPeopleBeforeEachGivenNameJoinedByWa() {
    String text = "ويشارك الفنان أشرف عبد الباقي وياسمين عبد العزيز وعلى الجميع الحضور";
    List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
    assertThat(stage.joinedGivenNames(tokens, List.of(new NameModel.Found(2, 8, "PERS"))))
        .containsExactly(new NameModel.Found(2, 5, "PERS"), new NameModel.Found(5, 8, "PERS"));
    assertThat(stage.joinedGivenNames(tokens, List.of(new NameModel.Found(6, 8, "PERS"))))
        .containsExactly(new NameModel.Found(5, 8, "PERS"));
    assertThat(stage.joinedGivenNames(tokens, List.of(new NameModel.Found(9, 10, "PERS")))) // وعلى: and on
        .containsExactly(new NameModel.Found(9, 10, "PERS"));
  }

  @Test
  void givesAPersonTheListedGivenNameTheModelLeftOutBeforeIt() {
    String text = "الخرطوم ـ عبدالواحد لبيني ـ وقال الفرنسي باسكال بونيفاس ويعمل الآن بيللغريني";
    List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
    // a given name the model took for a person of its own opens the person after it
    assertThat(stage.joinedGivenNames(tokens, List.of(new NameModel.Found(2, 3, "PERS"), new NameModel.Found(3, 4, "PERS"))))
        .containsExactly(new NameModel.Found(2, 4, "PERS"));
    // one the model left out is taken back, but not a word a given name folds into (الآن: now, not Alain)
    assertThat(stage.joinedGivenNames(tokens, List.of(new NameModel.Found(8, 9, "PERS"))))
        .containsExactly(new NameModel.Found(7, 9, "PERS"));
    assertThat(stage.joinedGivenNames(tokens, List.of(new NameModel.Found(11, 12, "PERS"))))
        .containsExactly(new NameModel.Found(11, 12, "PERS"));
  }

  @Test
  void readsTheNounOfAKindOfBodyWithTheArticleAsNoName() {
    String text = "كما خولت الجمعية مجلس ادارة البنك بالموافقة على اصدار سندات البنك التجاري";
    List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
    assertThat(stage.commonNoun(tokens, model(text, "البنك", EntityType.ORG))).isTrue();
    assertThat(stage.commonNoun(tokens, model(text, "البنك التجاري", EntityType.ORG))).isFalse();
  }

  @Test
  void dropsAOneWordLexiconNameTheModelReadsAsACommonWord() {
    String text = "ووصف ساركوزي في خطاب له النظام";
    assertThat(merged(text, List.of(model(text, "ساركوزي", EntityType.PERSON)),
        List.of(lexicon(text, "خطاب", EntityType.PERSON))))
        .containsExactly("ساركوزي/PERSON");
  }

  @Test
  void keepsAOneWordNameOfAListedGroupThatIsNoCommonWordWhereTheModelReadsNone() {
    String text = "قصفت مقاتلات التحالف مواقع تابعة للحوثيين وهاجم مقاتلو القاعدة";
    List<Mention> found = List.of(body(text, "لحوثيين", "org:houthis"), body(text, "القاعدة", "org:al_qaeda"));
    assertThat(merged(text, List.of(), found)).containsExactly("لحوثيين/ORG");
  }

  /** A listed group or organisation the lexicon found at {@code surface}. */
  private static Mention body(String text, String surface, String key) {
    int start = text.indexOf(surface);
    return new Mention(new Span(start, start + surface.length()), EntityType.ORG, key, null, "REB", null,
        Mention.Recogniser.LEXICON, Mention.Form.NAME);
  }

  @Test
  void givesAModelPlaceNameTheIdentityTheLexiconListsForTheSameWords() {
    String text = "التقى رئيس وزراء اليابان شينزو آبي";
    List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
    List<Mention> out = stage.identified(tokens, List.of(model(text, "اليابان", EntityType.GPE), model(text, "شينزو آبي", EntityType.PERSON)));
    assertThat(out.get(0).country()).isEqualTo("JPN");
    assertThat(out.get(1).key()).isNull();
  }

  @Test
  void givesAnOrganisationTheModelNamesAroundAListedPlaceThePlacesCountry() {
    String text = "يعمل في جامعة الموصل منذ سنوات";
    Mention mosul = listed(text, "الموصل", "place:gn:99072", "IRQ");
    List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
    List<Mention> out = stage.merge(text, tokens, List.of(model(text, "جامعة الموصل", EntityType.ORG)), List.of(mosul));
    assertThat(out).singleElement().satisfies(m -> {
      assertThat(m.span().of(text)).isEqualTo("جامعة الموصل");
      assertThat(m.country()).isEqualTo("IRQ");
    });
  }

  @Test
  void findsTheColonThatEndsADateline() {
    for (String text : List.of("كابل ـ روما ـ ا.ف.ب: قال متحدث", "القاهرة - رويترز: قال مسؤولون")) {
      List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
      assertThat(tokens.get(ActorRecogniser.datelineEnd(tokens)).text()).isEqualTo(":");
    }
    for (String text : List.of("وقال الوزير: إن الهجوم مرفوض", "* 25 سبتمبر (ايلول) 2005: انفجار قنبلة")) {
      assertThat(ActorRecogniser.datelineEnd(new Tokenizer().tokenize(text, new Span(0, text.length())))).isEqualTo(-1);
    }
  }

  @Test
  void keepsAStateNameTheModelLeavesUntagged() {
    String text = "وعن موقفه من قطع السعودية لعلاقاتها مع قطر";
    assertThat(merged(text, List.of(), List.of(listed(text, "السعودية", "state:SAU", "SAU")))).containsExactly("السعودية/GPE");
  }

  @Test
  void keepsAOneWordLexiconNameTheModelAlsoFinds() {
    String text = "وصل الوفد إلى بغداد أمس";
    assertThat(merged(text, List.of(model(text, "بغداد", EntityType.GPE)), List.of(lexicon(text, "بغداد", EntityType.GPE))))
        .containsExactly("بغداد/GPE");
  }

  @Test
  void dropsAPatternGuessAtAPersonalNameTheModelDoesNotSee() {
    String text = "كان الجمهوريون يسخرون مني لانني كنت احاول";
    assertThat(merged(text, List.of(), List.of(guess(text, "مني لانني")))).isEmpty();
  }

  @Test
  void takesTheModelsPersonOverTwoLexiconWordsInsideIt() {
    String text = "حضر الشيخ حمد بن جاسم بن جبر آل ثاني الجلسة";
    assertThat(merged(text, List.of(model(text, "حمد بن جاسم بن جبر آل ثاني", EntityType.PERSON)),
        List.of(lexicon(text, "حمد", EntityType.GPE), lexicon(text, "جاسم", EntityType.GPE))))
        .containsExactly("حمد بن جاسم بن جبر آل ثاني/PERSON");
  }

  @Test
  void keepsTwoLexiconNamesJoinedByAndThatTheModelReadsAsOne() {
    String text = "زار الوفد واشنطن وروما الشهر الماضي";
    assertThat(merged(text, List.of(model(text, "واشنطن وروما", EntityType.GPE)),
        List.of(lexicon(text, "واشنطن", EntityType.GPE), lexicon(text, "روما", EntityType.GPE))))
        .containsExactly("روما/GPE", "واشنطن/GPE");
  }
  @Test
  void endsAPersonsNameBeforeANumberTheModelTookIn() {
    String text = "قتلت القوات المدرس هاني نعيم 40 عاما";
    List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
    int from = 3;
    List<Mention> names = MentionStage.modelNames(tokens, List.of(new NameModel.Found(from, from + 3, "PERS")));
    assertThat(names).extracting(m -> m.span().of(text)).containsExactly("هاني نعيم");
  }

  @Test
  void keepsTheTitleOfADroppedNameGuessOnlyWhereTheTitleStandsBeforeIt() {
    String before = "وأجرى وزير الخارجية الإيراني مشاورات مع الصين";
    int at = before.indexOf("مشاورات");
    Mention guess = new Mention(new Span(at, at + "مشاورات".length()), EntityType.PERSON, null, "IRN", "GOV",
        "وزير الخارجية الإيراني", Mention.Recogniser.PATTERN, Mention.Form.NAME);
    List<Token> tokens = new Tokenizer().tokenize(before, new Span(0, before.length()));
    assertThat(stage.merge(before, tokens, List.of(), List.of(guess))).singleElement().satisfies(m -> {
      assertThat(m.span().of(before)).isEqualTo("وزير الخارجية الإيراني");
      assertThat(m.key()).isEqualTo("title:وزير الخارجية:IRN");
    });
    // a role given in apposition after the name (رياض حجاب، رئيس الوزراء السوري) has no title before it
    String after = "عبر وسائل التواصل الاجتماعي.\nنشر رياض حجاب، رئيس الوزراء السوري الأسبق، مقطع فيديو";
    int name = after.indexOf("رياض");
    Mention apposed = new Mention(new Span(name, name + "رياض حجاب".length()), EntityType.PERSON, null, "SYR", "GOV",
        "رئيس الوزراء السوري الأسبق", Mention.Recogniser.PATTERN, Mention.Form.NAME);
    List<Token> words = new Tokenizer().tokenize(after, new Span(0, after.length()));
    assertThat(stage.merge(after, words, List.of(), List.of(apposed))).isEmpty();
  }

  @Test
  void givesTheModelsLongerNameTheCountryAndRoleOfTheTitleThatIntroducedIt() {
    String text = "قال الرئيس الكوبي راؤول كاسترو إن بلاده مستعدة";
    int start = text.indexOf("راؤول");
    Mention titled = new Mention(new Span(start, start + "راؤول".length()), EntityType.PERSON, null, "CUB", "GOV",
        "الرئيس الكوبي", Mention.Recogniser.PATTERN, Mention.Form.NAME);
    List<Token> tokens = new Tokenizer().tokenize(text, new Span(0, text.length()));
    List<Mention> out = stage.merge(text, tokens, List.of(model(text, "راؤول كاسترو", EntityType.PERSON)), List.of(titled));
    assertThat(out).singleElement().satisfies(m -> {
      assertThat(m.span().of(text)).isEqualTo("راؤول كاسترو");
      assertThat(m.country()).isEqualTo("CUB");
      assertThat(m.role()).isEqualTo("الرئيس الكوبي");
    });
  }

  @Test
  void narrowsAListedNameByAnAdjectiveOnlyWhereTheNameAloneIsListedOrTheAdjectiveIsANationality() {
    String us = "وقالت الولايات المتحدة من جهتها إن";
    assertThat(merged(us, List.of(model(us, "الولايات", EntityType.LOC), model(us, "المتحدة", EntityType.ORG)),
        List.of(listed(us, "الولايات المتحدة", "state:USA", "USA")))).contains("الولايات المتحدة/GPE");
    String mecca = "وصل الحجاج إلى مكة المكرمة أمس";
    assertThat(merged(mecca, List.of(model(mecca, "مكة", EntityType.LOC)), List.of(listed(mecca, "مكة المكرمة", "place:mecca", "SAU"))))
        .containsExactly("مكة/GPE");
  }

  @Test
  void aClubNamedByItsCityAndAClubWordKeepsItsWholeNameWhateverTheNameModelReads() {
    String text = "وافتتح مانشستر سيتي التسجيل في الدقيقة العاشرة من المباراة على ملعب الاتحاد في الدوري الإنجليزي.";
    org.marsad.model.Document doc = org.marsad.Marsad.arabic()
        .code(new org.marsad.model.Article("club", null, null, null, "ar", null, text));
    assertThat(doc.mentions()).anySatisfy(m -> {
      assertThat(m.span().of(text)).isEqualTo("مانشستر سيتي");
      assertThat(m.type()).isEqualTo(EntityType.ORG);
      assertThat(m.country()).isEqualTo("GBR");
    });
  }
}
