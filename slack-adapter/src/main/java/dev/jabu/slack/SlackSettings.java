package dev.jabu.slack;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Slack adapter needs from the operator.
 *
 * @param botToken {@code SLACK_BOT_TOKEN} ({@code xoxb-…})
 * @param signingSecret {@code SLACK_SIGNING_SECRET}: verifies HTTP requests; needed in HTTP mode
 * @param appToken {@code SLACK_APP_TOKEN} ({@code xapp-…}): when set, Socket Mode instead of HTTP
 * @param apiUrl the Web API's base URL, {@code https://slack.com/api} unless a proxy or a test
 *     stands in
 * @param commandPrefix put before every slash command's name ({@code jabu-} gives {@code
 *     /jabu-term}) for workspaces where a name is taken; empty for none
 * @param moderatorGroup a user group whose members are moderators (listed member ids are read by
 *     the core's {@code Moderators}); its id is given to members as a role
 * @param ackWithin how long a command may run before Slack is answered "later" and the reply goes
 *     to {@code response_url}; Slack allows 3 seconds
 * @param workers threads that run commands; requests beyond them and a queue are told to retry
 * @param filesUrl where Slack serves files attached to messages ({@code https://files.slack.com/});
 *     the bot token is sent to addresses under it and nowhere else
 */
public record SlackSettings(
    String botToken,
    Optional<String> signingSecret,
    Optional<String> appToken,
    String apiUrl,
    String commandPrefix,
    Optional<String> moderatorGroup,
    Duration ackWithin,
    int workers,
    String filesUrl) {

  public static final String DEFAULT_API_URL = "https://slack.com/api";
  public static final Duration DEFAULT_ACK_WITHIN = Duration.ofMillis(2000);
  public static final int DEFAULT_WORKERS = 8;
  public static final String DEFAULT_FILES_URL = "https://files.slack.com/";

  public SlackSettings {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(signingSecret, "signingSecret");
    Objects.requireNonNull(appToken, "appToken");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(commandPrefix, "commandPrefix");
    Objects.requireNonNull(moderatorGroup, "moderatorGroup");
    Objects.requireNonNull(ackWithin, "ackWithin");
    Objects.requireNonNull(filesUrl, "filesUrl");
    if (appToken.isEmpty() && signingSecret.isEmpty()) {
      throw new IllegalArgumentException("HTTP mode needs the signing secret");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1");
    }
  }

  /** Whether events arrive over Socket Mode rather than at the HTTP request URL. */
  public boolean socketMode() {
    return appToken.isPresent();
  }

  /** The Web API prefix the Slack client wants: the base URL with one trailing slash. */
  String methodsPrefix() {
    return apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
  }

  public SlackSettings withAckWithin(Duration ackWithin) {
    return new SlackSettings(
        botToken,
        signingSecret,
        appToken,
        apiUrl,
        commandPrefix,
        moderatorGroup,
        ackWithin,
        workers,
        filesUrl);
  }
}
