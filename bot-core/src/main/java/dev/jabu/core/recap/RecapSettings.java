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
 */
public record RecapSettings(
    boolean allowPrivateAddresses,
    Duration connectTimeout,
    Duration readTimeout,
    Path workingDirectory) {

  /** The most a recap document may hold: 100 KB, from a file, a URL or pasted text alike. */
  public static final int MAX_BYTES = 100 * 1024;

  public RecapSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  /** Public addresses only, 5 s to connect, 10 s per read, paths from the current directory. */
  public static RecapSettings defaults() {
    return new RecapSettings(
        false, Duration.ofSeconds(5), Duration.ofSeconds(10), Path.of("").toAbsolutePath());
  }

  public RecapSettings withPrivateAddresses(boolean allowed) {
    return new RecapSettings(allowed, connectTimeout, readTimeout, workingDirectory);
  }

  public RecapSettings withTimeouts(Duration connect, Duration read) {
    return new RecapSettings(allowPrivateAddresses, connect, read, workingDirectory);
  }

  public RecapSettings withWorkingDirectory(Path directory) {
    return new RecapSettings(allowPrivateAddresses, connectTimeout, readTimeout, directory);
  }
}
