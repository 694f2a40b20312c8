package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.outbox.OutboxStatus;
import dev.jabu.core.platform.NativeEvents;
import dev.jabu.discord.fake.FakeDiscord;
import dev.jabu.discord.fake.FakeInteraction;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Announced meetups are mirrored as the guild's scheduled events through the outbox: created once,
 * updated on edit, cancelled on cancel; organizers see who marked them Interested.
 */
class DiscordScheduledEventsTest {
  private DiscordHarness harness;
  private FakeDiscord discord;
  private String moderator;

  @BeforeEach
  void start() throws Exception {
    harness = new DiscordHarness().start();
    discord = harness.discord;
    harness.meetups.get().mirrorAsEvents(harness.adapter.nativeEvents().orElseThrow());
    moderator = discord.member("mod", true);
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
    assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
  }

  private ObjectNode announce(String venue) {
    Map<String, Object> create = new LinkedHashMap<>();
    create.put("title", "DevOps Korea 12월 밋업");
    create.put("start", "2026-12-05 19:00");
    create.put("capacity", 10);
    create.put("venue", venue);
    discord.slash(moderator, "ko", "meetup", "create", create).awaitAnswer();
    discord.slash(moderator, "ko", "meetup", "announce", Map.of("id", 1)).awaitAnswer();
    harness.dispatcher().dispatchReady();
    assertThat(discord.scheduledEvents()).hasSize(1);
    return discord.scheduledEvents().values().iterator().next();
  }

  @Test
  void anAnnouncedMeetupBecomesAnExternalGuildOnlyEvent() {
    ObjectNode event = announce("판교 @everyone");

    assertThat(event.path("name").asText()).isEqualTo("DevOps Korea 12월 밋업");
    assertThat(event.path("entity_type").asInt()).isEqualTo(3);
    assertThat(event.path("privacy_level").asInt()).isEqualTo(2);
    assertThat(event.path("entity_metadata").path("location").asText()).isEqualTo("판교 @everyone");
    assertThat(OffsetDateTime.parse(event.path("scheduled_start_time").asText()).toInstant())
        .isEqualTo(harness.meetups.get().find(1).orElseThrow().start());
    assertThat(event.path("scheduled_end_time").asText()).isNotEmpty();
    assertThat(event.path("description").asText()).contains("/meetup rsvp 1");
    assertThat(
            harness
                .jabu
                .outbox()
                .platformId("meetup-1-event", harness.adapter.nativeEvents().get().destination()))
        .contains(event.path("id").asText());

    // announcing again, or dispatching again, creates nothing more
    discord.slash(moderator, "ko", "meetup", "announce", Map.of("id", 1)).awaitAnswer();
    harness.dispatcher().dispatchReady();
    assertThat(discord.scheduledEvents()).hasSize(1);
  }

  @Test
  void anEditUpdatesTheEventAndACancelCancelsIt() {
    String id = announce("판교").path("id").asText();

    Map<String, Object> edit = new LinkedHashMap<>();
    edit.put("id", 1);
    edit.put("title", "DevOps Korea 연말 밋업");
    edit.put("venue", "강남 D2SF");
    discord.slash(moderator, "ko", "meetup", "edit", edit).awaitAnswer();
    harness.dispatcher().dispatchReady();
    ObjectNode edited = discord.scheduledEvents().get(id);
    assertThat(edited.path("name").asText()).isEqualTo("DevOps Korea 연말 밋업");
    assertThat(edited.path("entity_metadata").path("location").asText()).isEqualTo("강남 D2SF");

    discord.slash(moderator, "ko", "meetup", "cancel", Map.of("id", 1)).awaitAnswer();
    harness.dispatcher().dispatchReady();

    assertThat(discord.scheduledEvents().get(id).path("status").asInt()).isEqualTo(4);
    assertThat(discord.scheduledEvents()).hasSize(1);
  }

  @Test
  void organizersSeeWhoIsInterestedBesideTheRsvpsNotAsSeats() {
    String id = announce("판교").path("id").asText();
    String alice = discord.member("alice", false);
    String bob = discord.member("bob", false);
    discord.markInterested(id, alice);
    discord.markInterested(id, bob);

    FakeInteraction list =
        discord.slash(moderator, "en-US", "meetup", "attendees", Map.of("id", 1));
    String content = list.awaitAnswer().path("content").asText();

    assertThat(content).contains("Discord: 2 marked the event Interested (not seats)");
    assertThat(content).contains("<@" + alice + ">").contains("<@" + bob + ">");
    assertThat(harness.meetups.get().ledger().counts(1).seats()).isZero();
  }

  @Test
  void aLostAnswerIsFoundOnDiscordNotCreatedTwice() throws Exception {
    ObjectNode event = announce("판교");
    var destination = harness.adapter.nativeEvents().orElseThrow().destination();
    var row = harness.jabu.outboxStore().find("meetup-1-event", destination).orElseThrow();
    assertThat(row.status()).isEqualTo(OutboxStatus.SENT);

    var lost =
        new dev.jabu.core.outbox.OutboundMessage(
            row.id(),
            row.key(),
            row.operation(),
            destination,
            java.util.Optional.empty(),
            row.message(),
            "jabu-lost",
            row.createdAt(),
            1,
            true,
            "test",
            row.createdAt());

    var found = harness.adapter.sender().check(lost);

    assertThat(found.outcome()).isEqualTo(dev.jabu.core.outbox.Lookup.Outcome.FOUND);
    assertThat(found.platformMessageId()).contains(event.path("id").asText());
    assertThat(NativeEvents.isEvents(destination)).isTrue();
  }
}
