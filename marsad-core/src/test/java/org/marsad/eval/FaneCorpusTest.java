package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FANE sentences read as ANERcorp: lines as NewsFANE Gold writes them (left-to-right marks, CRLF, tab-only breaks). */
class FaneCorpusTest {

  private static FaneCorpus.Conventions conventions;

  @TempDir
  Path dir;

  @BeforeAll
  static void load() {
    conventions = FaneCorpus.Conventions.arabic();
  }

  /** The sentences written as FANE writes them, one "word/TAG word/TAG" string each, then read back as ANERcorp. */
  private List<String> read(String... sentences) throws IOException {
    StringBuilder text = new StringBuilder("\uFEFF");
    for (String sentence : sentences) {
      for (String item : sentence.split(" ")) {
        int slash = item.lastIndexOf('/');
        String word = item.substring(0, slash);
        text.append(Character.isDigit(word.charAt(0)) || word.length() == 1 && !Character.isLetter(word.charAt(0)) ? "" : "\u200E")
            .append(word).append('\t').append(item.substring(slash + 1)).append("\r\n");
      }
      text.append("\t\r\n");
    }
    Path file = dir.resolve("fane.tsv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (BioCorpus.Sentence s : FaneCorpus.read(file, conventions).sentences()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < s.words().size(); i++) {
        line.append(i > 0 ? " " : "").append(s.words().get(i)).append('/').append(s.tags().get(i));
      }
      out.add(line.toString());
    }
    return out;
  }

  @Test
  void joinsTheConjunctionToTheNameAfterItAsANERcorpWritesIt() throws IOException {
    assertThat(read("مثل/O الولايات/B-Nation المتحدة/I-Nation و/O اسرائيل/B-Nation ./O"))
        .containsExactly("مثل/O الولايات/B-LOC المتحدة/I-LOC واسرائيل/B-LOC ./O");
  }

  @Test
  void joinsPronounSuffixesToTheWordBeforeWritingItsTehMarbutaAsTeh() throws IOException {
    assertThat(read("الخاصة/O لدي/O ه/O و/O جرح/O اثنين/O ./O", "اولاد/B-Book حارة/I-Book نا/I-Book"))
        .containsExactly("الخاصة/O لديه/O وجرح/O اثنين/O ./O", "اولاد/B-MISC حارتنا/I-MISC");
  }

  @Test
  void joinsPrepositionsWithTheArticleDroppingItsAlef() throws IOException {
    assertThat(read("الوقت/O ل/O اسرائيل/B-Nation و/O ب/O الاشارة/O ل/O الامم/B-Non-Governmental المتحدة/I-Non-Governmental"))
        .containsExactly("الوقت/O لاسرائيل/B-LOC وبالاشارة/O للامم/B-ORG المتحدة/I-ORG");
  }

  @Test
  void joinsASplitOffInitialAlefButNotTheLettersOfAnAbbreviation() throws IOException {
    assertThat(read("(/O ا/B-Media ف/I-Media ب/I-Media )/O يمثل/O ا/O مراة/O"))
        .containsExactly("(/O ا/B-ORG ف/I-ORG ب/I-ORG )/O يمثل/O امراة/O");
  }

  @Test
  void readsALoneHamzaAsAQuotationMark() throws IOException {
    assertThat(read("قال/O فيرجسون/B-Athlete ء/O لقد/O")).containsExactly("قال/O فيرجسون/B-PERS \"/O لقد/O");
  }

  @Test
  void governmentBodiesAndGroupsOfPeopleAreNotNamesInANERcorp() throws IOException {
    assertThat(read("الجيش/B-Government الاسرائيلي/I-Government اعترف/O", "دعم/O البريطانيين/B-Group"))
        .containsExactly("الجيش/O الاسرائيلي/O اعترف/O", "دعم/O البريطانيين/O");
  }

  @Test
  void movesADescriptorWordOutOfTheNameItStarts() throws IOException {
    assertThat(read("العامة/O ب/O مدينة/B-Population-Center نصر/I-Population-Center في/O"))
        .containsExactly("العامة/O بمدينة/O نصر/B-LOC في/O");
  }

  @Test
  void leavesOutASentenceWithATypeANERcorpTagsInconsistently() throws IOException {
    assertThat(read("زار/O البيت/B-Building-Grounds الابيض/I-Building-Grounds", "زار/O بغداد/B-Population-Center"))
        .containsExactly("زار/O بغداد/B-LOC");
  }

  @Test
  void aNationalTeamIsAPlaceAndAClubAnOrganisation() throws IOException {
    assertThat(read("بنفيكا/B-Sports (/O البرتغال/B-Nation )/O -/O البرتغال/B-Sports"))
        .containsExactly("بنفيكا/B-ORG (/O البرتغال/B-LOC )/O -/O البرتغال/B-LOC");
  }

  @Test
  void breaksSentencesAfterFullStops() throws IOException {
    assertThat(read("وصل/O بوش/B-Politician ./O غادر/O ./O"))
        .containsExactly("وصل/O بوش/B-PERS ./O", "غادر/O ./O");
  }

  @Test
  void leavesOutSentencesWithAWordTheNewsCorpusMostlyTagsMisc() {
    BioCorpus anercorp = new BioCorpus(List.of(
        new BioCorpus.Sentence(List.of("مليون", "دولار"), List.of("O", "B-MISC")),
        new BioCorpus.Sentence(List.of("بالدولار", "الاميركي"), List.of("B-MISC", "O")),
        new BioCorpus.Sentence(List.of("في", "بغداد"), List.of("O", "B-LOC"))));
    BioCorpus fane = new BioCorpus(List.of(
        new BioCorpus.Sentence(List.of("ارتفع", "الدولار"), List.of("O", "O")),
        new BioCorpus.Sentence(List.of("وصل", "الى", "بغداد"), List.of("O", "O", "B-LOC"))));
    assertThat(FaneCorpus.without(fane, FaneCorpus.miscWords(anercorp)).sentences())
        .extracting(s -> String.join(" ", s.words()))
        .containsExactly("وصل الى بغداد");
  }

  @Test
  void readsAnEmptyFileAsNoSentences() throws IOException {
    Path file = dir.resolve("empty.tsv");
    Files.writeString(file, "\t\r\n\u200E\r\n");
    assertThat(FaneCorpus.read(file, conventions).sentences()).isEmpty();
  }
}
