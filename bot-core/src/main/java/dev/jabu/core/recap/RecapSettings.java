package dev.jabu.core.recap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The operator's settings for recaps ({@code recaps:} in {@code jabu.yaml}).
 *
 * @param allowPrivateAddresses whether a recap may be fetched from loopback, link-local or private
 *     addresses; off by default, so a member cannot make the bot read internal services
 * @param connectTimeout how long to wait for a web server to accept the connection
 * @param readTimeout how long to wait for each read; the whole fetch of one address may take at
 *     most the connect timeout plus twice the read timeout
 * @param workingDirectory where the console's relative file paths start
 * @param maxReplies the most replies one recap may take in one channel's thread; a longer recap is
 *     refused before anything is posted
 */
public record RecapSettings(
    boolean allowPrivateAddresses,
    Duration connectTimeout,
    Duration readTimeout,
    Path workingDirectory,
    int maxReplies) {

  /** The most a recap document may hold: 100 KB, from a file, a URL or pasted text alike. */
  public static final int MAX_BYTES = 100 * 1024;

  /**
   * Fifty replies hold a long recap on any platform (the sample takes eight on Discord) and keep
   * one publish to a few minutes of a channel's rate limit.
   */
  public static final int DEFAULT_MAX_REPLIES = 50;

  /** Where operators can move the reply limit to. */
  public static final int MAX_REPLIES_CEILING = 500;

  public RecapSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    if (maxReplies < 1 || maxReplies > MAX_REPLIES_CEILING) {
      throw new IllegalArgumentException("maxReplies must be 1 to " + MAX_REPLIES_CEILING);
    }
  }

  /**
   * Public addresses only, 5 s to connect, 10 s per read, paths from the current directory, 50
   * replies.
   */
  public static RecapSettings defaults() {
    return new RecapSettings(
        false,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Path.of("").toAbsolutePath(),
        DEFAULT_MAX_REPLIES);
  }

  public RecapSettings withPrivateAddresses(boolean allowed) {
    return new RecapSettings(allowed, connectTimeout, readTimeout, workingDirectory, maxReplies);
  }

  public RecapSettings withTimeouts(Duration connect, Duration read) {
    return new RecapSettings(allowPrivateAddresses, connect, read, workingDirectory, maxReplies);
  }

  public RecapSettings withWorkingDirectory(Path directory) {
    return new RecapSettings(
        allowPrivateAddresses, connectTimeout, readTimeout, directory, maxReplies);
  }

  public RecapSettings withMaxReplies(int replies) {
    return new RecapSettings(
        allowPrivateAddresses, connectTimeout, readTimeout, workingDirectory, replies);
  }
}
