package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite store, and what only SQLite has: a file. */
class SqliteStoreTest extends StoreContract {

  @TempDir
  static Path dir;

  @Override
  String newStore() {
    return TestStores.sqlite(dir);
  }

  @Test
  void createsTheStoresFolderWhenMissing() {
    Path file = dir.resolve("new/folder/marsad.db");
    Store.open(file.toString());
    assertThat(file).exists();
  }

  @Test
  void refusesAFileThatIsNotADatabaseWithOneLine() throws Exception {
    Path file = dir.resolve("not-a-db.db");
    Files.writeString(file, "this is a text file, not a database, and it is long enough to be looked at by SQLite.".repeat(20));
    assertThatThrownBy(() -> Store.open(file.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageNotContaining("\n");
  }

  @Test
  void refusesAnUnknownKindOfDatabase() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://localhost/marsad"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("unsupported database URL");
  }
}
