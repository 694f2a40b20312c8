package dev.jabu.core.recap;

import static dev.jabu.core.recap.RecapSamples.assertWithinLimits;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.LimitProfile;
import dev.jabu.core.message.LimitProfiles;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.RichMessageJson;
import dev.jabu.core.recap.RecapRenderer.MeetupLabel;
import dev.jabu.core.testkit.Golden;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The long Korean sample recap, locked as it is posted: for the console and for each platform's
 * limit profile, every message of the thread (golden files under {@code golden/recap/}).
 */
class RecapGoldenTest {
  private static final MeetupLabel MEETUP = new MeetupLabel(1, "DevOps Korea 11월 밋업");

  private static RecapMessages sample(Locale locale) throws RecapProblem {
    return new RecapRenderer(locale)
        .render(RecapParser.parse(RecapSamples.sample()), Optional.of(MEETUP));
  }

  /** The thread as text: each message under a line naming its place and size. */
  private static String thread(List<RichMessage> pieces, LimitProfile profile, Locale locale) {
    PlainTextRenderer renderer = new PlainTextRenderer(ZoneId.of("Asia/Seoul"), locale);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      String place = i == 0 ? "parent post" : "reply " + i + "/" + (pieces.size() - 1);
      out.append("━━━━ ")
          .append(profile.name())
          .append(" · ")
          .append(place)
          .append(" · ")
          .append(RecapSamples.measure(pieces.get(i), profile))
          .append(" chars ━━━━\n")
          .append(renderer.render(pieces.get(i)))
          .append("\n\n");
    }
    return out.toString();
  }

  private static void check(LimitProfile profile, int minimumReplies) throws RecapProblem {
    List<RichMessage> pieces = sample(Locale.KOREAN).thread(profile);
    assertWithinLimits(pieces, profile);
    assertThat(pieces.size() - 1).isGreaterThanOrEqualTo(minimumReplies);
    Golden.assertMatchesFile(
        "recap/2026-11-devops-korea." + profile.name() + ".txt",
        thread(pieces, profile, Locale.KOREAN));
  }

  @Test
  void onTheConsoleEachSectionIsOneReply() throws RecapProblem {
    check(LimitProfiles.CONSOLE, 5);
    assertThat(sample(Locale.KOREAN).thread(LimitProfiles.CONSOLE))
        .hasSize(1 + sample(Locale.KOREAN).sections().size());
  }

  @Test
  void onDiscordLongSectionsAreCutBelow2000Characters() throws RecapProblem {
    check(LimitProfiles.DISCORD_CONTENT, 7);
  }

  @Test
  void inDiscordEmbedsUpTo4096CharactersFitPerDescription() throws RecapProblem {
    check(LimitProfiles.DISCORD_EMBED, 5);
  }

  @Test
  void onSlackSectionsKeepTo3000CharactersAnd50Blocks() throws RecapProblem {
    check(LimitProfiles.SLACK, 5);
  }

  @Test
  void theDiscordThreadAsTheNeutralMessages() throws RecapProblem {
    List<RichMessage> pieces = sample(Locale.KOREAN).thread(LimitProfiles.DISCORD_CONTENT);
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < pieces.size(); i++) {
      json.append(RichMessageJson.write(pieces.get(i)))
          .append(i + 1 < pieces.size() ? ",\n" : "\n");
    }
    Golden.assertMatchesFile(
        "recap/2026-11-devops-korea.discord-content.json", json.append("]\n").toString());
  }

  @Test
  void theParentPostInEnglish() throws RecapProblem {
    RichMessage parent = sample(Locale.ENGLISH).parent();
    Golden.assertMatchesFile(
        "recap/2026-11-devops-korea.parent.en.txt",
        new PlainTextRenderer(ZoneId.of("Asia/Seoul"), Locale.ENGLISH).render(parent));
  }
}
