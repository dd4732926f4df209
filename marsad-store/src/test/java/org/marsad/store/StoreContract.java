package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every store does, whatever the database: the same tests run on SQLite and PostgreSQL over
 * the test corpus (src/test/resources/store).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

  Store store;
  Queries queries;
  Ingest.Counts first;

  /** The location of a new, empty store of the backend under test. */
  abstract String newStore();

  @BeforeAll
  void ingestCorpus() {
    store = Store.open(newStore());
    queries = new Queries(store);
    first = TestStores.ingest(store, TestStores.corpus().toString());
  }

  @Test
  void storesEveryArticleOfTheCorpusWithItsEvents() throws Exception {
    assertThat(first.added()).isEqualTo(10);
    assertThat(first.events()).isGreaterThan(5);
    assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(10);
    assertThat(count("SELECT COUNT(*) FROM sentence")).isGreaterThan(10);
    assertThat(count("SELECT COUNT(*) FROM event")).isEqualTo(first.events());
  }

  @Test
  void ingestingTheSameCorpusAgainAddsNothing() throws Exception {
    Ingest.Counts again = TestStores.ingest(store, TestStores.corpus().toString());
    assertThat(again.added()).isZero();
    assertThat(again.known()).isEqualTo(10);
    assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(10);
    assertThat(count("SELECT COUNT(*) FROM event")).isEqualTo(first.events());
  }

  @Test
  void defaultQueryGivesActualEventsThatAreNotNegatedOldestFirst() {
    List<StoredEvent> events = queries.events(EventQuery.defaults());
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      assertThat(e.modality()).isEqualTo("actual");
      assertThat(e.negated()).isFalse();
    });
    assertThat(events).extracting(StoredEvent::date).isSorted();
  }

  @Test
  void everyEventQuotesTheWordsItWasCodedFrom() throws Exception {
    try (Connection c = store.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT a.body, e.trigger_start, e.trigger_end, e.trigger_text, e.sentence_start,"
            + " e.sentence_end, e.evidence FROM event e JOIN article a ON a.id = e.article_id")) {
      int n = 0;
      while (rs.next()) {
        String body = rs.getString(1);
        assertThat(body.substring(rs.getInt(2), rs.getInt(3))).isEqualTo(rs.getString(4));
        assertThat(body.substring(rs.getInt(5), rs.getInt(6))).isEqualTo(rs.getString(7));
        n++;
      }
      assertThat(n).isPositive();
    }
  }

  @Test
  void putsAnEventInAKnownPlaceOnTheMap() {
    EventQuery all = new EventQuery(List.of(), List.of(), null, null, null, null, null, null, Set.of(), null, null, 1000, 0);
    StoredEvent inCairo = queries.events(all).stream()
        .filter(e -> e.location() != null && "القاهرة".equals(e.location().name())).findFirst().orElseThrow();
    assertThat(inCairo.location().lat()).isBetween(29.9, 30.2);
    assertThat(inCairo.location().lon()).isBetween(31.1, 31.4);
  }

  @Test
  void filtersByTypeCountryDatesAndModality() {
    EventQuery protests = new EventQuery(List.of("PROTEST"), List.of(), null, null, null, null, null, null, Set.of("actual"),
        false, null, 100, 0);
    assertThat(queries.events(protests)).isNotEmpty().allSatisfy(e -> assertThat(e.type()).isEqualTo("PROTEST"));

    EventQuery march6 = new EventQuery(List.of(), List.of(), null, null, null, null, LocalDate.of(2024, 3, 6),
        LocalDate.of(2024, 3, 6), Set.of(), null, null, 100, 0);
    assertThat(queries.events(march6)).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo("2024-03-06"));

    EventQuery egypt = new EventQuery(List.of(), List.of(), "EGY", null, null, null, null, null, Set.of(), null, null, 100, 0);
    assertThat(queries.events(egypt)).isNotEmpty().allSatisfy(e -> assertThat(List.of(
        e.source() == null || e.source().country() == null ? "" : e.source().country(),
        e.target() == null || e.target().country() == null ? "" : e.target().country())).contains("EGY"));

    EventQuery negated = new EventQuery(List.of(), List.of(), null, null, null, null, null, null, Set.of(), true, null, 100, 0);
    assertThat(queries.events(negated)).isNotEmpty().allSatisfy(e -> assertThat(e.negated()).isTrue());

    EventQuery conflict = new EventQuery(List.of(), List.of(4), null, null, null, null, null, null, Set.of(), null, null, 100, 0);
    assertThat(queries.events(conflict)).isNotEmpty().allSatisfy(e -> assertThat(e.quadClass()).isEqualTo(4));
    assertThat(queries.count(conflict)).isEqualTo(queries.events(conflict).size());
  }

  @Test
  void findsActorsByArabicNameInAnySpelling() {
    EventQuery query = new EventQuery(List.of(), List.of(), "عبد العاطى", null, null, null, null, null, Set.of(), null, null,
        100, 0);
    assertThat(queries.events(query)).isNotEmpty().allSatisfy(e -> assertThat(e.article().extId()).isEqualTo("a3"));
  }

  @Test
  void limitsAndOffsetsPageThroughTheSameOrder() {
    EventQuery all = new EventQuery(List.of(), List.of(), null, null, null, null, null, null, Set.of(), null, null, 1000, 0);
    List<StoredEvent> every = queries.events(all);
    assertThat(queries.events(all.withLimit(2, 1))).isEqualTo(every.subList(1, 3));
  }

  @Test
  void groupsReportsOfTheSameEventFromTwoOutlets() {
    EventQuery protests = new EventQuery(List.of("PROTEST"), List.of(), null, null, null, null, null, null, Set.of("actual"),
        false, null, 100, 0);
    List<Queries.Group> groups = queries.groups(protests);
    assertThat(groups).anySatisfy(g -> {
      assertThat(g.articles()).isEqualTo(2);
      assertThat(g.sources()).isEqualTo(2);
      assertThat(queries.reports(g.first().groupKey())).hasSize(g.reports());
    });
  }

  @Test
  void searchFindsInflectedFormsOfTheQueryWord() {
    assertThat(queries.search("احتجاج", 10)).extracting(Queries.Hit::extId).contains("a1", "a2");
  }

  @Test
  void searchFindsVocalisedTextForAPlainQuery() {
    List<Queries.Hit> hits = queries.search("الرئيس", 10);
    assertThat(hits).extracting(Queries.Hit::extId).contains("a5");
    Queries.Hit hit = hits.stream().filter(h -> h.extId().equals("a5")).findFirst().orElseThrow();
    int[] first = hit.highlights().get(0);
    assertThat(hit.snippet().substring(first[0], first[1])).isEqualTo("الرَّئِيسُ");
  }

  @Test
  void searchWithOnlyStopWordsFindsNothing() {
    assertThat(queries.search("في من", 10)).isEmpty();
  }

  @Test
  void listsCanonicalActorsWithTheirSurfaceForms() {
    List<Queries.StoredActor> egypt = queries.actors("EGY", null, 50);
    assertThat(egypt).isNotEmpty().allSatisfy(a -> assertThat(a.country()).isEqualTo("EGY"));
    assertThat(egypt).allSatisfy(a -> assertThat(a.surfaces()).isNotEmpty());
  }

  @Test
  void ploverExportValidatesAgainstTheSchema() throws Exception {
    StringWriter out = new StringWriter();
    Export export = new Export(Export.Format.PLOVER, out);
    for (StoredEvent e : queries.events(EventQuery.defaults().withLimit(1000, 0))) {
      export.write(e);
    }
    export.finish();
    JsonSchema schema;
    try (InputStream in = Export.class.getResourceAsStream("/schema/plover-event.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    ObjectMapper json = new ObjectMapper();
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSizeGreaterThan(3);
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      assertThat(schema.validate(node)).as(line).isEmpty();
    }
  }

  @Test
  void tsvExportReadsBackToTheSameValues() throws Exception {
    StringWriter out = new StringWriter();
    Export export = new Export(Export.Format.TSV, out);
    List<StoredEvent> events = queries.events(EventQuery.defaults().withLimit(1000, 0));
    for (StoredEvent e : events) {
      export.write(e);
    }
    export.finish();
    String[] lines = out.toString().split("\n", -1);
    assertThat(Export.parseTsv(lines[0])).isEqualTo(Export.COLUMNS);
    for (int i = 0; i < events.size(); i++) {
      assertThat(Export.parseTsv(lines[i + 1])).isEqualTo(Export.values(events.get(i)));
    }
    assertThat(lines).hasSize(events.size() + 2);
  }

  @Test
  void recodingReplacesEachArticlesLayersWithoutDuplicates() throws Exception {
    long events = count("SELECT COUNT(*) FROM event");
    long mentions = count("SELECT COUNT(*) FROM mention");
    int recoded = new Recode(store, TestStores.marsad()).run(true, problem -> {
      throw new AssertionError(problem);
    });
    assertThat(recoded).isEqualTo(10);
    assertThat(count("SELECT COUNT(*) FROM event")).isEqualTo(events);
    assertThat(count("SELECT COUNT(*) FROM mention")).isEqualTo(mentions);
    assertThat(queries.search("احتجاج", 10)).isNotEmpty();
  }

  long count(String sql) throws Exception {
    try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
