package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saved previews behind the preview's buttons, on every database jabu supports. */
abstract class RecapPreviewsContract {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-29T03:00:00Z"));
  private final UserRef mod = UserRef.parse("discord:mod");
  private Database database;
  private RecapPreviews previews;

  protected abstract Database openDatabase();

  @BeforeEach
  void open() {
    database = openDatabase();
    previews = new RecapPreviews(database, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aPreviewIsTakenOnceWithItsSourceAndMeetup() {
    String pasted = "# 후기 @everyone\n\n" + "긴 글. ".repeat(10_000);
    long text = previews.save(new RecapSource.Text(pasted), Optional.of(12L), mod);
    long url =
        previews.save(new RecapSource.Url("https://example.com/r.md"), Optional.empty(), mod);

    RecapPreviews.Saved taken = previews.take(text).orElseThrow();
    assertThat(taken.source()).isEqualTo(new RecapSource.Text(pasted));
    assertThat(taken.meetup()).contains(12L);
    assertThat(taken.createdBy()).isEqualTo("discord:mod");
    assertThat(previews.take(text)).isEmpty();
    assertThat(previews.take(url).orElseThrow().meetup()).isEmpty();
  }

  @Test
  void aRestoredPreviewWorksAgainAndAnOldOneIsGone() {
    long id = previews.save(new RecapSource.File("docs/recap.md"), Optional.empty(), mod);
    previews.restore(previews.take(id).orElseThrow());
    assertThat(previews.take(id).orElseThrow().source())
        .isEqualTo(new RecapSource.File("docs/recap.md"));

    long old = previews.save(new RecapSource.Text("# 옛 후기"), Optional.empty(), mod);
    clock.advance(RecapPreviews.KEPT.plus(Duration.ofMinutes(1)));
    assertThat(previews.take(old)).isEmpty();
  }
}
