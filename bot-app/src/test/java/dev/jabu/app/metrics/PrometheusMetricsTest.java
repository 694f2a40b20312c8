package dev.jabu.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.app.config.ConfigLoader;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.app.http.CalendarSource;
import dev.jabu.app.http.HttpServer;
import dev.jabu.app.platforms.PlatformAdapters;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scripted conversation, then {@code GET /metrics} over HTTP as Prometheus would scrape it. */
class PrometheusMetricsTest {
  private static final Pattern METRIC = Pattern.compile("\\b((?:jabu|jvm|process)_[a-z_]+)\\b");

  @TempDir Path dir;
  private final FakePlatform platform =
      FakePlatform.on(TempDatabase.sqlite(), CoreSettings.defaults(), List.of());
  private PrometheusMetrics metrics;
  private HttpServer server;

  @AfterEach
  void close() throws Exception {
    if (server != null) {
      server.close();
    }
    if (metrics != null) {
      metrics.close();
    }
    platform.close();
  }

  @Test
  void a_conversation_shows_up_by_command_platform_and_outcome() throws Exception {
    metrics = new PrometheusMetrics(platform.jabu(), platform.database());
    platform.say(platform.member("discord:alice"), "/about");
    platform.say(platform.member("slack:U1"), "/about");
    platform.say(platform.member("slack:U1"), "/abuot <!channel>");

    HttpResponse<String> scraped = scrape();

    assertThat(scraped.statusCode()).isEqualTo(200);
    assertThat(scraped.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    assertThat(scraped.body())
        .contains(
            "jabu_commands_seconds_count{command=\"about\",outcome=\"ok\",platform=\"discord\"} 1",
            "jabu_commands_seconds_count{command=\"about\",outcome=\"ok\",platform=\"slack\"} 1",
            "jabu_commands_seconds_count{command=\"unknown\",outcome=\"rejected\",platform=\"slack\"} 1",
            "jabu_outbox_waiting 0",
            "jabu_db_connections_idle{database=\"sqlite\"}",
            "jvm_memory_used_bytes")
        .doesNotContain("alice", "U1", "abuot", "channel");
  }

  @Test
  void outbox_sends_show_up_by_platform_and_outcome() throws Exception {
    metrics = new PrometheusMetrics(platform.jabu(), platform.database());
    dev.jabu.core.outbox.Outbox outbox = platform.jabu().outbox();
    dev.jabu.core.platform.ChannelRef discord =
        dev.jabu.core.platform.ChannelRef.of(dev.jabu.core.platform.Platform.DISCORD, "general");
    dev.jabu.core.platform.ChannelRef slack =
        dev.jabu.core.platform.ChannelRef.of(dev.jabu.core.platform.Platform.SLACK, "C1");
    outbox.post("hello-1", discord, dev.jabu.core.message.RichMessage.text("hello"));
    outbox.post("hello-2", discord, dev.jabu.core.message.RichMessage.text("again"));
    platform.sender(dev.jabu.core.platform.Platform.SLACK).failWhen(m -> true);
    outbox.post("hello-3", slack, dev.jabu.core.message.RichMessage.text("hello"));
    platform.posts();

    assertThat(scrape().body())
        .contains(
            "jabu_outbox_sends_total{outcome=\"sent\",platform=\"discord\"} 2.0",
            "jabu_outbox_sends_total{outcome=\"retrying\",platform=\"slack\"} 1.0",
            "jabu_outbox_sends_total{outcome=\"sent\",platform=\"slack\"} 0.0",
            "jabu_outbox_sends_total{outcome=\"dead\",platform=\"discord\"} 0.0")
        .doesNotContain("hello-1", "general");
  }

  @Test
  void every_metric_the_grafana_dashboard_reads_is_served() throws Exception {
    metrics = new PrometheusMetrics(platform.jabu(), platform.database());
    Files.createDirectories(dir.resolve("glossary"));
    Path file = dir.resolve("jabu.yaml");
    Files.writeString(file, "discord:\n  guild-id: \"123456789012345678\"\n");
    JabuConfig config =
        ConfigLoader.load(
            file,
            Map.of(
                "DISCORD_TOKEN", "not-used",
                "SLACK_BOT_TOKEN", "xoxb-not-used",
                "SLACK_SIGNING_SECRET", "not-used"));
    List<PlatformAdapter> adapters = PlatformAdapters.create(config, platform.jabu());
    metrics.platforms(adapters);
    platform.say(platform.member("discord:alice"), "/about");
    platform.startScheduler(); // its start-up tasks run at once
    Eventually.await(
        () -> metrics.registry().find("jabu.scheduler.executions").counter(),
        executions -> executions != null,
        "a scheduled execution");
    String body = scrape().body();

    Set<String> read = new TreeSet<>();
    Matcher metric =
        METRIC.matcher(Files.readString(Path.of("../deploy/grafana/jabu-dashboard.json")));
    while (metric.find()) {
      read.add(metric.group(1));
    }
    assertThat(read)
        .contains("jabu_commands_seconds_bucket", "jabu_outbox_waiting", "jabu_outbox_sends_total");
    assertThat(read)
        .allSatisfy(
            name ->
                assertThat(Pattern.compile("(?m)^" + name + "[{ ]").matcher(body).find())
                    .as("%s is served", name)
                    .isTrue());
  }

  private HttpResponse<String> scrape() throws Exception {
    server =
        new HttpServer(
            "127.0.0.1",
            0,
            CalendarSource.NONE,
            "DevOps Korea",
            "1.2.3",
            List.of(),
            List::of,
            Optional.of(metrics::scrape));
    server.start();
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
