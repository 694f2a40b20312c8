package dev.jabu.core.digest;

import static dev.jabu.core.digest.WeeklyDigest.LISTED_ENTRIES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.glossary.GlossaryEntry;
import dev.jabu.core.glossary.GlossaryLoader;
import dev.jabu.core.glossary.GlossaryYaml;
import dev.jabu.core.meetup.MeetupFeature;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.schedule.Decision;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The weekly digest through the real scheduler: its day and time, its content, and downtime. */
class WeeklyDigestTest {
  /** Monday 2026-11-30 10:00 in Seoul. */
  private static final Instant DUE = Instant.parse("2026-11-30T01:00:00Z");

  private final List<GlossaryEntry> glossary = new ArrayList<>();
  private final AtomicReference<MeetupService> meetups = new AtomicReference<>();
  private final FakePlatform platform;

  WeeklyDigestTest() {
    platform = platform(glossary, meetups);
  }

  /** A bot with meetups and the digest, whose glossary is {@code glossary} as it is at the time. */
  private static FakePlatform platform(
      List<GlossaryEntry> glossary, AtomicReference<MeetupService> meetups) {
    CoreSettings core = CoreSettings.defaults();
    DigestSettings settings =
        new DigestSettings(
            DayOfWeek.MONDAY,
            LocalTime.of(10, 0),
            core.announcementChannels(),
            Duration.ofDays(28));
    Feature meetupFeature =
        services -> {
          meetups.set(MeetupFeature.service(services));
          return MeetupFeature.commands(meetups.get(), Optional.empty());
        };
    Feature digest =
        services -> {
          new WeeklyDigest(
              settings,
              services.settings(),
              services.outbox(),
              services.scheduling(),
              now -> meetups.get().meetups().upcoming(now, 50),
              () -> glossary);
          return List::of;
        };
    return FakePlatform.on(TempDatabase.sqlite(), core, List.of(meetupFeature, digest));
  }

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private static GlossaryEntry entry(String id, String name, String added) throws Exception {
    return GlossaryYaml.readEntry(
        "id: "
            + id
            + "\nname: "
            + name
            + "\nko: "
            + name
            + "\ncategory: concept\n"
            + "definition:\n  ko: \""
            + name
            + "의 한국어 설명입니다.\"\n"
            + "  en: \"What "
            + name
            + " means. More detail follows.\"\nadded: "
            + added
            + "\n",
        "test");
  }

  private void announceMeetup(String title, String start) {
    var mod = platform.moderator("discord:mod");
    platform.say(mod, "/meetup create title:\"" + title + "\" start:" + start + " capacity:50");
    platform.say(
        mod, "/meetup announce " + meetups.get().meetups().upcoming(Instant.EPOCH, 50).size());
  }

  private List<OutboundMessage> digests() {
    return platform.posts().stream().filter(p -> p.key().startsWith("digest-")).toList();
  }

  @Test
  void onItsDayItListsUpcomingMeetupsAndEntriesAddedSinceTheLastDigest() throws Exception {
    announceMeetup("DevOps Korea December", "2026-12-05T19:00");
    announceMeetup("Far future", "2027-03-05T19:00");
    glossary.add(entry("old-idea", "Old Idea", "2026-11-20"));
    glossary.add(entry("fresh-idea", "Fresh Idea", "2026-11-27"));
    platform.startScheduler();

    platform.clock().set(DUE.minusSeconds(60));
    assertThat(digests()).isEmpty();
    platform.clock().set(DUE);
    platform.awaitPosts(
        all -> all.stream().filter(p -> p.key().equals("digest-2026-W49")).count() == 2);

    String text = platform.text(digests().get(0).message());
    assertThat(text).contains("DevOps Korea December", "Fresh Idea").doesNotContain("Old Idea");
    assertThat(text).doesNotContain("Far future"); // beyond the four-week horizon
    assertThat(digests())
        .extracting(p -> p.destination().key())
        .containsExactlyInAnyOrder("discord:announcements", "slack:announcements");
  }

  @Test
  void aDigestMissedByMoreThanTheGraceWindowIsSkippedAndLogged() throws Exception {
    announceMeetup("DevOps Korea December", "2026-12-05T19:00");
    // scheduled once the scheduler first starts, then the bot is down over Monday morning
    platform.startScheduler().stop();
    platform.clock().set(DUE.plus(Duration.ofHours(7)));
    platform.startScheduler();

    Eventually.await(
        () -> platform.jabu().scheduling().decisions().recent(10),
        decisions -> decisions.stream().anyMatch(d -> d.task().equals("weekly-digest")),
        "the digest's decision");
    assertThat(platform.jabu().scheduling().decisions().recent(10))
        .filteredOn(d -> d.task().equals("weekly-digest"))
        .extracting(Decision::task, Decision::item, Decision::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "weekly-digest", "2026-W49", Decision.Outcome.SKIPPED));
    assertThat(digests()).isEmpty();
    assertThat(
            platform.text(
                platform.say(platform.moderator("discord:mod"), "/schedule log", Locale.ENGLISH)))
        .contains("weekly digest", "skipped");
  }

  @Test
  void aWholeNewGlossaryFileIsCountedNotListed() throws Exception {
    for (int i = 0; i < 14; i++) {
      glossary.add(entry("idea-" + i, "Idea " + i, "2026-11-28"));
    }
    platform.startScheduler();
    platform.clock().set(DUE);
    platform.awaitPosts(all -> all.stream().anyMatch(p -> p.key().equals("digest-2026-W49")));
    String text = platform.text(digests().get(0).message());
    assertThat(text.lines().filter(l -> l.startsWith("• Idea"))).hasSize(10);
    assertThat(text).contains("그 밖에 4개 더");
  }

  @Test
  void issue12_theFirstDigestAfterInstallDoesNotAnnounceTheShippedGlossary() throws Exception {
    // installed on the day the shipped glossary was first dated (the test kit's clock starts on
    // it), with the entries it had then; entries added later reach an install with an update
    LocalDate installDay =
        LocalDate.ofInstant(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Asia/Seoul"));
    List<GlossaryEntry> installed =
        new ArrayList<>(
            GlossaryLoader.load(
                    Path.of(System.getProperty("basedir", ""))
                        .toAbsolutePath()
                        .getParent()
                        .resolve("config/glossary"))
                .entries()
                .stream()
                .filter(e -> !e.added().isAfter(installDay))
                .toList());
    assertThat(installed).hasSizeGreaterThan(LISTED_ENTRIES);
    try (FakePlatform fresh = platform(installed, new AtomicReference<>())) {
      installed.add(entry("approved-later", "Approved Later", "2026-11-26"));
      fresh.startScheduler();
      fresh.clock().set(DUE);
      fresh.awaitPosts(all -> all.stream().anyMatch(p -> p.key().equals("digest-2026-W49")));

      String text =
          fresh.text(
              fresh.posts().stream()
                  .filter(p -> p.key().equals("digest-2026-W49"))
                  .findFirst()
                  .orElseThrow()
                  .message());
      assertThat(text.lines().filter(l -> l.startsWith("• "))).hasSize(1);
      assertThat(text).contains("Approved Later").doesNotContain("그 밖에");
    }
  }
}
