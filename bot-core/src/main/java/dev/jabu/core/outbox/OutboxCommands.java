package dev.jabu.core.outbox;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.command.Role;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /outbox failed} and {@code /outbox retry <id>}: moderators see and resend dead letters.
 */
public final class OutboxCommands implements CommandModule {
  private static final int LISTED = 20;

  private final OutboxStore store;
  private final Clock clock;

  public OutboxCommands(OutboxStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public List<CommandSpec> commands() {
    return List.of(
        CommandSpec.command("outbox")
            .description("봇이 보내지 못한 글", "Posts the bot could not deliver")
            .requiredRole(Role.MODERATOR)
            .subcommand(
                CommandSpec.command("failed")
                    .description("보내지 못한 글 목록", "Posts given up on after retries")
                    .handler(this::failed)
                    .build())
            .subcommand(
                CommandSpec.command("retry")
                    .description("보내지 못한 글을 다시 보냅니다", "Sends a failed post again")
                    .option(OptionSpec.required("id", OptionType.INTEGER, "글 번호", "Post number"))
                    .example("/outbox retry 42")
                    .handler(this::retry)
                    .build())
            .build());
  }

  private Reply failed(CommandContext ctx) {
    List<OutboxRow> rows = store.failed(LISTED);
    if (rows.isEmpty()) {
      return Reply.privately(RichMessage.text(ctx.t("outbox.failed.none")));
    }
    List<List<Block>> items = new ArrayList<>();
    for (OutboxRow row : rows) {
      items.add(
          List.of(
              new Block.Paragraph(
                  List.of(
                      Span.code("#" + row.id()),
                      Span.text(
                          " "
                              + row.operation().name().toLowerCase(java.util.Locale.ROOT)
                              + " → "
                              + row.destination().key()
                              + " ("
                              + row.key()
                              + ", "
                              + ctx.t("outbox.failed.attempts", row.attempts())
                              + (row.outcomeUnknown() ? ", " + ctx.t("outbox.failed.unknown") : "")
                              + "): "),
                      Span.text(row.lastError().orElse("?"))))));
    }
    return Reply.privately(
        RichMessage.builder()
            .heading(ctx.t("outbox.failed.title", rows.size()))
            .block(new Block.ListBlock(false, 1, items))
            .context(ctx.t("outbox.failed.hint"))
            .build());
  }

  private Reply retry(CommandContext ctx) {
    long id = ctx.required("id", Long.class);
    boolean queued = store.retry(id, clock.instant());
    return Reply.privately(
        RichMessage.text(ctx.t(queued ? "outbox.retry.done" : "outbox.retry.not-failed", id)));
  }
}
