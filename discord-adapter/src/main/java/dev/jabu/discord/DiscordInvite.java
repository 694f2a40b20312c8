package dev.jabu.discord;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;

/**
 * The link that adds jabu to a server with the permissions it uses and nothing more, so a server
 * owner sees exactly what jabu asks for.
 */
public final class DiscordInvite {
  /**
   * What jabu does on a server: read and answer, thread its posts, attach files, mirror meetups as
   * scheduled events (Create Events also lets it edit and cancel the events it made).
   */
  public static final EnumSet<Permission> PERMISSIONS =
      EnumSet.of(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_SEND_IN_THREADS,
          Permission.CREATE_PUBLIC_THREADS,
          Permission.MANAGE_THREADS,
          Permission.MESSAGE_EMBED_LINKS,
          Permission.MESSAGE_ATTACH_FILES,
          Permission.MESSAGE_HISTORY,
          Permission.CREATE_SCHEDULED_EVENTS);

  private DiscordInvite() {}

  /** The invite URL for the application with this id: the bot and its slash commands. */
  public static String url(String applicationId) {
    if (!applicationId.matches("\\d{15,21}")) {
      throw new IllegalArgumentException("not a Discord application id: " + applicationId);
    }
    return "https://discord.com/oauth2/authorize?client_id="
        + applicationId
        + "&scope=bot%20applications.commands&permissions="
        + Permission.getRaw(PERMISSIONS);
  }

  /**
   * The bot's id, read from its token without asking Discord: a token's first part is the bot's id
   * in base64, and a bot's id is its application's id.
   */
  public static Optional<String> applicationId(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      String id =
          new String(
              Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
      return id.matches("\\d{15,21}") ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
