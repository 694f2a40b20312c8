package dev.jabu.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DiscordInviteTest {
  @Test
  void theInviteAsksForTheBotTheCommandsAndJabusPermissionsOnly() {
    String url = DiscordInvite.url("123456789012345678");
    assertThat(url)
        .startsWith("https://discord.com/oauth2/authorize?client_id=123456789012345678")
        .contains("scope=bot%20applications.commands");
    long permissions = Long.parseLong(url.substring(url.indexOf("permissions=") + 12));
    assertThat(permissions & (1L << 3)).as("no Administrator").isZero();
    assertThat(permissions & (1L << 17)).as("no Mention Everyone").isZero();
    assertThat(permissions & (1L << 11)).as("Send Messages").isNotZero();
    assertThat(permissions & (1L << 35)).as("Create Public Threads").isNotZero();
    assertThat(permissions & (1L << 44)).as("Create Events, for scheduled events").isNotZero();
    assertThat(permissions & (1L << 33)).as("not Manage Events: only its own events").isZero();
  }

  @Test
  void theApplicationIdIsReadFromTheTokensFirstPart() {
    String id = "123456789012345678";
    String token =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(id.getBytes(StandardCharsets.US_ASCII))
            + ".Gabcde.secret-part";
    assertThat(DiscordInvite.applicationId(token)).contains(id);
    assertThat(DiscordInvite.applicationId("no-dots-here")).isEmpty();
    assertThat(DiscordInvite.applicationId("%%%.x.y")).isEmpty();
  }
}
