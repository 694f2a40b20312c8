package dev.jabu.app;

import dev.jabu.core.outbox.Lookup;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.SendResult;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.Platform;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A platform that lives outside the bot's process: every post is one line appended to a file and
 * forced to disk before the send returns, so a SIGKILL can fall between the post landing and the
 * bot recording it. {@link #check} keeps the check-before-resend contract by looking for the
 * message's nonce, as the Discord and Slack adapters look in the channel's history.
 */
final class FileSink implements Sender {
  private final Path posts;
  private final Path checks;

  FileSink(Path posts, Path checks) {
    this.posts = posts;
    this.checks = checks;
  }

  @Override
  public Platform platform() {
    return Platform.CONSOLE;
  }

  @Override
  public synchronized SendResult send(OutboundMessage message) throws IOException {
    append(posts, message.nonce() + "\t" + message.key() + "\t" + message.destination().key());
    return new SendResult(message.nonce());
  }

  @Override
  public synchronized Lookup check(OutboundMessage message) throws IOException {
    boolean found =
        Files.exists(posts)
            && Files.readAllLines(posts, StandardCharsets.UTF_8).stream()
                .anyMatch(line -> line.startsWith(message.nonce() + "\t"));
    append(checks, (found ? "found\t" : "absent\t") + message.nonce());
    return found ? Lookup.found(message.nonce()) : Lookup.absent();
  }

  /** One write call per line, so a killed process leaves whole lines behind. */
  private static void append(Path file, String line) throws IOException {
    try (FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
      channel.force(false);
    }
  }
}
