package dev.jabu.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RichMessageJsonTest {
  private static final UserRef ALICE = new UserRef(Platform.DISCORD, "123", "Alice");
  private static final ChannelRef GENERAL = new ChannelRef(Platform.SLACK, "C42", "general");

  /** One of every span kind, text styles included. */
  private static final List<Span> EVERY_SPAN =
      List.of(
          Span.text("plain "),
          new Span.Text("loud", Set.of(Span.Style.BOLD, Span.Style.ITALIC)),
          Span.code("kubectl"),
          new Span.Text("gone", Set.of(Span.Style.STRIKE)),
          new Span.Link("docs", "https://example.org/docs"),
          new Span.UserMention(ALICE),
          new Span.ChannelMention(GENERAL),
          new Span.Timestamp(Instant.parse("2025-03-07T10:00:00Z"), Span.TimestampStyle.DATE_TIME),
          new Span.Timestamp(
              Instant.parse("2025-03-07T10:00:00.123Z"), Span.TimestampStyle.RELATIVE));

  @Test
  void every_block_span_and_button_survives_a_round_trip() {
    RichMessage message =
        new RichMessage(
            List.of(
                new Block.Heading(2, List.of(Span.text("Meetup #12"))),
                new Block.Paragraph(EVERY_SPAN),
                new Block.ListBlock(
                    true,
                    3,
                    List.of(
                        List.of(new Block.Paragraph(List.of(Span.text("one")))),
                        List.of(
                            new Block.Paragraph(List.of(Span.text("two"))),
                            new Block.ListBlock(
                                false,
                                1,
                                List.of(List.of(new Block.Paragraph(List.of(Span.text("2a"))))))))),
                new Block.Quote(List.of(new Block.Paragraph(List.of(Span.italic("said"))))),
                new Block.CodeBlock("yaml", "a: 1\nb: \"two\"\n"),
                new Block.CodeBlock("", "no language"),
                new Block.Fields(
                    List.of(
                        new Block.Field("Where", List.of(Span.text("Seoul")), true),
                        new Block.Field("Who", List.of(new Span.UserMention(ALICE)), false))),
                new Block.Image("https://example.org/a.png", "a map"),
                new Block.Divider(),
                new Block.Context(List.of(Span.text("id 7f3a")))),
            List.of(
                new Button("RSVP", "/meetup rsvp 12", Button.Style.PRIMARY),
                new Button("Later", "/meetup remind 12", Button.Style.SECONDARY),
                new Button("Cancel", "/meetup cancel 12", Button.Style.DANGER)));

    RichMessage back = RichMessageJson.read(RichMessageJson.write(message));

    assertThat(back).isEqualTo(message);
    // equals of refs ignores names, so check them on their own
    Block.Paragraph paragraph = (Block.Paragraph) back.blocks().get(1);
    assertThat(((Span.UserMention) paragraph.spans().get(5)).user().displayName())
        .isEqualTo("Alice");
    assertThat(((Span.ChannelMention) paragraph.spans().get(6)).channel().name())
        .isEqualTo("general");
  }

  @Test
  void the_json_is_readable_with_a_type_on_every_block_and_span() {
    RichMessage message =
        RichMessage.of(
            new Block.Paragraph(
                List.of(
                    new Span.Text("hi", Set.of(Span.Style.ITALIC, Span.Style.BOLD)),
                    new Span.Timestamp(
                        Instant.parse("2025-03-07T10:00:00Z"), Span.TimestampStyle.DATE))),
            new Block.Divider());

    assertThat(RichMessageJson.write(message))
        .isEqualTo(
            "{\"blocks\":[{\"type\":\"paragraph\",\"spans\":["
                + "{\"type\":\"text\",\"text\":\"hi\",\"styles\":[\"bold\",\"italic\"]},"
                + "{\"type\":\"timestamp\",\"instant\":\"2025-03-07T10:00:00Z\",\"style\":\"date\"}]},"
                + "{\"type\":\"divider\"}],\"buttons\":[]}");
    assertThat(RichMessageJson.toTree(message).at("/blocks/0/spans/0/type").asText())
        .isEqualTo("text");
  }

  @Test
  void mentions_are_written_as_platform_id_and_name() {
    String json =
        RichMessageJson.write(
            RichMessage.of(new Block.Paragraph(List.of(new Span.UserMention(ALICE)))));

    assertThat(json)
        .contains(
            "{\"type\":\"user_mention\",\"user\":{\"platform\":\"discord\",\"id\":\"123\",\"name\":\"Alice\"}}");
  }

  @Test
  void unknown_types_and_broken_json_are_rejected_clearly() {
    assertThatThrownBy(() -> RichMessageJson.read("{\"blocks\":[{\"type\":\"video\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown block type \"video\"");
    assertThatThrownBy(
            () ->
                RichMessageJson.read(
                    "{\"blocks\":[{\"type\":\"paragraph\",\"spans\":[{\"type\":\"emoji\"}]}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown span type \"emoji\"");
    assertThatThrownBy(() -> RichMessageJson.read("{not json"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
