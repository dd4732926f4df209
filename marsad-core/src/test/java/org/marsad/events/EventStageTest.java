package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.SentenceKind;
import org.marsad.Pipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule of the coder a test, in real Arabic, with every lexicon candidate kept (no filter). */
class EventStageTest {

  private static Marsad marsad;

  @BeforeAll
  static void load() {
    marsad = Marsad.of(Pipelines.arabicNews(false));
  }

  private static Document code(String text) {
    return marsad.code(new Article("t", null, null, LocalDate.of(2026, 11, 26), "ar", null, text));
  }

  private static List<Event> events(String text, String type) {
    return code(text).events().stream().filter(e -> e.type().equals(type)).toList();
  }

  @Test
  void takesTheSubjectAfterTheVerbAndTheTargetAfterItsPreposition() {
    Event e = events("أشاد وزير الخارجية المصري بالدور الأردني في المنطقة.", "SUPPORT").get(0);
    assertThat(e.source().country()).isEqualTo("EGY");
    assertThat(e.source().sector()).isEqualTo("GOV");
    assertThat(e.target().country()).isEqualTo("JOR");
    assertThat(e.cameo()).isEqualTo("051");
    assertThat(e.quadClass()).isEqualTo(1);
  }

  @Test
  void codesAnActorOfNoStateWithCameosInternationalCodeInTheEventButNotInTheEntity() {
    Document d = code("تظاهر مئات الأشخاص في أثينا احتجاجا على سياسة الاتحاد الأوروبي.");
    Event e = d.events().stream().filter(x -> x.type().equals("PROTEST")).findFirst().orElseThrow();
    assertThat(e.source().country()).isEqualTo("GRC");
    assertThat(e.target().country()).isEqualTo("IGO");
    assertThat(e.target().state()).isNull();
    assertThat(d.entities()).filteredOn(en -> en.sector() != null && en.sector().equals("IGO")).isNotEmpty()
        .allSatisfy(en -> assertThat(en.country()).isNull());
    assertThat(events("هاجم تنظيم داعش قرية في شمال العراق.", "ASSAULT").get(0).source().country()).isEqualTo("IMG");
  }

  @Test
  void readsACountAfterAnUnknownSubjectAsTheObjectNotTheSubject() {
    Event held = events("احتجزت الجبهة 12 صحفيا في فندق.", "COERCE").get(0);
    assertThat(held.source()).isNull();
    assertThat(held.target().sector()).isEqualTo("MED");
    Event march = events("شارك أمس 300 متظاهر في مسيرة احتجاجية ضد الحكومة.", "PROTEST").get(0);
    assertThat(march.source().sector()).isEqualTo("CVL");
    assertThat(events("احتشد الآلاف من المتظاهرين أمام البرلمان.", "PROTEST").get(0).source().sector()).isEqualTo("CVL");
  }

  @Test
  void readsAPhraseLedByANounOfAttackAsANounWhoseNationalityIsTheAttacker() {
    Event strike = events("ضربة جوية أميركية قتلت عشرة من المقاتلين في سوريا.", "ASSAULT").stream()
        .filter(e -> e.mode() != null && e.mode().equals("aerial")).findFirst().orElseThrow();
    assertThat(strike.source().country()).isEqualTo("USA");
    assertThat(events("سلاح الجو الإسرائيلي يشن غارة جوية على موقع قرب دمشق.", "ASSAULT").get(0).source().country())
        .isEqualTo("ISR");
  }

  @Test
  void readsTheActThreatenedWithAsNotDoneAndItsObjectAsNoSubjectOfTheThreat() {
    Document d = code("وهددت الجماعة بقتل الرهائن.");
    Event threat = d.events().stream().filter(e -> e.type().equals("THREATEN")).findFirst().orElseThrow();
    assertThat(threat.source()).isNull();
    Event killing = events("وهددت الجماعة بقتل الرهائن.", "ASSAULT").get(0);
    assertThat(killing.modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(events("هدد الجيش بشن هجوم على المدينة.", "ASSAULT").get(0).modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(events("هاجم الجيش المدينة بعد أن هددت الجماعة قادته.", "ASSAULT").get(0).modality()).isEqualTo(Modality.ACTUAL);
  }

  @Test
  void readsHoldingACountOfHostagesAsAnAbduction() {
    Event e = events("واحتجزت الجبهة الشعبية لتحرير فلسطين 68 رهينة في فندق.", "ASSAULT").get(0);
    assertThat(e.mode()).isEqualTo("abduction");
    assertThat(e.source().country()).isEqualTo("PSE");
  }

  @Test
  void readsNoTriggerInAWordListedAsNoneThoughAnInflectionWouldReadIt() {
    assertThat(events("وقال الوزير إن وزارته ستزيد عدد أفراد الشرطة في باريس.", "CONSULT")).isEmpty();
    assertThat(events("استهدفت الغارات المنطقة المحاصرة في دمشق.", "COERCE")).isEmpty();
    assertThat(events("وأثنى ترامب على الخطوة المصرية.", "SUPPORT")).isNotEmpty();
  }

  @Test
  void readsTheCityAfterInTheCapitalAsWhereAndTheSubjectOfThatBeforeAComma() {
    Event bus = events("وقالت الشرطة إن انتحاريا فجر حافلة في العاصمة كابول أمس.", "ASSAULT").get(0);
    assertThat(bus.location().country()).isEqualTo("AFG");
    assertThat(bus.source() == null || !"كابول".equals(bus.source().name())).isTrue();
    Event raid = events("وقال المتحدث إن الجيش الإسرائيلي، شن غارة على المدينة.", "ASSAULT").get(0);
    assertThat(raid.source().country()).isEqualTo("ISR");
  }

  @Test
  void readsAVerbWrittenWithThePassivesDammaAsPassiveAndAClauseAfterAVictimVerbAsNoObject() {
    Event killed = events("وكان موظف باللجنة قد قُتل على أيدي مسلحين مجهولين.", "ASSAULT").get(0);
    assertThat(killed.source().sector()).isEqualTo("UAF");
    assertThat(killed.target().sector()).isEqualTo("CVL");
    Event sanctions = events("وفُرضت عقوبات على إيران.", "SANCTION").get(0);
    assertThat(sanctions.source()).isNull();
    assertThat(sanctions.target().country()).isEqualTo("IRN");
    Event man = events("وكان رجل قد قتل عندما سقط صاروخ على جازان.", "ASSAULT").get(0);
    assertThat(man.source()).isNull();
    assertThat(man.target().sector()).isEqualTo("CVL");
    assertThat(events("يُقاتل الجيش المسلحين في الشمال.", "ASSAULT").get(0).source().sector()).isEqualTo("MIL");
    Event arrests = events("وأوقف واعتقل أكثر من 50 ألف شخص.", "COERCE").get(0);
    assertThat(arrests.source()).isNull();
    assertThat(arrests.target().sector()).isEqualTo("CVL");
  }

  @Test
  void takesThePersonATitleAfterTheVerbIntroducesAsItsSubject() {
    assertThat(events("وانتقد رئيس الوزراء السابق نواز شريف الحكومة.", "ACCUSE").get(0).source().name()).contains("شريف");
    assertThat(events("وأدان الوزير قصف الجيش الإسرائيلي للمدينة.", "ACCUSE").get(0).source()).isNull();
    assertThat(events("واستهدفت دورية للشرطة قرب جامعة الموصل.", "ASSAULT")).isNotEmpty().allSatisfy(e -> assertThat(e.source()).isNull());
  }

  @Test
  void readsAGroupNisbaAfterANameAsItsAdjectiveAndAHeadNounBeforeAListedNameAsPartOfIt() {
    Event e = events("استهدفت منظمة حماس الإرهابية إسرائيل بالصواريخ.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("PSE");
    assertThat(e.source().entity()).isNotNull();
    assertThat(e.target().country()).isEqualTo("ISR");
    assertThat(e.target().sector()).isNull();
    Event raid = events("قصفت القوات العسكرية الإسرائيلية القرية.", "ASSAULT").get(0);
    assertThat(raid.source().sector()).isEqualTo("MIL");
    assertThat(events("اعتقلت الشرطة الصحفي الأمريكي.", "COERCE").get(0).target().sector()).isEqualTo("MED");
  }

  @Test
  void readsTheSingularNationalityRightAfterANounTriggerAsItsAgentNotTheClausesSubject() {
    Event sanctions = events("اعتبر الرئيس التركي رجب طيب أردوغان العقوبات الأمريكية على بلاده ظالمة.", "SANCTION").get(0);
    assertThat(sanctions.source().country()).isEqualTo("USA");
    Event boycott = events("دعا البشير إلى مقاطعة المنتجات الدنماركية.", "PROTEST").get(0);
    assertThat(boycott.source().country()).isEqualTo("SDN");
  }

  @Test
  void readsWhoIsReleasedAfterTheNounOfReleaseAsItsTarget() {
    Event release = events("تظاهر المئات للمطالبة بإطلاق سراح ناصر الزفزافي.", "RETREAT").get(0);
    assertThat(release.source()).isNull();
    assertThat(release.target().name()).contains("الزفزافي");
  }

  @Test
  void readsNoPronounInAWordWrittenWithTehMarbuta() {
    assertThat(code("وقالت طالبة في الجامعة إن الامتحان صعب.").events()).isEmpty();
    assertThat(events("شهدت مالي عمليات خطف أجانب وأعمال عنف إثنية.", "SUPPORT")).isEmpty();
    assertThat(events("اعتبر أردوغان العقوبات طعنة في الظهر.", "ACCUSE")).isEmpty();
    assertThat(events("وطالبه الرئيس المصري بالاستقالة.", "REQUEST")).isNotEmpty();
    Event control = events("وقع الهجوم بعد 12 ساعة من سيطرة متشددين عليها.", "ASSAULT").stream()
        .filter(e -> e.trigger().of("وقع الهجوم بعد 12 ساعة من سيطرة متشددين عليها.").contains("سيطرة"))
        .findFirst().orElseThrow();
    assertThat(control.source().sector()).isEqualTo("REB");
  }

  @Test
  void givesForeignersAndForeignFightersNoStateFromThePlaceTheyAreIn() {
    Event e = events("خطف مسلحون أربعة أجانب في العراق.", "ASSAULT").get(0);
    assertThat(e.target().sector()).isEqualTo("CVL");
    assertThat(e.target().country()).isEqualTo("INT");
    assertThat(e.target().state()).isNull();
    assertThat(e.source().country()).isEqualTo("IRQ");
    assertThat(events("اعتقلت الشرطة الصحفيين الأجانب في القاهرة.", "COERCE").get(0).target().country()).isEqualTo("INT");
    Event strike = events("قتلت ضربة جوية أميركية عشرة من المقاتلين الأجانب.", "ASSAULT").get(0);
    assertThat(strike.source().country()).isEqualTo("USA");
    assertThat(strike.target().sector()).isEqualTo("IMG");
    assertThat(strike.target().state()).isNull();
  }

  @Test
  void keepsAPlaceTheAnnotatedCorporaOftenTagWhereTheModelReadsNoName() {
    Event e = events("انفجرت سيارة مفخخة في الموصل امس.", "ASSAULT").get(0);
    assertThat(e.location().country()).isEqualTo("IRQ");
    assertThat(code("ويمكن لهذه النفايات أن تدمر الأقمار الصناعية.").entities()).isEmpty();
  }

  @Test
  void readsTheForcesACoalitionsLeaderNamesAfterWhatTheyOwnAsTheTarget() {
    for (String text : List.of("استهدفت عبوة قافلة لقوات التحالف بقيادة اميركية قرب كابل.",
        "هاجم مسلحون قافلة لقوات التحالف بقيادة الولايات المتحدة قرب كابل.")) {
      Event e = events(text, "ASSAULT").get(0);
      assertThat(e.target().country()).isEqualTo("USA");
      assertThat(e.target().sector()).isEqualTo("MIL");
    }
  }

  @Test
  void readsAVictimVerbWithItsSubjectBeforeItAsActiveAndTheCountAsItsObject() {
    Event e = events("قوات الأمن الباكستانية قتلت ثلاثة متشددين.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("PAK");
    assertThat(e.source().sector()).isEqualTo("COP");
    assertThat(e.target().sector()).isEqualTo("REB");
    assertThat(events("قتل 28 شخصا في انفجار.", "ASSAULT").get(0).source()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"وفي بغداد قتل 5 اشخاص.", "انفجرت سيارة مفخخة وسط بغداد."})
  void readsACapitalAfterAPrepositionJoinedByAndOrADirectionAsWhereNotWho(String text) {
    Event e = events(text, "ASSAULT").get(0);
    assertThat(e.source()).isNull();
    assertThat(e.location().country()).isEqualTo("IRQ");
  }

  @Test
  void readsTheCapitalOfADatelineAsWhereTheNewsWasFiled() {
    Document d = code("إسلام آباد ـ رويترز: قال مسؤولون إن قوات الأمن الباكستانية قتلت ثلاثة متشددين.");
    assertThat(d.entities()).anySatisfy(en -> {
      assertThat(en.name()).isEqualTo("إسلام آباد");
      assertThat(en.type()).isEqualTo(org.marsad.model.EntityType.GPE);
    });
    assertThat(d.events().stream().filter(e -> e.type().equals("ASSAULT")).findFirst().orElseThrow().location().country())
        .isEqualTo("PAK");
    Document kabul = code("كابل ـ روما ـ ا.ف.ب: قال متحدث ان عملية انتحارية استهدفت قافلة لقوات التحالف بقيادة اميركية قرب كابل.");
    assertThat(kabul.entities()).filteredOn(en -> en.name().equals("كابل"))
        .singleElement().satisfies(en -> assertThat(en.type()).isEqualTo(org.marsad.model.EntityType.GPE));
  }

  @Test
  void givesPeopleFromAPlaceThatPlacesCountry() {
    Event e = events("وشارك 300 متظاهر من ابناء دارفور في تظاهرة امام السفارة.", "PROTEST").get(0);
    assertThat(e.source().country()).isEqualTo("SDN");
    assertThat(e.source().sector()).isEqualTo("CVL");
  }

  @Test
  void givesMembersOfAnOrganisationItsCountryAndSector() {
    Event e = events("هاجم مسلحون من حركة طالبان مركزا للشرطة.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("AFG");
    assertThat(e.source().sector()).isEqualTo("REB");
  }

  @Test
  void givesAJoinedVerbTheSubjectOfTheVerbAfterAnOpeningPhrase() {
    Event e = events("وفي بلدة «بيت حانون»، اطلقت القوات الاسرائيلية صاروخ ارض ـ ارض على المدرسة الزراعية فقتلت المدرس.",
        "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("ISR");
    assertThat(e.source().sector()).isEqualTo("MIL");
  }

  @Test
  void keepsTwoAttacksPartedByAWordOfResponseApart() {
    List<Event> attacks = events("وأطلقت من غزة صواريخ محلية الصنع تجاه إسرائيل ردا على الغارات الجوية الإسرائيلية.", "ASSAULT");
    assertThat(attacks).hasSize(2);
    assertThat(attacks.get(0).source()).isNull();
  }

  @Test
  void takesTheSubjectBetweenWasAndQadForTheVerbAfterThem() {
    Event e = events("وكان 1000 لاجئ من التبت على الاقل قد احتشدوا خارج السفارة.", "PROTEST").get(0);
    assertThat(e.source().country()).isEqualTo("CHN");
    assertThat(e.source().sector()).isEqualTo("REF");
  }

  @Test
  void takesTheCrowdOfThePlaceAsTheSourceOfAProtestThatNamesNone() {
    String text = "تظاهر الآلاف في أثينا احتجاجا على قانون الهجرة.";
    Event e = events(text, "PROTEST").get(0);
    assertThat(e.source().country()).isEqualTo("GRC");
    assertThat(e.source().sector()).isEqualTo("CVL");
    assertThat(e.source().span().of(text)).isEqualTo("أثينا");
  }

  @Test
  void takesCountedPersonsAsTheCrowdOfAProtest() {
    String text = "وخلال الإفطار، تظاهر عشرات الأشخاص أمام البيت الأبيض رافعين لافتات.";
    Event e = events(text, "PROTEST").get(0);
    assertThat(e.source().span().of(text)).isEqualTo("الأشخاص");
    assertThat(e.source().sector()).isEqualTo("CVL");
  }

  @Test
  void takesTheSubjectOfALightVerbOfEnteringAsTheAgentOfTheNounAfterIt() {
    String text = "ودخلت أربيل في مفاوضات شاقة مع بغداد خلال الأشهر الماضية.";
    Event e = events(text, "CONSULT").get(0);
    assertThat(e.source().span().of(text)).isEqualTo("أربيل");
    assertThat(e.target().span().of(text)).isEqualTo("بغداد");
  }

  @Test
  void readsACountedBrokenPluralOfANationalityAsItsPeople() {
    String text = "وتظاهر مئات الصرب في بلغراد أمس.";
    Event e = events(text, "PROTEST").get(0);
    assertThat(e.source().span().of(text)).isEqualTo("مئات الصرب");
    assertThat(e.source().country()).isEqualTo("SRB");
  }

  @Test
  void readsADescriptionByItsNegativeEvaluationAsCriticism() {
    Event e = events("ووصفت حكومة الوفاق الوطني تلك الاشتباكات بأنها \"محاولة لعرقلة الانتقال السياسي\".", "ACCUSE").get(0);
    assertThat(e.cameo()).isEqualTo("111");
    assertThat(e.source().sector()).isEqualTo("GOV");
  }

  @Test
  void readsADescriptionByItsPositiveEvaluationAsPraise() {
    Event e = events("ووصفت طالبان في بيانها جلال الدين حقاني بأنه \"محارب نموذجي\".", "SUPPORT").get(0);
    assertThat(e.cameo()).isEqualTo("051");
    assertThat(e.source().country()).isEqualTo("AFG");
  }

  @Test
  void turnsAPositiveEvaluationAroundAfterGhayr() {
    assertThat(events("واعتبرته هافانا \"غير مبرر\".", "ACCUSE")).hasSize(1);
    assertThat(events("وعبر عن دهشته إزاء ما وصفه بغير القانوني.", "SUPPORT")).isEmpty();
  }

  @Test
  void readsNoEvaluationWhereNoneIsListedOrConsideringHasNoPronounObject() {
    assertThat(events("ووصف المتحدث الوضع بأنه معقد.", "ACCUSE")).isEmpty();
    assertThat(events("واعتبر الوزير أن الحل سيكون صحيحا.", "SUPPORT")).isEmpty();
  }

  @Test
  void takesNoSubjectBeforeAVerbAcrossAConjunctionThatOpensAClause() {
    String text = "أقام ترامب حفل الإفطار فيما تظاهر عدد من المحتجين أمام البيت الأبيض.";
    Event e = events(text, "PROTEST").get(0);
    assertThat(e.source().span().of(text)).isEqualTo("المحتجين");
  }

  @Test
  void givesAKillingTheAgentOfTheAttackItHappenedIn() {
    assertThat(events("وقتل 150 مدنيا افغانيا على الاقل في سلسلة من الضربات الجوية الاميركية.", "ASSAULT").get(0)
        .source().country()).isEqualTo("USA");
    Event e = events("ان ثلاثين متمردا قتلوا في مواجهات مع قوات الأمن الأفغانية.", "ASSAULT").get(0);
    assertThat(e.source().sector()).isEqualTo("COP");
    assertThat(e.target().sector()).isEqualTo("REB");
  }

  @Test
  void takesWhomAProtestsSloganNamesAsItsTarget() {
    Event e = events("وتظاهر الآلاف أمس في مدينة سريناجار الهندية مرددين هتافات منها يسقط أوباما.", "PROTEST").get(0);
    assertThat(e.target().country()).isEqualTo("USA");
  }

  @Test
  void givesAGroupTheCountryOfWhomItIsLoyalTo() {
    Event e = events("قوات الأمن الباكستانية قتلت ثلاثة متشددين موالين لحركة طالبان الافغانية.", "ASSAULT").get(0);
    assertThat(e.target().country()).isEqualTo("AFG");
    assertThat(e.target().sector()).isEqualTo("REB");
  }

  @Test
  void readsAnUnnamedPersonRightAfterAVerbOfViolenceAsItsVictim() {
    Event e = events("قتل طفل يبلغ من العمر 14 عاما بعد إطلاق مسلحين الرصاص على قافلة.", "ASSAULT").get(0);
    assertThat(e.source()).isNull();
    assertThat(e.target().sector()).isEqualTo("CVL");
    assertThat(events("قتل مسلحون جنديا في هجوم.", "ASSAULT").get(0).source().sector()).isEqualTo("UAF");
  }

  @Test
  void codesAnIncidentToldWithSeveralTriggersOfOneTypeAsOneEventWithEachAsEvidence() {
    List<Event> assaults = events("وقتل 150 مدنيا افغانيا على الاقل في سلسلة من الضربات الجوية الاميركية.", "ASSAULT");
    assertThat(assaults).singleElement().satisfies(e -> {
      assertThat(e.mentions()).hasSize(2);
      assertThat(e.source().country()).isEqualTo("USA");
      assertThat(e.target().country()).isEqualTo("AFG");
    });
    // talks with two parties stay two events
    assertThat(events("واختتم الوزير الفرنسي زيارته للقاهرة بمباحثات شملت وزارة الخارجية وجامعة الدول العربية.", "CONSULT")
        .stream().filter(e -> e.mode() == null).count()).isEqualTo(2);
  }

  @Test
  void codesNoProtestForACountedCrowdAfterAPreposition() {
    assertThat(events("أطلقت الشرطة عيارات تحذيرية على نحو 10 آلاف متظاهر في رانغون.", "PROTEST")).isEmpty();
    assertThat(events("وخرج نحو 10 آلاف متظاهر في شوارع رانغون.", "PROTEST")).isNotEmpty();
  }

  @Test
  void givesAVisitToItsPossessorAndThePlaceAfterTheVisit() {
    Event e = events("واختتم الرئيس الفرنسي زيارته للرياض.", "CONSULT").get(0);
    assertThat(e.mode()).isEqualTo("visit");
    assertThat(e.source().country()).isEqualTo("FRA");
    assertThat(e.target().country()).isEqualTo("SAU");
    assertThat(e.location().country()).isEqualTo("SAU");
  }

  @Test
  void makesTalksBetweenTwoSidesSymmetric() {
    Event e = events("جرت مباحثات بين مصر والأردن.", "CONSULT").get(0);
    assertThat(e.symmetric()).isTrue();
    assertThat(List.of(e.source().country(), e.target().country())).containsExactlyInAnyOrder("EGY", "JOR");
  }

  @Test
  void codesOneEventForEachTargetJoinedByAnd() {
    List<Event> talks = events("واختتم الوزير الفرنسي زيارته للقاهرة بمباحثات شملت وزارة الخارجية وجامعة الدول العربية.", "CONSULT");
    assertThat(talks).filteredOn(e -> e.mode() == null).hasSize(2);
  }

  @Test
  void marksANegatedEvent() {
    Event e = events("ونفى الوزير أن يكون قد التقى بالسفير الإيراني.", "CONSULT").get(0);
    assertThat(e.negated()).isTrue();
  }

  @Test
  void marksAFutureVerbAsIntended() {
    assertThat(events("وسيزور الرئيس التركي القاهرة الأسبوع المقبل.", "CONSULT"))
        .allMatch(e -> e.modality() == Modality.INTENDED);
  }

  @Test
  void marksAVerbalNounAfterAFutureLightVerbAsIntendedAcrossAnApposition() {
    assertThat(events("سيجري رئيس الحكومة، يوسف الشاهد، اليوم الأحد زيارة رسمية إلى الجزائر.", "CONSULT"))
        .singleElement().extracting(Event::modality).isEqualTo(Modality.INTENDED);
  }

  @Test
  void letsAFutureLightVerbGovernNoVerbAfterIt() {
    assertThat(events("وأضاف أن بين من سيجري نقلهم رهائن كانت فصائل من المعارضة قد احتجزتهم عندما اجتاحت إدلب.", "COERCE"))
        .singleElement().extracting(Event::modality).isEqualTo(Modality.ACTUAL);
  }

  @Test
  void marksAnEventScheduledByTheWordAfterItAsIntended() {
    assertThat(events("وحدد البيت الأبيض موعد القمة المقبلة بين ترامب وكيم جونغ أون في سنغافورة.", "CONSULT"))
        .singleElement().extracting(Event::modality).isEqualTo(Modality.INTENDED);
    assertThat(events("وعقدت القمة بين ترامب وكيم جونغ أون في سنغافورة.", "CONSULT"))
        .singleElement().extracting(Event::modality).isEqualTo(Modality.ACTUAL);
  }

  @Test
  void readsAConflictualActAnnouncedOnAConditionAsAThreat() {
    Event e = events("وقال ترامب إنه إذا اعتقد أن الاجتماع لن يكون ناجحا، فإنه سينسحب منه.", "THREATEN").get(0);
    assertThat(e.cameo()).isEqualTo("134");
    assertThat(e.modality()).isEqualTo(Modality.ACTUAL);
    assertThat(events("وقال ترامب إن بلاده سوف تنسحب من الاتفاق.", "THREATEN")).isEmpty();
  }

  @Test
  void marksAConditionAsHypothetical() {
    assertThat(events("وإذا هاجمت القوات الإسرائيلية المدينة فإن الرد سيكون قاسيا.", "ASSAULT"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void marksAnAbilityOrAWarningAgainstAnActAsHypothetical() {
    assertThat(events("وقال إن المتعاقدين يمكنهم إطلاق النار على المدنيين دون عقاب.", "ASSAULT"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
    assertThat(events("وحذر الرئيس المسلحين من إطلاق الصواريخ على المدن.", "ASSAULT"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
  }

  @Test
  void codesNoProtestFromACrowdSpokenToOrActedOn() {
    assertThat(events("وتحدث القيادي في الحركة إلى المتظاهرين عبر الهاتف.", "PROTEST")).isEmpty();
    assertThat(events("واستخدمت الشرطة خراطيم المياه لتفريق المتظاهرين.", "PROTEST")).isEmpty();
    assertThat(events("واقتحم متظاهرون السفارة في طهران.", "PROTEST")).hasSize(1);
  }

  @Test
  void readsTheHolderNamedAfterACommaAsTheSubjectOfATitleAfterTheVerb() {
    Event e = events("دعا المرجع الديني الأعلى في العراق، علي السيستاني، العراقيين إلى عدم التصويت.", "REQUEST").get(0);
    assertThat(e.source().name()).isEqualTo("علي السيستاني");
  }

  @Test
  void readsAKillingVerbWithItsVictimAsAnObjectPronoun() {
    Event e = events("وأصاب صاروخ إسرائيلي السيارة وقتلهم جميعا.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("ISR");
  }

  @Test
  void letsALongSubjectWithItsTitleStandInAPhrasesGap() {
    String text = "وفرضت الولايات المتحدة أيضا في أغسطس الماضي عقوبات على روسيا.";
    Event e = events(text, "SANCTION").get(0);
    assertThat(text.substring(e.trigger().start(), e.trigger().end())).startsWith("وفرضت").endsWith("عقوبات");
    assertThat(e.source().country()).isEqualTo("USA");
    assertThat(e.target().country()).isEqualTo("RUS");
  }

  @Test
  void readsPraiseOnlyWithAlaNotTheVerbThatDissuades() {
    assertThat(events("وقال إن الضغوط لن تثني البلدين عن مواصلة الدفاع.", "SUPPORT")).isEmpty();
    assertThat(events("وقالت الصين إنها تثني على الخطوات التي اتخذتها الولايات المتحدة.", "SUPPORT")).hasSize(1);
  }

  @Test
  void readsAPlaceNearAnAttackAsWhereItStruckNotWhereItCameFrom() {
    assertThat(events("وقتل سائقان في هجوم بقنابل يدوية بالقرب من بيشاور أمس.", "ASSAULT"))
        .isNotEmpty().allMatch(e -> e.source() == null);
    assertThat(events("وأطلقت صواريخ من جنوب لبنان على شمال إسرائيل.", "ASSAULT").get(0).source().country()).isEqualTo("LBN");
  }

  @Test
  void marksAnAllegationAsClaimed() {
    assertThat(events("وزعمت مصادر أن القوات قصفت القرية.", "ASSAULT")).isNotEmpty()
        .allMatch(e -> e.modality() == Modality.CLAIMED);
  }

  @Test
  void codesNoEventInsideTheNameOfAnOrganisation() {
    assertThat(code("زار الوفد مركز القاهرة الدولي لتسوية النزاعات.").events())
        .noneMatch(e -> e.trigger().of("زار الوفد مركز القاهرة الدولي لتسوية النزاعات.").contains("تسوية"));
  }

  @Test
  void codesNothingFromARhetoricalQuestion() {
    Document doc = code("فهل تنجح هذه التحركات في احتواء بؤر التوتر؟");
    assertThat(doc.discourse().get(0).kind()).isEqualTo(SentenceKind.COMMENTARY);
    assertThat(doc.events()).isEmpty();
  }

  @Test
  void movesTheDateByYesterday() {
    Event e = events("التقى الرئيس المصري أمس بنظيره الفرنسي.", "CONSULT").get(0);
    assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 25));
  }

  @Test
  void letsTheCrowdReportItsProtest() {
    Event e = events("وتجمع مئات المتظاهرين أمام مقر الحكومة.", "PROTEST").get(0);
    assertThat(e.source()).isNotNull();
    assertThat(e.source().sector()).isEqualTo("CVL");
  }

  @Test
  void readsTheVictimOfAKillingAsTheTarget() {
    Event e = events("أعلنت الشرطة مقتل سبعة أشخاص في انفجار.", "ASSAULT").get(0);
    assertThat(e.target()).isNotNull();
    assertThat(e.target().sector()).isEqualTo("CVL");
  }

  @Test
  void listsEveryTellingOfTheSameEventAmongItsMentions() {
    List<Event> visits = events("زار الرئيس المصري فرنسا.\nوزار الرئيس المصري فرنسا لبحث العلاقات الثنائية.", "CONSULT");
    assertThat(visits).hasSizeGreaterThanOrEqualTo(2);
    assertThat(visits.get(0).mentions()).hasSize(2).containsExactlyInAnyOrder(visits.get(0).trigger(), visits.get(1).trigger());
    assertThat(visits.get(1).mentions().get(0)).isEqualTo(visits.get(1).trigger());
  }

  @Test
  void readsANounWithItsNationalityAsAnActorOfThatCountry() {
    Event e = events("وخطف مسلحون مهندسا ألمانيا قرب الحدود.", "ASSAULT").get(0);
    assertThat(e.target()).isNotNull();
    assertThat(e.target().country()).isEqualTo("DEU");
  }

  @Test
  void readsTheNationalityAfterAViolentNounAsItsAgent() {
    Event e = events("قتل خمسة مدنيين في القصف الروسي على البلدة.", "ASSAULT").stream()
        .filter(x -> x.source() != null).findFirst().orElseThrow();
    assertThat(e.source().country()).isEqualTo("RUS");
  }

  @Test
  void readsWhoUnderwentAnAttackAsItsTarget() {
    Event e = events("تعرضت القوات الفرنسية لهجوم في شمال البلاد.", "ASSAULT").get(0);
    assertThat(e.target()).isNotNull();
    assertThat(e.target().country()).isEqualTo("FRA");
  }

  @Test
  void takesTheFirstActorAfterAProtestAsWhatItOpposes() {
    Event e = events("تظاهر آلاف الطلاب احتجاجا على قرار الحكومة التونسية رفع الأسعار.", "PROTEST").get(0);
    assertThat(e.target()).isNotNull();
    assertThat(e.target().country()).isEqualTo("TUN");
  }
  @Test
  void readsAViolentVerbBeforeACountAsPassiveWithTheVictimsAsTarget() {
    Event e = events("وقتل 150 مدنيا أفغانيا في غارة ليلية.", "ASSAULT").get(0);
    assertThat(e.source()).isNull();
    assertThat(e.target().country()).isEqualTo("AFG");
    assertThat(e.target().sector()).isEqualTo("CVL");
  }

  @Test
  void readsAVictimBeforeAnIntransitiveViolentVerb() {
    Event e = events("وقال مصدر إن ثلاثة جنود عراقيين قتلوا بانفجار عبوة ناسفة.", "ASSAULT").stream()
        .filter(x -> x.target() != null).findFirst().orElseThrow();
    assertThat(e.target().country()).isEqualTo("IRQ");
    assertThat(e.target().sector()).isEqualTo("MIL");
  }

  @Test
  void namesAnActorByANounInAnyCaseWithItsNationality() {
    Event e = events("وقالت مصادر إن مجهولين خطفوا مصورا فرنسيا في شمال الصومال.", "ASSAULT").get(0);
    assertThat(e.target().country()).isEqualTo("FRA");
    assertThat(e.target().sector()).isEqualTo("MED");
    Event spain = events("قتل وجرح سبعة عشر سائحا إسبانيا في هجوم في اليمن.", "ASSAULT").get(0);
    assertThat(spain.target().country()).isEqualTo("ESP");
  }

  @Test
  void takesTheAgentFromTheVerbThatTakesUpTheAttackOrFromItsClaim() {
    Event launched = events("قتل 15 جنديا تركيا في هجوم شنه متمردون أكراد.", "ASSAULT").get(0);
    assertThat(launched.source().sector()).isEqualTo("REB");
    assertThat(launched.target().country()).isEqualTo("TUR");
    for (Event claimed : events("قتل ستة مدنيين في هجوم انتحاري في كابل تبنته حركة طالبان.", "ASSAULT")) {
      assertThat(claimed.source().name()).contains("طالبان");
      assertThat(claimed.target()).isNotEqualTo(claimed.source());
    }
  }

  @Test
  void takesThePossessorOfAnAttackNounForTheAgentButNotOfAKilling() {
    Event raids = events("وصعدت القوات الروسية غاراتها على ريف إدلب.", "ASSAULT").get(0);
    assertThat(raids.source().country()).isEqualTo("RUS");
    assertThat(events("وأعلن الجيش الروسي مقتله في الهجوم.", "ASSAULT")).allMatch(e -> e.source() == null);
  }

  @Test
  void readsAOneWordTitleSpelledLikeAVerbAfterWaAsTheVerb() {
    assertThat(events("وطالب الوزير بعقد مؤتمر دولي.", "REQUEST")).hasSize(1);
    assertThat(events("وقال طالب في الجامعة إن الشرطة اعتقلته.", "REQUEST")).isEmpty();
  }

  @Test
  void readsAOnePlaceNameSpelledLikeAVerbAfterWaAsTheVerb() {
    assertThat(events("ودان الوزير خطاب الكراهية الذي يعتمده ترامب.", "ACCUSE")).hasSize(1);
  }

  @Test
  void readsANounWithItsNationalityInAPhrasesGapAsItsSubject() {
    Event e = events("أطلقت طائرة أميركية صاروخا على منطقة باكستانية أمس.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("USA");
    assertThat(e.target().country()).isEqualTo("PAK");
  }

  @Test
  void takesThePeopleOfThePlaceAsTheTargetOfAnAttackWithoutANamedVictim() {
    Event e = events("انفجرت سيارة مفخخة في مدينة الموصل أمس.", "ASSAULT").get(0);
    assertThat(e.target().country()).isEqualTo("IRQ");
    assertThat(e.target().entity()).isNull();
    assertThat(events("عقد الوزير اجتماعا في مدينة الموصل أمس.", "CONSULT")).allMatch(c -> c.target() == null);
  }

  @Test
  void readsAVerbalNounsGenitiveAsItsAgentWhenAnObjectWithLiFollows() {
    Event e = events("ونددت مصر باعتقال الشرطة الإسرائيلية للصحفيين الفلسطينيين.", "COERCE").get(0);
    assertThat(e.source().country()).isEqualTo("ISR");
    assertThat(e.target().country()).isEqualTo("PSE");
    assertThat(events("وأدان الوزير اغتيال الصحفي السعودي.", "ASSAULT").get(0).target().country()).isEqualTo("SAU");
  }

  @Test
  void takesNoLaterActorForTheSubjectOfAVerbFollowedByATitleAlone() {
    Event e = events("وأدان الوزير قصف الجيش الإسرائيلي للمدينة.", "ACCUSE").get(0);
    assertThat(e.source()).isNull();
  }

  @Test
  void takesNoGroupWordDescribingTheTriggersNounForAnActor() {
    Event e = events("وفي مؤتمر صحفي مشترك مع رئيس وزراء اليابان قال الرئيس الأمريكي إنه يجب الضغط.", "CONSULT").get(0);
    assertThat(e.source() == null || !"MED".equals(e.source().sector())).isTrue();
  }

  @Test
  void takesTheGenitiveOfADecisionForTheAgentOfTheActAfterIt() {
    Event e = events("ورحبت إسرائيل بقرار الرئيس الأمريكي، دونالد ترامب، بالانسحاب من الاتفاق النووي.", "SANCTION").get(0);
    assertThat(e.source().country()).isEqualTo("USA");
  }

  @Test
  void givesAVerbJoinedByWaTheSubjectOfTheVerbOpeningTheSentence() {
    List<Event> expelled = events("وسحبت واشنطن في منتصف الشهر الماضي أكثر من نصف طاقمها الدبلوماسي في كوبا وابعدت 15 دبلوماسيا كوبيا.", "SANCTION");
    assertThat(expelled).isNotEmpty().allMatch(e -> e.source() != null && "USA".equals(e.source().country()));
  }

  @Test
  void takesThePrepositionBeforeAPersonsTitle() {
    Event e = events("وعقد الوزير اجتماعا مع الرئيس الأميركي دونالد ترامب.", "CONSULT").get(0);
    assertThat(e.target().country()).isEqualTo("USA");
  }

  @Test
  void takesWhoIsResponsibleForAttacksForTheirAgent() {
    Event e = events("وكانت حركة طالبان هي المسؤولة عن كثير من الهجمات على القوات الأمريكية.", "ASSAULT").get(0);
    assertThat(e.source().name()).contains("طالبان");
    assertThat(events("وقال مسؤول عن الأمن إن الهجوم أسفر عن مقتل ثلاثة جنود.", "ASSAULT")).allMatch(x -> x.source() == null);
  }

  @Test
  void takesTheAgentAfterByEvenWithACountBetween() {
    Event e = events("وأكدت أنه تم اختطافها من قبل عدة ضباط عراقيين.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("IRQ");
  }

  @Test
  void anArmedPlatformWithANationalityIsThatStatesMilitary() {
    Event e = events("قصفت الطائرات الإسرائيلية الموقع.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("ISR");
    assertThat(e.source().sector()).isEqualTo("MIL");
  }

  @Test
  void prefersThePlaceWhoseCountryTheSentenceAttests() {
    Event e = events("تظاهر مئات من طلبة المدارس العراقية وسط حي العامرية ببغداد.", "PROTEST").get(0);
    assertThat(e.location().country()).isEqualTo("IRQ");
  }

  @Test
  void givesALightVerbsSubjectToTheVerbalNounAfterIt() {
    Event e = events("وقام عناصر الشرطة في المكان بتوقيف السائق.", "COERCE").get(0);
    assertThat(e.source().sector()).isEqualTo("COP");
    Event far = events("وروى شاهد كيف قام عشرة جنود باكستانيين، من قوة حفظ سلام، بتوقيف السائق.", "COERCE").get(0);
    assertThat(far.source().country()).isEqualTo("PAK");
    Event dared = events("عندما أقدم خالد مسعود، البريطاني الذي اعتنق الإسلام، على دهس مارة على الجسر.", "ASSAULT").get(0);
    assertThat(dared.source().name()).isEqualTo("خالد مسعود"); // أقدم ... على, the light verb of daring
  }
  @Test
  void readsAForceByTheStateThatLeadsIt() {
    Event e = events("وشن التحالف بقيادة السعودية غارات على صنعاء.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("SAU");
    assertThat(e.source().sector()).isEqualTo("MIL");
  }

  @Test
  void takesTheOwnerOfAWeaponForTheAgent() {
    Event e = events("قتل ثلاثة مسلحين في غارة شنتها طائرة بدون طيار تابعة للقوات الأمريكية.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("USA");
  }
  @Test
  void takesTheOwnerOfATargetedPatrolForTheTarget() {
    Event e = events("واستهدف هجوم انتحاري دورية للجيش الأمريكي وسط المدينة.", "ASSAULT").stream()
        .filter(x -> x.target() != null).findFirst().orElseThrow();
    assertThat(e.target().country()).isEqualTo("USA");
    assertThat(e.target().sector()).isEqualTo("MIL");
  }
  @Test
  void readsQadBeforeAPerfectVerbAsAssertionAndBeforeAPresentVerbAsPossibility() {
    assertThat(events("وقد استقبل الرئيس المصري وزير الخارجية الإيطالي في القاهرة.", "CONSULT").get(0).modality())
        .isEqualTo(Modality.ACTUAL);
    assertThat(events("قد يستقبل الرئيس المصري وزير الخارجية الإيطالي في القاهرة.", "CONSULT").get(0).modality())
        .isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void readsAnEventToldByReportsAsClaimed() {
    assertThat(events("وذكرت تقارير صحفية أن السلطات اعتقلت رئيس الإنتربول.", "COERCE").get(0).modality())
        .isEqualTo(Modality.CLAIMED);
  }

  @Test
  void codesOneEventForEachSourceJoinedByAnd() {
    List<Event> praise = events("وأشادت إسرائيل والسعودية بقرار ترامب.", "SUPPORT");
    assertThat(praise).extracting(e -> e.source().country()).containsExactlyInAnyOrder("ISR", "SAU");
    assertThat(praise).allMatch(e -> "USA".equals(e.target().country()));
  }

  @Test
  void codesOneAttackForEachAttackerJoinedByAnd() {
    List<Event> strikes = events("وشنت الولايات المتحدة وبريطانيا وفرنسا ضربات على مواقع في سوريا.", "ASSAULT");
    // وبريطانيا is a name, not the preposition ب before a noun governing فرنسا
    assertThat(strikes).extracting(e -> e.source().country()).containsExactlyInAnyOrder("USA", "GBR", "FRA");
  }

  @Test
  void keepsTheSidesOfASymmetricEventJoinedByAndAsSourceAndTarget() {
    List<Event> talks = events("والتقى الرئيس المصري والعاهل الأردني في القاهرة.", "CONSULT");
    assertThat(talks).noneMatch(e -> e.target() == null);
  }

  @Test
  void takesTheSubjectStandingInsideAPhraseWithAGap() {
    Event e = events("فرضت الولايات المتحدة عقوبات على إيران.", "SANCTION").get(0);
    assertThat(e.source().country()).isEqualTo("USA");
    assertThat(e.target().country()).isEqualTo("IRN");
  }

  @Test
  void takesTheGenitiveInsideANounPhraseWithAGap() {
    Event e = events("وأثار انسحاب ترامب من الاتفاق النووي غضب طهران.", "SANCTION").get(0);
    assertThat(e.source().country()).isEqualTo("USA");
  }

  @Test
  void givesAJoinedVerbTheFirstVerbsSubject() {
    Event e = events("اقتحم مسلحو حماس منزل القيادي، وقتلوا حارسه.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("PSE");
  }

  @Test
  void readsACountOfANationalitysPeopleAsCivilians() {
    Event e = events("قتل ثلاثة فلسطينيين في غارة إسرائيلية على غزة.", "ASSAULT").get(0);
    assertThat(e.target().country()).isEqualTo("PSE");
    assertThat(e.target().sector()).isEqualTo("CVL");
    assertThat(e.source().country()).isEqualTo("ISR"); // the raid's nationality names the killer
  }

  @Test
  void matchesATriggerPhraseWithTheArticle() {
    assertThat(events("وأدت الضربات الجوية إلى تدمير الجسر.", "ASSAULT")).isNotEmpty();
  }

  @Test
  void takesTheGroupNounBeforeADescribingAdjectiveAndItsNationality() {
    Event e = events("قتلت دورية عسكرية أمريكية ثلاثة مسلحين.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("USA");
    assertThat(e.source().sector()).isEqualTo("MIL");
  }

  @Test
  void takesThePlaceAnAttackWasFiredFromAsItsSource() {
    Event e = events("أطلقت صواريخ كاتيوشا من جنوب لبنان على كريات شمونة.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("LBN");
    assertThat(e.target().country()).isEqualTo("ISR");
  }

  @Test
  void readsSettlersAsIsraeli() {
    Event e = events("هاجم مستوطنون المزارعين الفلسطينيين قرب نابلس.", "ASSAULT").get(0);
    assertThat(e.source().country()).isEqualTo("ISR");
  }

  @Test
  void givesUnnamedVictimsTheCountryOfThePlaceNotTheAttackersNationality() {
    Event e = events("قتلت دورية أمريكية مدنيين في أحد أحياء بعقوبة.", "ASSAULT").get(0);
    assertThat(e.target().country()).isEqualTo("IRQ");
  }

  @Test
  void takesAGroupFightingAmongItselfAsTheSourceOfClashes() {
    Event e = events("وأدت الاشتباكات بين الجماعات المسلحة في طرابلس إلى سقوط قتلى.", "ASSAULT").get(0);
    assertThat(e.source().name()).isEqualTo("الجماعات المسلحة");
    assertThat(e.symmetric()).isTrue();
  }

  @Test
  void takesTheAgentOfAStatementFromAVerbTakingItUp() {
    Event e = events("وتصاعد التوتر بعد اتهامات وجهها ترامب إلى رئيس بلدية لندن.", "ACCUSE").get(0);
    assertThat(e.source().country()).isEqualTo("USA");
  }

  @Test
  void readsATitleCommaAndNameAsTheGenitiveOfAStatementNoun() {
    Event e = events("وجاءت الاشتباكات بعد تحذيرات الرئيس، رودريغو دوتيرتي، من هجمات جديدة.", "ACCUSE").get(0);
    assertThat(e.source().name()).isEqualTo("رودريغو دوتيرتي");
  }

  @Test
  void readsAGroupNounBeforeACityAsThatStatesGroup() {
    Event e = events("اعتقلت شرطة البصرة ثلاثة مشتبهين.", "COERCE").get(0);
    assertThat(e.source().country()).isEqualTo("IRQ");
    assertThat(e.source().sector()).isEqualTo("COP");
  }

  @Test
  void givesTheOwnerOfAThingOwnedTheBlow() {
    Event e = events("فجرت سيارة مفخخة حافلة مملوكة للحرس الثوري.", "ASSAULT").stream()
        .filter(x -> x.target() != null).findFirst().orElseThrow();
    assertThat(e.target().country()).isEqualTo("IRN");
  }

  @Test
  void takesNoGroupWordInsideATriggerPhraseAsItsSource() {
    Event e = events("وقال ترامب في مؤتمر صحفي مشترك مع ماكرون إن الضغط سيستمر.", "CONSULT").get(0);
    assertThat(e.source().country()).isEqualTo("USA");
    assertThat(e.source().sector()).isEqualTo("GOV");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      وحملت إسرائيل النظام السوري المسؤولية عن الهجوم. | ACCUSE
      وجهت روسيا أصابع الاتهام إلى واشنطن. | ACCUSE
      وتتولى الشرطة البريطانية التحقيق في الحادث. | ACCUSE
      وحذر الرئيس الأمريكي إيران من مواصلة تجاربها. | ACCUSE
      وقطعت البحرين لعلاقاتها مع قطر. | SANCTION
      وطردت موسكو 23 دبلوماسيا بريطانيا. | SANCTION
      وقررت الإدارة الأمريكية منع دخول مواطني سبع دول. | SANCTION
      وأعرب وزير الخارجية الروسي عن دعمه للحكومة السورية. | SUPPORT
      وأعرب الرئيس الفلسطيني عن رفضه للقرار الأمريكي. | REJECT
      وعرضت سلطنة عمان استضافة المحادثات. | AGREE
      وقال الجيش الإسرائيلي إنه لن يتهاون مع أي اعتداء. | THREATEN
      ونشرت تركيا دبابات على الحدود السورية. | MOBILIZE
      وأجبرت قوات الأمن السكان على مغادرة منازلهم. | COERCE
      وألقت الشرطة الفرنسية القبض على المشتبه به. | COERCE
      وبدأت عملية إجلاء المقاتلين من المدينة. | RETREAT
      وتحالفت حركة النهضة مع حزب نداء تونس. | COOPERATE
      وأكد وزير الخارجية المصري أهمية التباحث مع الأردن. | CONSULT
      وأجرت تركيا تدريبات على الحدود. | MOBILIZE
      وأجرى وزير الخارجية الفرنسي زيارة إلى الجزائر. | CONSULT
      وقال الرئيس الأمريكي في مؤتمر صحفي مشترك مع رئيس الوزراء الياباني إن المحادثات كانت مثمرة. | CONSULT
      وأقام العاهل الأردني مأدبة عشاء للرئيس الفرنسي. | CONSULT
      وتحدث الرئيسان للصحفيين قبل أن يلتقيا في القصر الرئاسي. | CONSULT
      وأعلنت الحكومة السودانية استعدادها للحوار مع المعارضة. | AGREE
      وتم الاتفاق على تبادل الأسرى بين الطرفين. | AGREE
      ولبت تونس دعوة الجزائر لحضور القمة. | AGREE
      ورحبا بقرار مجلس الأمن. | SUPPORT
      واعترفت واشنطن بسيادة إسرائيل على الجولان. | SUPPORT
      وفرضت السلطات حظر تجول في المدينة. | COERCE
      ووضعت السلطات المعارض تحت الإقامة الجبرية. | COERCE
      ونسقوا مع الجيش العراقي في العملية. | COOPERATE
      وقال الجيش إنه لن يتردد في الرد على أي هجوم. | THREATEN
      ووجهت الحكومة إنذارا إلى المسلحين. | THREATEN
      وأعادت السلطات المصرية فتح معبر رفح. | RETREAT
      وبدأ خروج المسلحين من الأحياء الشرقية. | RETREAT
      وألغى الرئيس الأمريكي زيارته إلى لندن. | REJECT
      وقال إن الحكومة تراجعت عن رفع أسعار الوقود. | CONCEDE
      وقدمت السعودية قرضا لمصر. | AID
      ويدعوان إلى وقف إطلاق النار. | REQUEST
      وشارك وزير الخارجية الأردني في مؤتمر دولي حول اللاجئين في جنيف. | CONSULT
      وجددت فرنسا التزامها بالاتفاق النووي مع إيران. | AGREE
      وأعربت فرنسا عن ارتياحها لوقف إطلاق النار. | SUPPORT
      وشدد وزير الخارجية على ضرورة انسحاب القوات الأجنبية من ليبيا. | REQUEST
      وقال إنه يتعين على الحكومة الإفراج عن المعتقلين. | REQUEST
      وتضامنوا مع الصحفيين المعتقلين. | SUPPORT
      وقالت الشرطة إنهم زجوا بالمعارضين في السجون. | COERCE
      وقالت الخارجية إن مصر والسعودية تتفقان على ضرورة الحل السياسي. | AGREE
      وعرقلوا وصول المساعدات إلى المدينة. | REJECT
      وقالت الصحيفة إن واشنطن تلوح بفرض عقوبات جديدة على كوريا الشمالية. | THREATEN
      """)
  void findsTriggersOfTheAddedClasses(String sentence, String type) {
    assertThat(events(sentence, type)).isNotEmpty();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      وشن الجيش اليمني هجوما على مواقع الحوثيين في تعز. | ASSAULT
      وشنت قوات التحالف قصفا مدفعيا على مواقع المتمردين. | ASSAULT
      وترأس رئيس الوزراء اجتماعا مع وزير الخارجية الأمريكي في القاهرة. | CONSULT
      ونفذ العشرات من المدنيين اعتصاما أمام مقر الأمم المتحدة. | PROTEST
      واعتقلت الأجهزة الأمنية 60 متظاهرا في العاصمة. | PROTEST
      وخرج الآلاف في مسيرات في العاصمة كاتماندو. | PROTEST
      ويقاتل الجيش الوطني الليبي تنظيم القاعدة في درنة. | ASSAULT
      وقتل خمسة أشخاص عندما دهست شاحنة صغيرة عددا من المارة. | ASSAULT
      واتهمت بريطانيا روسيا بتسميم الجاسوس السابق. | ASSAULT
      وأعلنت وزارة الصحة استشهاد شاب برصاص الجيش. | ASSAULT
      وسيطرت القوات التركية على مدينة عفرين. | ASSAULT
      واستعادت القوات الحكومية السيطرة على المدينة. | ASSAULT
      وأعلن التحالف إحباط هجوم بطائرة مسيرة. | COERCE
      وأطلقت السلطات الإيرانية سراح الصحفي. | RETREAT
      ووقعت الحكومة المصرية والسعودية اتفاقية للتعاون البحري. | SUPPORT
      وفتحت الشرطة البريطانية تحقيقا في الحادث. | ACCUSE
      واستدعت وزارة الخارجية التركية السفير الأمريكي. | ACCUSE
      وحكمت محكمة تركية على الصحفي بالسجن خمس سنوات. | COERCE
      وأمرت النيابة العامة بحبس الناشط على ذمة التحقيق. | COERCE
      وأوقفت الشرطة الفرنسية ثلاثة مشتبه بهم. | COERCE
      فتح مسلحون مجهولون النار على حافلة للركاب في كابول. | ASSAULT
      وفجر انتحاري نفسه قرب وزارة الداخلية. | ASSAULT
      وسقوط صاروخ على حي سكني في الرياض. | ASSAULT
      وتوصلت الأطراف اليمنية إلى اتفاق على تبادل الأسرى. | AGREE
      ووصل الوزير إلى الجزائر بدعوة من الرئيس الجزائري. | AGREE
      وعلقت الولايات المتحدة المساعدات العسكرية لباكستان. | SANCTION
      وصوتت بوليفيا ضد مشروع القرار. | REJECT
      وهوجمت السفارة الأمريكية في بغداد. | ASSAULT
      واستهدفا موقعا عسكريا قرب الحدود. | ASSAULT
      وقال المتحدث: ندين هذا الهجوم الإرهابي. | ACCUSE
      وقال الرئيس التركي: نرفض قرار نقل السفارة. | REJECT
      وخرج المتظاهرون مطالبين برحيل الحكومة. | REQUEST
      وقال إن الرئيس بحث الأزمة خلال لقائه مع نظيره الفرنسي. | CONSULT
      وتحدث نتانياهو وبوتين هاتفيا يوم الاثنين. | CONSULT
      """)
  void findsTriggersOfTheThirdPass(String sentence, String type) {
    assertThat(events(sentence, type)).isNotEmpty();
  }

  @Test
  void readsASharpAttackByAVerbAsAnAccusationNotAnAssault() {
    assertThat(events("وشن الرئيس الأمريكي هجوما لاذعا على ألمانيا.", "ACCUSE")).isNotEmpty();
    assertThat(events("وشن الرئيس الأمريكي هجوما لاذعا على ألمانيا.", "ASSAULT")).isEmpty();
  }

  @Test
  void readsThePeaceProcessAsNoMarch() {
    assertThat(events("وتحدث الكاتب عن انخراط الحركة في المسيرة السلمية.", "PROTEST")).isEmpty();
  }

  @Test
  void readsPeopleTrappedByADisasterAsNoSiege() {
    assertThat(events("حوصر أكثر من مئتي متسلق فوق جبل بسبب الزلزال.", "COERCE")).isEmpty();
  }

  @Test
  void findsFightersDrivenOutOfATownAsAnAssault() {
    assertThat(events("وطردت القوات العراقية مسلحي داعش من الموصل.", "ASSAULT")).isNotEmpty();
  }

  @Test
  void findsAnArrestByAuqifaWithThePeopleHeld() {
    assertThat(events("وأوقفت السلطات الروسية خمسة أشخاص للاشتباه في انتمائهم إلى تنظيم متطرف.", "COERCE")).isNotEmpty();
  }

  @Test
  void readsAStoppedMatchAsNoArrest() {
    assertThat(events("وأوقفت المباراة لمدة ساعتين بسبب الأمطار.", "COERCE")).isEmpty();
  }

  @Test
  void findsAClosedConsulateAsASanction() {
    assertThat(events("وأغلقت الولايات المتحدة القنصلية الروسية في سياتل.", "SANCTION")).isNotEmpty();
  }

  @Test
  void findsAClosedCrossingAsCoercion() {
    assertThat(events("وأعلنت إسرائيل إغلاق معبر كرم أبو سالم مع قطاع غزة.", "COERCE")).isNotEmpty();
  }

  @Test
  void findsRammingACrowdWithATruck() {
    assertThat(events("وصدم مواطن أوزبكي بشاحنة مسروقة حشدا في ستوكهولم.", "ASSAULT")).isNotEmpty();
  }

  @Test
  void readsShockAsNoRamming() {
    assertThat(events("وصدمت العائلة بالخبر المؤلم.", "ASSAULT")).isEmpty();
  }

  @Test
  void readsARankingAsNoOccupation() {
    assertThat(events("واحتل المنتخب المصري المركز الثاني في المجموعة.", "ASSAULT")).isEmpty();
  }

  @Test
  void findsAnAgreementReachedWithLam() {
    assertThat(events("وتوصلت الحكومة لاتفاق مع المعارضة بشأن الانتخابات.", "AGREE")).isNotEmpty();
  }

  @Test
  void keepsATitledSubjectWhoseGuessedNameIsTheObjectNoun() {
    Event e = events("وأجرى وزير الخارجية الإيراني مشاورات مع الصين.", "CONSULT").get(0);
    assertThat(e.source().country()).isEqualTo("IRN");
    assertThat(e.source().sector()).isEqualTo("GOV");
    assertThat(e.target().country()).isEqualTo("CHN");
  }

  @Test
  void takesTheActorsListedAfterAPrepositionAsTargetsNeverAsTheSubject() {
    List<Event> found = events("وأجرى الوزير مشاورات مع الدول الأوروبية والصين وروسيا.", "CONSULT");
    assertThat(found).extracting(e -> e.target().country()).containsExactlyInAnyOrder("CHN", "RUS");
    assertThat(found).allSatisfy(e -> assertThat(e.source()).isNull());
  }

  @Test
  void readsEachOfAfterAVerbAsItsSubjectsAndAfterAPrepositionAsItsObjects() {
    assertThat(events("شنت كل من مصر وسوريا هجوما على الجيش الإسرائيلي.", "ASSAULT"))
        .extracting(e -> e.source().country()).containsExactlyInAnyOrder("EGY", "SYR");
    List<Event> met = events("التقى المبعوث الفرنسي جان كلود كوسران مع كل من وزير الخارجية السوري وليد المعلم"
        + " ونائب الرئيس فاروق الشرع.", "CONSULT");
    assertThat(met).extracting(e -> e.source().country()).containsOnly("FRA");
    assertThat(met).extracting(e -> e.target().name()).contains("وليد المعلم", "فاروق الشرع");
  }

  @Test
  void readsAVisitNextWeekAsIntendedAndOneLastWeekAsDone() {
    assertThat(events("ويبدأ الرئيس الفرنسي زيارة إلى الجزائر الأسبوع المقبل.", "CONSULT").get(0).modality())
        .isEqualTo(Modality.INTENDED);
    assertThat(events("وتجري الحكومة خلال الأسابيع القادمة مشاورات مع الصين.", "CONSULT").get(0).modality())
        .isEqualTo(Modality.INTENDED);
    assertThat(events("وزار الرئيس الفرنسي الجزائر الأسبوع الماضي.", "CONSULT").get(0).modality())
        .isEqualTo(Modality.ACTUAL);
  }

  @Test
  void takesTheSubjectAfterAVerbWithAnObjectPronounAndThePronounForTheActorBefore() {
    Event e = events("ووقفت الحكومة الليبية في وجه الهجوم، وتدعمها الأمم المتحدة في ذلك.", "SUPPORT").get(0);
    assertThat(e.source().sector()).isEqualTo("IGO");
    assertThat(e.target().country()).isEqualTo("LBY");
    Event visit = events("وصل وزير الخارجية الأمريكي إلى القاهرة، واستقبله الرئيس المصري في قصر الاتحادية.", "CONSULT").get(0);
    assertThat(visit.source().country()).isEqualTo("USA");
    assertThat(visit.target().country()).isEqualTo("EGY");
  }

  @Test
  void findsACrowdGoingOutIntoTheStreetsAsAProtest() {
    assertThat(events("ونزل آلاف المتظاهرين الى شوارع العاصمة والمدن الكبرى.", "PROTEST").get(0).trigger().of(
        "ونزل آلاف المتظاهرين الى شوارع العاصمة والمدن الكبرى.")).isEqualTo("ونزل آلاف المتظاهرين الى شوارع");
    assertThat(events("وخرج الوزير من الاجتماع غاضبا.", "PROTEST")).isEmpty();
  }

  @Test
  void readsANounAndTheActorInItsGenitiveAsOneTarget() {
    List<Event> met = events("والتقى وزير الخارجية الروسي ضباط المخابرات الإيرانية في موسكو.", "CONSULT");
    assertThat(met).hasSize(1);
    assertThat(met.get(0).target().sector()).isEqualTo("SPY");
    assertThat(met.get(0).target().country()).isEqualTo("IRN");
  }

  @Test
  void takesAnUnnamedActorOfAKnownSectorJoinedToTheSubjectAsASecondSource() {
    assertThat(events("واعتقلت الشرطة والجيش الناشط في القاهرة.", "COERCE"))
        .extracting(e -> e.source().sector()).containsExactlyInAnyOrder("COP", "MIL");
  }

  @Test
  void takesThePartiesToTalksAsTheOtherSideWithoutTheArticlesState() {
    String text = "وأعلن روحاني أن طهران ستجري محادثات مع الأعضاء الأوروبيين في الاتفاق.";
    Event talks = events(text, "CONSULT").get(0);
    assertThat(talks.target().span().of(text)).startsWith("الأعضاء");
    assertThat(talks.target().country()).isNull();
    assertThat(talks.source().country()).isEqualTo("IRN");
  }

  @Test
  void findsThePrepositionBeforeTheWholeOrTheRestOfAGroup() {
    String text = "وقال إن إيران ستقرر بعد التباحث مع باقي الأطراف الموقعة على الاتفاق.";
    assertThat(events(text, "CONSULT").get(0).target().span().of(text)).isEqualTo("الأطراف");
  }

  @Test
  void readsMemberStatesAsOneActor() {
    String text = "ودعت السعودية الدول الأعضاء إلى الالتزام بالاستراتيجية.";
    assertThat(events(text, "REQUEST").get(0).target().span().of(text)).isEqualTo("الدول الأعضاء");
  }

  @Test
  void takesTheMediatorAsSourceAndTheSidesBetweenAsTargets() {
    List<Event> mediated = events("وتوسطت قطر بين حماس وفتح.", "CONSULT");
    assertThat(mediated).extracting(e -> e.source().country()).containsOnly("QAT");
    assertThat(mediated).extracting(e -> e.target().sector()).containsExactlyInAnyOrder("REB", "PTY");
    String text = "ونجح الرئيس الفرنسي في الوساطة بين الفرقاء.";
    Event among = events(text, "CONSULT").get(0);
    assertThat(among.source().country()).isEqualTo("FRA");
    assertThat(among.target().span().of(text)).isEqualTo("الفرقاء");
  }

  @Test
  void reachesTheSubjectOfALightVerbAcrossAnAppositionBetweenCommas() {
    String text = "وأقدم خالد مسعود، البريطاني الذي اعتنق الإسلام والبالغ من العمر 52 عاما، على دهس مارة أمام البرلمان.";
    assertThat(events(text, "ASSAULT").get(0).source().span().of(text)).isEqualTo("خالد مسعود");
    String clause = "وقام عناصر شرطة مكافحة الشغب بإبعاد المتظاهرين لمسافة عشرة امتار عن المدخل وجرت هذه التظاهرة استجابة لدعوة طلابية.";
    Event protest = events(clause, "PROTEST").stream().filter(e -> e.trigger().of(clause).equals("التظاهرة")).findFirst().orElseThrow();
    assertThat(protest.source()).isNull();
  }

  @Test
  void readsMaAsANegationOnlyRightBeforeTheTrigger() {
    assertThat(events("انفجرت سيارة مفخخة في بغداد، ما أدى لمقتل طفل.", "ASSAULT")).hasSize(2).noneMatch(Event::negated);
    assertThat(events("وخرج المحتجون للاحتجاج على ما وصفوه بانتهاكات الرئيس.", "PROTEST")).isNotEmpty().noneMatch(Event::negated);
    assertThat(events("ما قتل الجيش أحدا في بغداد.", "ASSAULT")).isNotEmpty().allMatch(Event::negated);
  }

  @Test
  void readsANounOfAttackSpeltLikeItsPastVerbAsTheVerbWhenItOpensTheClause() {
    Event shelled = events("قصف الجيش الإسرائيلي مواقع في غزة.", "ASSAULT").get(0);
    assertThat(shelled.source().country()).isEqualTo("ISR");
    assertThat(shelled.source().sector()).isEqualTo("MIL");
  }

  @Test
  void takesAnArmedGroupInTheGenitiveOfANounOfAttackAsTheAttacker() {
    Event raids = events("وأدت هجمات الميليشيات على القرى إلى مقتل عشرة مدنيين.", "ASSAULT").get(0);
    assertThat(raids.source().sector()).isEqualTo("REB");
    assertThat(raids.target().sector()).isEqualTo("CVL");
  }

  @Test
  void readsAnOfficialArrivingInAnotherCountryAsAVisitAndNothingElseThatArrives() {
    Event visit = events("ووصل وزير الخارجية الأمريكي مساء أمس إلى القاهرة.", "CONSULT").get(0);
    assertThat(visit.mode()).isEqualTo("visit");
    assertThat(visit.source().country()).isEqualTo("USA");
    assertThat(visit.target().country()).isEqualTo("EGY");
    assertThat(events("ويصل الرئيس الفرنسي إلى الجزائر غدا.", "CONSULT").get(0).modality()).isEqualTo(Modality.INTENDED);
    String heading = "وقال ماتيس، في حديث مع الصحفيين أثناء توجهه إلى عُمان الأحد، إن التكنولوجيا لا تزال بعيدة.";
    assertThat(events(heading, "CONSULT").get(0).source().country()).isEqualTo("USA");
    assertThat(events("ووصل عدد القتلى إلى 50 شخصا.", "CONSULT")).isEmpty();
    assertThat(events("ووصلت القوات الأمريكية إلى بغداد.", "CONSULT")).isEmpty();
    assertThat(events("وتوجه رئيس الوزراء العراقي إلى الموصل.", "CONSULT")).isEmpty();
    assertThat(events("وتوجه الحكومة البريطانية أصابع الاتهام إلى موسكو.", "CONSULT")).isEmpty();
    assertThat(events("ووصل سمير قصير إلى باريس قادما من بيروت.", "CONSULT")).isEmpty(); // a visitor of no sector
  }

  @Test
  void takesTheSidesAfterBetweenOnlyForAnEventBetweenSides() {
    String text = "ووصل المسؤولون الأمريكيون إلى كوريا الشمالية للإعداد للقمة بين الرئيس الأمريكي والزعيم الكوري الشمالي.";
    Event visit = events(text, "CONSULT").stream().filter(e -> "visit".equals(e.mode())).findFirst().orElseThrow();
    assertThat(visit.target().country()).isEqualTo("PRK");
  }

  @Test
  void takesTheOneNamedBeforeAsTheObjectOfLamWithAPronoun() {
    String text = "واستقبل الرئيس المصري وزير الخارجية الأمريكي وأكد دعمه الكامل له.";
    Event support = events(text, "SUPPORT").get(0);
    assertThat(support.target().country()).isEqualTo("USA");
  }

  @Test
  void takesTheHostAsTheSubjectOfTheVerbJoinedToAHostingVerb() {
    Event support = events("واستقبل الرئيس المصري وزير الخارجية الأمريكي وأكد دعمه الكامل له.", "SUPPORT").get(0);
    assertThat(support.source().country()).isEqualTo("EGY");
  }

  @Test
  void readsAYearAfterAMonthOrSinceAsLongPastAndWithoutADateComparesWithTheLatestYearNamed() {
    assertThat(events("وقطعت الرياض علاقاتها الدبلوماسية مع طهران في يناير/كانون الثاني 2016.", "SANCTION").get(0).modality())
        .isEqualTo(Modality.HISTORICAL);
    String undated = "ونجا كرزاي من محاولتي اغتيال، الأولى عام 2002 عندما فتح حارس النار على سيارته، والثانية عام 2008.";
    List<Event> attempts = marsad.code(new Article("t", null, null, null, "ar", null, undated)).events().stream()
        .filter(e -> e.type().equals("ASSAULT")).toList();
    assertThat(attempts).isNotEmpty().allMatch(e -> e.modality() == Modality.HISTORICAL);
    assertThat(events("وأعلن الرئيس الأمريكي اليوم انسحاب الولايات المتحدة من الاتفاق الذي وقع عام 2015.", "SANCTION"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.ACTUAL);
    String alone = "وفتح حارس النار على سيارة الرئيس عام 2002.";
    assertThat(marsad.code(new Article("t", null, null, null, "ar", null, alone)).events()).isNotEmpty()
        .allMatch(e -> e.modality() == Modality.ACTUAL);
  }

  @Test
  void takesAnUnnamedHolderOfAnOfficeThatNamesItsBodyAsTheActorAndNotTheBodyInsideItsTitle() {
    String text = "ودعا الأمين العام للأمم المتحدة الأطراف المتحاربة إلى وقف القتال.";
    Event call = events(text, "REQUEST").get(0);
    assertThat(call.source().sector()).isEqualTo("IGO");
    assertThat(call.source().span().of(text)).isEqualTo("الأمين العام للأمم المتحدة");
    assertThat(call.target().span().of(text)).startsWith("الأطراف");
    String league = "وأدان الأمين العام لجامعة الدول العربية الهجوم على غزة.";
    assertThat(events(league, "ACCUSE").get(0).source().span().of(league)).isEqualTo("الأمين العام لجامعة الدول العربية");
  }

  @Test
  void takesWhoIsNamedAtTheHandsOfAsTheAgentAndWhomTheVerbNamesAsTheVictim() {
    Event killed = events("قتل الجندي على يد مسلحين في بغداد أمس.", "ASSAULT").get(0);
    assertThat(killed.source().sector()).isEqualTo("UAF");
    assertThat(killed.target().sector()).isEqualTo("MIL");
    Event abducted = events("تعرض الصحفي للخطف على أيدي مسلحين في بغداد أمس.", "ASSAULT").get(0);
    assertThat(abducted.source().sector()).isEqualTo("UAF");
    assertThat(abducted.target().sector()).isEqualTo("MED");
    // the hands after another act's noun are that act's: the protest has no such agent
    Event protest = events("خرج متظاهرون أفغان للاحتجاج على مقتل ثلاثة مدنيين على يد القوات الأمريكية.", "PROTEST").get(0);
    assertThat(protest.source().country()).isEqualTo("AFG");
  }

  @Test
  void takesTheSubjectOfAVerbOfOrderingAsTheAgentOfTheActOrdered() {
    String text = "وأوضح أن القوات الأجنبية أمرت بضربات جوية على مركز الشرطة.";
    Event strikes = events(text, "ASSAULT").get(0);
    assertThat(strikes.source().span().of(text)).isEqualTo("القوات الأجنبية");
    assertThat(strikes.source().country()).isEqualTo("INT");
  }

  @Test
  void takesADetachmentOfABodyAsTheBodyActing() {
    String text = "هاجمت قوة من الجيش الإسرائيلي المنزل.";
    Event attack = events(text, "ASSAULT").get(0);
    assertThat(attack.source().span().of(text)).isEqualTo("قوة من الجيش الإسرائيلي");
    assertThat(attack.source().country()).isEqualTo("ISR");
    assertThat(events("هاجمت قوة إسرائيلية المنزل.", "ASSAULT").get(0).source().country()).isEqualTo("ISR");
    Event unit = events("حتى هاجمتهم قوة من وحدة المستعربين وقتلتهم.", "ASSAULT").get(0);
    assertThat(unit.source().country()).isEqualTo("ISR");
    assertThat(unit.source().sector()).isEqualTo("MIL");
    // a count after it: the verb is active, the detachment its subject
    Event arrest = events("اعتقلت قوة من الشرطة ثلاثة مطلوبين.", "COERCE").get(0);
    assertThat(arrest.source().sector()).isEqualTo("COP");
  }

  @Test
  void readsAPlainNounWithANationalityAfterAVerbOfViolenceAsItsVictim() {
    Event killed = events("وقتل جندي إسرائيلي في غزة.", "ASSAULT").get(0);
    assertThat(killed.source()).isNull();
    assertThat(killed.target().country()).isEqualTo("ISR");
    assertThat(killed.target().sector()).isEqualTo("MIL");
  }

  @Test
  void leavesAMemberOfATransnationalGroupWithoutTheArticlesCountry() {
    Document d = code("وقالت وكالة المخابرات المركزية الأمريكية إن الظواهري كان موجودا في المنزل.");
    assertThat(d.entities()).filteredOn(e -> "IMG".equals(e.sector())).isNotEmpty()
        .allSatisfy(e -> assertThat(e.country()).isNull());
  }

  @Test
  void takesAnAttackerFromAGroupAsTheGroupAcrossTheCommaAfterInna() {
    Event bus = events("قالت الشرطة الأفغانية إن مهاجما انتحاريا من حركة طالبان، فجر حافلة تابعة للشرطة.", "ASSAULT").get(0);
    assertThat(bus.source().country()).isEqualTo("AFG");
    assertThat(bus.source().sector()).isEqualTo("REB");
  }

  @Test
  void takesACountOfACitysPoliceAsTheObjectAndTheGapOfAPhraseAsWhereItStands() {
    Event held = events("احتجز المسلحون أربعة من شرطة بغداد.", "COERCE").get(0);
    assertThat(held.target().sector()).isEqualTo("COP");
    assertThat(held.target().country()).isEqualTo("IRQ");
    Event hostages = events("وقال إن المسلحين احتجزوا أربعة من شرطة إسلام آباد رهائن.", "ASSAULT").get(0);
    assertThat(hostages.target().sector()).isEqualTo("COP");
    assertThat(hostages.target().country()).isEqualTo("PAK");
  }

  @Test
  void takesTheAwakeningCouncilsAsIraqsAndAMeetingsLamObjectAsWhoWasStruck() {
    Event struck = events("واستهدف انتحاري اجتماعا لقوات الصحوة في بغداد.", "ASSAULT").get(0);
    assertThat(struck.target().country()).isEqualTo("IRQ");
    assertThat(struck.target().sector()).isEqualTo("UAF");
  }

  @Test
  void readsABoundOnACountAsPartOfTheCountOfVictims() {
    String text = "وقتل ما لا يقل عن 120 فلسطينيا على أيدي القوات الإسرائيلية.";
    Event killed = events(text, "ASSAULT").get(0);
    assertThat(killed.target().span().of(text)).isEqualTo("120 فلسطينيا");
    assertThat(killed.target().country()).isEqualTo("PSE");
    assertThat(killed.source().country()).isEqualTo("ISR");
  }

  @Test
  void readsMembersOfAnArmedGroupAsVictimsAndItsFightersAsAttackers() {
    String text = "قتل عناصر من حزب الله في سوريا.";
    Event killed = events(text, "ASSAULT").get(0);
    assertThat(killed.source()).isNull();
    assertThat(killed.target().span().of(text)).isEqualTo("عناصر من حزب الله");
    assertThat(events("قتل مسلحون من طالبان ثلاثة جنود.", "ASSAULT").get(0).source().sector()).isEqualTo("REB");
    // the fighters in the construct state before the group's name, and a detachment of them
    String attack = "هاجمت مجموعة من مسلحي تنظيم الدولة الإسلامية الاستاد الوطني.";
    Event stadium = events(attack, "ASSAULT").get(0);
    assertThat(stadium.source().span().of(attack)).isEqualTo("مجموعة من مسلحي تنظيم الدولة الإسلامية");
    assertThat(stadium.source().country()).isEqualTo("IMG");
  }

  @Test
  void takesTheSamePrepositionAgainAfterWaAsAnotherTarget() {
    List<Event> raids = events("شنت القوات الأمريكية غارات على الجيش السوري، وعلى حزب الله.", "ASSAULT");
    assertThat(raids).extracting(e -> e.target().country()).contains("SYR", "LBN");
  }

  @Test
  void readsTheCountAfterWhereAndWhenAsTheVictimsOfAVerbOfViolence() {
    String text = "وقتل في الاشتباكات 30 من أفراد القوات الحكومية.";
    Event killed = events(text, "ASSAULT").get(0);
    assertThat(killed.source()).isNull();
    assertThat(killed.target().span().of(text)).isEqualTo("أفراد القوات الحكومية");
    assertThat(events("وقتل في بغداد 30 شخصا.", "ASSAULT").get(0).source()).isNull();
    assertThat(events("وقتل في 2002 عشرة أشخاص.", "ASSAULT").get(0).source()).isNull();
    assertThat(events("وقتل أيضا 21 من مسلحي تنظيم الدولة.", "ASSAULT").get(0).source()).isNull();
  }

  @Test
  void readsAGunmanNamedBeforeTheAttackHeFellInAsItsVictim() {
    String text = "قتل مسلح في اشتباك مع الشرطة العراقية.";
    Event killed = events(text, "ASSAULT").get(0);
    assertThat(killed.target().span().of(text)).isEqualTo("مسلح");
    assertThat(killed.source().country()).isEqualTo("IRQ");
    assertThat(events("قتل مسلحون بقصف إسرائيلي على غزة.", "ASSAULT").get(0).source().country()).isEqualTo("ISR");
    // with an object after him, the gunman killed
    assertThat(events("قتل مسلحون ثلاثة جنود في هجوم على حاجز.", "ASSAULT").get(0).source().sector()).isEqualTo("UAF");
  }

  @Test
  void findsMissilesFiredByAPlatformOfABodyAndInTheDual() {
    String text = "أطلقت طائرة بدون طيار تابعة لوكالة المخابرات المركزية الأمريكية عدة صواريخ على منزل.";
    Event strike = events(text, "ASSAULT").get(0);
    assertThat(strike.source().country()).isEqualTo("USA");
    assertThat(strike.mode()).isEqualTo("aerial");
    assertThat(events("أطلقت طائرة إسرائيلية صاروخين على سيارة في غزة.", "ASSAULT").get(0).source().country()).isEqualTo("ISR");
    // without a word of belonging the gap stays short
    assertThat(events("أطلقت الحكومة اليوم في العاصمة برنامجا جديدا لدعم المزارعين وتوزيع عدة صواريخ.", "ASSAULT")).isEmpty();
  }

  @Test
  void takesWhoAnswersWithAnAttackAsItsAgentButNotWhoAnswersAnAccusation() {
    assertThat(events("وردت القوات الإسرائيلية بغارات على مواقع في غزة.", "ASSAULT").get(0).source().country()).isEqualTo("ISR");
    Event accused = events("ورد الوزير على الاتهامات التي وجهتها المعارضة.", "ACCUSE").get(0);
    assertThat(accused.source().sector()).isEqualTo("OPP");
  }

  @Test
  void readsTwoMembersAndAnActivistOfAGroupAsTheVictimsAndASiteBelongingToItAsTheTarget() {
    String text = "قتل عنصران من القسام في خانيونس.";
    Event killed = events(text, "ASSAULT").get(0);
    assertThat(killed.target().span().of(text)).isEqualTo("عنصران من القسام");
    assertThat(killed.target().country()).isEqualTo("PSE");
    String activist = "قتل ناشط من الجهاد الإسلامي في غارة إسرائيلية على رفح.";
    Event raid = events(activist, "ASSAULT").get(0);
    assertThat(raid.target().span().of(activist)).isEqualTo("ناشط من الجهاد الإسلامي");
    assertThat(raid.source().country()).isEqualTo("ISR");
    Event site = events("استهدفت غارة إسرائيلية موقعا تابعا لحماس.", "ASSAULT").get(0);
    assertThat(site.target().sector()).isEqualTo("REB");
  }

  @Test
  void takesTheBodyAfterANounOfAttackAsItsAgentButNotACityOrAVictim() {
    String text = "قتل 5 مدنيين في قصف للقوات الحكومية على درعا.";
    Event killed = events(text, "ASSAULT").stream().filter(e -> e.trigger().of(text).equals("قتل")).findFirst().orElseThrow();
    assertThat(killed.source().sector()).isEqualTo("MIL");
    assertThat(killed.target().span().of(text)).isEqualTo("مدنيين");
    assertThat(events("قتل جنديان في هجوم لطالبان على حاجز.", "ASSAULT").get(0).source().country()).isEqualTo("AFG");
    // هجوم كابول is where the attack was; اغتيال الحريري names its victim
    assertThat(events("قتل ستة مدنيين في هجوم كابول.", "ASSAULT").get(0).source()).isNull();
  }

  @Test
  void takesTheOwnerOfTheBulletsAsTheAgentAndWhoFellByThemAsTheVictim() {
    String text = "قتل شاب برصاص الجيش الإسرائيلي في جنين.";
    Event killed = events(text, "ASSAULT").get(0);
    assertThat(killed.source().span().of(text)).isEqualTo("الجيش الإسرائيلي");
    assertThat(killed.target().span().of(text)).isEqualTo("شاب");
    // a nationality standing for one of its people, after an always passive verb too
    String martyr = "استشهد فلسطيني برصاص الجيش الإسرائيلي.";
    Event shot = events(martyr, "ASSAULT").get(0);
    assertThat(shot.target().country()).isEqualTo("PSE");
    assertThat(shot.source().country()).isEqualTo("ISR");
  }

  @Test
  void readsTheAttackAfterAnAsideAndTheVerbOfRapeSpelledLikeItsPassive() {
    String text = "وقتل اثنان من المقاتلين الروس، على الأقل، في ضربات جوية أمريكية شمال شرقي سوريا.";
    Event killed = events(text, "ASSAULT").get(0);
    assertThat(killed.source().country()).isEqualTo("USA");
    assertThat(killed.target().country()).isEqualTo("RUS");
    String rape = "اغتصبت فتاة في حافلة بالعاصمة.";
    Event raped = events(rape, "ASSAULT").get(0);
    assertThat(raped.source()).isNull();
    assertThat(raped.target().span().of(rape)).isEqualTo("فتاة");
  }
}
