package dev.jabu.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.RecordingSender;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProbesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<AutoCloseable> open = new ArrayList<>();
  private HttpServer server;

  /** The port, not the code under test: a platform whose connection the test switches. */
  private static final class SwitchedAdapter implements PlatformAdapter {
    private final Platform platform;
    private volatile boolean connected = true;

    SwitchedAdapter(Platform platform) {
      this.platform = platform;
    }

    @Override
    public Platform platform() {
      return platform;
    }

    @Override
    public void start() {}

    @Override
    public Sender sender() {
      return new RecordingSender(platform);
    }

    @Override
    public boolean connected() {
      return connected;
    }

    @Override
    public void close() {
      connected = false;
    }
  }

  private Database track(Database database) {
    open.add(database);
    return database;
  }

  /** Patient enough for a busy machine; the hang test sets its own. */
  private void serve(Database database, List<PlatformAdapter> adapters) {
    serve(database, adapters, Duration.ofSeconds(10));
  }

  private void serve(Database database, List<PlatformAdapter> adapters, Duration patience) {
    Readiness readiness = new Readiness(database, adapters, patience);
    server =
        new HttpServer(
            "127.0.0.1",
            0,
            CalendarSource.NONE,
            "DevOps Korea",
            "1.2.3",
            List.of(),
            readiness::check,
            java.util.Optional.empty());
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  @Test
  void healthz_and_its_old_name_health_say_the_process_is_alive() throws Exception {
    serve(track(TempDatabase.sqlite()), List.of());

    for (String path : List.of("/healthz", "/health")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      JsonNode body = json(response);
      assertThat(body.get("status").asText()).isEqualTo("ok");
      assertThat(body.get("version").asText()).isEqualTo("1.2.3");
    }
  }

  @Test
  void healthz_answers_while_readyz_does_not() throws Exception {
    Database database = TempDatabase.sqlite();
    serve(database, List.of());
    database.close();

    assertThat(get("/healthz").statusCode()).isEqualTo(200);
    assertThat(get("/readyz").statusCode()).isEqualTo(503);
  }

  @Test
  void a_probe_sending_head_gets_the_status_a_get_would() throws Exception {
    // uptime checkers and some load balancers probe with HEAD: an unready jabu must not look ready
    Database database = TempDatabase.sqlite();
    serve(database, List.of());
    assertThat(head("/readyz").statusCode()).isEqualTo(200);
    database.close();

    HttpResponse<String> down = head("/readyz");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(down.body()).isEmpty();
    assertThat(head("/healthz").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> head(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void readyz_is_ready_with_a_migrated_database_and_connected_platforms() throws Exception {
    serve(
        track(TempDatabase.sqlite()),
        List.of(new SwitchedAdapter(Platform.DISCORD), new SwitchedAdapter(Platform.SLACK)));

    HttpResponse<String> response = get("/readyz");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("status").asText()).isEqualTo("ready");
    List<String> names = new ArrayList<>();
    body.get("checks").fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("database", "migrations", "discord", "slack");
    body.get("checks").forEach(check -> assertThat(check.get("ok").asBoolean()).isTrue());
  }

  @Test
  void readyz_at_the_console_checks_only_the_database() throws Exception {
    serve(track(TempDatabase.sqlite()), List.of());

    HttpResponse<String> response = get("/readyz");

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    json(response).get("checks").fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("database", "migrations");
  }

  @Test
  void readyz_turns_unavailable_when_a_platform_disconnects_and_back_when_it_returns()
      throws Exception {
    SwitchedAdapter discord = new SwitchedAdapter(Platform.DISCORD);
    serve(track(TempDatabase.sqlite()), List.of(discord, new SwitchedAdapter(Platform.SLACK)));
    assertThat(get("/readyz").statusCode()).isEqualTo(200);

    discord.connected = false;
    HttpResponse<String> down = get("/readyz");

    assertThat(down.statusCode()).isEqualTo(503);
    JsonNode body = json(down);
    assertThat(body.get("status").asText()).isEqualTo("unavailable");
    assertThat(body.at("/checks/discord/ok").asBoolean()).isFalse();
    assertThat(body.at("/checks/discord/reason").asText()).isEqualTo("not connected");
    assertThat(body.at("/checks/slack/ok").asBoolean()).isTrue();
    assertThat(body.at("/checks/database/ok").asBoolean()).isTrue();

    discord.connected = true;
    assertThat(get("/readyz").statusCode()).isEqualTo(200);
  }

  @Test
  void readyz_turns_unavailable_when_the_sqlite_database_goes_away() throws Exception {
    Database database = TempDatabase.sqlite();
    serve(database, List.of(new SwitchedAdapter(Platform.DISCORD)));
    assertThat(get("/readyz").statusCode()).isEqualTo(200);

    database.close();

    assertDatabaseDown(get("/readyz"));
  }

  @Test
  @RequiresPostgres
  void readyz_turns_unavailable_when_postgresql_goes_away() throws Exception {
    Database database = TempDatabase.postgres();
    serve(database, List.of(new SwitchedAdapter(Platform.DISCORD)));
    assertThat(get("/readyz").statusCode()).isEqualTo(200);

    database.close();

    HttpResponse<String> response = get("/readyz");
    assertDatabaseDown(response);
    // the reason names the failure, never the address or the user of the database
    assertThat(response.body())
        .doesNotContain("jdbc:", "127.0.0.1", "5432", "postgres", "jabu_test_");
  }

  @Test
  void readyz_turns_unavailable_when_a_migration_is_pending() throws Exception {
    Database database = track(TempDatabase.sqlite());
    serve(database, List.of());
    int deleted =
        database.withConnection(
            c ->
                c.createStatement()
                    .executeUpdate(
                        "DELETE FROM flyway_schema_history WHERE installed_rank ="
                            + " (SELECT MAX(installed_rank) FROM flyway_schema_history)"));
    assertThat(deleted).isEqualTo(1);

    HttpResponse<String> response = get("/readyz");

    assertThat(response.statusCode()).isEqualTo(503);
    JsonNode body = json(response);
    assertThat(body.at("/checks/database/ok").asBoolean()).isTrue();
    assertThat(body.at("/checks/migrations/ok").asBoolean()).isFalse();
    assertThat(body.at("/checks/migrations/reason").asText()).startsWith("1 pending");
  }

  @Test
  void readyz_answers_in_time_when_the_database_hangs() throws Exception {
    Database database = track(TempDatabase.sqlite());
    serve(database, List.of(), Duration.ofMillis(300));
    // every pooled connection taken: the pool makes the next asker wait far past any probe timeout
    List<Connection> held = new ArrayList<>();
    try {
      while (held.size() < 4) {
        held.add(database.dataSource().getConnection());
      }
      long started = System.nanoTime();

      HttpResponse<String> response = get("/readyz");

      Duration took = Duration.ofNanos(System.nanoTime() - started);
      // far below the pool's 30 s wait for a connection
      assertThat(took).isLessThan(Duration.ofSeconds(10));
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(json(response).at("/checks/database/reason").asText())
          .isEqualTo("no answer within 300 ms");
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }

  private static void assertDatabaseDown(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(503);
    JsonNode body = json(response);
    assertThat(body.get("status").asText()).isEqualTo("unavailable");
    assertThat(body.at("/checks/database/ok").asBoolean()).isFalse();
    assertThat(body.at("/checks/database/reason").asText()).startsWith("unreachable");
    assertThat(body.at("/checks/migrations/ok").asBoolean()).isFalse();
    assertThat(body.at("/checks/discord/ok").asBoolean()).isTrue();
    assertThat(body.toString()).doesNotContain("Exception:", "\tat ", "at dev.jabu");
  }
}
