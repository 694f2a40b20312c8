package dev.jabu.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jabu.core.Clocks;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.Jabu;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.command.Role;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.DeliverySettings;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.outbox.Sender;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.TempDatabase;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsoleAdapterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A moderator command that posts an announcement to Discord and Slack through the outbox. */
  private Jabu jabu;

  private final CommandModule announce =
      () ->
          List.of(
              CommandSpec.command("shout")
                  .description("공지", "Announce")
                  .requiredRole(Role.MODERATOR)
                  .option(OptionSpec.required("text", OptionType.STRING, "내용", "text").takingRest())
                  .handler(
                      ctx -> {
                        String text = ctx.required("text", String.class);
                        for (Platform p : List.of(Platform.DISCORD, Platform.SLACK)) {
                          jabu.outbox()
                              .post(
                                  "shout-" + ctx.correlationId(),
                                  ChannelRef.of(p, "announcements"),
                                  RichMessage.text(text));
                        }
                        return Reply.privately(RichMessage.text("queued"));
                      })
                  .build());

  private final Database database = TempDatabase.sqlite();

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private String run(String input, boolean json) throws Exception {
    jabu =
        new Jabu(
            CoreSettings.defaults(),
            database,
            Clocks.system(),
            List.of(dev.jabu.core.Feature.of(announce)));
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    PlainTextRenderer renderer =
        new PlainTextRenderer(CoreSettings.defaults().zone(), Locale.ENGLISH);
    ConsoleOutput output = json ? new JsonOutput(out, renderer) : new TextOutput(out, renderer);
    List<Sender> senders =
        Arrays.stream(Platform.values()).map(p -> (Sender) new ConsoleSender(p, output)).toList();
    // as the launcher wires it: one destination at a time, so posts print in queue order
    OutboxDispatcher dispatcher =
        jabu.dispatcher(senders, DeliverySettings.defaults().withConcurrency(1));
    new ConsoleAdapter(jabu, dispatcher, output, "operator", true, Locale.ENGLISH, null)
        .run(new BufferedReader(new StringReader(input)));
    return buffer.toString();
  }

  private List<JsonNode> runJson(String input) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run(input, true).split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  @Test
  void pipedInputGetsExactlyOneAnswerPerCommandInOrder() throws Exception {
    List<JsonNode> out = runJson("/help\n\n# a comment\n/about\n");
    assertThat(out).extracting(n -> n.get("type").asText()).containsExactly("answer", "answer");
    assertThat(out).extracting(n -> n.get("input").asText()).containsExactly("/help", "/about");
    assertThat(out.get(0).get("text").asText()).contains("jabu commands");
    assertThat(out.get(1).get("text").asText()).contains("Uptime");
    assertThat(out.get(0).get("visibility").asText()).isEqualTo("private");
    assertThat(out.get(0).get("message").get("blocks").isArray()).isTrue();
  }

  @Test
  void textOutputHoldsNothingButTheAnswers() throws Exception {
    String out = run("/help\n/about\n", false);
    assertThat(out).startsWith("jabu commands").contains("Uptime").doesNotContain("jabu(");
  }

  @Test
  void postsPrintAfterTheAnswerThatCausedThemMarkedWithTheirDestination() throws Exception {
    List<JsonNode> out = runJson("/shout Meetup on Friday @everyone\n/about\n");
    assertThat(out)
        .extracting(n -> n.get("type").asText())
        .containsExactly("answer", "post", "post", "answer");
    assertThat(out.get(1).get("destination").asText()).isEqualTo("discord:announcements");
    assertThat(out.get(2).get("destination").asText()).isEqualTo("slack:announcements");
    assertThat(out.get(1).get("text").asText()).contains("Meetup on Friday @everyone");

    String text = run("/shout hello\n", false);
    assertThat(text)
        .contains("[post → discord #announcements]")
        .contains("[post → slack #announcements]");
  }

  @Test
  void asSwitchesWhoIsSpeakingAndModeratorRightsFollow() throws Exception {
    List<JsonNode> out =
        runJson(
            "/as discord:alice\n/shout hi\n/as slack:U1 moderator\n/shout hi\n/as operator\n/shout hi\n");
    List<String> texts =
        out.stream()
            .filter(n -> n.get("type").asText().equals("answer"))
            .map(n -> n.get("text").asText())
            .toList();
    assertThat(texts.get(0)).contains("discord:alice");
    assertThat(texts.get(1)).contains("Only moderators");
    assertThat(texts.get(2)).contains("slack:U1", "moderator");
    assertThat(texts.get(3)).contains("queued");
    assertThat(texts.get(5)).contains("queued");
    assertThat(out).filteredOn(n -> n.get("type").asText().equals("post")).hasSize(4);
  }

  @Test
  void aBadAsLineExplainsItself() throws Exception {
    assertThat(run("/as nobody\n", false)).contains("/as <platform>:<user>");
  }

  @Test
  void anUnknownCommandIsAnsweredWithASuggestion() throws Exception {
    assertThat(run("/abuot\n", false)).contains("/about");
  }
}
