package dev.jabu.slack;

import com.google.gson.Gson;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.jabu.core.engine.Member;
import dev.jabu.core.meetup.MeetupReads;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's Home tab: the member's seats and waitlist places with their next reminder, then the
 * upcoming meetups with the member's state and an RSVP or leave button each, and how to ask the
 * glossary. It is built from one read of the ledger ({@link MeetupReads#home}) each time the tab is
 * opened or a button on it is pressed, and published only when it differs from what Slack shows
 * now: {@code views.publish} is rate-limited per workspace. The view carries a digest of its blocks
 * in its private metadata, and Slack hands the shown view back with each event, so the comparison
 * holds across restarts and between instances.
 */
final class SlackHome {
  private static final Logger log = LoggerFactory.getLogger(SlackHome.class);

  /** Slack's limit of blocks in a Home tab. */
  static final int MAX_BLOCKS = 100;

  private static final Gson JSON = GsonFactory.createSnakeCase();

  private final Optional<MeetupReads> meetups;
  private final SlackRenderer renderer;
  private final MethodsClient client;
  private final Locale locale;

  SlackHome(
      Optional<MeetupReads> meetups, SlackRenderer renderer, MethodsClient client, Locale locale) {
    this.meetups = meetups;
    this.renderer = renderer;
    this.client = client;
    this.locale = locale;
  }

  /**
   * Builds the member's Home tab and publishes it with {@code views.publish}, unless {@code shown}
   * (the Home view Slack sent with the event, if any) already holds the same blocks.
   */
  void publish(Member member, Optional<View> shown) {
    List<LayoutBlock> blocks = new ArrayList<>();
    meetups.ifPresent(
        reads ->
            reads
                .home(member, locale)
                .forEach(
                    message ->
                        renderer.render(message).forEach(piece -> blocks.addAll(piece.blocks()))));
    blocks.add(DividerBlock.builder().build());
    blocks.add(
        ContextBlock.builder()
            .elements(
                List.of(
                    MarkdownTextObject.builder()
                        .text(Mrkdwn.escape(SlackTexts.get(locale, "home.hint")))
                        .build()))
            .build());
    List<LayoutBlock> fitting = blocks.size() > MAX_BLOCKS ? blocks.subList(0, MAX_BLOCKS) : blocks;
    String fingerprint = sha256(JSON.toJson(fitting));
    if (shown.map(View::getPrivateMetadata).filter(fingerprint::equals).isPresent()) {
      return;
    }
    View view =
        View.builder()
            .type("home")
            .privateMetadata(fingerprint)
            .blocks(List.copyOf(fitting))
            .build();
    String userId = member.user().id();
    try {
      ViewsPublishResponse answer = client.viewsPublish(r -> r.userId(userId).view(view));
      if (!answer.isOk()) {
        log.warn("cannot publish the Home tab of {}: {}", member.user().key(), answer.getError());
      }
    } catch (Exception e) {
      log.warn("cannot publish the Home tab of {}: {}", member.user().key(), e.toString());
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
