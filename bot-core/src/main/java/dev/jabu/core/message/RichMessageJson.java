package dev.jabu.core.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link RichMessage} as stable, human-readable JSON, for the outbox's payload column and the
 * console's {@code --format json}. Every block and span carries a {@code "type"}; enum values are
 * lower case; instants are ISO-8601 strings. Written by hand, not by reflection, so renaming a Java
 * field can never silently change what is stored.
 */
public final class RichMessageJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RichMessageJson() {}

  /** Compact JSON, one line. */
  public static String write(RichMessage message) {
    try {
      return MAPPER.writeValueAsString(toTree(message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a message as JSON", e);
    }
  }

  /**
   * @throws IllegalArgumentException when {@code json} is not a message written by {@link #write}
   */
  public static RichMessage read(String json) {
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static JsonNode toTree(RichMessage message) {
    ObjectNode node = NODES.objectNode();
    node.set("blocks", array(message.blocks(), RichMessageJson::block));
    node.set("buttons", array(message.buttons(), RichMessageJson::button));
    return node;
  }

  /**
   * @throws IllegalArgumentException when {@code tree} is not a message written by {@link #toTree}
   */
  public static RichMessage fromTree(JsonNode tree) {
    return new RichMessage(
        list(tree.path("blocks"), RichMessageJson::readBlock),
        list(tree.path("buttons"), RichMessageJson::readButton));
  }

  // ---- writing

  private static ObjectNode block(Block block) {
    if (block instanceof Block.Heading h) {
      return typed("heading").put("level", h.level()).set("spans", spans(h.spans()));
    } else if (block instanceof Block.Paragraph p) {
      return typed("paragraph").set("spans", spans(p.spans()));
    } else if (block instanceof Block.ListBlock l) {
      ArrayNode items = NODES.arrayNode();
      l.items().forEach(item -> items.add(array(item, RichMessageJson::block)));
      return typed("list").put("ordered", l.ordered()).put("start", l.start()).set("items", items);
    } else if (block instanceof Block.Quote q) {
      return typed("quote").set("blocks", array(q.blocks(), RichMessageJson::block));
    } else if (block instanceof Block.CodeBlock c) {
      return typed("code_block").put("language", c.language()).put("code", c.code());
    } else if (block instanceof Block.Fields f) {
      ObjectNode fields = typed("fields");
      fields.set("fields", array(f.fields(), RichMessageJson::field));
      return f.sideBySide() ? fields.put("sideBySide", true) : fields;
    } else if (block instanceof Block.Image i) {
      return typed("image").put("url", i.url()).put("alt", i.alt());
    } else if (block instanceof Block.Divider) {
      return typed("divider");
    } else if (block instanceof Block.Context c) {
      return typed("context").set("spans", spans(c.spans()));
    }
    throw new IllegalArgumentException("unknown block " + block);
  }

  private static ObjectNode field(Block.Field field) {
    ObjectNode node = NODES.objectNode().put("name", field.name());
    node.set("value", spans(field.value()));
    return node.put("inline", field.inline());
  }

  private static ArrayNode spans(List<Span> spans) {
    return array(spans, RichMessageJson::span);
  }

  private static ObjectNode span(Span span) {
    if (span instanceof Span.Text t) {
      ObjectNode node = typed("text").put("text", t.text());
      if (!t.styles().isEmpty()) {
        ArrayNode styles = node.putArray("styles");
        EnumSet.copyOf(t.styles()).forEach(style -> styles.add(lower(style)));
      }
      return node;
    } else if (span instanceof Span.Link l) {
      return typed("link").put("text", l.text()).put("url", l.url());
    } else if (span instanceof Span.UserMention m) {
      UserRef user = m.user();
      return typed("user_mention").set("user", ref(user.platform(), user.id(), user.displayName()));
    } else if (span instanceof Span.ChannelMention m) {
      ChannelRef channel = m.channel();
      return typed("channel_mention")
          .set("channel", ref(channel.platform(), channel.id(), channel.name()));
    } else if (span instanceof Span.Timestamp t) {
      return typed("timestamp")
          .put("instant", t.instant().toString())
          .put("style", lower(t.style()));
    }
    throw new IllegalArgumentException("unknown span " + span);
  }

  private static ObjectNode ref(Platform platform, String id, String name) {
    return NODES.objectNode().put("platform", platform.id()).put("id", id).put("name", name);
  }

  private static ObjectNode button(Button button) {
    return NODES
        .objectNode()
        .put("label", button.label())
        .put("command", button.command())
        .put("style", lower(button.style()));
  }

  private static ObjectNode typed(String type) {
    return NODES.objectNode().put("type", type);
  }

  private static <T> ArrayNode array(List<T> values, Function<T, ? extends JsonNode> write) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(value -> array.add(write.apply(value)));
    return array;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  // ---- reading

  private static Block readBlock(JsonNode node) {
    String type = text(node, "type");
    return switch (type) {
      case "heading" -> new Block.Heading(node.path("level").asInt(1), readSpans(node, "spans"));
      case "paragraph" -> new Block.Paragraph(readSpans(node, "spans"));
      case "list" ->
          new Block.ListBlock(
              node.path("ordered").asBoolean(),
              node.path("start").asInt(1),
              list(node.path("items"), item -> list(item, RichMessageJson::readBlock)));
      case "quote" -> new Block.Quote(list(node.path("blocks"), RichMessageJson::readBlock));
      case "code_block" ->
          new Block.CodeBlock(node.path("language").asText(""), text(node, "code"));
      case "fields" ->
          new Block.Fields(
              list(node.path("fields"), RichMessageJson::readField),
              node.path("sideBySide").asBoolean(false));
      case "image" -> new Block.Image(text(node, "url"), node.path("alt").asText(""));
      case "divider" -> new Block.Divider();
      case "context" -> new Block.Context(readSpans(node, "spans"));
      default -> throw new IllegalArgumentException("unknown block type \"" + type + "\"");
    };
  }

  private static Block.Field readField(JsonNode node) {
    return new Block.Field(
        text(node, "name"), readSpans(node, "value"), node.path("inline").asBoolean());
  }

  private static List<Span> readSpans(JsonNode node, String name) {
    return list(node.path(name), RichMessageJson::readSpan);
  }

  private static Span readSpan(JsonNode node) {
    String type = text(node, "type");
    return switch (type) {
      case "text" -> new Span.Text(text(node, "text"), readStyles(node.path("styles")));
      case "link" -> new Span.Link(node.path("text").asText(null), text(node, "url"));
      case "user_mention" -> {
        JsonNode user = node.path("user");
        yield new Span.UserMention(
            new UserRef(platform(user), text(user, "id"), user.path("name").asText(null)));
      }
      case "channel_mention" -> {
        JsonNode channel = node.path("channel");
        yield new Span.ChannelMention(
            new ChannelRef(
                platform(channel), text(channel, "id"), channel.path("name").asText(null)));
      }
      case "timestamp" ->
          new Span.Timestamp(
              Instant.parse(text(node, "instant")),
              enumOf(Span.TimestampStyle.class, text(node, "style")));
      default -> throw new IllegalArgumentException("unknown span type \"" + type + "\"");
    };
  }

  private static Set<Span.Style> readStyles(JsonNode styles) {
    List<Span.Style> values = list(styles, style -> enumOf(Span.Style.class, style.asText()));
    return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
  }

  private static Button readButton(JsonNode node) {
    return new Button(
        text(node, "label"),
        text(node, "command"),
        enumOf(Button.Style.class, node.path("style").asText("secondary")));
  }

  private static Platform platform(JsonNode ref) {
    return Platform.fromId(text(ref, "platform"));
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("missing text \"" + name + "\" in " + node);
    }
    return value.asText();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown " + type.getSimpleName() + " \"" + value + "\"", e);
    }
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
    if (array.isMissingNode() || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException("expected an array, got " + array);
    }
    List<T> values = new ArrayList<>();
    array.forEach(element -> values.add(read.apply(element)));
    return values;
  }
}
