package dev.jabu.app.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/**
 * A migration that adds a table fails here until export and import cover it: the schema's table
 * list must be exactly {@link StateTables#ORDER}, plus the runtime tables an export leaves out on
 * purpose ({@link StateTables#RUNTIME}).
 */
class StateTablesTest {
  @Test
  void theExportCoversEveryTableOfTheSqliteSchema() {
    try (Database database = TempDatabase.sqlite()) {
      assertThat(database.withConnection(StateTables::inSchema))
          .containsExactlyInAnyOrderElementsOf(exportedAndRuntime());
    }
  }

  @Test
  @RequiresPostgres
  void theExportCoversEveryTableOfThePostgresqlSchema() {
    try (Database database = TempDatabase.postgres()) {
      assertThat(database.withConnection(StateTables::inSchema))
          .containsExactlyInAnyOrderElementsOf(exportedAndRuntime());
    }
  }

  private static java.util.List<String> exportedAndRuntime() {
    var all = new java.util.ArrayList<>(StateTables.ORDER);
    all.addAll(StateTables.RUNTIME);
    return all;
  }

  @Test
  void runtimeTablesAreNotExported() {
    assertThat(StateTables.ORDER).doesNotContainAnyElementsOf(StateTables.RUNTIME);
  }

  @Test
  void everyTableComesAfterTheTablesItRefersTo() {
    try (Database database = TempDatabase.sqlite()) {
      database.withConnection(
          c -> {
            var seen = new HashSet<String>();
            for (String table : StateTables.ORDER) {
              try (var keys = c.getMetaData().getImportedKeys(null, null, table)) {
                while (keys.next()) {
                  assertThat(seen)
                      .as(table + " refers to")
                      .contains(keys.getString("PKTABLE_NAME").toLowerCase());
                }
              }
              seen.add(table);
            }
            return null;
          });
    }
  }

  @Test
  void anUnknownTableStopsTheExport() {
    try (Database database = TempDatabase.sqlite()) {
      database.withConnection(c -> c.createStatement().execute("CREATE TABLE extra (x TEXT)"));
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> new StateExport(database, dev.jabu.core.Clocks.system()).document())
          .isInstanceOf(DataTransferException.class)
          .hasMessageContaining("not covered: [extra]");
    }
  }
}
