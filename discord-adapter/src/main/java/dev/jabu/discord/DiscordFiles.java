package dev.jabu.discord;

import dev.jabu.core.recap.RecapSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import net.dv8tion.jda.api.entities.Message;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads a text file a member attached (the recap file, a markdown file on a message) before the
 * engine runs. Only files Discord itself delivered are read: the address must be Discord's
 * attachment CDN (or the REST host jabu is configured with, such as a test's fake Discord), no
 * redirect is followed, the size is checked from the interaction before anything is downloaded and
 * again while reading, and the bytes must be UTF-8 text.
 */
final class DiscordFiles {
  /** As much as a recap may hold, from any source. */
  static final int MAX_BYTES = RecapSettings.MAX_BYTES;

  private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "txt");
  private static final Set<String> CDN_DOMAINS = Set.of("discordapp.com", "discordapp.net");

  /** Why a file was not read; the key of a member-visible message with its arguments. */
  static final class Problem extends Exception {
    final String key;
    final transient Object[] args;

    Problem(String key, Object... args) {
      super(key, null, false, false);
      this.key = key;
      this.args = args;
    }
  }

  private final HttpUrl apiUrl;
  private volatile OkHttpClient client;

  DiscordFiles(String apiUrl) {
    this.apiUrl = HttpUrl.get(apiUrl);
  }

  /** Whether a file is one jabu reads as text: markdown or plain text, by its name. */
  static boolean isText(Message.Attachment file) {
    String extension = file.getFileExtension();
    return extension != null && EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT));
  }

  /** The text of an attached file. */
  String read(Message.Attachment file) throws Problem {
    String name = file.getFileName();
    if (!isText(file)) {
      throw new Problem("discord.file.not-markdown", name);
    }
    if (file.getSize() > MAX_BYTES) {
      throw new Problem("discord.file.too-large", name, MAX_BYTES / 1024);
    }
    HttpUrl url = HttpUrl.parse(file.getUrl());
    if (url == null || !fromDiscord(url)) {
      throw new Problem("discord.file.unreadable", name);
    }
    try (Response response =
        client(file).newCall(new Request.Builder().url(url).build()).execute()) {
      ResponseBody body = response.body();
      if (response.code() != 200) {
        throw new Problem("discord.file.unreadable", name);
      }
      byte[] bytes;
      try (InputStream in = body.byteStream()) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        throw new Problem("discord.file.too-large", name, MAX_BYTES / 1024);
      }
      return utf8(bytes, name);
    } catch (IOException e) {
      throw new Problem("discord.file.unreadable", name);
    }
  }

  /**
   * Discord's CDN over https, or the host jabu speaks REST to, where a proxy or a test's fake
   * serves files beside the API.
   */
  boolean fromDiscord(HttpUrl url) {
    if (url.host().equals(apiUrl.host())) {
      return url.scheme().equals(apiUrl.scheme());
    }
    String host = url.host();
    return url.isHttps()
        && CDN_DOMAINS.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
  }

  private static String utf8(byte[] bytes, String name) throws Problem {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new Problem("discord.file.not-markdown", name);
    }
  }

  /** JDA's own HTTP client, with redirects off so only the checked address is read. */
  private OkHttpClient client(Message.Attachment file) {
    OkHttpClient current = client;
    if (current == null) {
      current =
          file.getJDA()
              .getHttpClient()
              .newBuilder()
              .followRedirects(false)
              .followSslRedirects(false)
              .build();
      client = current;
    }
    return current;
  }
}
