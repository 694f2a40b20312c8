package dev.jabu.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.meetup.Identities;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.Eventually;
import dev.jabu.core.testkit.TempDatabase;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A command's note of its account and locale costs it no database work, and no reader misses one.
 */
class BufferedSeenTest {
  private static final String DISCORD = "discord:111";
  private static final String SLACK = "slack:U111";

  private final Database database = TempDatabase.sqlite();
  private final AtomicInteger writes = new AtomicInteger();
  private final Instant now = Instant.now(dev.jabu.core.Clocks.system());

  /** The real store, counting the notes that reach it. */
  private final MemberProfiles store =
      new MemberProfiles() {
        private final JdbcMemberProfiles jdbc = new JdbcMemberProfiles(database);

        @Override
        public void seen(String userKey, Locale locale, Instant at) {
          jdbc.seen(userKey, locale, at);
          writes.incrementAndGet();
        }

        @Override
        public void chooseLanguage(String userKey, Optional<Locale> language, Instant at) {
          jdbc.chooseLanguage(userKey, language, at);
        }

        @Override
        public void choosePrimary(String userKey, Instant at) {
          jdbc.choosePrimary(userKey, at);
        }

        @Override
        public MemberProfile profile(String userKey) {
          return jdbc.profile(userKey);
        }
      };

  private final BufferedSeen profiles = new BufferedSeen(store);

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aNoteReachesTheStoreAMomentLaterNotDuringTheCommand() {
    profiles.seen(DISCORD, Locale.ENGLISH, now);

    assertThat(writes).as("written while the command waits").hasValue(0);
    Eventually.await(writes::get, n -> n == 1, "the note written in the background");
    assertThat(store.profile(DISCORD).language(Locale.KOREAN).locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aReaderSeesEveryNoteMadeBeforeItInTheOrderTheyWereMadeEvenWithinAMillisecond() {
    String code = new Identities(database).issueCode(DISCORD, false, now);
    new Identities(database).link(code, SLACK, false, now);

    profiles.seen(SLACK, Locale.KOREAN, now);
    profiles.seen(DISCORD, Locale.ENGLISH, now); // used last, in the same millisecond

    MemberProfile person = profiles.profile(SLACK);
    assertThat(person.language(Locale.KOREAN).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(person.preferredAccount(SLACK)).isEqualTo(DISCORD);
  }

  @Test
  void closingTheDatabaseWritesWhatWaitsFirstAndLaterNotesAreDropped() throws Exception {
    database.beforeClose(profiles::close);
    profiles.seen(DISCORD, Locale.ENGLISH, now);

    database.close();
    assertThat(writes).as("written while the pool still served").hasValue(1);
    profiles.seen(SLACK, Locale.ENGLISH, now); // after the stop: nothing to write it to
    Thread.sleep(BufferedSeen.WRITE_AFTER.toMillis() * 2);
    assertThat(writes).hasValue(1);
  }

  @Test
  void manyCommandsOfOneMemberBeforeAWriteLeaveOneNoteTheLatest() {
    for (int i = 0; i < 50; i++) {
      profiles.seen(DISCORD, i % 2 == 0 ? Locale.ENGLISH : Locale.KOREAN, now.plusMillis(i));
    }

    assertThat(profiles.profile(DISCORD).language(Locale.ENGLISH).locale())
        .isEqualTo(Locale.KOREAN);
    assertThat(writes).hasValue(1);
  }
}
