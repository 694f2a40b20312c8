package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.meetup.JdbcMeetupStore;
import dev.jabu.core.meetup.Meetup;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every database jabu supports must do for recaps. Each dialect runs this once, on one
 * database per class that is emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecapStoreContract {
  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
  private static final ChannelRef DISCORD =
      new ChannelRef(Platform.DISCORD, "100", "announcements");
  private static final ChannelRef SLACK = new ChannelRef(Platform.SLACK, "C42", "announcements");
  private static final RecapSource.Origin URL =
      new RecapSource.Origin(RecapSource.Kind.URL, "https://example.com/recap.md");
  private static final RecapSource.Origin FILE =
      new RecapSource.Origin(RecapSource.Kind.FILE, "docs/recap.md");

  private Database database;
  private RecapStore store;
  private long meetupId;

  protected abstract Database openDatabase();

  @BeforeAll
  void openOnce() {
    database = openDatabase();
  }

  @AfterAll
  void closeOnce() {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    database.inTransaction(
        c -> {
          try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM recap_message");
            s.executeUpdate("DELETE FROM recap");
          }
          return null;
        });
    store = new JdbcRecapStore(database);
    ZonedDateTime start = ZonedDateTime.of(2026, 11, 28, 14, 0, 0, 0, ZoneId.of("Asia/Seoul"));
    meetupId =
        new JdbcMeetupStore(database)
            .create(Meetup.draft("11월 밋업", start, start.plusHours(3), 100, "discord:mod", NOW))
            .id();
  }

  private static Map<ChannelRef, List<String>> messages(int discordReplies, int slackReplies) {
    Map<ChannelRef, List<String>> messages = new LinkedHashMap<>();
    messages.put(DISCORD, keys(discordReplies));
    messages.put(SLACK, keys(slackReplies));
    return messages;
  }

  private static List<String> keys(int replies) {
    List<String> keys = new java.util.ArrayList<>(List.of("recap-1-post"));
    for (int i = 1; i <= replies; i++) {
      keys.add("recap-1-r1-reply-" + i);
    }
    return keys;
  }

  @Test
  void a_new_recap_is_publishing_at_revision_one_with_no_messages() {
    Recap created = store.create(Optional.of(meetupId), "후기", URL, "discord:mod", NOW);

    assertThat(created.id()).isPositive();
    assertThat(created.state()).isEqualTo(Recap.State.PUBLISHING);
    assertThat(created.revision()).isEqualTo(1);
    assertThat(created.meetupId()).contains(meetupId);
    assertThat(created.origin()).isEqualTo(URL);
    assertThat(created.messages()).isEmpty();
    assertThat(created.createdBy()).isEqualTo("discord:mod");
    assertThat(created.createdAt()).isEqualTo(NOW);
    assertThat(store.find(created.id())).contains(created);
    assertThat(store.find(created.id() + 1000)).isEmpty();
  }

  @Test
  void published_keeps_the_message_keys_per_channel_in_thread_order() {
    long id = store.create(Optional.empty(), "후기", FILE, "console:operator", NOW).id();

    store.published(id, 1, Optional.of(meetupId), "고친 제목", URL, messages(3, 2), NOW.plusSeconds(5));

    Recap recap = store.find(id).orElseThrow();
    assertThat(recap.state()).isEqualTo(Recap.State.PUBLISHED);
    assertThat(recap.title()).isEqualTo("고친 제목");
    assertThat(recap.meetupId()).contains(meetupId);
    assertThat(recap.origin()).isEqualTo(URL);
    assertThat(recap.updatedAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(recap.messages()).isEqualTo(messages(3, 2));
    assertThat(recap.messages().keySet()).containsExactly(DISCORD, SLACK);
    assertThat(recap.messages().keySet().iterator().next().name()).isEqualTo("announcements");
  }

  @Test
  void a_later_revision_replaces_the_messages_whole() {
    long id = store.create(Optional.of(meetupId), "후기", URL, "discord:mod", NOW).id();
    store.published(id, 1, Optional.of(meetupId), "후기", URL, messages(5, 4), NOW);

    store.published(id, 2, Optional.empty(), "후기", URL, messages(1, 0), NOW.plusSeconds(60));

    Recap recap = store.find(id).orElseThrow();
    assertThat(recap.revision()).isEqualTo(2);
    assertThat(recap.meetupId()).isEmpty();
    assertThat(recap.messages().get(DISCORD)).hasSize(2);
    assertThat(recap.messages().get(SLACK)).containsExactly("recap-1-post");
  }

  @Test
  void unfinished_finds_the_newest_recap_still_publishing_from_the_same_source() {
    long older = store.create(Optional.empty(), "a", URL, "m", NOW).id();
    long newer = store.create(Optional.empty(), "b", URL, "m", NOW).id();
    store.create(Optional.empty(), "c", FILE, "m", NOW);

    assertThat(store.unfinished(URL)).map(Recap::id).contains(newer);
    store.published(newer, 1, Optional.empty(), "b", URL, messages(0, 0), NOW);
    assertThat(store.unfinished(URL)).map(Recap::id).contains(older);
    assertThat(store.unfinished(new RecapSource.Origin(RecapSource.Kind.URL, "https://other/x.md")))
        .isEmpty();
  }

  @Test
  void deleted_recaps_keep_their_keys_and_are_no_longer_a_meetups_latest() {
    long first = store.create(Optional.of(meetupId), "첫 후기", URL, "m", NOW).id();
    store.published(first, 1, Optional.of(meetupId), "첫 후기", URL, messages(1, 1), NOW);
    long second = store.create(Optional.of(meetupId), "둘째 후기", FILE, "m", NOW).id();
    store.published(second, 1, Optional.of(meetupId), "둘째 후기", FILE, messages(2, 2), NOW);
    assertThat(store.latestPublished(meetupId)).map(Recap::id).contains(second);

    store.deleted(second, NOW.plusSeconds(1));

    assertThat(store.find(second).orElseThrow().state()).isEqualTo(Recap.State.DELETED);
    assertThat(store.find(second).orElseThrow().messages()).isEqualTo(messages(2, 2));
    assertThat(store.latestPublished(meetupId)).map(Recap::id).contains(first);
    assertThat(store.recent(10)).extracting(Recap::id).containsExactly(second, first);
    assertThat(store.recent(1)).extracting(Recap::id).containsExactly(second);
  }
}
