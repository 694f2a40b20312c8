package dev.jabu.core.recap;

import dev.jabu.core.command.CommandContext;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.Button;
import dev.jabu.core.message.LimitProfiles;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.platform.ChannelRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The private preview of a recap: how many messages it becomes in each announcement channel, then
 * the thread itself as it would look on the moderator's own platform, message by message.
 */
final class RecapPreview {
  private RecapPreview() {}

  /**
   * The preview with its buttons: publish it, or discard it. They carry only {@code previewId}, the
   * saved preview's number.
   */
  static RichMessage of(
      RecapService.Draft draft, List<ChannelRef> channels, CommandContext ctx, long previewId) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(paragraph(Span.bold(ctx.t("recap.preview.title", draft.document().title()))));
    if (draft.document().meta().draft()) {
      blocks.add(paragraph(Span.text(ctx.t("recap.preview.draft"))));
    }
    List<List<Block>> counts = new ArrayList<>();
    for (ChannelRef channel : channels) {
      int replies = draft.thread(channel).size() - 1;
      String line = ctx.t("recap.done.channel", RecapCommands.where(channel), replies);
      counts.add(List.of(paragraph(Span.text(line))));
    }
    if (!counts.isEmpty()) {
      blocks.add(new Block.ListBlock(false, 1, counts));
    }
    List<RichMessage> thread =
        draft.messages().thread(LimitProfiles.forPlatform(ctx.invocation().platform()));
    for (int i = 0; i < thread.size(); i++) {
      blocks.add(new Block.Divider());
      String label =
          i == 0
              ? ctx.t("recap.preview.parent")
              : ctx.t("recap.preview.reply", i, thread.size() - 1);
      blocks.add(new Block.Context(List.of(Span.text(label))));
      blocks.addAll(thread.get(i).blocks());
    }
    blocks.add(new Block.Divider());
    blocks.add(new Block.Context(List.of(Span.text(ctx.t("recap.preview.nothing-posted")))));
    return new RichMessage(
        blocks,
        List.of(
            new Button(
                ctx.t("recap.button.publish"),
                "/recap publish preview:" + previewId,
                Button.Style.PRIMARY),
            new Button(
                ctx.t("recap.button.discard"),
                "/recap discard " + previewId,
                Button.Style.SECONDARY)));
  }

  private static Block paragraph(Span... spans) {
    return new Block.Paragraph(List.of(spans));
  }
}
