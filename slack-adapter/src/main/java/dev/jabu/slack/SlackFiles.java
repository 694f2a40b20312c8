package dev.jabu.slack;

import com.slack.api.model.File;
import dev.jabu.core.recap.RecapSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a text file attached to a Slack message (a recap written as {@code .md}). Slack serves a
 * file's {@code url_private} only with the bot token as a Bearer header, so the token goes to
 * Slack's files host and nowhere else: an address on any other host is refused unasked, and
 * redirects are not followed. Files over the recap size limit are refused before downloading.
 */
final class SlackFiles {
  /** The most a recap may hold, whatever its source. */
  static final int MAX_BYTES = RecapSettings.MAX_BYTES;

  private static final Set<String> TEXT_EXTENSIONS = Set.of("md", "markdown", "mdx", "txt");
  private static final Set<String> TEXT_FILETYPES = Set.of("markdown", "text", "post");

  /** What reading a file gave: its text, or why not (a key of the adapter's texts). */
  sealed interface Result {
    record Text(String markdown) implements Result {}

    record Refused(String key, String fileName) implements Result {}
  }

  private final URI filesUrl;
  private final String botToken;
  private final HttpClient http;

  /**
   * @param filesUrl where Slack serves files ({@code https://files.slack.com/}); a file's address
   *     must start with it
   */
  SlackFiles(String filesUrl, String botToken) {
    this.filesUrl = URI.create(Objects.requireNonNull(filesUrl, "filesUrl"));
    this.botToken = Objects.requireNonNull(botToken, "botToken");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The file's text, read as UTF-8; refused when it is not text, too big, or not Slack's. */
  Result read(File file) {
    String name = file.getName() == null ? "?" : file.getName();
    if (!looksLikeText(file)) {
      return new Result.Refused("file.not-text", name);
    }
    if (file.getSize() != null && file.getSize() > MAX_BYTES) {
      return new Result.Refused("file.too-large", name);
    }
    String address =
        file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate();
    if (address == null || !onFilesHost(address)) {
      return new Result.Refused("file.unreadable", name);
    }
    byte[] bytes;
    try {
      HttpResponse<InputStream> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(address))
                  .timeout(Duration.ofSeconds(10))
                  .header("Authorization", "Bearer " + botToken)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = answer.body()) {
        // Slack answers a token without files:read with its sign-in page, not with an error
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.statusCode() != 200 || type.startsWith("text/html")) {
          return new Result.Refused("file.unreadable", name);
        }
        bytes = body.readNBytes(MAX_BYTES + 1);
      }
    } catch (IOException | IllegalArgumentException e) {
      return new Result.Refused("file.unreadable", name);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result.Refused("file.unreadable", name);
    }
    if (bytes.length > MAX_BYTES) {
      return new Result.Refused("file.too-large", name);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.indexOf('\0') >= 0) {
        return new Result.Refused("file.not-text", name);
      }
      return new Result.Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      return new Result.Refused("file.not-text", name);
    }
  }

  /** A markdown or plain-text file by its name, Slack's file type or its MIME type. */
  static boolean looksLikeText(File file) {
    String name = file.getName() == null ? "" : file.getName().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot >= 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1))) {
      return true;
    }
    if (file.getFiletype() != null && TEXT_FILETYPES.contains(file.getFiletype())) {
      return true;
    }
    return file.getMimetype() != null && file.getMimetype().startsWith("text/");
  }

  /** Same scheme, host and port as Slack's files address, and under its path. */
  private boolean onFilesHost(String address) {
    try {
      URI uri = URI.create(address);
      return filesUrl.getScheme().equalsIgnoreCase(uri.getScheme())
          && filesUrl.getHost().equalsIgnoreCase(uri.getHost())
          && filesUrl.getPort() == uri.getPort()
          && uri.getRawUserInfo() == null
          && uri.getRawPath() != null
          && uri.getRawPath().startsWith(filesUrl.getRawPath());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
