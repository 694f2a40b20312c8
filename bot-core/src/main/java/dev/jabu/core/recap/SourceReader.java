package dev.jabu.core.recap;

import dev.jabu.core.platform.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads a {@link RecapSource} into markdown, within {@link RecapSettings#MAX_BYTES}.
 *
 * <p>A file path is only read for the console: whoever types there already has the machine's files,
 * while a Discord or Slack member (moderators included) must never make the bot read them. The
 * invocation's platform decides, since the console is the only platform that runs on the operator's
 * own machine.
 */
final class SourceReader {
  private final RecapFetcher fetcher;
  private final Path workingDirectory;

  SourceReader(RecapFetcher fetcher, Path workingDirectory) {
    this.fetcher = fetcher;
    this.workingDirectory = workingDirectory;
  }

  String read(RecapSource source, Platform platform) throws RecapProblem {
    String markdown;
    if (source instanceof RecapSource.File file) {
      markdown = readFile(file.path(), platform);
    } else if (source instanceof RecapSource.Url url) {
      markdown = fetcher.fetch(url.address());
    } else {
      String text = ((RecapSource.Text) source).markdown();
      if (text.getBytes(StandardCharsets.UTF_8).length > RecapSettings.MAX_BYTES) {
        throw tooLarge();
      }
      markdown = RecapText.decode(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (markdown.isBlank()) {
      throw new RecapProblem("recap.empty");
    }
    return markdown;
  }

  private String readFile(String typed, Platform platform) throws RecapProblem {
    if (platform != Platform.CONSOLE) {
      throw new RecapProblem("recap.file.console-only");
    }
    Path path;
    try {
      path = workingDirectory.resolve(typed).normalize();
    } catch (InvalidPathException e) {
      throw new RecapProblem("recap.file.not-found", typed);
    }
    if (Files.isDirectory(path)) {
      throw new RecapProblem("recap.file.folder", typed);
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      // a device, a pipe or a socket: it exists, but reading it is not reading a recap
      throw new RecapProblem("recap.file.not-regular", typed);
    }
    if (!Files.isRegularFile(path)) {
      throw new RecapProblem("recap.file.not-found", typed);
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(RecapSettings.MAX_BYTES + 1);
      if (bytes.length > RecapSettings.MAX_BYTES) {
        throw tooLarge();
      }
      return RecapText.decode(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RecapProblem("recap.file.unreadable", typed);
    }
  }

  private static RecapProblem tooLarge() {
    return new RecapProblem("recap.too-large", RecapSettings.MAX_BYTES / 1024);
  }
}
