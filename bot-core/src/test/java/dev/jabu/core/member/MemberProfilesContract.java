package dev.jabu.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.meetup.Identities;
import dev.jabu.core.store.Database;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every database must do for member profiles (issue 12): the locale last used, written only
 * when it changes; the latest of each fact winning over a person's linked accounts, even within one
 * millisecond; unlinking leaving each account what it said itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MemberProfilesContract {
  private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");
  private static final String DISCORD = "discord:111";
  private static final String SLACK = "slack:U111";

  private Database database;
  private MemberProfiles profiles;
  private Identities identities;

  protected abstract Database openDatabase();

  @BeforeAll
  void openOnce() {
    database = openDatabase();
    identities = new Identities(database);
  }

  @AfterAll
  void closeOnce() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    profiles = new JdbcMemberProfiles(database); // with nothing remembered
    database.inTransaction(
        c -> {
          try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM member_profile");
            s.executeUpdate("DELETE FROM identity_link");
            s.executeUpdate("DELETE FROM link_code");
          }
          return null;
        });
  }

  private void linkBoth() {
    String code = identities.issueCode(DISCORD, false, T);
    assertThat(identities.link(code, SLACK, false, T))
        .isInstanceOf(Identities.LinkOutcome.Linked.class);
  }

  private MemberProfile.Account row(String userKey) {
    return profiles.profile(userKey).accounts().stream()
        .filter(a -> a.userKey().equals(userKey))
        .findFirst()
        .orElseThrow();
  }

  private MemberProfile.Language language(String userKey) {
    return profiles.profile(userKey).language(Locale.KOREAN);
  }

  @Test
  void anAccountNeverSeenFollowsTheCommunityAndIsReachedWhereItIs() {
    MemberProfile profile = profiles.profile("discord:nobody");
    assertThat(profile.accounts()).isEmpty();
    assertThat(profile.language(Locale.KOREAN))
        .isEqualTo(new MemberProfile.Language(Locale.KOREAN, MemberProfile.Source.COMMUNITY));
    assertThat(profile.preferredAccount("discord:nobody")).isEqualTo("discord:nobody");
  }

  @Test
  void theSameLocaleAgainIsNotWrittenAndAnotherOneIs() {
    profiles.seen(DISCORD, Locale.ENGLISH, T);
    profiles.seen(DISCORD, Locale.ENGLISH, T.plus(Duration.ofHours(1)));
    assertThat(row(DISCORD).seenAt()).isEqualTo(T);
    assertThat(language(DISCORD))
        .isEqualTo(new MemberProfile.Language(Locale.ENGLISH, MemberProfile.Source.LAST_USED));

    profiles.seen(DISCORD, Locale.KOREAN, T.plus(Duration.ofHours(2)));
    assertThat(row(DISCORD).seenAt()).isEqualTo(T.plus(Duration.ofHours(2)));
    assertThat(language(DISCORD).locale()).isEqualTo(Locale.KOREAN);
  }

  @Test
  void theAccountUsedLastWinsEvenWithinOneMillisecond() {
    linkBoth();
    profiles.seen(DISCORD, Locale.ENGLISH, T);
    profiles.seen(DISCORD, Locale.ENGLISH, T); // found up to date: remembered, not read again
    profiles.seen(SLACK, Locale.KOREAN, T);
    assertThat(profiles.profile(DISCORD).preferredAccount(DISCORD)).isEqualTo(SLACK);
    assertThat(language(DISCORD).locale()).isEqualTo(Locale.KOREAN);

    profiles.seen(DISCORD, Locale.ENGLISH, T);
    assertThat(profiles.profile(SLACK).preferredAccount(SLACK)).isEqualTo(DISCORD);
    assertThat(language(SLACK).locale()).isEqualTo(Locale.ENGLISH);

    Instant written = row(DISCORD).seenAt();
    profiles.seen(DISCORD, Locale.ENGLISH, T.plus(Duration.ofMinutes(5)));
    assertThat(row(DISCORD).seenAt()).as("still the latest: nothing to write").isEqualTo(written);
  }

  @Test
  void theLatestLanguageChoiceOnAnyAccountWinsAndAutoGoesBackToTheLastUsed() {
    linkBoth();
    profiles.seen(DISCORD, Locale.ENGLISH, T);
    profiles.chooseLanguage(SLACK, Optional.of(Locale.KOREAN), T);
    assertThat(language(DISCORD))
        .isEqualTo(new MemberProfile.Language(Locale.KOREAN, MemberProfile.Source.CHOSEN));

    profiles.chooseLanguage(DISCORD, Optional.of(Locale.ENGLISH), T);
    assertThat(language(SLACK))
        .isEqualTo(new MemberProfile.Language(Locale.ENGLISH, MemberProfile.Source.CHOSEN));

    profiles.chooseLanguage(SLACK, Optional.empty(), T);
    assertThat(language(DISCORD))
        .isEqualTo(new MemberProfile.Language(Locale.ENGLISH, MemberProfile.Source.LAST_USED));
    assertThat(row(DISCORD).seenLocale()).contains(Locale.ENGLISH);
  }

  @Test
  void aPrimaryAccountWinsOverTheLastUsedAndUnlinkingLeavesItWithItsOwnAccount() {
    linkBoth();
    profiles.seen(DISCORD, Locale.ENGLISH, T);
    profiles.choosePrimary(DISCORD, T);
    profiles.seen(SLACK, Locale.KOREAN, T.plusSeconds(60));
    assertThat(profiles.profile(SLACK).preferredAccount(SLACK)).isEqualTo(DISCORD);

    profiles.choosePrimary(SLACK, T);
    assertThat(profiles.profile(DISCORD).primary()).contains(SLACK);

    assertThat(identities.unlink(SLACK)).isPresent();
    assertThat(profiles.profile(DISCORD).preferredAccount(DISCORD)).isEqualTo(DISCORD);
    assertThat(profiles.profile(DISCORD).accounts())
        .extracting(MemberProfile.Account::userKey)
        .containsExactly(DISCORD);
    assertThat(language(DISCORD).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(language(SLACK).locale()).isEqualTo(Locale.KOREAN);
  }

  @Test
  void aChoiceMadeBeforeTheAccountWasEverSeenIsKeptWhenItIsSeen() {
    profiles.chooseLanguage(SLACK, Optional.of(Locale.ENGLISH), T);
    profiles.seen(SLACK, Locale.KOREAN, T.plusSeconds(1));
    assertThat(language(SLACK))
        .isEqualTo(new MemberProfile.Language(Locale.ENGLISH, MemberProfile.Source.CHOSEN));
    assertThat(row(SLACK).seenLocale()).contains(Locale.KOREAN);
  }

  @Test
  void aFanOutReadsEveryoneTogetherAndFindsWhatEachOneReadAloneFinds() {
    linkBoth();
    profiles.seen(DISCORD, Locale.ENGLISH, T);
    profiles.seen(SLACK, Locale.KOREAN, T.plusSeconds(1));
    profiles.chooseLanguage(DISCORD, Optional.of(Locale.ENGLISH), T.plusSeconds(2));
    List<String> keys = new ArrayList<>(List.of(SLACK, DISCORD, "discord:nobody", SLACK));
    // more than one read's worth of accounts, some seen and some never
    for (int i = 0; i < 1_200; i++) {
      keys.add("slack:U" + i);
      if (i % 3 == 0) {
        profiles.seen("slack:U" + i, i % 2 == 0 ? Locale.ENGLISH : Locale.KOREAN, T);
      }
    }

    Map<String, MemberProfile> together = profiles.profiles(keys);

    assertThat(together.keySet()).containsExactlyElementsOf(new LinkedHashSet<>(keys));
    for (String key : together.keySet()) {
      MemberProfile alone = profiles.profile(key);
      assertThat(together.get(key).accounts())
          .as(key)
          .containsExactlyInAnyOrderElementsOf(alone.accounts());
    }
    assertThat(together.get(SLACK).preferredAccount(SLACK)).isEqualTo(SLACK);
    assertThat(together.get(DISCORD).language(Locale.KOREAN).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(together.get("slack:U3").language(Locale.ENGLISH).locale()).isEqualTo(Locale.KOREAN);
  }
}
