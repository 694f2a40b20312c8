package dev.jabu.core.member;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.RichMessage;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /jabu language [ko|en|auto]}: the language of the reminders and direct messages a member
 * gets. Alone it tells which one and why; {@code auto} goes back to following the language of the
 * member's commands.
 */
public final class LanguageCommand {
  private static final String AUTO = "auto";

  /** What members may type for each choice, in either language. */
  private static final Map<String, String> CHOICES =
      Map.of(
          "ko", "ko", "korean", "ko", "한국어", "ko", "en", "en", "english", "en", "영어", "en", AUTO,
          AUTO, "자동", AUTO);

  private final MemberProfiles profiles;
  private final Locale community;
  private final Clock clock;

  public LanguageCommand(MemberProfiles profiles, Locale community, Clock clock) {
    this.profiles = profiles;
    this.community = community;
    this.clock = clock;
  }

  /** The {@code language} subcommand of {@code /jabu}. */
  public CommandSpec spec() {
    return CommandSpec.command("language")
        .aliases("언어")
        .description(
            "알림과 개인 메시지의 언어 (ko, en, auto)",
            "The language of your reminders and direct messages (ko, en, auto)")
        .option(
            OptionSpec.optional(
                    "choice",
                    OptionType.STRING,
                    "ko, en, 또는 auto (명령에 쓴 언어를 따름)",
                    "ko, en, or auto (follow the language of your commands)")
                .withChoices(
                    List.of(
                        OptionSpec.Choice.of("ko", "한국어", "Korean (한국어)"),
                        OptionSpec.Choice.of("en", "영어 (English)", "English"),
                        OptionSpec.Choice.of(
                            AUTO, "자동 (명령에 쓴 언어)", "Automatic (the language of your commands)")))
                .withKoreanName("언어"))
        .example("/jabu language")
        .example("/jabu language en")
        .example("/jabu language auto")
        .handler(this::language)
        .build();
  }

  private Reply language(CommandContext ctx) {
    String me = ctx.user().key();
    Optional<String> typed = ctx.string("choice").map(s -> s.strip().toLowerCase(Locale.ROOT));
    if (typed.isEmpty()) {
      MemberProfile.Language language = profiles.profile(me).language(community);
      return answer(ctx.t(current(language), name(language.locale())));
    }
    String choice = CHOICES.get(typed.get());
    if (choice == null) {
      return answer(ctx.t("member.language.unknown"));
    }
    Optional<Locale> chosen =
        choice.equals(AUTO) ? Optional.empty() : Optional.of(Locale.forLanguageTag(choice));
    profiles.chooseLanguage(me, chosen, clock.instant());
    // said in the language the member will now be written to
    MemberProfile.Language now = profiles.profile(me).language(community);
    String key = chosen.isPresent() ? "member.language.set" : "member.language.auto";
    return answer(Messages.get(now.locale(), key, name(now.locale())));
  }

  private static String current(MemberProfile.Language language) {
    return switch (language.source()) {
      case CHOSEN -> "member.language.current.chosen";
      case LAST_USED -> "member.language.current.last-used";
      case COMMUNITY -> "member.language.current.community";
    };
  }

  private static Reply answer(String text) {
    return Reply.privately(RichMessage.text(text));
  }

  /** A language by its own name, the way its speakers look for it in a list. */
  private static String name(Locale locale) {
    return Messages.get(locale, "member.language.name");
  }
}
