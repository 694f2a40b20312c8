package dev.jabu.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Discord's attachment CDN for files members attach: serves each file at the address the
 * interaction names, on the same local host as the fake's REST API (as {@code cdn.discordapp.com}
 * serves what {@code discord.com} announces), and records every download.
 */
public final class FakeCdn implements AutoCloseable {
  private final FakeDiscord discord;
  private final HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final List<String> downloads = new CopyOnWriteArrayList<>();

  private FakeCdn(FakeDiscord discord) {
    this.discord = discord;
    try {
      this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/attachments/", this::serve);
  }

  /** A CDN beside {@code discord}, whose ids it uses. */
  public static FakeCdn start(FakeDiscord discord) {
    FakeCdn cdn = new FakeCdn(discord);
    cdn.server.start();
    return cdn;
  }

  /**
   * A file a member attaches: the attachment object Discord puts in an interaction's resolved data
   * or on a message, with {@code size} as Discord reports it.
   */
  public ObjectNode attach(String filename, String contentType, byte[] bytes) {
    String id = discord.ids.next();
    String path = "/attachments/" + discord.general + "/" + id + "/" + filename;
    files.put(path, bytes);
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
    return attachment(id, filename, contentType, bytes.length, url);
  }

  /** An attachment object that points anywhere, e.g. at a server jabu must not read from. */
  public ObjectNode attachmentAt(String filename, String url, int size) {
    return attachment(discord.ids.next(), filename, "text/markdown", size, url);
  }

  private static ObjectNode attachment(
      String id, String filename, String contentType, int size, String url) {
    ObjectNode a = FakeDiscord.JSON.createObjectNode();
    a.put("id", id).put("filename", filename).put("size", size);
    a.put("url", url).put("proxy_url", url).put("content_type", contentType);
    return a;
  }

  /** The paths downloaded so far. */
  public List<String> downloads() {
    return List.copyOf(downloads);
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      downloads.add(path);
      if (exchange.getRequestHeaders().containsKey("Authorization")) {
        discord.violation("the bot token was sent to the CDN: " + path);
      }
      byte[] bytes = files.get(path);
      if (!"GET".equals(exchange.getRequestMethod()) || bytes == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
