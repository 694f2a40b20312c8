package dev.jabu.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.ImageBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the message bodies jabu answers Slack with itself — a slash command's acknowledgement and
 * a {@code response_url} post — as JSON, for the blocks {@link SlackRenderer} makes. The slack
 * SDK's Gson serializes a block through a tree of its own, which made up a fifth of the CPU of
 * answering a slash command, on the path where Slack waits at most 3 seconds. The output equals the
 * SDK's (tested against every golden message); a block of another kind is refused, never dropped.
 */
final class BlockKitJson {
  private final StringBuilder out = new StringBuilder(1024);
  private char[] scratch = new char[256];

  private BlockKitJson() {}

  /** A slash command's acknowledgement carrying an answer. */
  static String acknowledgement(String responseType, String text, List<LayoutBlock> blocks) {
    return message(responseType, "", text, blocks);
  }

  /** A new message posted to a {@code response_url}: the message it came from stays as it is. */
  static String responseUrlPost(String responseType, String text, List<LayoutBlock> blocks) {
    return message(
        responseType, ",\"replace_original\":false,\"delete_original\":false", text, blocks);
  }

  /** {@code responseType} is {@code in_channel} or {@code ephemeral}. */
  private static String message(
      String responseType, String flags, String text, List<LayoutBlock> blocks) {
    BlockKitJson json = new BlockKitJson();
    StringBuilder out = json.out;
    out.append("{\"response_type\":");
    json.string(responseType);
    out.append(flags).append(",\"text\":");
    json.string(text);
    out.append(",\"blocks\":");
    json.blockArray(blocks);
    return out.append('}').toString();
  }

  /** The blocks alone, as a JSON array. */
  static String blocks(List<LayoutBlock> blocks) {
    BlockKitJson json = new BlockKitJson();
    json.blockArray(blocks);
    return json.out.toString();
  }

  private void blockArray(List<LayoutBlock> blocks) {
    array(blocks, this::block);
  }

  /** A JSON array of {@code items}, each written by {@code write}. */
  private <T> void array(List<T> items, Consumer<T> write) {
    out.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      write.accept(items.get(i));
    }
    out.append(']');
  }

  private void block(LayoutBlock block) {
    if (block instanceof SectionBlock s) {
      out.append("{\"type\":\"section\"");
      if (s.getText() != null) {
        out.append(",\"text\":");
        text(s.getText());
      }
      if (s.getFields() != null) {
        out.append(",\"fields\":");
        array(s.getFields(), this::text);
      }
      refuseUnless(s.getAccessory() == null && s.getBlockId() == null, block);
    } else if (block instanceof HeaderBlock h) {
      out.append("{\"type\":\"header\",\"text\":");
      text(h.getText());
      refuseUnless(h.getBlockId() == null, block);
    } else if (block instanceof ContextBlock c) {
      out.append("{\"type\":\"context\",\"elements\":");
      array(
          c.getElements(),
          element -> {
            refuseUnless(element instanceof TextObject, block);
            text((TextObject) element);
          });
      refuseUnless(c.getBlockId() == null, block);
    } else if (block instanceof DividerBlock d) {
      out.append("{\"type\":\"divider\"");
      refuseUnless(d.getBlockId() == null, block);
    } else if (block instanceof ImageBlock i) {
      out.append("{\"type\":\"image\",\"image_url\":");
      string(i.getImageUrl());
      out.append(",\"alt_text\":");
      string(i.getAltText());
      refuseUnless(i.getTitle() == null && i.getBlockId() == null, block);
    } else if (block instanceof ActionsBlock a) {
      out.append("{\"type\":\"actions\",\"elements\":");
      array(
          a.getElements(),
          element -> {
            refuseUnless(element instanceof ButtonElement, block);
            button((ButtonElement) element);
          });
      refuseUnless(a.getBlockId() == null, block);
    } else {
      throw new IllegalArgumentException("no JSON for a " + block.getType() + " block");
    }
    out.append('}');
  }

  private void button(ButtonElement b) {
    refuseUnless(b.getUrl() == null && b.getConfirm() == null, b);
    out.append("{\"type\":\"button\",\"text\":");
    text(b.getText());
    out.append(",\"action_id\":");
    string(b.getActionId());
    if (b.getValue() != null) {
      out.append(",\"value\":");
      string(b.getValue());
    }
    if (b.getStyle() != null) {
      out.append(",\"style\":");
      string(b.getStyle());
    }
    out.append('}');
  }

  private void text(TextObject text) {
    if (text instanceof MarkdownTextObject m) {
      refuseUnless(m.getVerbatim() == null, text);
      out.append("{\"type\":\"mrkdwn\",\"text\":");
      string(m.getText());
    } else if (text instanceof PlainTextObject p) {
      out.append("{\"type\":\"plain_text\",\"text\":");
      string(p.getText());
      if (p.getEmoji() != null) {
        out.append(",\"emoji\":").append(p.getEmoji().booleanValue());
      }
    } else {
      throw new IllegalArgumentException("no JSON for text " + text);
    }
    out.append('}');
  }

  /** A JSON string: quotes, backslashes, control characters and line separators escaped. */
  private void string(String value) {
    int length = value.length();
    if (scratch.length < length) {
      scratch = new char[Math.max(length, scratch.length * 2)];
    }
    // read once into an array: String.charAt per character is slow in C1-compiled code
    char[] chars = scratch;
    value.getChars(0, length, chars, 0);
    out.append('"');
    int plain = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= ' ' && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      out.append(chars, plain, i - plain);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04x", (int) c));
      }
      plain = i + 1;
    }
    out.append(chars, plain, length - plain).append('"');
  }

  /** Only what the renderer sets is written; anything more would be lost, so it is refused. */
  private static void refuseUnless(boolean written, Object what) {
    if (!written) {
      throw new IllegalArgumentException("no JSON for " + what);
    }
  }
}
