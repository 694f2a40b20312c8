package dev.jabu.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.jabu.core.Jabu;
import dev.jabu.core.meetup.MeetupReads;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.platform.PlatformStartException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jabu on Slack, through Bolt for Java. {@link #start()} checks the bot token with {@code
 * auth.test}, then takes events either at the HTTP request URL ({@link #httpEndpoint()}, served by
 * bot-app's own server) or over Socket Mode when an app token is set; the same handlers serve both.
 */
public final class SlackAdapter implements PlatformAdapter {
  private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
  private static final int QUEUED_COMMANDS = 256;

  private final SlackSettings settings;
  private final Optional<MeetupReads> meetups;
  private final Jabu jabu;
  private final Clock clock;
  private final Slack slack;
  private final MethodsClient client;
  private final SlackRenderer renderer;
  private final SlackSender sender;
  private final ThreadPoolExecutor workers;
  private volatile App app;
  private volatile SocketModeApp socketMode;
  private volatile SlackHttpEndpoint endpoint;
  private volatile boolean running;

  public SlackAdapter(SlackSettings settings, Jabu jabu, Clock clock) {
    this(settings, jabu, clock, Optional.empty());
  }

  /**
   * @param meetups the meetups' reads for the Home tab and the edit form; empty when jabu runs
   *     without meetups (the Home tab then shows the glossary hint alone)
   */
  public SlackAdapter(
      SlackSettings settings, Jabu jabu, Clock clock, Optional<MeetupReads> meetups) {
    this.meetups = meetups;
    this.settings = settings;
    this.jabu = jabu;
    this.clock = clock;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.methodsPrefix());
    // no background thread collecting call statistics: nothing reads them
    config.setStatsEnabled(false);
    this.slack = Slack.getInstance(config);
    this.client = slack.methods(settings.botToken());
    this.renderer =
        new SlackRenderer(
            new PlainTextRenderer(jabu.settings().zone(), jabu.settings().defaultLocale(), clock));
    this.sender = new SlackSender(client, renderer);
    AtomicInteger threads = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            settings.workers(),
            settings.workers(),
            1,
            TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(QUEUED_COMMANDS),
            r -> {
              Thread t = new Thread(r, "jabu-slack-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public synchronized void start() throws PlatformStartException {
    AuthTestResponse auth = authTest();
    log.info("Slack: signed in as {} in {}", auth.getUser(), auth.getTeam());
    AppConfig config =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(settings.botToken())
            .signingSecret(settings.signingSecret().orElse(null))
            // SignatureVerifier checks every request before Bolt sees it, more strictly
            .requestVerificationEnabled(false)
            .authTestCacheEnabled(true)
            .build();
    App bolt = new App(config);
    SlackMembers members =
        new SlackMembers(settings.moderatorGroup(), client, clock, jabu.settings().defaultLocale());
    new SlackEvents(
            jabu.engine(),
            members,
            new SlackReplies(renderer, slack, client),
            workers,
            settings.commandPrefix(),
            settings.ackWithin(),
            jabu.settings().defaultLocale(),
            client,
            new SlackHome(meetups, renderer, client, jabu.settings().defaultLocale()),
            new SlackFiles(settings.filesUrl(), settings.botToken()),
            meetups)
        .register(bolt);
    this.app = bolt;
    if (settings.socketMode()) {
      startSocketMode(bolt);
    } else {
      bolt.start();
      this.endpoint =
          new SlackHttpEndpoint(
              new SignatureVerifier(settings.signingSecret().orElseThrow(), clock), bolt);
    }
    running = true;
  }

  private AuthTestResponse authTest() throws PlatformStartException {
    AuthTestResponse auth;
    try {
      auth = client.authTest(r -> r);
    } catch (Exception e) {
      throw new PlatformStartException(
          "cannot reach Slack at "
              + settings.apiUrl()
              + " ("
              + e.getMessage()
              + "); check the network and slack.api-url",
          e);
    }
    if (!auth.isOk()) {
      throw new PlatformStartException(
          "Slack refused SLACK_BOT_TOKEN ("
              + auth.getError()
              + "); copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page");
    }
    return auth;
  }

  private void startSocketMode(App bolt) throws PlatformStartException {
    try {
      SocketModeApp socketApp =
          new SocketModeApp(
              settings.appToken().orElseThrow(),
              bolt,
              SocketModeClient.Backend.JavaWebSocket,
              settings.workers());
      socketApp.startAsync();
      this.socketMode = socketApp;
    } catch (Exception e) {
      // Bolt logs the reason (apps.connections.open's error) and hands back no client
      throw new PlatformStartException(
          "cannot open Slack's Socket Mode with SLACK_APP_TOKEN; check that it is an app-level"
              + " token (xapp-…) with connections:write and that Socket Mode is on for the app",
          e);
    }
  }

  /** The HTTP request URL's handler; empty in Socket Mode or before {@link #start()}. */
  public Optional<SlackHttpEndpoint> httpEndpoint() {
    return Optional.ofNullable(endpoint);
  }

  @Override
  public Sender sender() {
    return sender;
  }

  @Override
  public boolean connected() {
    if (!running) {
      return false;
    }
    SocketModeApp socket = socketMode;
    return socket == null || (socket.getClient() != null && socket.getClient().verifyConnection());
  }

  @Override
  public synchronized void close() {
    running = false;
    endpoint = null;
    if (socketMode != null) {
      try {
        socketMode.close();
      } catch (Exception e) {
        log.warn("Slack: Socket Mode did not close cleanly: {}", e.toString());
      }
      socketMode = null;
    }
    if (app != null) {
      app.stop();
    }
    workers.shutdown();
  }
}
