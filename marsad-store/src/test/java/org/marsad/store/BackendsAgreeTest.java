package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same corpus in SQLite and in PostgreSQL answers the same queries with the same events, in the same order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackendsAgreeTest {

  @TempDir
  static Path dir;

  Queries sqlite;
  Queries postgres;

  @BeforeAll
  void ingestIntoBoth() {
    assumeTrue(TestStores.postgresAvailable(), "MARSAD_TEST_PG names no PostgreSQL server");
    Store a = Store.open(TestStores.sqlite(dir));
    Store b = Store.open(TestStores.postgres());
    TestStores.ingest(a, TestStores.corpus().toString());
    TestStores.ingest(b, TestStores.corpus().toString());
    sqlite = new Queries(a);
    postgres = new Queries(b);
  }

  static Stream<EventQuery> queries() {
    return Stream.of(
        EventQuery.defaults(),
        new EventQuery(List.of(), List.of(), null, null, null, null, null, null, Set.of(), null, null, 1000, 0),
        new EventQuery(List.of("PROTEST", "ASSAULT"), List.of(), null, null, null, null, null, null, Set.of("actual"), false,
            null, 100, 0),
        new EventQuery(List.of(), List.of(1, 2), null, null, null, null, null, null, Set.of(), null, null, 100, 0),
        new EventQuery(List.of(), List.of(), "EGY", null, null, null, null, null, Set.of(), null, null, 100, 0),
        new EventQuery(List.of(), List.of(), "السيسي", null, null, null, null, null, Set.of(), null, null, 100, 0),
        new EventQuery(List.of(), List.of(), null, "IRN", null, null, null, null, Set.of(), null, null, 100, 0),
        new EventQuery(List.of(), List.of(), null, null, null, "GOV", null, null, Set.of(), null, null, 100, 0),
        new EventQuery(List.of(), List.of(), null, null, null, null, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 9),
            Set.of(), null, null, 100, 0),
        new EventQuery(List.of(), List.of(), null, null, null, null, null, null, Set.of("intended", "hypothetical"), null, null,
            100, 0),
        new EventQuery(List.of(), List.of(), null, null, null, null, null, null, Set.of(), true, null, 100, 0),
        new EventQuery(List.of(), List.of(), null, null, null, null, null, null, Set.of(), null, "الاحتجاجات", 100, 0),
        new EventQuery(List.of(), List.of(), null, null, null, null, null, null, Set.of(), null, null, 3, 2));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void bothStoresGiveTheSameEvents(EventQuery query) {
    List<String> a = sqlite.events(query).stream().map(BackendsAgreeTest::row).toList();
    List<String> b = postgres.events(query).stream().map(BackendsAgreeTest::row).toList();
    assertThat(b).isEqualTo(a);
    assertThat(postgres.count(query.withLimit(1000, 0))).isEqualTo(sqlite.count(query.withLimit(1000, 0)));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void bothStoresGroupReportsAlike(EventQuery query) {
    List<String> a = sqlite.groups(query).stream().map(g -> row(g.first()) + " " + g.reports() + "/" + g.articles() + "/" + g.sources()).toList();
    List<String> b = postgres.groups(query).stream().map(g -> row(g.first()) + " " + g.reports() + "/" + g.articles() + "/" + g.sources()).toList();
    assertThat(b).isEqualTo(a);
  }

  @org.junit.jupiter.api.Test
  void bothStoresFindTheSameArticlesAndActors() {
    for (String q : List.of("احتجاج", "الرئيس", "غزة", "وزير الخارجية")) {
      assertThat(postgres.search(q, 20).stream().map(Queries.Hit::extId).sorted().toList())
          .as(q).isEqualTo(sqlite.search(q, 20).stream().map(Queries.Hit::extId).sorted().toList());
    }
    assertThat(postgres.actors(null, null, 100).stream().map(a -> a.key() + " " + a.mentions() + " " + a.surfaces()).toList())
        .isEqualTo(sqlite.actors(null, null, 100).stream().map(a -> a.key() + " " + a.mentions() + " " + a.surfaces()).toList());
  }

  /** Everything but the database's own ids. */
  private static String row(StoredEvent e) {
    return String.join("|", e.article().extId(), String.valueOf(e.ordinal()), Export.values(e).subList(1, Export.COLUMNS.size()).toString(),
        e.spans(), e.groupKey(), String.valueOf(e.source()).replaceAll("actorId=\\d+", ""),
        String.valueOf(e.target()).replaceAll("actorId=\\d+", ""), String.valueOf(e.location()));
  }
}
