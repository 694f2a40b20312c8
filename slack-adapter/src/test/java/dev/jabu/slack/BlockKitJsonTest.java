package dev.jabu.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.ImageElement;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** jabu's own message JSON is what the slack SDK would send, escaping included. */
class BlockKitJsonTest {
  private static final Gson SDK = GsonFactory.createSnakeCase();

  /** Every character JSON must escape, Korean text, and Slack's own markup. */
  private static final String AWKWARD =
      "따옴표 \" 역슬래시 \\ 줄\n바꿈\r탭\t벨\u0007 줄구분\u2028 문단\u2029 <!here> & 끝";

  private static List<LayoutBlock> blocks() {
    return List.of(
        SectionBlock.builder().text(MarkdownTextObject.builder().text(AWKWARD).build()).build(),
        SectionBlock.builder()
            .fields(List.of(MarkdownTextObject.builder().text("*a*\nb").build()))
            .build());
  }

  @Test
  void anAcknowledgementIsTheSdksJson() {
    String ours = BlockKitJson.acknowledgement("ephemeral", AWKWARD, blocks());
    String sdk =
        SDK.toJson(
            SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(AWKWARD)
                .blocks(blocks())
                .build());
    assertThat(JsonParser.parseString(ours)).isEqualTo(JsonParser.parseString(sdk));
  }

  @Test
  void aResponseUrlPostIsTheSdksJson() {
    String ours = BlockKitJson.responseUrlPost("in_channel", "text", blocks());
    String sdk =
        SDK.toJson(
            ActionResponse.builder()
                .responseType("in_channel")
                .replaceOriginal(false)
                .text("text")
                .blocks(blocks())
                .build());
    assertThat(JsonParser.parseString(ours)).isEqualTo(JsonParser.parseString(sdk));
  }

  @Test
  void whatItCannotWriteIsRefusedNotDropped() {
    LayoutBlock withAccessory =
        SectionBlock.builder()
            .text(MarkdownTextObject.builder().text("x").build())
            .accessory(ImageElement.builder().imageUrl("https://a/b.png").altText("b").build())
            .build();
    assertThatThrownBy(() -> BlockKitJson.blocks(List.of(withAccessory)))
        .isInstanceOf(IllegalArgumentException.class);
    LayoutBlock linkButton =
        com.slack.api.model.block.ActionsBlock.builder()
            .elements(
                List.of(
                    ButtonElement.builder()
                        .text(PlainTextObject.builder().text("go").build())
                        .actionId("a")
                        .url("https://example.com")
                        .build()))
            .build();
    assertThatThrownBy(() -> BlockKitJson.blocks(List.of(linkButton)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
