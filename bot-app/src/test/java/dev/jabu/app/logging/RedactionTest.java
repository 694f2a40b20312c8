package dev.jabu.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.app.config.Secrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a log line keeps and what it loses, secret by secret. */
class RedactionTest {
  @Test
  void the_secrets_jabu_was_given_are_masked_wherever_they_appear() {
    Redaction.remember(
        Secrets.from(
            Map.of(
                "SLACK_SIGNING_SECRET", "8f14e45fceea167a5a36dedd4bea2543",
                "JABU_DATABASE_URL", "postgres://jabu:pa55-w0rd-ab@db.internal:5432/jabu")));

    String line =
        Redaction.apply(
            "verify with 8f14e45fceea167a5a36dedd4bea2543; auth failed with pa55-w0rd-ab on"
                + " jdbc:postgresql://db.internal:5432/jabu");

    assertThat(line)
        .doesNotContain("8f14e45fceea167a5a36dedd4bea2543", "pa55-w0rd-ab")
        .contains("verify with ***", "jdbc:postgresql://db.internal:5432/jabu");
  }

  @Test
  void token_shapes_are_masked_even_when_jabu_was_never_told_them() {
    assertThat(Redaction.apply("token xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp refused"))
        .isEqualTo("token *** refused");
    assertThat(Redaction.apply("app token xapp-1-A0123456789-1234567890-abcdef0123 ok"))
        .isEqualTo("app token *** ok");
    assertThat(
            Redaction.apply(
                "login with fakeODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.abcdefghijklmnopqrstuvwxyz012345"))
        .isEqualTo("login with ***");
    assertThat(Redaction.apply("headers {Authorization: Bot abc.def.ghi, Accept: */*}"))
        .isEqualTo("headers {Authorization: ***, Accept: */*}");
    assertThat(Redaction.apply("\"authorization\":\"Bearer eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl\""))
        .doesNotContain("eyJ");
    assertThat(Redaction.apply("jdbc:postgresql://h/db?user=jabu&password=hunter22&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=jabu&password=***&ssl=true");
    assertThat(Redaction.apply("postgres://jabu:hunter22@h:5432/db"))
        .isEqualTo("postgres://jabu:***@h:5432/db");
    // unencoded @ or / in the password: masked up to the last @ of the address
    assertThat(Redaction.apply("postgres://jabu:hun@ter/22@h:5432/db failed"))
        .isEqualTo("postgres://jabu:***@h:5432/db failed");
  }

  @Test
  void ordinary_lines_are_left_alone() {
    String line =
        "command=meetup rsvp platform=discord outcome=ok ms=4 https://discord.com/api/v10/"
            + " bot dev.jabu.discord.DiscordAdapter connected";
    assertThat(Redaction.apply(line)).isEqualTo(line);
  }
}
