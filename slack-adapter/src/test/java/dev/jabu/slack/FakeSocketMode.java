package dev.jabu.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end, as its documentation describes it: a client connects to the URL {@code
 * apps.connections.open} handed out, gets {@code hello}, then receives envelopes ({@code
 * slash_commands}, {@code interactive}, {@code events_api}) and must acknowledge each by its {@code
 * envelope_id}, with a response payload where the envelope accepts one. It can ask the client to
 * reconnect ({@code disconnect}) or drop the connection without a word.
 */
final class FakeSocketMode implements AutoCloseable {
  private final Server server;
  private final List<JsonObject> acks = new CopyOnWriteArrayList<>();
  private final List<String> unreadable = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger envelopes = new AtomicInteger();
  private volatile Consumer<String> ackListener = id -> {};

  FakeSocketMode() throws InterruptedException {
    server = new Server();
    server.setReuseAddr(true);
    server.setTcpNoDelay(true); // as a production server does: no Nagle delay on small frames
    server.start();
    server.started.await();
  }

  String url() {
    return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=t";
  }

  /** How many connections were ever opened. */
  int connections() {
    return connections.get();
  }

  boolean connected() {
    return server.getConnections().stream().anyMatch(WebSocket::isOpen);
  }

  /** Sends an envelope to the connected client and returns its id. */
  String send(String type, JsonObject payload, boolean acceptsResponsePayload) {
    return send("env-" + envelopes.incrementAndGet(), type, payload, acceptsResponsePayload);
  }

  /** Sends an envelope with the caller's id (a benchmark notes when it went before it goes). */
  String send(String id, String type, JsonObject payload, boolean acceptsResponsePayload) {
    JsonObject envelope = new JsonObject();
    envelope.addProperty("envelope_id", id);
    envelope.addProperty("type", type);
    envelope.add("payload", payload);
    envelope.addProperty("accepts_response_payload", acceptsResponsePayload);
    envelope.addProperty("retry_attempt", 0);
    envelope.addProperty("retry_reason", "");
    server.broadcast(envelope.toString());
    return id;
  }

  /** Called with each acknowledgement's envelope id as it arrives. */
  void onAck(Consumer<String> listener) {
    this.ackListener = listener;
  }

  /** The acknowledgements received, in order. */
  List<JsonObject> acks() {
    return List.copyOf(acks);
  }

  /** Messages from the client that were not JSON objects with an envelope id. */
  List<String> unreadable() {
    return List.copyOf(unreadable);
  }

  /** Asks the client to reconnect, as Slack does every few hours. */
  void askToReconnect() {
    server.broadcast("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\"}");
  }

  /** Closes every connection abruptly, as a network failure would. */
  void dropConnections() {
    // 1006: gone without a closing handshake
    server.getConnections().forEach(c -> c.closeConnection(1006, "dropped"));
  }

  @Override
  public void close() throws InterruptedException {
    server.stop(1000);
  }

  private final class Server extends WebSocketServer {
    final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);

    Server() {
      super(new InetSocketAddress("127.0.0.1", 0));
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      connections.incrementAndGet();
      conn.send(
          "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
              + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"AJABU\"}}");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      try {
        JsonObject json = JsonParser.parseString(message).getAsJsonObject();
        if (json.has("envelope_id")) {
          acks.add(json);
          ackListener.accept(json.get("envelope_id").getAsString());
          return;
        }
      } catch (RuntimeException e) {
        // fall through
      }
      unreadable.add(message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {
      started.countDown();
    }
  }
}
