package dev.jabu.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.view.View;
import dev.jabu.core.engine.Engine;
import dev.jabu.core.engine.Input;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's Home tab: the member's own meetups (seat or waitlist place), the next meetup's card
 * with its RSVP and leave buttons, the upcoming meetups, and how to ask the glossary. Its content
 * is what {@code /meetup my}, {@code /meetup next} and {@code /meetup list} answer that member, so
 * it is derived from the ledger each time it is shown.
 */
final class SlackHome {
  private static final Logger log = LoggerFactory.getLogger(SlackHome.class);

  /** Slack's limit of blocks in a Home tab. */
  static final int MAX_BLOCKS = 100;

  private final Engine engine;
  private final SlackRenderer renderer;
  private final MethodsClient client;
  private final Locale locale;

  SlackHome(Engine engine, SlackRenderer renderer, MethodsClient client, Locale locale) {
    this.engine = engine;
    this.renderer = renderer;
    this.client = client;
    this.locale = locale;
  }

  /** Builds the member's Home tab and publishes it with {@code views.publish}. */
  void publish(Member member) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(SlackTexts.get(locale, "home.mine")));
    blocks.addAll(answer(member, "/meetup my"));
    blocks.add(DividerBlock.builder().build());
    blocks.addAll(answer(member, "/meetup next"));
    blocks.add(DividerBlock.builder().build());
    blocks.addAll(answer(member, "/meetup list"));
    blocks.add(DividerBlock.builder().build());
    blocks.add(
        ContextBlock.builder()
            .elements(
                List.of(
                    MarkdownTextObject.builder()
                        .text(Mrkdwn.escape(SlackTexts.get(locale, "home.hint")))
                        .build()))
            .build());
    List<LayoutBlock> shown = blocks.size() > MAX_BLOCKS ? blocks.subList(0, MAX_BLOCKS) : blocks;
    View view = View.builder().type("home").blocks(List.copyOf(shown)).build();
    try {
      ViewsPublishResponse answer =
          client.viewsPublish(r -> r.userId(member.user().id()).view(view));
      if (!answer.isOk()) {
        log.warn("cannot publish the Home tab of {}: {}", member.user().key(), answer.getError());
      }
    } catch (Exception e) {
      log.warn("cannot publish the Home tab of {}: {}", member.user().key(), e.toString());
    }
  }

  /** The engine's answer to {@code line} for this member, as blocks. */
  private List<LayoutBlock> answer(Member member, String line) {
    Invocation invocation =
        new Invocation(
            Optional.empty(),
            Platform.SLACK,
            member,
            ChannelRef.directMessage(member.user()),
            Optional.empty(),
            locale,
            new Input.Text(line),
            Invocation.newCorrelationId());
    Reply reply = engine.handle(invocation);
    List<LayoutBlock> blocks = new ArrayList<>();
    renderer.render(reply.message()).forEach(piece -> blocks.addAll(piece.blocks()));
    return blocks;
  }

  private static LayoutBlock header(String text) {
    return HeaderBlock.builder().text(PlainTextObject.builder().text(text).build()).build();
  }
}
