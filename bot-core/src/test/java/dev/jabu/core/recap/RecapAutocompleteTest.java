package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.command.AutocompleteSource;
import dev.jabu.core.command.CommandRegistry;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.engine.Member;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.testkit.FakePlatform;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While a moderator types a recap's number, preview or meetup, jabu suggests the ones there are.
 */
class RecapAutocompleteTest {
  private final RecapFixture fixture = RecapFixture.start(false);
  private final FakePlatform platform = fixture.platform;
  private final Member operator =
      new Member(
          UserRef.parse("console:operator"), Set.of(FakePlatform.MODERATOR_ROLE), true, false);

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private String say(String line) {
    return platform.text(platform.say(operator, line, Locale.ENGLISH));
  }

  /** A meetup starting {@code days} from the platform's clock (negative: already held). */
  private void meetup(String title, int days) {
    String start =
        LocalDateTime.ofInstant(
                platform.clock().instant().plus(Duration.ofDays(days)), ZoneId.of("Asia/Seoul"))
            .withHour(19)
            .withMinute(0)
            .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    assertThat(say("/meetup create title:\"" + title + "\" start:" + start)).contains("#");
  }

  private List<String> suggested(String subcommand, String option, String typed) {
    CommandSpec recap = platform.jabu().registry().find("recap").orElseThrow();
    CommandSpec sub = CommandRegistry.findSubcommand(recap, subcommand).orElseThrow();
    OptionSpec spec =
        sub.options().stream().filter(o -> o.name().equals(option)).findFirst().orElseThrow();
    return spec.autocomplete().orElseThrow().suggest(typed, Locale.KOREAN, 25).stream()
        .map(AutocompleteSource.Choice::label)
        .toList();
  }

  @Test
  void editAndDeleteSuggestPublishedRecapsByNumberOrTitleButNotDeletedOnes() {
    say("/recap publish text:\"# 11월 밋업 후기\n\n좋은 모임이었어요.\"");
    say("/recap publish text:\"# 12월 밋업 후기\n\n발표 세 개.\"");
    say("/recap publish text:\"# 송년회 후기\n\n즐거웠어요.\"");
    assertThat(say("/recap delete 3")).contains("#3");

    assertThat(suggested("edit", "id", "")).containsExactly("#2 12월 밋업 후기", "#1 11월 밋업 후기");
    assertThat(suggested("delete", "id", "12월")).containsExactly("#2 12월 밋업 후기");
    assertThat(suggested("edit", "id", "#1")).containsExactly("#1 11월 밋업 후기");
    assertThat(suggested("edit", "id", "송년")).as("deleted").isEmpty();
  }

  @Test
  void publishAndDiscardSuggestPreviewsNamedByTheirTitleOrFile() {
    String path = fixture.file("2026-devops-recap.md", "# 밋업 후기\n\n발표 두 개를 정리했어요.\n");
    say("/recap preview file:" + path);
    say("/recap preview text:\"---\ntitle: '가을 밋업 후기'\n---\n\n본문\"");

    assertThat(suggested("discard", "preview", ""))
        .containsExactly("#2 가을 밋업 후기", "#1 2026-devops-recap.md");
    assertThat(suggested("publish", "preview", "가을")).containsExactly("#2 가을 밋업 후기");

    say("/recap discard 2");
    assertThat(suggested("discard", "preview", "")).containsExactly("#1 2026-devops-recap.md");
  }

  @Test
  void aRecapsMeetupIsSuggestedFromTheOnesHeldLatelyAndComingNotCancelledOrLongAgo() {
    meetup("봄 밋업", 1);
    meetup("가을 밋업", 181);
    meetup("겨울 밋업", 210);
    meetup("취소된 밋업", 205);
    for (int id = 1; id <= 4; id++) {
      say("/meetup announce " + id);
    }
    say("/meetup cancel 4");
    // half a year on: spring's meetup was long ago, autumn's three weeks ago
    platform.clock().advance(Duration.ofDays(200));

    assertThat(suggested("preview", "meetup", "")).containsExactly("#3 겨울 밋업", "#2 가을 밋업");
    assertThat(suggested("publish", "meetup", "가을")).containsExactly("#2 가을 밋업");
  }
}
