package dev.jabu.core.parse;

import static dev.jabu.core.parse.TestCommands.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.command.Attachment;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.command.ParsedCommand;
import dev.jabu.core.engine.Input;
import dev.jabu.core.platform.Platform;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An attachment option: a file a platform delivered with a structured call is its text; typed on a
 * command line it is only a path, for the feature to judge.
 */
class AttachmentOptionTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private final CommandModule upload =
      () ->
          List.of(
              CommandSpec.command("upload")
                  .description("올리기", "Upload")
                  .option(OptionSpec.optional("file", OptionType.ATTACHMENT, "파일", "File"))
                  .handler(ctx -> null)
                  .build());
  private final CommandParser parser =
      new CommandParser(
          new CommandRegistry(List.of(upload)),
          SEOUL,
          Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), SEOUL));

  @Test
  void aDeliveredFileIsItsTextAndATypedOneAPath() {
    String markdown = "# 후기\n\n\"인용\" @everyone";
    ParsedCommand delivered =
        parsed(
            parser.resolve(
                new Input.Call("upload", null, Map.of("file", markdown)), Platform.DISCORD));
    ParsedCommand typed = parsed(parser.parse("/upload file:docs/recap.md", Platform.SLACK));

    assertThat(delivered.options()).containsEntry("file", new Attachment.Uploaded(markdown));
    assertThat(typed.options()).containsEntry("file", new Attachment.Typed("docs/recap.md"));
  }

  @Test
  void theTypeIsNamedInBothLanguages() {
    assertThat(OptionTypeText.name(OptionType.ATTACHMENT, java.util.Locale.KOREAN)).isEqualTo("파일");
    assertThat(OptionTypeText.example(OptionType.ATTACHMENT, java.util.Locale.ENGLISH))
        .isEqualTo("recap.md");
  }
}
