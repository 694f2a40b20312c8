package dev.jabu.core.schedule;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.Role;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /schedule upcoming} and {@code /schedule log}: moderators see what the scheduler will do
 * next and what it decided about items that came due late (sent late, or skipped).
 */
public final class ScheduleCommands implements CommandModule {
  private static final int LISTED = 20;

  private final Scheduling scheduling;

  public ScheduleCommands(Scheduling scheduling) {
    this.scheduling = scheduling;
  }

  @Override
  public List<CommandSpec> commands() {
    return List.of(
        CommandSpec.command("schedule")
            .description("예약된 알림과 그 처리 기록", "Scheduled posts and what became of them")
            .requiredRole(Role.MODERATOR)
            .subcommand(
                CommandSpec.command("upcoming")
                    .description("곧 나갈 예약 작업", "What the scheduler runs next")
                    .handler(this::upcoming)
                    .build())
            .subcommand(
                CommandSpec.command("log")
                    .description("늦게 보냈거나 건너뛴 예약 작업", "Scheduled posts sent late or skipped")
                    .handler(this::log)
                    .build())
            .build());
  }

  private Reply upcoming(CommandContext ctx) {
    List<Scheduling.Pending> pending = scheduling.upcoming(LISTED);
    if (pending.isEmpty()) {
      return Reply.privately(RichMessage.text(ctx.t("schedule.upcoming.none")));
    }
    List<List<Block>> items = new ArrayList<>();
    for (Scheduling.Pending p : pending) {
      List<Span> spans = new ArrayList<>();
      spans.add(new Span.Timestamp(p.at(), Span.TimestampStyle.DATE_TIME));
      spans.add(Span.text(" · " + describe(ctx, p.task()) + " "));
      spans.add(Span.code(scheduling.itemName(p.task(), p.item())));
      if (p.running()) {
        spans.add(Span.text(" · " + ctx.t("schedule.upcoming.running")));
      }
      items.add(List.of(new Block.Paragraph(spans)));
    }
    return Reply.privately(
        RichMessage.builder()
            .heading(ctx.t("schedule.upcoming.title"))
            .block(new Block.ListBlock(false, 1, items))
            .build());
  }

  private Reply log(CommandContext ctx) {
    List<Decision> decisions = scheduling.decisions().recent(LISTED);
    if (decisions.isEmpty()) {
      return Reply.privately(RichMessage.text(ctx.t("schedule.log.none")));
    }
    List<List<Block>> items = new ArrayList<>();
    for (Decision d : decisions) {
      items.add(
          List.of(
              new Block.Paragraph(
                  List.of(
                      Span.bold(
                          ctx.t("schedule.log." + d.outcome().name().toLowerCase(Locale.ROOT))),
                      Span.text(" " + describe(ctx, d.task()) + " "),
                      Span.code(scheduling.itemName(d.task(), d.item())),
                      Span.text(" · " + ctx.t("schedule.log.due") + " "),
                      new Span.Timestamp(d.dueAt(), Span.TimestampStyle.DATE_TIME),
                      Span.text(" · " + ctx.t("schedule.log.decided") + " "),
                      new Span.Timestamp(d.decidedAt(), Span.TimestampStyle.DATE_TIME),
                      Span.text(" — " + d.detail())))));
    }
    return Reply.privately(
        RichMessage.builder()
            .heading(ctx.t("schedule.log.title"))
            .block(new Block.ListBlock(false, 1, items))
            .context(ctx.t("schedule.log.hint", scheduling.settings().grace().toString()))
            .build());
  }

  /** The task's name in the reader's language, or the name itself for a task without one. */
  public static String describe(CommandContext ctx, String task) {
    try {
      return ctx.t("schedule.task." + task);
    } catch (IllegalArgumentException unnamed) {
      return task;
    }
  }
}
