package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import dev.jabu.core.testkit.Eventually;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Preview as recap" on a message that carries the recap as an attached markdown file. */
class SlackRecapFromFileTest {
  private SlackFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = SlackFixture.http(Duration.ofMillis(2000), 1);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  /** The shortcut chosen by the moderator on a message holding {@code text} and {@code file}. */
  private JsonObject answerTo(String text, JsonObject file) throws Exception {
    String ts = fixture.slack.memberMessage("CGENERAL", "UALICE", text);
    JsonObject user = new JsonObject();
    user.addProperty("id", "UMOD");
    user.addProperty("username", "umod");
    user.addProperty("name", "umod");
    user.addProperty("team_id", FakeSlack.TEAM);
    JsonObject team = new JsonObject();
    team.addProperty("id", FakeSlack.TEAM);
    JsonObject channel = new JsonObject();
    channel.addProperty("id", "CGENERAL");
    channel.addProperty("name", "general");
    JsonArray files = new JsonArray();
    files.add(file);
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("user", "UALICE");
    message.addProperty("ts", ts);
    message.addProperty("text", text);
    message.add("files", files);
    message.addProperty("upload", false);
    JsonObject action = new JsonObject();
    action.addProperty("type", "message_action");
    action.addProperty("token", "x");
    action.addProperty("action_ts", "1");
    action.add("team", team);
    action.add("user", user);
    action.add("channel", channel);
    action.addProperty("callback_id", SlackRegistration.RECAP_SHORTCUT);
    action.addProperty("trigger_id", "t-file-" + System.nanoTime());
    action.addProperty("message_ts", ts);
    action.addProperty("response_url", fixture.slack.newResponseUrl());
    action.add("message", message);
    assertThat(fixture.send(SlackFixture.interaction(action)).status()).isEqualTo(200);
    JsonObject answer =
        Eventually.await(fixture.slack::responses, r -> !r.isEmpty(), "the answer").get(0);
    assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
    return answer;
  }

  @Test
  void theAttachedMarkdownFileIsPreviewedRatherThanTheMessagesText() throws Exception {
    byte[] recap =
        ("# 겨울 밋업 후기\n\n<!channel> 쿠버네티스 운영 이야기를 나눴어요.\n\n## 1부: GitOps\n\nArgo CD 실습")
            .getBytes(StandardCharsets.UTF_8);
    JsonObject file = fixture.slack.file("winter-recap.md", "text/plain", "markdown", recap);
    JsonObject answer = answerTo("후기 파일 올려요 @everyone", file);
    assertThat(answer.toString()).contains("겨울 밋업 후기").doesNotContain("후기 파일 올려요");
    assertThat(fixture.slack.downloads()).isEqualTo(1);
    assertThat(fixture.slack.messages("CGENERAL")).as("a preview posts nothing").hasSize(1);
  }

  @Test
  void aFileThatIsNotTextIsRefusedInTheMembersLanguageAndNothingIsPreviewed() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    JsonObject file = fixture.slack.file("slides.png", "image/png", "png", png);
    JsonObject answer = answerTo("", file);
    assertThat(answer.get("text").getAsString()).contains("slides.png", ".md");
    assertThat(fixture.slack.downloads()).as("not even downloaded").isZero();
  }

  @Test
  void aScreenshotBesideTheRecapsTextLeavesTheTextAsTheRecap() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    JsonObject file = fixture.slack.file("photo.png", "image/png", "png", png);
    JsonObject answer = answerTo("# 12월 번개 후기\n\n사진은 첨부했어요", file);
    assertThat(answer.toString()).contains("12월 번개 후기").doesNotContain("photo.png");
    assertThat(fixture.slack.downloads()).isZero();
  }

  @Test
  void aMarkdownNameOverBinaryBytesIsRefusedToo() throws Exception {
    byte[] bytes = {'#', ' ', (byte) 0xff, (byte) 0xfe, 0, 1};
    JsonObject file = fixture.slack.file("notes.md", "text/plain", "markdown", bytes);
    JsonObject answer = answerTo("", file);
    assertThat(answer.get("text").getAsString()).contains("notes.md", ".md");
  }

  @Test
  void aFileOverTheRecapLimitIsRefusedBeforeDownloading() throws Exception {
    byte[] big =
        ("# 큰 후기\n\n" + "가".repeat(SlackFiles.MAX_BYTES / 3 + 10)).getBytes(StandardCharsets.UTF_8);
    JsonObject file = fixture.slack.file("big.md", "text/plain", "markdown", big);
    JsonObject answer = answerTo("", file);
    assertThat(answer.get("text").getAsString()).contains("big.md", "100 KB");
    assertThat(fixture.slack.downloads()).isZero();
  }

  @Test
  void theBotTokenIsNeverSentOffSlacksFilesHost() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    HttpServer elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    elsewhere.createContext(
        "/",
        exchange -> {
          asked.incrementAndGet();
          exchange.sendResponseHeaders(200, 2);
          exchange.getResponseBody().write("# ".getBytes(StandardCharsets.UTF_8));
          exchange.close();
        });
    elsewhere.start();
    try {
      JsonObject file =
          fixture.slack.file(
              "recap.md", "text/plain", "markdown", "# 후기".getBytes(StandardCharsets.UTF_8));
      String address =
          "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/files-pri/T-F1/recap.md";
      file.addProperty("url_private", address);
      file.addProperty("url_private_download", address);
      JsonObject answer = answerTo("", file);
      assertThat(answer.get("text").getAsString()).contains("recap.md");
      assertThat(asked).as("nothing asked of another host").hasValue(0);
    } finally {
      elsewhere.stop(0);
    }
  }
}
