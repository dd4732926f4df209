package org.marsad.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on a real PostgreSQL server (the test runner script starts one and names it
 * in {@code MARSAD_TEST_PG}; without it these tests are skipped and say so).
 */
class PostgresStoreTest extends StoreContract {

  @Override
  String newStore() {
    return TestStores.postgres();
  }

  @BeforeAll
  @Override
  void ingestCorpus() {
    assumeTrue(TestStores.postgresAvailable(), "MARSAD_TEST_PG names no PostgreSQL server");
    super.ingestCorpus();
  }
}
