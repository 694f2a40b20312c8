package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import org.junit.jupiter.api.Test;

class UsageTest {
  private final CommandSpec meetup = TestCommands.meetup();
  private final CommandSpec rsvp = meetup.subcommands().get(1);

  @Test
  void lines() {
    assertThat(Usage.line(meetup, rsvp)).isEqualTo("/meetup rsvp <id> [note...]");
    assertThat(Usage.line(meetup, null)).isEqualTo("/meetup <create|rsvp|list>");
    assertThat(Usage.line(TestCommands.term(), null)).isEqualTo("/term <query...>");
    assertThat(Usage.line(TestCommands.help(), null)).isEqualTo("/help [topic]");
    assertThat(Usage.line(meetup, meetup.subcommands().get(2))).isEqualTo("/meetup list");
  }

  @Test
  void examplesComeFromTheLeafOrItsParent() {
    assertThat(Usage.example(meetup, rsvp)).contains("/meetup rsvp 12");
    assertThat(Usage.example(meetup, meetup.subcommands().get(0)))
        .contains("/meetup create \"DevOps Korea 2026\" 2026-12-05T19:00");
    assertThat(Usage.example(meetup, meetup.subcommands().get(2))).isEmpty();
    assertThat(Usage.example(meetup, null)).contains("/meetup rsvp 12");
    assertThat(Usage.example(TestCommands.help(), null)).isEmpty();
  }

  @Test
  void optionListIsLocalized() {
    assertThat(Usage.options(rsvp, Messages.ENGLISH))
        .containsExactly(
            new Usage.OptionLine("id", "whole number", true, "Meetup number"),
            new Usage.OptionLine("note", "text", false, "A note"));
    assertThat(Usage.options(rsvp, Messages.KOREAN).get(0))
        .isEqualTo(new Usage.OptionLine("id", "정수", true, "모임 번호"));
    Block list = Usage.optionList(rsvp, Messages.KOREAN);
    assertThat(list).isInstanceOf(Block.ListBlock.class);
    assertThat(TestCommands.plain(RichMessage.of(list)))
        .isEqualTo("id (정수, 필수) — 모임 번호note (텍스트, 선택) — 메모");
    assertThat(TestCommands.codeSpans(RichMessage.of(list))).containsExactly("id", "note");
  }
}
