package dev.jabu.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the engine's answers to the member who asked: in the acknowledgement itself, through the
 * request's {@code response_url}, or in a thread. A private reply is ephemeral; a public one is
 * seen by the channel. Files (a CSV, an {@code .ics}) are shown as code, since a reply cannot carry
 * an upload.
 */
final class SlackReplies {
  private static final Logger log = LoggerFactory.getLogger(SlackReplies.class);

  private final SlackRenderer renderer;
  private final Slack slack;
  private final MethodsClient client;

  SlackReplies(SlackRenderer renderer, Slack slack, MethodsClient client) {
    this.renderer = renderer;
    this.slack = slack;
    this.client = client;
  }

  /** The reply cut into Slack messages; empty for a dropped redelivery. */
  List<SlackMessage> pieces(Reply reply, Locale locale) {
    if (reply.visibility() == Reply.Visibility.NONE) {
      return List.of();
    }
    return renderer.render(withFiles(reply, locale));
  }

  static String responseType(Reply reply) {
    return reply.visibility() == Reply.Visibility.PUBLIC ? "in_channel" : "ephemeral";
  }

  /** The acknowledgement of a slash command that carries its (first) answer. */
  static Response ack(Reply reply, SlackMessage first) {
    return Response.builder()
        .statusCode(200)
        .contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
        .body(BlockKitJson.acknowledgement(responseType(reply), first.text(), first.blocks()))
        .build();
  }

  /** Sends pieces to a {@code response_url}, valid for 30 minutes and five answers. */
  void toResponseUrl(String responseUrl, Reply reply, List<SlackMessage> pieces) {
    for (SlackMessage piece : pieces) {
      String body = BlockKitJson.responseUrlPost(responseType(reply), piece.text(), piece.blocks());
      try {
        WebhookResponse answer = slack.send(responseUrl, body);
        if (answer.getCode() != 200) {
          log.warn("response_url refused a reply: HTTP {} {}", answer.getCode(), answer.getBody());
        }
      } catch (Exception e) {
        log.warn("cannot answer through response_url: {}", e.toString());
      }
    }
  }

  /** Posts pieces in a thread: publicly, or as ephemeral messages only {@code userId} sees. */
  void toThread(
      String channel, String threadTs, String userId, Reply reply, List<SlackMessage> pieces) {
    for (SlackMessage piece : pieces) {
      try {
        SlackApiTextResponse answer =
            reply.visibility() == Reply.Visibility.PUBLIC
                ? client.chatPostMessage(
                    r ->
                        r.channel(channel)
                            .threadTs(threadTs)
                            .text(piece.text())
                            .blocks(piece.blocks())
                            .unfurlLinks(false))
                : client.chatPostEphemeral(
                    r ->
                        r.channel(channel)
                            .user(userId)
                            .threadTs(threadTs)
                            .text(piece.text())
                            .blocks(piece.blocks()));
        if (!answer.isOk()) {
          log.warn("cannot reply in thread {} of {}: {}", threadTs, channel, answer.getError());
        }
      } catch (Exception e) {
        log.warn("cannot reply in thread {} of {}: {}", threadTs, channel, e.toString());
      }
    }
  }

  /**
   * Sends pieces to the member's direct conversation with the app (Slack takes the member id as the
   * channel): for answers with no channel to go back to, such as a modal's submission.
   */
  void toMember(String userId, List<SlackMessage> pieces) {
    for (SlackMessage piece : pieces) {
      try {
        SlackApiTextResponse answer =
            client.chatPostMessage(
                r ->
                    r.channel(userId).text(piece.text()).blocks(piece.blocks()).unfurlLinks(false));
        if (!answer.isOk()) {
          log.warn("cannot answer {} directly: {}", userId, answer.getError());
        }
      } catch (Exception e) {
        log.warn("cannot answer {} directly: {}", userId, e.toString());
      }
    }
  }

  /** The reply's files appended as code blocks (text) or a note (anything else). */
  private static RichMessage withFiles(Reply reply, Locale locale) {
    if (reply.attachments().isEmpty()) {
      return reply.message();
    }
    List<Block> blocks = new ArrayList<>(reply.message().blocks());
    for (Reply.Attachment file : reply.attachments()) {
      blocks.add(
          new Block.Paragraph(
              List.of(Span.bold(SlackTexts.get(locale, "attachment", file.filename())))));
      boolean text =
          file.contentType().startsWith("text/")
              || file.contentType().contains("json")
              || file.contentType().contains("calendar");
      blocks.add(
          text
              ? new Block.CodeBlock("", new String(file.content(), StandardCharsets.UTF_8))
              : new Block.Paragraph(
                  List.of(Span.text(SlackTexts.get(locale, "attachment.binary")))));
    }
    return new RichMessage(blocks, reply.message().buttons());
  }
}
