package dev.jabu.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jabu.core.calendar.CalendarEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpServerTest {
  private static final ZonedDateTime START =
      ZonedDateTime.of(2025, 12, 18, 19, 30, 0, 0, ZoneId.of("Asia/Seoul"));
  private static final CalendarEvent DECEMBER = event(12, "DevOps Korea 12월 밋업", false);
  private static final CalendarEvent JANUARY = event(13, "DevOps Korea 1월 밋업", true);

  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer server;

  private static CalendarEvent event(long id, String title, boolean cancelled) {
    return new CalendarEvent(
        "meetup-" + id + "@jabu",
        1,
        title,
        "Talks and pizza",
        START.plusWeeks(id - 12),
        START.plusWeeks(id - 12).plusHours(2),
        Optional.of("Seoul"),
        Optional.empty(),
        cancelled,
        Instant.parse("2025-11-20T09:30:00Z"));
  }

  /** A fake source over a fixed map of meetups. */
  private static CalendarSource source(Map<Long, CalendarEvent> events) {
    return new CalendarSource() {
      @Override
      public List<CalendarEvent> upcoming() {
        return events.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(Map.Entry::getValue)
            .toList();
      }

      @Override
      public Optional<CalendarEvent> event(long meetupId) {
        return Optional.ofNullable(events.get(meetupId));
      }
    };
  }

  private HttpServer start(CalendarSource source) {
    server = new HttpServer("127.0.0.1", 0, source, "DevOps Korea", "1.2.3");
    server.start();
    return server;
  }

  private HttpServer startDefault() {
    return start(source(Map.of(12L, DECEMBER, 13L, JANUARY)));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get(path, Function.identity());
  }

  private HttpResponse<String> get(
      String path, Function<HttpRequest.Builder, HttpRequest.Builder> extra) throws Exception {
    HttpRequest request =
        extra
            .apply(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static ICalendar parse(HttpResponse<String> response) {
    return Biweekly.parse(response.body()).first();
  }

  @Test
  void health_reports_ok_and_the_version_as_json() throws Exception {
    startDefault();

    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("version").asText()).isEqualTo("1.2.3");
  }

  @Test
  void port_zero_binds_a_free_port() {
    assertThat(startDefault().port()).isPositive();
  }

  @Test
  void closing_a_server_that_never_started_or_closing_twice_is_harmless() {
    new HttpServer("127.0.0.1", 0, source(Map.of()), "x", "1").close();
    HttpServer twice = startDefault();
    twice.close();
    twice.close();
    server = null;
  }

  @Test
  void the_feed_is_a_utf8_calendar_with_every_upcoming_event() throws Exception {
    startDefault();

    HttpResponse<String> response = get("/calendar.ics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/calendar; charset=utf-8");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("inline; filename=\"jabu.ics\"");
    ICalendar calendar = parse(response);
    assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue())
        .isEqualTo("DevOps Korea");
    assertThat(calendar.getEvents())
        .extracting(e -> e.getUid().getValue(), e -> e.getSummary().getValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("meetup-12@jabu", "DevOps Korea 12월 밋업"),
            org.assertj.core.groups.Tuple.tuple("meetup-13@jabu", "DevOps Korea 1월 밋업"));
    assertThat(calendar.getEvents().get(1).getStatus().getValue()).isEqualTo("CANCELLED");
  }

  @Test
  void an_unchanged_feed_answers_304_to_its_etag() throws Exception {
    startDefault();
    String etag = get("/calendar.ics").headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = get("/calendar.ics", b -> b.header("If-None-Match", etag));

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void one_meetup_is_its_own_calendar() throws Exception {
    startDefault();

    HttpResponse<String> response = get("/meetups/12.ics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/calendar; charset=utf-8");
    ICalendar calendar = parse(response);
    assertThat(calendar.getEvents()).hasSize(1);
    assertThat(calendar.getEvents().get(0).getUid().getValue()).isEqualTo("meetup-12@jabu");
    assertThat(calendar.getEvents().get(0).getDateStart().getValue().toInstant())
        .isEqualTo(START.toInstant());
  }

  @Test
  void an_unknown_meetup_is_404() throws Exception {
    startDefault();

    assertThat(get("/meetups/99.ics").statusCode()).isEqualTo(404);
    assertThat(get("/meetups/12.txt").statusCode()).isEqualTo(404);
  }

  @Test
  void a_meetup_id_that_is_not_a_number_is_400_with_a_short_message() throws Exception {
    startDefault();

    for (String path : List.of("/meetups/abc.ics", "/meetups/-3.ics", "/meetups/.ics")) {
      HttpResponse<String> response = get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.body()).as(path).startsWith("meetup id must be a number").hasLineCount(1);
    }
    assertThat(get("/meetups/99999999999999999999.ics").statusCode()).isEqualTo(400);
  }

  @Test
  void a_failing_source_is_500_without_a_stack_trace() throws Exception {
    start(
        new CalendarSource() {
          @Override
          public List<CalendarEvent> upcoming() {
            throw new IllegalStateException("database is gone");
          }

          @Override
          public Optional<CalendarEvent> event(long meetupId) {
            throw new IllegalStateException("database is gone");
          }
        });

    HttpResponse<String> response = get("/calendar.ics");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .startsWith("internal error (cid ")
        .doesNotContain("database is gone")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void starting_serving_and_stopping_print_nothing_to_stdout() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      startDefault();
      get("/calendar.ics");
      get("/meetups/nope.ics");
      server.close();
      server = null;
    } finally {
      System.setOut(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
