package dev.jabu.core.outbox;

/**
 * What a platform answered to a send.
 *
 * @param platformMessageId the id of the posted message (a Discord snowflake, a Slack {@code ts});
 *     for an edit or delete, the id of the message edited or deleted
 * @param targetNowAt when the message a reply or edit was for had been deleted on the platform and
 *     the sender posted it again: the new message's id, which from now on stands for the old one
 */
public record SendResult(String platformMessageId, java.util.Optional<String> targetNowAt) {
  public SendResult {
    if (platformMessageId == null || platformMessageId.isBlank()) {
      throw new IllegalArgumentException("a send must report the platform message id");
    }
    java.util.Objects.requireNonNull(targetNowAt, "targetNowAt");
  }

  public SendResult(String platformMessageId) {
    this(platformMessageId, java.util.Optional.empty());
  }

  /** A send that had to post the deleted target again first, now at {@code newTargetId}. */
  public static SendResult recreated(String platformMessageId, String newTargetId) {
    return new SendResult(platformMessageId, java.util.Optional.of(newTargetId));
  }
}
