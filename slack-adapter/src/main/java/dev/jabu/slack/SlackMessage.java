package dev.jabu.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * One Slack message as the renderer made it.
 *
 * @param text the plain fallback Slack shows in notifications and where blocks cannot be shown
 * @param blocks the Block Kit layout, at most {@value SlackRenderer#MAX_BLOCKS} blocks
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
  public SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
  }
}
