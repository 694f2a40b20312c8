package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.core.testkit.TempDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Socket Mode: the same handlers, reached over a WebSocket the adapter opens itself. */
class SlackSocketModeTest {
  private FakeSlack slack;
  private FakeSocketMode socket;
  private SlackFixture fixture;

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlack();
    socket = new FakeSocketMode();
    slack.socketModeUrl(socket.url());
    fixture = SlackFixture.on(TempDatabase.sqlite(), slack, Optional.of(FakeSlack.APP_TOKEN));
    fixture.adapter.start();
    Eventually.await(socket::connected, c -> c, "the Socket Mode connection");
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
    socket.close();
  }

  private static JsonObject slashCommand(String command, String text) {
    JsonObject p = new JsonObject();
    p.addProperty("token", "x");
    p.addProperty("team_id", FakeSlack.TEAM);
    p.addProperty("team_domain", "jabu-test");
    p.addProperty("channel_id", "CGENERAL");
    p.addProperty("channel_name", "general");
    p.addProperty("user_id", "UALICE");
    p.addProperty("user_name", "alice");
    p.addProperty("command", command);
    p.addProperty("text", text);
    p.addProperty("api_app_id", "AJABU");
    p.addProperty("response_url", "https://hooks.slack.com/commands/T/1/x");
    p.addProperty("trigger_id", "trigger-" + System.nanoTime());
    return p;
  }

  private JsonObject ackOf(String envelopeId) {
    return Eventually.await(
            socket::acks,
            acks ->
                acks.stream().anyMatch(a -> a.get("envelope_id").getAsString().equals(envelopeId)),
            "the ack of " + envelopeId)
        .stream()
        .filter(a -> a.get("envelope_id").getAsString().equals(envelopeId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theAdapterConnectsWithTheAppTokenAndIsConnected() {
    assertThat(slack.calls()).containsSubsequence("auth.test", "apps.connections.open");
    assertThat(fixture.adapter.connected()).isTrue();
    assertThat(fixture.adapter.httpEndpoint()).as("no request URL in Socket Mode").isEmpty();
  }

  @Test
  void aSlashCommandEnvelopeIsAcknowledgedWithTheAnswer() {
    String id = socket.send("slash_commands", slashCommand("/term", "k8s"), true);
    JsonObject ack = ackOf(id);
    JsonObject payload = ack.getAsJsonObject("payload");
    assertThat(payload.get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(payload.get("text").getAsString()).contains("Kubernetes");
    assertThat(socket.unreadable()).isEmpty();
  }

  @Test
  void aMentionEnvelopeIsAcknowledgedAndAnsweredInItsThread() {
    String ts = slack.memberMessage("CGENERAL", "UALICE", "<@UJABU> GitOps가 뭐야?");
    JsonObject callback =
        JsonParser.parseString(
                SlackFixture.mention("EvS1", "UALICE", "<@UJABU> GitOps가 뭐야?", ts, null))
            .getAsJsonObject();
    String id = socket.send("events_api", callback, false);
    ackOf(id);
    List<FakeSlack.Posted> replies =
        Eventually.await(
            () ->
                slack.messages("CGENERAL").stream()
                    .filter(p -> FakeSlack.BOT_USER.equals(p.user()))
                    .toList(),
            r -> !r.isEmpty(),
            "jabu's reply");
    assertThat(replies.get(0).threadTs()).isEqualTo(ts);
    assertThat(replies.get(0).text()).contains("GitOps");
  }

  @Test
  void askedToReconnectItOpensANewConnectionAndKeepsServing() {
    long urls = slack.count("apps.connections.open");
    socket.askToReconnect();
    Eventually.await(socket::connections, n -> n == 2, "a second connection");
    Eventually.await(socket::connected, c -> c, "the new connection");
    assertThat(slack.count("apps.connections.open")).as("a fresh URL").isEqualTo(urls + 1);
    String id = socket.send("slash_commands", slashCommand("/probe", ""), true);
    ackOf(id);
    assertThat(fixture.probes).hasValue(1);
  }

  @Test
  void aDroppedConnectionIsReopenedOnItsOwn() {
    socket.dropConnections();
    Eventually.await(socket::connections, n -> n >= 2, "a reconnection after the drop");
    Eventually.await(socket::connected, c -> c, "the new connection");
    String id = socket.send("slash_commands", slashCommand("/probe", ""), true);
    ackOf(id);
    assertThat(fixture.probes).hasValue(1);
  }
}
