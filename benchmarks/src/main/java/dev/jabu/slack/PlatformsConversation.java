package dev.jabu.slack;

import com.google.gson.JsonObject;
import dev.jabu.core.Clocks;
import dev.jabu.discord.fake.FakeDiscord;
import dev.jabu.discord.fake.FakeInteraction;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@code benchmarks/platforms-rss.sh} runs beside jabu: the fake Discord (one guild of many
 * members) and the fake Slack with its Socket Mode end, from the adapters' test kits, in one JVM.
 * It prints the addresses to give jabu, waits until jabu has registered its Discord commands and
 * opened its Socket Mode connection, then plays a conversation: each line of the queries file is
 * asked as {@code /term} on Discord by a member (Korean and English clients in turn) and on Slack
 * by a user, a few at a time on each platform, each waiting for its answer. It prints one result
 * line and serves until its standard input closes, so jabu stays connected while it is measured.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.jabu.slack.PlatformsConversation <members> <queries
 * file>} (one query a line, without {@code /term})
 */
public final class PlatformsConversation {
  /** Answers awaited at once per platform: a busy community, not a flood. */
  private static final int IN_FLIGHT = 4;

  private static final Duration PATIENCE = Duration.ofMinutes(5);

  private static final AtomicInteger slackAcks = new AtomicInteger();

  private PlatformsConversation() {}

  public static void main(String[] args) throws Exception {
    try {
      converse(args);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1); // the script sees the fakes gone and stops instead of waiting for a result
    }
    System.exit(0); // the fakes' HTTP and WebSocket threads would keep the JVM alive
  }

  private static void converse(String[] args) throws Exception {
    int memberCount = Integer.parseInt(args[0]);
    List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    try (FakeDiscord discord = FakeDiscord.start(Clocks.system());
        FakeSlack slack = new FakeSlack();
        FakeSocketMode socket = new FakeSocketMode()) {
      slack.socketModeUrl(socket.url());
      List<String> members = new ArrayList<>(memberCount);
      for (int i = 0; i < memberCount; i++) {
        members.add(discord.member("member" + i, false));
      }
      System.out.println("discord-api-url " + discord.apiUrl());
      System.out.println("discord-gateway-url " + discord.gatewayUrl());
      System.out.println("discord-guild-id " + discord.guildId);
      System.out.println("slack-api-url " + slack.apiUrl());
      System.out.flush();
      awaitConnected(discord, socket);

      long started = System.nanoTime();
      Thread slackSide = new Thread(() -> askOnSlack(socket, queries), "slack-conversation");
      slackSide.start();
      int discordAnswered = askOnDiscord(discord, members, queries);
      slackSide.join();
      System.out.printf(
          "conversation: %d /term on Discord (answered %d) and %d on Slack (acknowledged %d)"
              + " in %.1f s; requests the real Discord would reject: %d%n",
          queries.size(),
          discordAnswered,
          queries.size(),
          slackAcks.get(),
          (System.nanoTime() - started) / 1e9,
          discord.violations().size());
      System.out.flush();

      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (in.readLine() != null) {
        // serve until the script closes our input
      }
    }
  }

  private static void awaitConnected(FakeDiscord discord, FakeSocketMode socket)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (discord.commands(discord.guildId).isEmpty() || !socket.connected()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "jabu never connected: Discord commands registered "
                + !discord.commands(discord.guildId).isEmpty()
                + ", Socket Mode connected "
                + socket.connected());
      }
      Thread.sleep(100);
    }
  }

  /** Asks every query on Discord, {@link #IN_FLIGHT} at a time; returns how many were answered. */
  private static int askOnDiscord(FakeDiscord discord, List<String> members, List<String> queries) {
    Deque<FakeInteraction> waiting = new ArrayDeque<>();
    int answered = 0;
    for (int i = 0; i < queries.size(); i++) {
      if (waiting.size() >= IN_FLIGHT) {
        waiting.removeFirst().awaitCallback();
        answered++;
      }
      String member = members.get(i % members.size());
      String locale = i % 2 == 0 ? "ko" : "en-US";
      waiting.addLast(discord.slash(member, locale, "term", null, Map.of("query", queries.get(i))));
    }
    for (FakeInteraction interaction : waiting) {
      interaction.awaitCallback();
      answered++;
    }
    return answered;
  }

  /** Asks every query on Slack over Socket Mode, {@link #IN_FLIGHT} envelopes at a time. */
  private static void askOnSlack(FakeSocketMode socket, List<String> queries) {
    Semaphore slots = new Semaphore(IN_FLIGHT);
    socket.onAck(
        id -> {
          slackAcks.incrementAndGet();
          slots.release();
        });
    try {
      for (int i = 0; i < queries.size(); i++) {
        if (!slots.tryAcquire(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
          throw new IllegalStateException("Socket Mode envelopes never acknowledged");
        }
        socket.send("conversation-" + i, "slash_commands", slashCommand(i, queries.get(i)), true);
      }
      if (!slots.tryAcquire(IN_FLIGHT, PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("Socket Mode envelopes never acknowledged");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonObject slashCommand(int n, String text) {
    // a few hundred users, each asking now and then: the rate limit never holds one back
    String user = "UC" + (n % 500);
    JsonObject p = new JsonObject();
    p.addProperty("token", "x");
    p.addProperty("team_id", FakeSlack.TEAM);
    p.addProperty("team_domain", "conversation");
    p.addProperty("channel_id", "CGENERAL");
    p.addProperty("channel_name", "general");
    p.addProperty("user_id", user);
    p.addProperty("user_name", user.toLowerCase());
    p.addProperty("command", "/term");
    p.addProperty("text", text);
    p.addProperty("api_app_id", "AJABU");
    p.addProperty("response_url", "https://hooks.slack.com/commands/T/1/x");
    p.addProperty("trigger_id", "conversation-" + n);
    return p;
  }
}
