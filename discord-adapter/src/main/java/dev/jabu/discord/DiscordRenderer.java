package dev.jabu.discord;

import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.ActionIds;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.LimitProfile;
import dev.jabu.core.message.LimitProfiles;
import dev.jabu.core.message.MessageSplitter;
import dev.jabu.core.message.PlatformCapabilities;
import dev.jabu.core.message.RichMessage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Turns a {@link RichMessage} into Discord messages: text blocks become markdown content, images
 * become embeds, buttons become rows of components. The core's one splitter cuts the message with
 * this renderer's own measure, so every piece keeps Discord's 2,000-character content limit after
 * escaping; buttons go on the last piece. Every message allows no mentions at all.
 */
public final class DiscordRenderer {
  /** Discord's content limit, measured as this renderer writes each block. */
  public static final LimitProfile LIMITS =
      LimitProfiles.DISCORD_CONTENT.withMeasure(DiscordRenderer::measure);

  /** What a Discord channel can show. */
  public static final PlatformCapabilities CAPABILITIES =
      new PlatformCapabilities(true, true, true, true, true, LIMITS);

  static final int MAX_EMBEDS = Message.MAX_EMBED_COUNT;
  static final int MAX_ROWS = 5;
  static final int BUTTONS_PER_ROW = 5;
  static final int MAX_LABEL = 80;

  private DiscordRenderer() {}

  /** The characters a block takes in a message's content. */
  public static int measure(Block block) {
    // an image takes no content, but the splitter needs every block to count for something
    return block instanceof Block.Image i ? 1 : DiscordMarkdown.block(block).length();
  }

  /** The messages to send for {@code message}, in order; an empty message gives none. */
  public static List<MessageCreateData> render(RichMessage message) {
    return render(message, List.of());
  }

  /** As {@link #render(RichMessage)}, with the files attached to the last message. */
  public static List<MessageCreateData> render(
      RichMessage message, List<Reply.Attachment> attachments) {
    List<RichMessage> pieces = MessageSplitter.split(message, LIMITS);
    if (pieces.isEmpty() && !attachments.isEmpty()) {
      pieces = List.of(RichMessage.of());
    }
    List<MessageCreateData> out = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      MessageCreateBuilder builder = piece(pieces.get(i));
      if (i == pieces.size() - 1) {
        for (Reply.Attachment file : attachments) {
          builder.addFiles(FileUpload.fromData(file.content(), file.filename()));
        }
      }
      out.add(builder.build());
    }
    return out;
  }

  /** The new content of an edited message: the message's first piece, without files. */
  public static MessageEditData renderEdit(RichMessage message) {
    List<MessageCreateData> pieces = render(message);
    MessageCreateData first =
        pieces.isEmpty() ? MessageCreateData.fromContent("\u200b") : pieces.get(0);
    return MessageEditData.fromCreateData(first);
  }

  private static MessageCreateBuilder piece(RichMessage piece) {
    StringBuilder content = new StringBuilder();
    List<MessageEmbed> embeds = new ArrayList<>();
    for (Block block : piece.blocks()) {
      if (block instanceof Block.Image image) {
        if (embeds.size() < MAX_EMBEDS) {
          embeds.add(image(image));
        }
        continue;
      }
      if (!content.isEmpty()) {
        content.append("\n\n");
      }
      content.append(DiscordMarkdown.block(block));
    }
    MessageCreateBuilder builder = new MessageCreateBuilder();
    builder.setContent(content.toString());
    builder.setEmbeds(embeds);
    builder.setComponents(rows(piece.buttons()));
    // a message needs some content, embed or component; a lone button row gets a blank line
    if (content.isEmpty() && embeds.isEmpty() && piece.buttons().isEmpty()) {
      builder.setContent("\u200b");
    }
    builder.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
    builder.mentionRepliedUser(false);
    return builder;
  }

  private static MessageEmbed image(Block.Image image) {
    EmbedBuilder embed = new EmbedBuilder().setImage(image.url());
    if (!image.alt().isBlank()) {
      embed.setDescription(DiscordMarkdown.escape(cut(image.alt(), 4096)));
    }
    return embed.build();
  }

  private static List<ActionRow> rows(List<dev.jabu.core.message.Button> buttons) {
    List<ActionRow> rows = new ArrayList<>();
    List<Button> row = new ArrayList<>();
    for (dev.jabu.core.message.Button button : buttons) {
      if (rows.size() == MAX_ROWS) {
        break; // the splitter keeps messages small; more than 25 buttons is a feature's bug
      }
      row.add(
          Button.of(
              style(button.style()), ActionIds.encode(button), cut(button.label(), MAX_LABEL)));
      if (row.size() == BUTTONS_PER_ROW) {
        rows.add(ActionRow.of(row));
        row = new ArrayList<>();
      }
    }
    if (!row.isEmpty() && rows.size() < MAX_ROWS) {
      rows.add(ActionRow.of(row));
    }
    return rows;
  }

  private static ButtonStyle style(dev.jabu.core.message.Button.Style style) {
    switch (style) {
      case PRIMARY:
        return ButtonStyle.PRIMARY;
      case DANGER:
        return ButtonStyle.DANGER;
      default:
        return ButtonStyle.SECONDARY;
    }
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
