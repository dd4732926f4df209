package org.marsad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.lang.DataFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every actor lexicon file loads, has its header and columns, and holds at least what it promises. */
class ActorLexiconTest {

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final java.util.Set<String> SECTORS = java.util.Set.of("GOV", "MIL", "COP", "JUD", "LEG", "PTY",
      "OPP", "REB", "IMG", "SPY", "CVL", "BUS", "MED", "EDU", "REL", "LAB", "REF", "HLH", "NGO", "IGO", "CRM",
      "ELI", "UAF", "UNK");

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      states.tsv,         249
      regions.tsv,        40
      places.tsv,         3000
      organisations.tsv,  150
      groups.tsv,         150
      people.tsv,         400
      titles.tsv,         300
      institutions.tsv,   100
      clubs.tsv,          800
      """)
  void loadsWithWellFormedRows(String file, int minimum) {
    DataFile data = DataFile.load("/lang/ar/actors/" + file);
    List<Map<String, String>> rows = data.rows();
    assertThat(rows).as(file).hasSizeGreaterThanOrEqualTo(minimum);
    for (Map<String, String> row : rows) {
      String country = row.containsKey("iso3") ? row.get("iso3") : row.get("country");
      if (country != null) {
        assertThat(country).as(file + " " + row).matches(ISO3);
      }
      if (row.get("sector") != null) {
        assertThat(SECTORS).as(file + " " + row).contains(row.get("sector"));
      }
      for (String column : List.of("word_names", "place_names")) {
        if (row.get(column) != null) { // a club's names that are also words or places are among its names
          assertThat(List.of(row.get("names_ar").split("\\|"))).as(file + " " + row)
              .containsAll(List.of(row.get(column).split("\\|")));
        }
      }
      if (row.get("wikidata") != null) {
        assertThat(row.get("wikidata")).as(file + " " + row).matches("Q[0-9]+");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void givesACitysOwnNameToTheCityNotToTheMorePopulousProvinceAlsoCalledSo() {
    ActorLexicon lexicon = ActorLexicon.arabic();
    assertThat(lexicon.entriesOf(List.of("الموصل"))).extracting(ActorEntry::latin).contains("Mosul").doesNotContain("Nineveh");
    assertThat(lexicon.entriesOf(List.of("قندهار"))).extracting(ActorEntry::latin).contains("Kandahār");
  }

  @org.junit.jupiter.api.Test
  void givesASingularRoleEndingInUnNoSoundPluralForms() {
    ActorLexicon lexicon = ActorLexicon.arabic();
    assertThat(lexicon.entriesOf(List.of("مدي"))).isEmpty(); // مدى "extent", not a form of المدون "blogger"
    assertThat(lexicon.entriesOf(List.of("مسلحين"))).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void loadsEveryFileIntoOneIndexQuickly() {
    long t0 = System.nanoTime();
    ActorLexicon lexicon = ActorLexicon.arabic();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(lexicon.size()).isGreaterThan(10_000);
    assertThat(lexicon.state("EGY").name()).isEqualTo("مصر");
    System.out.println("actor lexicons: " + lexicon.size() + " phrases loaded in " + millis + " ms");
  }
}
