package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.app.config.ConfigLoader;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.app.state.StateFixture;
import dev.jabu.app.state.StateTables;
import dev.jabu.core.Jabu;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.privacy.Forgotten;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.RequiresPostgres;
import dev.jabu.core.testkit.TempDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /jabu forget-me} on a database that holds the member in every table that can hold one (the
 * export fixture), with the shipped configuration's features. Afterwards no column of any table in
 * the live schema may still name them, so a table added without forget-me handling fails here by
 * name.
 */
class ForgetMeTest {
  /**
   * The fixture member's ids, person id and display name, as whole words: {@code discord:1} but not
   * {@code discord:12}, {@code p-1} but not {@code meetup-1}.
   */
  private static final Pattern MEMBER =
      Pattern.compile("(?<![\\w@:-])(?:discord:@?1|slack:@?U1|p-1)(?![\\w-])|Alice");

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-05-01T09:00:00Z"));

  @Test
  void forgetMeLeavesNoTraceOfTheMemberInAnySqliteTable() throws Exception {
    try (Database database = TempDatabase.sqlite()) {
      assertForgetMeLeavesNoTrace(database);
    }
  }

  @Test
  @RequiresPostgres
  void forgetMeLeavesNoTraceOfTheMemberInAnyPostgresqlTable() throws Exception {
    try (Database database = TempDatabase.postgres()) {
      assertForgetMeLeavesNoTrace(database);
    }
  }

  @Test
  void forgetMeAsksFirstAndTheButtonRunsTheTypedConfirmation() throws Exception {
    try (Database database = TempDatabase.sqlite()) {
      Jabu jabu = jabu(database);
      StateFixture.fill(database);

      Reply asked = say(jabu, "discord:1", "/jabu forget-me");

      assertThat(text(asked))
          .contains("discord:1", "slack:U1", "1 meetup place(s)", "/jabu forget-me confirm");
      assertThat(asked.message().buttons())
          .singleElement()
          .satisfies(b -> assertThat(b.command()).isEqualTo("/jabu forget-me confirm"));
      assertThat(asked.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
      assertThat(traces(database)).isNotEmpty(); // nothing erased before the confirmation

      assertThat(text(say(jabu, "discord:1", "/jabu forget-me maybe")))
          .contains("maybe", "/jabu forget-me confirm");
      assertThat(traces(database)).isNotEmpty();
    }
  }

  @Test
  void myDataListsWhatIsKeptOnEveryLinkedAccountInKorean() throws Exception {
    try (Database database = TempDatabase.sqlite()) {
      Jabu jabu = jabu(database);
      StateFixture.fill(database);

      String mine = text(say(jabu, "slack:U1", "/jabu my-data", Locale.KOREAN));

      assertThat(mine)
          .contains("discord:1", "slack:U1")
          .contains("밋업 자리 1개", "계정 연결 2개", "밋업 알림을 받지 않겠다는 설정")
          .contains("내가 제안한 용어 1개", "내가 만든 후기·후기 미리보기 3개");

      say(jabu, "slack:U1", "/jabu forget-me confirm");
      // the command itself notes the account's locale again: only that remains, nothing else
      assertThat(text(say(jabu, "discord:1", "/jabu my-data"))).doesNotContain("meetup place");
    }
  }

  private void assertForgetMeLeavesNoTrace(Database database) throws Exception {
    Jabu jabu = jabu(database);
    StateFixture.fill(database);
    assertThat(traces(database)).as("the fixture names the member").isNotEmpty();

    Reply done = say(jabu, "discord:1", "/jabu forget-me confirm");

    assertThat(text(done)).contains("no longer keeps anything about you");
    assertThat(traces(database))
        .as("columns that still name the forgotten member (table.column = value)")
        .isEmpty();
    // the others keep their data: the waitlisted p-2 keeps their place and their open offer (the
    // fixture's meetup has started, so the freed seat waits for walk-ins: docs/meetups.md)
    assertThat(single(database, "SELECT state FROM rsvp WHERE person = 'p-2'"))
        .isEqualTo("WAITLIST");
    assertThat(single(database, "SELECT count(*) FROM seat_offer WHERE person = 'p-2'"))
        .isEqualTo("2");
    assertThat(single(database, "SELECT count(*) FROM outbox WHERE destination = 'slack:@U2'"))
        .as("no seat was given, so nobody is told of one")
        .isEqualTo("0");
    assertThat(single(database, "SELECT count(*) FROM glossary_entry")).isEqualTo("3");
    assertThat(single(database, "SELECT actor FROM audit_log WHERE correlation_id = 'c1'"))
        .isEqualTo(Forgotten.KEY);
    assertThat(single(database, "SELECT created_by FROM recap")).isEqualTo(Forgotten.KEY);
    assertThat(single(database, "SELECT user_key FROM link_code")).isEqualTo("slack:U2");
  }

  /** Every value in the live schema that names the member, as {@code table.column = value}. */
  private static List<String> traces(Database database) {
    return database.withConnection(
        c -> {
          List<String> found = new ArrayList<>();
          for (String table : StateTables.inSchema(c)) {
            try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
              ResultSetMetaData meta = rows.getMetaData();
              while (rows.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                  String value = readable(rows, i);
                  if (value != null && MEMBER.matcher(value).find()) {
                    found.add(table + "." + meta.getColumnName(i) + " = " + value);
                  }
                }
              }
            }
          }
          return found;
        });
  }

  /** A column's value as text; bytes (scheduler task data) read as UTF-8 so names inside show. */
  private static String readable(ResultSet rows, int column) throws java.sql.SQLException {
    Object value = rows.getObject(column);
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return value == null ? null : value.toString();
  }

  private static String single(Database database, String sql) {
    return database.withConnection(
        c -> {
          try (Statement statement = c.createStatement();
              ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
          }
        });
  }

  private Jabu jabu(Database database) throws Exception {
    JabuConfig config = ConfigLoader.load(Path.of("../config/jabu.yaml"), Map.of());
    return new Jabu(config.core(), database, clock, Features.from(config).list());
  }

  private static Reply say(Jabu jabu, String who, String line) {
    return say(jabu, who, line, Locale.ENGLISH);
  }

  private static Reply say(Jabu jabu, String who, String line, Locale locale) {
    UserRef user = UserRef.parse(who);
    return jabu.engine()
        .handle(
            Invocation.text(
                Member.of(user), ChannelRef.of(user.platform(), "general"), locale, line));
  }

  private String text(Reply reply) {
    return new PlainTextRenderer(java.time.ZoneId.of("Asia/Seoul"), Locale.ENGLISH, clock)
        .render(reply.message());
  }
}
