package dev.jabu.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.ImageBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.jabu.core.message.ActionIds;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.Button;
import dev.jabu.core.message.LimitProfile;
import dev.jabu.core.message.LimitProfiles;
import dev.jabu.core.message.MessageSplitter;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link RichMessage} as Block Kit: headings as header blocks, text as mrkdwn sections,
 * context lines, fields, images, dividers and buttons as an actions block. Messages over Slack's
 * limits (3,000 characters per section, 50 blocks) are cut by the core's one splitter, measured as
 * this renderer writes them, escaping included. Every message carries a plain text fallback for
 * notifications. Instances are immutable and thread-safe.
 */
public final class SlackRenderer {
  /** Slack's limit of blocks per message. */
  public static final int MAX_BLOCKS = 50;

  static final int SECTION_CHARS = 3000;
  static final int HEADER_CHARS = 150;
  static final int FIELD_CHARS = 2000;
  static final int FIELDS_PER_SECTION = 10;
  static final int BUTTON_LABEL_CHARS = 75;
  static final int BUTTONS_PER_ACTIONS = 25;
  static final int FALLBACK_TEXT_CHARS = 3000;
  // blocks kept free for the actions block and for fields that need a second section
  private static final int SPARE_BLOCKS = 5;

  private final Mrkdwn mrkdwn;
  private final PlainTextRenderer plain;
  private final LimitProfile limits;

  /** {@code plain} renders the fallbacks: the community's zone and language. */
  public SlackRenderer(PlainTextRenderer plain) {
    this.plain = plain;
    this.mrkdwn = new Mrkdwn(plain);
    LimitProfile slack = LimitProfiles.SLACK;
    this.limits =
        new LimitProfile(
            slack.name(),
            slack.maxMessageChars(),
            SECTION_CHARS,
            MAX_BLOCKS - SPARE_BLOCKS,
            this::measure);
  }

  /** The limits this renderer keeps, with its own measure, for the core's splitter. */
  public LimitProfile limits() {
    return limits;
  }

  /** The message cut to Slack's limits: one Slack message per piece, in order. */
  public List<SlackMessage> render(RichMessage message) {
    List<SlackMessage> out = new ArrayList<>();
    for (RichMessage piece : MessageSplitter.split(message, limits)) {
      out.add(renderPiece(piece));
    }
    return out;
  }

  /** A message known to fit one Slack message, e.g. a short notice. */
  SlackMessage renderPiece(RichMessage piece) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (Block block : piece.blocks()) {
      blocks.addAll(blocks(block));
    }
    blocks.addAll(actions(piece.buttons()));
    return new SlackMessage(fallbackText(piece), blocks);
  }

  /** How many characters a block takes once rendered: its longest text object. */
  int measure(Block block) {
    if (block instanceof Block.Heading h) {
      return mrkdwn.spans(h.spans()).length() + 2;
    } else if (block instanceof Block.Fields f) {
      int total = 0;
      for (Block.Field field : f.fields()) {
        total += field(field).length() + 1;
      }
      return total;
    } else if (block instanceof Block.Divider) {
      return 1;
    } else if (block instanceof Block.Image i) {
      return Math.max(1, i.alt().length());
    }
    return text(block).length();
  }

  private List<LayoutBlock> blocks(Block block) {
    if (block instanceof Block.Heading h) {
      return List.of(heading(h));
    } else if (block instanceof Block.Divider) {
      return List.of(DividerBlock.builder().build());
    } else if (block instanceof Block.Context c) {
      List<ContextBlockElement> elements = List.of(markdown(mrkdwn.spans(c.spans())));
      return List.of(ContextBlock.builder().elements(elements).build());
    } else if (block instanceof Block.Fields f) {
      return fields(f);
    } else if (block instanceof Block.Image i) {
      return List.of(image(i));
    }
    return List.of(section(text(block)));
  }

  private LayoutBlock heading(Block.Heading h) {
    String words = h.spans().stream().map(s -> s.plain()).reduce("", String::concat).strip();
    if (h.level() <= 2 && !words.isEmpty() && words.length() <= HEADER_CHARS) {
      return HeaderBlock.builder().text(PlainTextObject.builder().text(words).build()).build();
    }
    return section("*" + mrkdwn.spans(h.spans()).strip() + "*");
  }

  private List<LayoutBlock> fields(Block.Fields f) {
    List<LayoutBlock> sections = new ArrayList<>();
    List<TextObject> current = new ArrayList<>();
    for (Block.Field field : f.fields()) {
      current.add(markdown(cut(field(field), FIELD_CHARS)));
      if (current.size() == FIELDS_PER_SECTION) {
        sections.add(SectionBlock.builder().fields(current).build());
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sections.add(SectionBlock.builder().fields(current).build());
    }
    return sections;
  }

  private String field(Block.Field field) {
    return "*" + Mrkdwn.escape(field.name()) + "*\n" + mrkdwn.spans(field.value());
  }

  private LayoutBlock image(Block.Image i) {
    if (!i.url().startsWith("https://") && !i.url().startsWith("http://")) {
      return section(Mrkdwn.escape(i.alt().isBlank() ? i.url() : i.alt() + " " + i.url()));
    }
    String alt = i.alt().isBlank() ? "image" : cut(i.alt(), FIELD_CHARS);
    return ImageBlock.builder().imageUrl(i.url()).altText(alt).build();
  }

  /** The mrkdwn of a text-like block: paragraphs, lists, quotes and code. */
  private String text(Block block) {
    if (block instanceof Block.Paragraph p) {
      return mrkdwn.spans(p.spans());
    } else if (block instanceof Block.Context c) {
      return mrkdwn.spans(c.spans());
    } else if (block instanceof Block.Heading h) {
      return "*" + mrkdwn.spans(h.spans()) + "*";
    } else if (block instanceof Block.CodeBlock c) {
      return "```\n" + Mrkdwn.escape(c.code()) + "\n```";
    } else if (block instanceof Block.Quote q) {
      List<String> parts = new ArrayList<>();
      for (Block inner : q.blocks()) {
        parts.add(text(inner));
      }
      return String.join("\n\n", parts)
          .lines()
          .map(line -> ">" + line)
          .reduce((a, b) -> a + "\n" + b)
          .orElse(">");
    } else if (block instanceof Block.ListBlock l) {
      return list(l, 0);
    } else if (block instanceof Block.Fields f) {
      List<String> parts = new ArrayList<>();
      f.fields().forEach(field -> parts.add(field(field)));
      return String.join("\n", parts);
    } else if (block instanceof Block.Image i) {
      return Mrkdwn.escape(i.alt() + " " + i.url()).strip();
    } else if (block instanceof Block.Divider) {
      return "―";
    }
    throw new IllegalArgumentException("unknown block " + block);
  }

  private String list(Block.ListBlock list, int depth) {
    List<String> lines = new ArrayList<>();
    String indent = "    ".repeat(depth);
    int number = list.start();
    for (List<Block> item : list.items()) {
      String marker = list.ordered() ? (number++) + ". " : (depth == 0 ? "• " : "◦ ");
      List<String> parts = new ArrayList<>();
      for (Block b : item) {
        parts.add(b instanceof Block.ListBlock nested ? list(nested, depth + 1) : text(b));
      }
      String body = String.join("\n", parts);
      lines.add(indent + marker + body);
    }
    return String.join("\n", lines);
  }

  private List<LayoutBlock> actions(List<Button> buttons) {
    // an action id must be unique within a message: the same command twice is one button
    Map<String, Button> unique = new LinkedHashMap<>();
    buttons.forEach(b -> unique.putIfAbsent(ActionIds.encode(b), b));
    List<LayoutBlock> blocks = new ArrayList<>();
    List<BlockElement> current = new ArrayList<>();
    for (Map.Entry<String, Button> entry : unique.entrySet()) {
      current.add(button(entry.getKey(), entry.getValue()));
      if (current.size() == BUTTONS_PER_ACTIONS) {
        blocks.add(ActionsBlock.builder().elements(current).build());
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      blocks.add(ActionsBlock.builder().elements(current).build());
    }
    return blocks;
  }

  private static ButtonElement button(String actionId, Button button) {
    String style =
        switch (button.style()) {
          case PRIMARY -> "primary";
          case DANGER -> "danger";
          case SECONDARY -> null;
        };
    return ButtonElement.builder()
        .text(PlainTextObject.builder().text(cut(button.label(), BUTTON_LABEL_CHARS)).build())
        .actionId(actionId)
        .value(button.command())
        .style(style)
        .build();
  }

  private String fallbackText(RichMessage piece) {
    String text = plain.render(new RichMessage(piece.blocks(), List.of()));
    return Mrkdwn.escape(cut(text, FALLBACK_TEXT_CHARS));
  }

  private static SectionBlock section(String mrkdwnText) {
    return SectionBlock.builder().text(markdown(cut(mrkdwnText, SECTION_CHARS))).build();
  }

  private static MarkdownTextObject markdown(String text) {
    return MarkdownTextObject.builder().text(text.isEmpty() ? " " : text).build();
  }

  /** A last guard; the splitter already keeps text within the limits. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
