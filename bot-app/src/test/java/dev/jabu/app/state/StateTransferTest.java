package dev.jabu.app.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateTransferTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-05-01T09:00:00Z"));

  @TempDir Path dir;

  @Test
  void theExportHoldsEveryTableWithItsRowsAndValues() {
    try (Database source = TempDatabase.sqlite()) {
      StateFixture.fill(source);
      new dev.jabu.core.instance.InstanceHeartbeat(source, clock, "1.0", java.util.List::of).beat();
      ObjectNode document = new StateExport(source, clock).document();

      assertThat(document.path("format").asText()).isEqualTo("jabu-export");
      assertThat(document.path("formatVersion").asInt()).isEqualTo(1);
      assertThat(document.path("exportedAt").asText()).isEqualTo("2026-05-01T09:00:00Z");
      JsonNode tables = document.path("tables");
      for (String table : StateTables.ORDER) {
        assertThat(tables.path(table).path("rows").size()).as(table).isPositive();
      }
      // heartbeats are runtime state: a moved database starts with no instances
      StateTables.RUNTIME.forEach(table -> assertThat(tables.has(table)).as(table).isFalse());
      assertThat(tables.path("audit_log").path("lastId").asLong()).isEqualTo(3);
      assertThat(tables.path("audit_log").path("rows")).hasSize(2);
      JsonNode task = tables.path("scheduled_tasks").path("rows").get(1);
      assertThat(task.path("task_name").asText()).isEqualTo("meetup-reminder");
      assertThat(task.path("execution_time").asText()).isEqualTo("2026-03-14T10:15:30.123Z");
      assertThat(task.path("task_data").asText()).isEqualTo("AAH+Kg==");
      assertThat(task.path("picked").isBoolean()).isTrue();
      JsonNode sending = tables.path("outbox").path("rows").get(1);
      assertThat(sending.path("outcome_unknown").asBoolean()).isTrue();
      assertThat(sending.path("sent_at").isNull()).isTrue();
      assertThat(tables.path("glossary_entry").path("rows").get(0).path("id").asText())
          .isEqualTo("Zebra");
    }
  }

  @Test
  @RequiresPostgres
  void sqliteToPostgresqlToSqliteGivesTheSameExport() throws Exception {
    assertRoundTrip(TempDatabase::sqlite, TempDatabase::postgres);
  }

  @Test
  @RequiresPostgres
  void postgresqlToSqliteToPostgresqlGivesTheSameExport() throws Exception {
    assertRoundTrip(TempDatabase::postgres, TempDatabase::sqlite);
  }

  private void assertRoundTrip(Supplier<Database> first, Supplier<Database> second)
      throws Exception {
    try (Database origin = first.get();
        Database middle = second.get();
        Database back = first.get()) {
      StateFixture.fill(origin);
      Path original = dir.resolve("original.json");
      new StateExport(origin, clock).writeTo(original);

      new StateImport(middle).load(original);
      Path moved = dir.resolve("moved.json");
      new StateExport(middle, clock).writeTo(moved);
      new StateImport(back).load(moved);

      JsonNode expected = StateExport.parse(original);
      assertThat(StateExport.parse(moved)).isEqualTo(expected);
      Path returned = dir.resolve("returned.json");
      new StateExport(back, clock).writeTo(returned);
      assertThat(StateExport.parse(returned)).isEqualTo(expected);
      // ids continue after the highest one handed out, the deleted row's included
      assertThat(insertAuditRow(middle)).isEqualTo(4);
      assertThat(insertAuditRow(back)).isEqualTo(4);
      assertThat(insertMeetupSuggestion(middle)).isEqualTo(3); // the fixture holds two
    }
  }

  @Test
  void importRefusesADatabaseThatIsNotEmptyAndChangesNothing() throws Exception {
    try (Database source = TempDatabase.sqlite();
        Database target = TempDatabase.sqlite()) {
      StateFixture.fill(source);
      Path file = dir.resolve("state.json");
      new StateExport(source, clock).writeTo(file);
      target.withConnection(
          c -> c.createStatement().executeUpdate("INSERT INTO digest_run VALUES ('2026-W01', 1)"));
      ObjectNode before = new StateExport(target, clock).document();

      assertThatThrownBy(() -> new StateImport(target).load(file))
          .isInstanceOf(DataTransferException.class)
          .hasMessageContaining("not empty")
          .hasMessageContaining("digest_run (1)");
      assertThat(new StateExport(target, clock).document()).isEqualTo(before);
    }
  }

  @Test
  void aBrokenDocumentLoadsNothing() throws Exception {
    try (Database source = TempDatabase.sqlite();
        Database target = TempDatabase.sqlite()) {
      StateFixture.fill(source);
      ObjectNode document = new StateExport(source, clock).document();
      // the last table's row is wrong: the rows before it must not stay behind
      ((ObjectNode) document.path("tables").path("recap_message").path("rows").get(0))
          .remove("position");

      assertThatThrownBy(() -> new StateImport(target).load(document))
          .isInstanceOf(DataTransferException.class)
          .hasMessageContaining("recap_message lacks column position");
      assertThat(count(target, "audit_log")).isZero();
      assertThat(count(target, "meetup")).isZero();
    }
  }

  @Test
  void importExplainsFilesThatAreNoExport() throws Exception {
    try (Database target = TempDatabase.sqlite()) {
      Path notJson = Files.writeString(dir.resolve("notes.txt"), "hello");
      Path otherJson = Files.writeString(dir.resolve("other.json"), "{\"format\":\"x\"}");
      Path otherSchema =
          Files.writeString(
              dir.resolve("old.json"),
              "{\"format\":\"jabu-export\",\"formatVersion\":1,\"schemaVersion\":\"1\","
                  + "\"tables\":{}}");

      assertThatThrownBy(() -> new StateImport(target).load(notJson))
          .hasMessageContaining("not a jabu export");
      assertThatThrownBy(() -> new StateImport(target).load(otherJson))
          .hasMessageContaining("not a jabu export");
      assertThatThrownBy(() -> new StateImport(target).load(dir.resolve("missing.json")))
          .hasMessageContaining("no such file");
      assertThatThrownBy(() -> new StateImport(target).load(otherSchema))
          .hasMessageContaining("schema version 1");
    }
  }

  @Test
  void importExplainsValuesOfTheWrongKindAndLoadsNothing() {
    try (Database source = TempDatabase.sqlite()) {
      StateFixture.fill(source);
      ObjectNode document = new StateExport(source, clock).document();
      // table, column, the value put there; the last row of each table is changed
      String[][] broken = {
        {"meetup", "title", "number"}, {"scheduled_tasks", "execution_time", "yesterday"},
        {"scheduled_tasks", "task_data", "!!"}, {"meetup", "capacity", "text"}
      };
      for (String[] wrong : broken) {
        ObjectNode copy = document.deepCopy();
        JsonNode rows = copy.path("tables").path(wrong[0]).path("rows");
        ObjectNode row = (ObjectNode) rows.get(rows.size() - 1);
        if (wrong[2].equals("number")) {
          row.put(wrong[1], 12345);
        } else {
          row.put(wrong[1], wrong[2]);
        }
        try (Database target = TempDatabase.sqlite()) {
          assertThatThrownBy(() -> new StateImport(target).load(copy))
              .as(wrong[1])
              .isInstanceOf(DataTransferException.class)
              .hasMessageContaining(wrong[0] + "." + wrong[1]);
          assertThat(count(target, "audit_log")).isZero();
        }
      }
    }
  }

  @Test
  void importOfRowsTheDatabaseRefusesIsARefusalThatLoadsNothing() {
    try (Database source = TempDatabase.sqlite();
        Database target = TempDatabase.sqlite()) {
      StateFixture.fill(source);
      ObjectNode document = new StateExport(source, clock).document();
      ArrayNode rows = (ArrayNode) document.path("tables").path("meetup").path("rows");
      rows.add(rows.get(0).deepCopy());

      assertThatThrownBy(() -> new StateImport(target).load(document))
          .isInstanceOf(DataTransferException.class)
          .hasMessageContaining("meetup")
          .hasMessageContaining("nothing was imported");
      assertThat(count(target, "audit_log")).isZero();
    }
  }

  @Test
  void importNamesTheColumnsTheSchemaLacks() {
    try (Database source = TempDatabase.sqlite();
        Database target = TempDatabase.sqlite()) {
      StateFixture.fill(source);
      ObjectNode document = new StateExport(source, clock).document();
      ((ObjectNode) document.path("tables").path("meetup").path("rows").get(0))
          .put("venue_floor", 3);

      assertThatThrownBy(() -> new StateImport(target).load(document))
          .isInstanceOf(DataTransferException.class)
          .hasMessage("a row of meetup has a column this schema lacks: venue_floor");
    }
  }

  @Test
  void exportToAPlaceThatCannotBeWrittenIsARefusal() throws Exception {
    try (Database source = TempDatabase.sqlite()) {
      Path file = Files.writeString(dir.resolve("a-file"), "x");

      assertThatThrownBy(() -> new StateExport(source, clock).writeTo(file.resolve("state.json")))
          .isInstanceOf(DataTransferException.class)
          .hasMessageContaining("cannot write " + file.resolve("state.json"));
    }
  }

  /** `export --out data/jabu.db` replaced the database with its own export, exit code 0. */
  @Test
  void exportReplacesAnOlderExportButNoOtherFile() throws Exception {
    try (Database source = TempDatabase.sqlite()) {
      Path database = source.url().sqliteFile().orElseThrow();
      byte[] before = Files.readAllBytes(database);
      Path notes = Files.writeString(dir.resolve("notes.json"), "{\"mine\": true}");

      assertThatThrownBy(() -> new StateExport(source, clock).writeTo(database))
          .isInstanceOf(DataTransferException.class)
          .hasMessageContaining("is not a jabu export");
      assertThatThrownBy(() -> new StateExport(source, clock).writeTo(notes))
          .isInstanceOf(DataTransferException.class)
          .hasMessageContaining("is not a jabu export");
      assertThat(Files.readAllBytes(database)).isEqualTo(before);
      assertThat(Files.readString(notes)).isEqualTo("{\"mine\": true}");

      Path nightly = dir.resolve("nightly.json");
      new StateExport(source, clock).writeTo(nightly);
      clock.advance(java.time.Duration.ofDays(1));
      new StateExport(source, clock).writeTo(nightly);
      assertThat(StateExport.parse(nightly).path("exportedAt").asText())
          .isEqualTo(clock.instant().toString());
    }
  }

  private static long insertAuditRow(Database database) {
    return insertReturningId(
        database,
        "INSERT INTO audit_log (at, actor, command, outcome, correlation_id)"
            + " VALUES (9, 'console:operator', '/about', 'OK', 'c9')",
        "audit_log");
  }

  private static long insertMeetupSuggestion(Database database) {
    return insertReturningId(
        database,
        "INSERT INTO glossary_suggestion (proposer, locale, body, status, created_at)"
            + " VALUES ('discord:1', 'en', 'id: x', 'PENDING', 9)",
        "glossary_suggestion");
  }

  private static long insertReturningId(Database database, String insert, String table) {
    return database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement()) {
            statement.executeUpdate(insert);
            try (ResultSet rows = statement.executeQuery("SELECT max(id) FROM " + table)) {
              rows.next();
              return rows.getLong(1);
            }
          }
        });
  }

  private static long count(Database database, String table) {
    return database.withConnection(
        c -> {
          try (Statement statement = c.createStatement();
              ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }
}
