package dev.jabu.slack;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;

/**
 * What {@code bin/benchmark slack} runs beside jabu: the fake Slack Web API (jabu checks its token
 * with {@code auth.test} at start and answers {@code /term} through it only when slow), and the
 * baseline, a bare Javalin server answering {@code POST /slack/events} with a fixed 200 and doing
 * nothing else. Prints the fake's API address, then serves until its standard input closes.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.jabu.slack.SlackBenchServers <bare port>}
 */
public final class SlackBenchServers {
  private SlackBenchServers() {}

  public static void main(String[] args) throws Exception {
    int barePort = Integer.parseInt(args[0]);
    byte[] fixed =
        "{\"response_type\":\"ephemeral\",\"text\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
    try (FakeSlack slack = new FakeSlack()) {
      Javalin bare =
          Javalin.create(
                  config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    config.routes.post(
                        "/slack/events",
                        ctx -> ctx.status(200).contentType("application/json").result(fixed));
                  })
              .start("127.0.0.1", barePort);
      System.out.println("api-url " + slack.apiUrl());
      System.out.flush();
      while (System.in.read() >= 0) {
        // serve until the benchmark closes our input
      }
      bare.stop();
    }
  }
}
