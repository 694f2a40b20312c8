package dev.jabu.core.builtin;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/** {@code /about}: what jabu is, its version and how long it has been up. */
public final class AboutCommand implements CommandModule {
  private final String communityName;
  private final Clock clock;
  private final Instant startedAt;

  public AboutCommand(String communityName, Clock clock) {
    this.communityName = communityName;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  private static final String VERSION = readVersion();

  /** The version Maven stamped into the build, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = AboutCommand.class.getResourceAsStream("/jabu-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<CommandSpec> commands() {
    return List.of(
        CommandSpec.command("about")
            .aliases("정보", "version")
            .description("jabu의 버전과 가동 시간을 보여 줍니다", "Shows jabu's version and uptime")
            .example("/about")
            .handler(this::about)
            .build());
  }

  private Reply about(CommandContext ctx) {
    Duration uptime = Duration.between(startedAt, clock.instant());
    return Reply.privately(
        RichMessage.builder()
            .heading("jabu " + version())
            .paragraph(ctx.t("about.tagline", communityName))
            .block(
                new Block.Fields(
                    List.of(
                        new Block.Field(
                            ctx.t("about.version"), List.of(Span.code(version())), true),
                        new Block.Field(
                            ctx.t("about.uptime"),
                            List.of(Span.text(formatUptime(ctx, uptime))),
                            true))))
            .build());
  }

  static String formatUptime(CommandContext ctx, Duration uptime) {
    long days = uptime.toDays();
    long hours = uptime.toHoursPart();
    long minutes = uptime.toMinutesPart();
    long seconds = uptime.toSecondsPart();
    if (days > 0) {
      return ctx.t("about.uptime.days", days, hours, minutes);
    }
    if (hours > 0) {
      return ctx.t("about.uptime.hours", hours, minutes);
    }
    return ctx.t("about.uptime.minutes", minutes, seconds);
  }
}
