package dev.jabu.app;

import dev.jabu.discord.DiscordInvite;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jabu discord-invite}: prints the link that adds jabu to a Discord server. */
@Command(
    name = "discord-invite",
    description =
        "Prints the link that adds jabu to a Discord server, with the permissions it needs.")
public final class DiscordInviteCommand implements Callable<Integer> {
  @CommandLine.Option(
      names = "--client-id",
      description = "the application id (default: read from DISCORD_TOKEN)")
  String clientId;

  @Override
  public Integer call() {
    Optional<String> id =
        Optional.ofNullable(clientId)
            .or(
                () ->
                    Optional.ofNullable(System.getenv("DISCORD_TOKEN"))
                        .flatMap(DiscordInvite::applicationId));
    if (id.isEmpty() || !id.get().matches("\\d{15,21}")) {
      System.err.println(
          "jabu: set DISCORD_TOKEN, or pass --client-id with the Application ID from the Discord"
              + " developer portal (General Information)");
      return Main.BAD_CONFIG;
    }
    System.out.println(DiscordInvite.url(id.get()));
    return 0;
  }
}
