package dev.jabu.app.http;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@code POST} route a platform adapter receives its deliveries at (Slack's request URL), served
 * by bot-app's one HTTP server. The handler gets the body exactly as received, since signatures are
 * computed over those bytes.
 */
public record Webhook(String path, Handler handler) {
  public Webhook {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
  }

  /** What to answer. */
  public record Answer(int status, String contentType, String body) {}

  /** Handles one delivery. */
  @FunctionalInterface
  public interface Handler {
    /**
     * @param headers the request's header values by name, in any case
     * @param body the raw body
     */
    Answer handle(Function<String, List<String>> headers, byte[] body) throws Exception;
  }
}
