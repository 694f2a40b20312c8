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
 * {@code /link} on one platform gives a code; {@code /link <code>} on the other joins them.
 */
public final class LinkCommands implements CommandModule {
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
            .example("/link")
            .example("/link 123456")
            .handler(this::link)
            .build(),
        CommandSpec.command("unlink")
            .aliases("연결해제")
            .description("이 계정의 연결을 풉니다", "Unlinks this account")
            .handler(this::unlink)
            .build());
  }

  private Reply link(CommandContext ctx) {
    String me = ctx.user().key();
    Optional<String> code = ctx.string("code").map(String::strip);
    if (code.isEmpty()) {
      String issued = service.identities().issueCode(me, service.now());
      return Reply.privately(
          RichMessage.text(ctx.t("link.code", issued, Identities.CODE_LIFETIME.toMinutes())));
    }
    Optional<String> issuer = service.identities().redeem(code.get(), service.now());
    if (issuer.isEmpty()) {
      return Reply.privately(RichMessage.text(ctx.t("link.bad-code")));
    }
    if (issuer.get().equals(me)) {
      return Reply.privately(RichMessage.text(ctx.t("link.same-account")));
    }
    String person = service.identities().personOf(issuer.get());
    String mine = service.identities().personOf(me);
    if (person.equals(mine)) {
      return Reply.privately(RichMessage.text(ctx.t("link.already", issuer.get())));
    }
    service.identities().link(me, person, service.now());
    RsvpLedger.MergeResult merged = service.ledger().merge(mine, person);
    merged.promoted().stream()
        .collect(Collectors.groupingBy(RsvpLedger.Promotion::meetupId))
        .forEach(
            (id, promoted) ->
                service.find(id).ifPresent(m -> service.announcePromotions(m, promoted)));
    String linked = ctx.t("link.done", me, issuer.get());
    if (merged.released().isEmpty()) {
      return Reply.privately(RichMessage.text(linked));
    }
    String titles =
        merged.released().stream()
            .flatMap(id -> service.find(id).stream())
            .map(Meetup::title)
            .collect(Collectors.joining(", "));
    return Reply.privately(RichMessage.text(linked + " " + ctx.t("link.released", titles)));
  }

  private Reply unlink(CommandContext ctx) {
    boolean was = service.identities().unlink(ctx.user().key());
    return Reply.privately(RichMessage.text(ctx.t(was ? "link.unlinked" : "link.not-linked")));
  }
}
