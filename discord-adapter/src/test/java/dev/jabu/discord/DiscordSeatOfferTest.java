package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.discord.fake.FakeDiscord;
import dev.jabu.discord.fake.FakeInteraction;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 on Discord: a seat freed the day before the meetup is offered by direct message, and the
 * offer's "Take the seat" button, pressed in Discord, gives it.
 */
class DiscordSeatOfferTest {
  private DiscordHarness harness;
  private FakeDiscord discord;

  @BeforeEach
  void start() throws Exception {
    harness = new DiscordHarness(true, 1, settings -> settings).start();
    discord = harness.discord;
    String moderator = discord.member("mod", true);
    // tomorrow evening, by the harness's clock: inside the 72 hours in which freed seats are
    // offered
    String tomorrow =
        LocalDateTime.ofInstant(harness.clock.instant(), ZoneId.of("Asia/Seoul"))
            .plusDays(1)
            .withHour(19)
            .withMinute(0)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    Map<String, Object> create = new LinkedHashMap<>();
    create.put("title", "내일 밋업");
    create.put("start", tomorrow);
    create.put("capacity", 1);
    discord.slash(moderator, "ko", "meetup", "create", create).awaitAnswer();
    discord.slash(moderator, "ko", "meetup", "announce", Map.of("id", 1)).awaitAnswer();
    // this meetup's own timing (the harness's community has no offers): from 3 days, held 12 hours
    Map<String, Object> timing = new LinkedHashMap<>();
    timing.put("id", 1);
    timing.put("offer-window", "12h");
    timing.put("offers-from", "3d");
    discord.slash(moderator, "ko", "meetup", "edit", timing).awaitAnswer();
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
    assertThat(discord.violations()).as("requests the real Discord would reject").isEmpty();
  }

  private static List<JsonNode> buttons(ObjectNode message) {
    List<JsonNode> buttons = new ArrayList<>();
    message.path("components").forEach(row -> row.path("components").forEach(buttons::add));
    return buttons;
  }

  @Test
  void aSeatFreedTheDayBeforeIsOfferedByDirectMessageAndTakenWithItsButton() {
    String alice = discord.member("alice", false);
    String bob = discord.member("bob", false);
    discord.slash(alice, "en-US", "meetup", "rsvp", Map.of("id", 1)).awaitAnswer();
    discord.slash(bob, "en-US", "meetup", "rsvp", Map.of("id", 1)).awaitAnswer();

    discord.slash(alice, "en-US", "meetup", "leave", Map.of("id", 1)).awaitAnswer();
    harness.dispatcher().dispatchReady();

    assertThat(harness.meetups.get().ledger().counts(1).seats()).as("held, not given").isZero();
    String dm = discord.directMessageChannel(bob).orElseThrow();
    ObjectNode offer = discord.messages(dm).get(0);
    assertThat(offer.toString()).contains("A seat at 내일 밋업 is free for you");
    List<JsonNode> choices = buttons(offer);
    assertThat(choices).extracting(b -> b.path("label").asText()).hasSize(2);

    FakeInteraction take =
        discord.press(bob, "en-US", offer, choices.get(0).path("custom_id").asText());

    assertThat(take.awaitAnswer().path("content").asText()).contains("is yours");
    assertThat(harness.meetups.get().ledger().holders(1))
        .singleElement()
        .satisfies(h -> assertThat(h.seat()).isTrue());
  }
}
