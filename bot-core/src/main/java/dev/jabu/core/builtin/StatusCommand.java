package dev.jabu.core.builtin;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.Role;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.instance.InstanceRow;
import dev.jabu.core.instance.Instances;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.outbox.OutboxBacklog;
import dev.jabu.core.outbox.OutboxRow;
import dev.jabu.core.outbox.OutboxStore;
import dev.jabu.core.platform.PlatformAdapter;
import dev.jabu.core.schedule.ScheduleCommands;
import dev.jabu.core.schedule.Scheduling;
import dev.jabu.core.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code /jabu status} for moderators: is the bot healthy, and if not, where to look. Version and
 * uptime, each platform's connection, the database, the outbox queue, the next scheduled work and
 * the last posts given up on.
 */
public final class StatusCommand {
  private static final int SHOWN = 3;
  private static final int ERROR_CHARS = 160;

  private final Database database;
  private final OutboxStore outbox;
  private final Scheduling scheduling;
  private final Supplier<List<PlatformAdapter>> platforms;
  private final Clock clock;
  private final Instant startedAt;

  public StatusCommand(
      Database database,
      OutboxStore outbox,
      Scheduling scheduling,
      Supplier<List<PlatformAdapter>> platforms,
      Clock clock) {
    this.database = database;
    this.outbox = outbox;
    this.scheduling = scheduling;
    this.platforms = platforms;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  /** The {@code status} subcommand of {@code /jabu}. */
  public CommandSpec spec() {
    return CommandSpec.command("status")
        .aliases("상태")
        .description(
            "봇 상태: 플랫폼 연결, 데이터베이스, 보낼 메시지, 다음 예약 작업",
            "The bot's health: platforms, database, queued posts, next scheduled work")
        .requiredRole(Role.MODERATOR)
        .example("/jabu status")
        .handler(this::status)
        .build();
  }

  private Reply status(CommandContext ctx) {
    Instant now = clock.instant();
    OutboxBacklog backlog = OutboxBacklog.read(database, now);
    List<Block.Field> fields = new ArrayList<>();
    fields.add(field(ctx.t("about.version"), Span.code(AboutCommand.version())));
    fields.add(
        field(
            ctx.t("about.uptime"),
            Span.text(AboutCommand.formatUptime(ctx, Duration.between(startedAt, now)))));
    fields.add(field(ctx.t("jabu.status.platforms"), Span.text(platformStates(ctx))));
    fields.add(
        field(
            ctx.t("jabu.status.database"),
            Span.text(database.dialect().name().toLowerCase(Locale.ROOT))));
    fields.add(
        field(
            ctx.t("jabu.status.outbox"),
            Span.text(
                backlog.waiting() == 0
                    ? ctx.t("jabu.status.outbox.empty", backlog.deadLetters())
                    : ctx.t(
                        "jabu.status.outbox.value",
                        backlog.waiting(),
                        backlog.oldestWait().toSeconds(),
                        backlog.deadLetters()))));
    RichMessage.Builder message =
        RichMessage.builder().heading(ctx.t("jabu.status.title")).block(new Block.Fields(fields));
    message.paragraph(ctx.t("jabu.status.instances"));
    for (InstanceRow instance : Instances.read(database, now)) {
      message.block(instanceLine(ctx, instance));
    }
    message.paragraph(ctx.t("jabu.status.next"));
    List<Scheduling.Pending> next = scheduling.upcomingWork(SHOWN);
    if (next.isEmpty()) {
      message.paragraph(ctx.t("jabu.status.next.none"));
    }
    for (Scheduling.Pending item : next) {
      message.block(
          new Block.Paragraph(
              List.of(
                  Span.text("• "),
                  new Span.Timestamp(item.at(), Span.TimestampStyle.DATE_TIME),
                  Span.text(
                      " "
                          + ScheduleCommands.describe(ctx, item.task())
                          + " "
                          + scheduling.itemName(item.task(), item.item())))));
    }
    List<OutboxRow> failed = outbox.failed(SHOWN);
    message.paragraph(ctx.t(failed.isEmpty() ? "jabu.status.errors.none" : "jabu.status.errors"));
    for (OutboxRow row : failed) {
      String error = row.lastError().orElse("?");
      message.block(
          new Block.Paragraph(
              List.of(
                  Span.text("• #" + row.id() + " "),
                  new Span.Timestamp(row.updatedAt(), Span.TimestampStyle.DATE_TIME),
                  Span.text(" " + row.destination().platform().id() + ": "),
                  Span.code(
                      error.length() <= ERROR_CHARS
                          ? error
                          : error.substring(0, ERROR_CHARS) + "…"))));
    }
    return Reply.privately(message.build());
  }

  /** One instance: id, version, platforms, since when, last beat, and whether it looks dead. */
  private static Block instanceLine(CommandContext ctx, InstanceRow instance) {
    List<Span> spans = new ArrayList<>();
    spans.add(Span.text("• "));
    spans.add(Span.code(instance.id()));
    spans.add(Span.text(" " + instance.version() + ", " + instance.platforms() + "; "));
    spans.add(Span.text(ctx.t("jabu.status.instance.started") + " "));
    spans.add(new Span.Timestamp(instance.startedAt(), Span.TimestampStyle.DATE_TIME));
    spans.add(Span.text(", " + ctx.t("jabu.status.instance.beat") + " "));
    spans.add(new Span.Timestamp(instance.beatAt(), Span.TimestampStyle.DATE_TIME));
    if (instance.stale()) {
      spans.add(Span.text(" " + ctx.t("jabu.status.instance.stale")));
    }
    return new Block.Paragraph(spans);
  }

  private String platformStates(CommandContext ctx) {
    List<PlatformAdapter> running = platforms.get();
    if (running.isEmpty()) {
      return ctx.t("jabu.status.platforms.console");
    }
    List<String> states = new ArrayList<>();
    for (PlatformAdapter adapter : running) {
      String state =
          adapter.connected() ? ctx.t("jabu.status.connected") : ctx.t("jabu.status.disconnected");
      String latency = adapter.gatewayLatency().map(d -> " (" + d.toMillis() + " ms)").orElse("");
      states.add(adapter.platform().id() + " " + state + latency);
    }
    return String.join(", ", states);
  }

  private static Block.Field field(String name, Span value) {
    return new Block.Field(name, List.of(value), true);
  }
}
