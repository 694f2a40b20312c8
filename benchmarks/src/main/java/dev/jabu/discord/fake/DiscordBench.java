package dev.jabu.discord.fake;

import dev.jabu.core.Clocks;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * What {@code bin/benchmark discord} runs beside jabu: the fake Discord of the adapter's test kit
 * with one guild of many members, and the load. It prints the addresses to give jabu, waits until
 * jabu has connected and registered its commands, then sends {@code /term k8s} from random members
 * at a steady rate over the gateway, first to warm up, then measured: the time from dispatching
 * each interaction to receiving its callback, as Discord would wait for it. It prints one result
 * line and serves until its standard input closes.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.jabu.discord.fake.DiscordBench <members>
 * <interactions per second> <seconds> <warm-up seconds>}
 */
public final class DiscordBench {
  private DiscordBench() {}

  public static void main(String[] args) throws Exception {
    int memberCount = Integer.parseInt(args[0]);
    int rate = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int warmUp = Integer.parseInt(args[3]);
    try (FakeDiscord discord = FakeDiscord.start(Clocks.system())) {
      List<String> members = new ArrayList<>(memberCount);
      for (int i = 0; i < memberCount; i++) {
        members.add(discord.member("member" + i, false));
      }
      System.out.println("api-url " + discord.apiUrl());
      System.out.println("gateway-url " + discord.gatewayUrl());
      System.out.println("guild-id " + discord.guildId);
      System.out.flush();
      awaitCommands(discord);

      send(discord, members, rate, warmUp);
      List<FakeInteraction> measured = send(discord, members, rate, seconds);
      Thread.sleep(FakeDiscord.ACK_WINDOW.toMillis()); // the last ones' answers may be on the way
      report(measured, rate);
      List<String> violations = discord.violations();
      System.out.println("requests the real Discord would reject: " + violations.size());
      violations.stream().distinct().limit(3).forEach(v -> System.out.println("  rejected: " + v));
      System.out.flush();

      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (in.readLine() != null) {
        // serve until the benchmark closes our input
      }
    }
  }

  private static void awaitCommands(FakeDiscord discord) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (discord.commands(discord.guildId).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("jabu never registered its commands");
      }
      Thread.sleep(100);
    }
  }

  /** Sends {@code rate} interactions a second for {@code seconds}, each at its own due time. */
  private static List<FakeInteraction> send(
      FakeDiscord discord, List<String> members, int rate, int seconds) {
    int total = rate * seconds;
    long gap = 1_000_000_000L / rate;
    long start = System.nanoTime();
    List<FakeInteraction> sent = new ArrayList<>(total);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < total; i++) {
      long wait = start + i * gap - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      String member = members.get(random.nextInt(members.size()));
      sent.add(discord.slash(member, "ko", "term", null, Map.of("query", "k8s")));
    }
    return sent;
  }

  private static void report(List<FakeInteraction> measured, int rate) {
    long[] micros =
        measured.stream()
            .filter(i -> i.callback != null)
            .mapToLong(i -> (i.ackedNanos - i.dispatchedNanos) / 1_000)
            .sorted()
            .toArray();
    long window = FakeDiscord.ACK_WINDOW.toMillis() * 1_000;
    System.out.printf(
        Locale.ROOT,
        "discord interactions: %d at %d/s, answered %d, late (> 3 s) %d, unanswered %d;"
            + " callback p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
        measured.size(),
        rate,
        micros.length,
        Arrays.stream(micros).filter(us -> us > window).count(),
        measured.size() - micros.length,
        at(micros, 0.50),
        at(micros, 0.99),
        at(micros, 0.999),
        micros.length == 0 ? Double.NaN : micros[micros.length - 1] / 1000.0);
  }

  private static double at(long[] sortedMicros, double quantile) {
    if (sortedMicros.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(quantile * sortedMicros.length) - 1;
    return sortedMicros[Math.max(0, index)] / 1000.0;
  }
}
