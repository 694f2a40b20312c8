package dev.jabu.slack;

import com.google.gson.JsonObject;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.core.testkit.TempDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Socket Mode: the time from an envelope sent by the fake Socket Mode end to its acknowledgement
 * (which carries the answer), for {@code /term k8s} through the real adapter, Bolt and the core
 * (glossary, meetups, SQLite). A few envelopes are in flight at once, as a busy workspace sends
 * them. Run from {@code benchmarks/} (the fixture reads {@code ../config/glossary}).
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar dev.jabu.slack.SocketModeAckBench [envelopes] [in
 * flight]}
 */
public final class SocketModeAckBench {
  private static int sequence;

  private SocketModeAckBench() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    try (FakeSlack slack = new FakeSlack();
        FakeSocketMode socket = new FakeSocketMode()) {
      slack.socketModeUrl(socket.url());
      try (SlackFixture fixture =
          SlackFixture.on(TempDatabase.sqlite(), slack, Optional.of(FakeSlack.APP_TOKEN))) {
        fixture.adapter.start();
        Eventually.await(socket::connected, c -> c, "the Socket Mode connection");
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        Semaphore slots = new Semaphore(inFlight);
        socket.onAck(
            id -> {
              Long sent = sentAt.remove(id);
              if (sent != null) {
                micros.add((System.nanoTime() - sent) / 1000);
                slots.release();
              }
            });
        run(socket, count / 5, slots, sentAt); // warm-up
        slots.acquire(inFlight);
        slots.release(inFlight);
        micros.clear();
        long started = System.nanoTime();
        run(socket, count, slots, sentAt);
        if (!slots.tryAcquire(inFlight, 60, TimeUnit.SECONDS)) {
          throw new IllegalStateException(sentAt.size() + " envelopes never acknowledged");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf(
            "Socket Mode /term envelope to ack: %d envelopes, %d in flight, %.0f/s;"
                + " p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
            sorted.size(),
            inFlight,
            sorted.size() / seconds,
            at(sorted, 0.50) / 1000.0,
            at(sorted, 0.99) / 1000.0,
            sorted.get(sorted.size() - 1) / 1000.0);
      }
    }
    System.exit(0); // the fakes' HTTP and WebSocket threads would keep the JVM alive
  }

  private static void run(
      FakeSocketMode socket, int count, Semaphore slots, Map<String, Long> sentAt)
      throws InterruptedException {
    for (int i = 0; i < count; i++) {
      slots.acquire();
      // one member per envelope: many members asking once, none held back by the rate limit
      JsonObject command = slashCommand("UB" + sequence, sequence);
      String id = "bench-" + sequence++;
      sentAt.put(id, System.nanoTime());
      socket.send(id, "slash_commands", command, true);
    }
  }

  private static JsonObject slashCommand(String user, int n) {
    JsonObject p = new JsonObject();
    p.addProperty("token", "x");
    p.addProperty("team_id", FakeSlack.TEAM);
    p.addProperty("team_domain", "bench");
    p.addProperty("channel_id", "CGENERAL");
    p.addProperty("channel_name", "general");
    p.addProperty("user_id", user);
    p.addProperty("user_name", user.toLowerCase());
    p.addProperty("command", "/term");
    p.addProperty("text", "k8s");
    p.addProperty("api_app_id", "AJABU");
    p.addProperty("response_url", "https://hooks.slack.com/commands/T/1/x");
    p.addProperty("trigger_id", "bench-" + n + "-" + System.nanoTime());
    return p;
  }

  private static long at(List<Long> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
  }
}
