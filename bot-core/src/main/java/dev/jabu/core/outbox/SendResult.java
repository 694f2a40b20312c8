package dev.jabu.core.outbox;

/**
 * What a platform answered to a send.
 *
 * @param platformMessageId the id of the posted message (a Discord snowflake, a Slack {@code ts});
 *     for an edit or delete, the id of the message edited or deleted
 */
public record SendResult(String platformMessageId) {
  public SendResult {
    if (platformMessageId == null || platformMessageId.isBlank()) {
      throw new IllegalArgumentException("a send must report the platform message id");
    }
  }
}
