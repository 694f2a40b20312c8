package dev.jabu.core.meetup;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.RichMessage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /link} and {@code /unlink}: one person with a Discord and a Slack account holds one seat.
 * {@code /link} on one platform gives a code; {@code /link <code>} on the other joins them. {@code
 * /link primary} on one of them makes it the account their direct messages go to.
 */
public final class LinkCommands implements CommandModule {
  private static final String PRIMARY = "primary";

  private final MeetupService service;

  public LinkCommands(MeetupService service) {
    this.service = service;
  }

  @Override
  public List<CommandSpec> commands() {
    return List.of(
        CommandSpec.command("link")
            .aliases("연결")
            .description(
                "디스코드와 슬랙 계정을 한 사람으로 연결합니다", "Links your Discord and Slack accounts as one person")
            .option(
                OptionSpec.optional(
                    "code",
                    OptionType.STRING,
                    "다른 플랫폼에서 받은 코드",
                    "The code from your other platform"))
            .option(
                OptionSpec.optional(
                    "merge",
                    OptionType.BOOLEAN,
                    "이미 연결된 계정끼리 합치기 (양쪽 모두 yes)",
                    "Merge accounts already linked elsewhere (both sides say yes)"))
            .option(
                OptionSpec.optional(
                    "primary",
                    OptionType.BOOLEAN,
                    "알림과 개인 메시지를 이 계정으로 받기",
                    "Get reminders and direct messages on this account"))
            .example("/link")
            .example("/link 123456")
            .example("/link merge:yes")
            .example("/link primary")
            .handler(this::link)
            .build(),
        CommandSpec.command("unlink")
            .aliases("연결해제")
            .description(
                "이 사람에게서 이 계정을 떼어냅니다 (어느 계정에서든)",
                "Takes this account out of its person (from any of its accounts)")
            .handler(this::unlink)
            .build());
  }

  private Reply link(CommandContext ctx) {
    String me = ctx.user().key();
    boolean merge = ctx.option("merge", Boolean.class).orElse(false);
    Optional<String> code = ctx.string("code").map(String::strip);
    // codes are digits, so the word typed in the code's place is unambiguous
    if (ctx.option("primary", Boolean.class).orElse(false)
        || code.filter(c -> c.equalsIgnoreCase(PRIMARY)).isPresent()) {
      return primary(ctx);
    }
    if (code.isEmpty()) {
      String issued = service.identities().issueCode(me, merge, service.now());
      String key = merge ? "link.code.merge" : "link.code";
      return Reply.privately(
          RichMessage.text(ctx.t(key, issued, Identities.CODE_LIFETIME.toMinutes())));
    }
    Identities.LinkOutcome outcome =
        service.identities().link(code.get(), me, merge, service.now());
    return Reply.privately(RichMessage.text(answer(ctx, outcome)));
  }

  /** Makes this account the one its person's direct messages go to; only a linked one can be. */
  private Reply primary(CommandContext ctx) {
    String me = ctx.user().key();
    if (service.identities().accountsOf(service.identities().personOf(me)).size() < 2) {
      return Reply.privately(RichMessage.text(ctx.t("link.primary.not-linked")));
    }
    service.recipients().choosePrimary(me, service.now());
    return Reply.privately(RichMessage.text(ctx.t("link.primary.done", me)));
  }

  private String answer(CommandContext ctx, Identities.LinkOutcome outcome) {
    if (outcome instanceof Identities.LinkOutcome.Linked linked) {
      return linked(ctx, linked);
    } else if (outcome instanceof Identities.LinkOutcome.Already a) {
      return ctx.t("link.already", a.other());
    } else if (outcome instanceof Identities.LinkOutcome.SamePlatform p) {
      return ctx.t("link.same-platform", p.platform());
    } else if (outcome instanceof Identities.LinkOutcome.AlreadyLinked l) {
      return ctx.t("link.already-linked", l.account(), String.join(", ", l.linkedWith()));
    } else if (outcome instanceof Identities.LinkOutcome.PlatformTaken t) {
      return ctx.t("link.platform-taken", t.platform(), String.join(", ", t.accounts()));
    } else if (outcome instanceof Identities.LinkOutcome.SameAccount) {
      return ctx.t("link.same-account");
    }
    return ctx.t("link.bad-code");
  }

  /**
   * Joins the two people's places (the earlier kept where both held one), tells whoever got a freed
   * seat, and tells the person's other accounts, so no account is linked behind its back.
   */
  private String linked(CommandContext ctx, Identities.LinkOutcome.Linked linked) {
    String me = ctx.user().key();
    RsvpLedger.MergeResult merged = service.ledger().merge(linked.from(), linked.into());
    merged.promoted().stream()
        .collect(Collectors.groupingBy(RsvpLedger.Promotion::meetupId))
        .forEach(
            (id, promoted) ->
                service.find(id).ifPresent(m -> service.announcePromotions(m, promoted)));
    for (String account : linked.accounts()) {
      if (!account.equals(me)) {
        service.tell(
            account, service.unique("link-" + account + "-linked-" + me), "link.told.linked", me);
      }
    }
    String done = ctx.t("link.done", me, linked.issuer());
    if (merged.released().isEmpty()) {
      return done;
    }
    String titles =
        merged.released().stream()
            .flatMap(id -> service.find(id).stream())
            .map(Meetup::title)
            .collect(Collectors.joining(", "));
    return done + " " + ctx.t("link.released", titles);
  }

  /**
   * Takes this account out of its person, from whichever account it is typed. Each place goes with
   * the account that took it; the reminder switch stays as it was for both sides.
   */
  private Reply unlink(CommandContext ctx) {
    String me = ctx.user().key();
    Optional<Identities.Unlinked> unlinked = service.identities().unlink(me);
    if (unlinked.isEmpty()) {
      return Reply.privately(RichMessage.text(ctx.t("link.not-linked")));
    }
    Identities.Unlinked u = unlinked.get();
    service.ledger().split(u.person(), me, me, u.remainingPerson());
    ReminderOptOuts optOuts = service.reminders().optOuts();
    if (optOuts.optedOut().contains(u.person())) {
      optOuts.set(me, false, service.now());
      optOuts.set(u.remainingPerson(), false, service.now());
    }
    for (String account : u.remaining()) {
      service.tell(
          account, service.unique("link-" + account + "-unlinked-" + me), "link.told.unlinked", me);
    }
    return Reply.privately(
        RichMessage.text(ctx.t("link.unlinked", String.join(", ", u.remaining()))));
  }
}
