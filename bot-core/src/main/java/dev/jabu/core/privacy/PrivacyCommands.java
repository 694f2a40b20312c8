package dev.jabu.core.privacy;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.Button;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /jabu my-data} and {@code /jabu forget-me}: a member sees what jabu keeps about them and
 * can have it forgotten on every account linked to the one they ask from. Forgetting asks first;
 * the button and the typed {@code /jabu forget-me confirm} (for platforms without buttons) do it.
 */
public final class PrivacyCommands {
  private static final Logger log = LoggerFactory.getLogger(PrivacyCommands.class);

  /** The command the confirmation button runs, also what a member types to confirm. */
  public static final String CONFIRM_COMMAND = "/jabu forget-me confirm";

  private static final Set<String> CONFIRM_WORDS = Set.of("confirm", "yes", "확인", "네");

  private final PersonalDataParts parts;

  public PrivacyCommands(PersonalDataParts parts) {
    this.parts = parts;
  }

  /** The {@code my-data} subcommand of {@code /jabu}. */
  public CommandSpec myData() {
    return CommandSpec.command("my-data")
        .aliases("내정보")
        .description("jabu가 나에 대해 가진 정보", "What jabu keeps about you")
        .example("/jabu my-data")
        .handler(this::showMyData)
        .build();
  }

  /** The {@code forget-me} subcommand of {@code /jabu}. */
  public CommandSpec forgetMe() {
    return CommandSpec.command("forget-me")
        .aliases("잊어줘")
        .description(
            "나에 대한 정보를 연결된 모든 계정에서 지우기 (확인을 거쳐요)",
            "Erase what jabu keeps about you on every linked account (asks first)")
        .option(
            OptionSpec.optional(
                "confirm",
                OptionType.STRING,
                "confirm 이라고 쓰면 바로 지워요",
                "type confirm to erase without another question"))
        .example("/jabu forget-me")
        .example(CONFIRM_COMMAND)
        .handler(this::forgetMe)
        .build();
  }

  private Reply showMyData(CommandContext ctx) {
    DataSubject subject = parts.subjectOf(ctx.user().key());
    List<Kept> kept = parts.describe(subject);
    RichMessage.Builder message =
        RichMessage.builder()
            .heading(ctx.t("privacy.my-data.title"))
            .paragraph(ctx.t("privacy.my-data.accounts", String.join(", ", subject.accounts())));
    if (kept.isEmpty()) {
      message.paragraph(ctx.t("privacy.my-data.nothing"));
    } else {
      message.block(list(ctx, kept));
    }
    message.context(ctx.t("privacy.my-data.also"));
    message.context(ctx.t("privacy.my-data.forget-hint", CONFIRM_COMMAND));
    return Reply.privately(message.build());
  }

  private Reply forgetMe(CommandContext ctx) {
    var typed = ctx.string("confirm").map(s -> s.strip().toLowerCase(Locale.ROOT));
    if (typed.isPresent() && !CONFIRM_WORDS.contains(typed.get())) {
      return Reply.privately(
          RichMessage.text(ctx.t("privacy.forget.unknown-word", typed.get(), CONFIRM_COMMAND)));
    }
    DataSubject subject = parts.subjectOf(ctx.user().key());
    if (typed.isEmpty()) {
      return ask(ctx, subject);
    }
    parts.forget(subject);
    // the correlation id ties this line to the member's command without naming them
    log.info(
        "forgot a member on {} account(s) [cid={}]",
        subject.accounts().size(),
        ctx.correlationId());
    return Reply.privately(RichMessage.text(ctx.t("privacy.forget.done")));
  }

  /** Says what would go and offers the button; nothing is erased yet. */
  private Reply ask(CommandContext ctx, DataSubject subject) {
    List<Kept> kept = parts.describe(subject);
    RichMessage.Builder message =
        RichMessage.builder()
            .heading(ctx.t("privacy.forget.title"))
            .paragraph(ctx.t("privacy.forget.accounts", String.join(", ", subject.accounts())));
    if (kept.isEmpty()) {
      message.paragraph(ctx.t("privacy.my-data.nothing"));
    } else {
      message.block(list(ctx, kept));
    }
    message
        .paragraph(ctx.t("privacy.forget.what-happens"))
        .paragraph(ctx.t("privacy.forget.confirm", CONFIRM_COMMAND))
        .button(new Button(ctx.t("privacy.forget.button"), CONFIRM_COMMAND, Button.Style.DANGER));
    return Reply.privately(message.build());
  }

  private static Block list(CommandContext ctx, List<Kept> kept) {
    return new Block.ListBlock(
        false,
        1,
        kept.stream()
            .map(
                k ->
                    List.<Block>of(
                        new Block.Paragraph(List.of(Span.text(ctx.t(k.messageKey(), k.count()))))))
            .toList());
  }
}
