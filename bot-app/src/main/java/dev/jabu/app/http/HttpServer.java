package dev.jabu.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jabu.app.web.PublicSite;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * bot-app's HTTP endpoints on Javalin 7 (Jetty 12): the probes {@code GET /healthz} (alive; {@code
 * /health} is its old name, kept for one release) and {@code GET /readyz} ({@link Readiness}),
 * {@code GET /calendar.ics}, {@code GET /meetups/{id}.ics}, and the platforms' {@link Webhook}s
 * (Slack's {@code POST /slack/events}). Port 0 takes any free port; {@link #port()} tells which.
 * Failures are logged with a correlation id, and the client only gets that id.
 */
public final class HttpServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Set on a request whose handler wrote its own answer, so the 404 page does not replace it (the
   * feed's "no such meetup", a page's own 404).
   */
  public static final String ANSWERED = "jabu.answered";

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final String host;
  private final int port;
  private final Javalin javalin;
  private final String health;
  private final Supplier<List<Readiness.Check>> readiness;
  private boolean started;

  /** A server with no webhooks whose readiness has nothing to check (always ready). */
  public HttpServer(
      String host, int port, CalendarSource source, String calendarName, String version) {
    this(host, port, source, calendarName, version, List.of(), List::of, Optional.empty());
  }

  /**
   * @param readiness runs the checks behind {@code /readyz}; ready when every one passes
   * @param metrics the text {@code GET /metrics} serves (Prometheus' format); no route when empty
   */
  public HttpServer(
      String host,
      int port,
      CalendarSource source,
      String calendarName,
      String version,
      List<Webhook> webhooks,
      Supplier<List<Readiness.Check>> readiness,
      Optional<Supplier<String>> metrics) {
    this(host, port, source, calendarName, version, webhooks, readiness, metrics, Optional.empty());
  }

  /**
   * @param site the public page (glossary and meetups); none when {@code web.enabled} is false
   */
  public HttpServer(
      String host,
      int port,
      CalendarSource source,
      String calendarName,
      String version,
      List<Webhook> webhooks,
      Supplier<List<Readiness.Check>> readiness,
      Optional<Supplier<String>> metrics,
      Optional<PublicSite> site) {
    this.host = Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    this.port = port;
    this.health = healthJson(Objects.requireNonNull(version, "version"));
    this.readiness = Objects.requireNonNull(readiness, "readiness");
    CalendarHandlers calendar =
        new CalendarHandlers(
            Objects.requireNonNull(source, "source"),
            Objects.requireNonNull(calendarName, "calendarName"));
    this.javalin =
        Javalin.create(
            config -> {
              // the console's stdout carries answers only: no banner, no version nag
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              // calendar apps poll the feed and readers revisit pages; an ETag lets them get a
              // 304 when nothing changed
              config.http.generateEtags = true;
              // pages and the feed are text: gzip them for clients that accept it
              config.http.compressionStrategy = CompressionStrategy.GZIP;
              PageRoutes pages = new PageRoutes(config.routes);
              pages.get("/healthz", this::health);
              // the name before /healthz; remove in the release after next
              pages.get("/health", this::health);
              pages.get("/readyz", this::ready);
              metrics.ifPresent(
                  scrape ->
                      pages.get(
                          "/metrics",
                          ctx -> ctx.contentType(PROMETHEUS_TEXT).result(scrape.get())));
              pages.get("/calendar.ics", calendar::feed);
              if (site.isPresent()) {
                site.get().register(pages, calendar::meetup);
                // a path no route knows gets the page's 404 in the reader's language; handlers
                // that answered 404 themselves (the feed's "no such meetup") keep their answer
                config.routes.error(
                    404,
                    "*",
                    ctx -> {
                      if (ctx.attribute(ANSWERED) == null) {
                        site.get().notFound(ctx);
                      }
                    });
              } else {
                pages.get("/meetups/{file}", calendar::meetup);
              }
              for (Webhook webhook : webhooks) {
                config.routes.post(webhook.path(), ctx -> deliver(webhook, ctx));
              }
              config.routes.exception(Exception.class, (e, ctx) -> failed(e, ctx, site));
            });
  }

  /** Binds and starts serving; returns once the port is open. */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("already started");
    }
    javalin.start(host, port);
    started = true;
    log.info("HTTP server listening on {}:{}", host, port());
  }

  /** The bound port: the free one chosen when constructed with port 0. */
  public int port() {
    if (!started) {
      throw new IllegalStateException("not started");
    }
    return javalin.port();
  }

  @Override
  public synchronized void close() {
    javalin.stop();
  }

  private static void deliver(Webhook webhook, Context ctx) throws Exception {
    Webhook.Answer answer =
        webhook
            .handler()
            .handle(name -> Collections.list(ctx.req().getHeaders(name)), ctx.bodyAsBytes());
    // Written straight to the response: a platform's small JSON answer gains nothing from
    // Javalin's compression and ETag steps, which cost more than the bytes on this path.
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    HttpServletResponse response = ctx.res();
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private void health(Context ctx) {
    ctx.contentType("application/json").result(health);
  }

  private void ready(Context ctx) throws JsonProcessingException {
    List<Readiness.Check> checks = readiness.get();
    boolean ready = checks.stream().allMatch(Readiness.Check::ok);
    Map<String, Object> results = new LinkedHashMap<>();
    for (Readiness.Check check : checks) {
      results.put(
          check.name(),
          check.ok() ? Map.of("ok", true) : Map.of("ok", false, "reason", check.reason()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", ready ? "ready" : "unavailable");
    body.put("checks", results);
    ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .contentType("application/json")
        .result(JSON.writeValueAsString(body));
  }

  private static void failed(Exception e, Context ctx, Optional<PublicSite> site) {
    String cid = UUID.randomUUID().toString().substring(0, 8);
    MDC.put("cid", cid);
    try {
      log.error("HTTP {} {} failed", ctx.method(), ctx.path(), e);
    } finally {
      MDC.remove("cid");
    }
    String accept = ctx.header("Accept");
    if (site.isPresent() && accept != null && accept.contains("text/html")) {
      try {
        site.get().failed(ctx, cid);
        return;
      } catch (RuntimeException pageFailed) {
        log.error("HTTP error page failed too (cid {})", cid, pageFailed);
      }
    }
    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType("text/plain; charset=utf-8")
        .result("internal error (cid " + cid + ")\n");
  }

  private static String healthJson(String version) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("version", version);
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
