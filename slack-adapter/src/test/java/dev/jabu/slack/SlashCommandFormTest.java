package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading a slash command's form gives the payload Bolt's own parser gives. */
class SlashCommandFormTest {
  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String form(String text) {
    return "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example"
        + "&enterprise_id=E0001&enterprise_name=Globular%20Construct%20Inc"
        + "&is_enterprise_install=true&channel_id=C2147483705&channel_name=test"
        + "&user_id=U2147483697&user_name=Steve&command="
        + enc("/term")
        + "&text="
        + enc(text)
        + "&api_app_id=A123456&response_url="
        + enc("https://hooks.slack.com/commands/1234/5678")
        + "&trigger_id=13345224609.738474920.8088930838d88f008e0&is_new_field=1";
  }

  @Test
  void readsWhatBoltReads() {
    for (String text :
        new String[] {
          "k8s",
          "도커랑 포드맨 차이가 뭐야?",
          "a+b = c & d %20 <!channel> <@U123|x>",
          "line one\nline two",
          "😀 emoji and 한글"
        }) {
      String body = form(text);
      assertThat(SlashCommandForm.read(body))
          .as(text)
          .contains(new SlashCommandPayloadParser().parse(body));
    }
  }

  @Test
  void anEmptyTextIsEmptyNotMissing() {
    assertThat(SlashCommandForm.read("command=%2Fterm&text=&user_id=U1").orElseThrow().getText())
        .isEmpty();
  }

  @Test
  void otherRequestsAreLeftToBolt() {
    assertThat(SlashCommandForm.read("payload=" + enc("{\"type\":\"block_actions\"}"))).isEmpty();
    assertThat(SlashCommandForm.read("ssl_check=1&token=abc")).isEmpty();
    assertThat(SlashCommandForm.read("ssl_check=1&command=%2Fterm")).isEmpty();
    assertThat(SlashCommandForm.read("user_id=U1&text=hi")).isEmpty();
    assertThat(SlashCommandForm.read("command=%2Fterm&text=%zz")).isEmpty();
    assertThat(SlashCommandForm.read("")).isEmpty();
  }
}
