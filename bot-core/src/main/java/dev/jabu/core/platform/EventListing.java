package dev.jabu.core.platform;

import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meetup as a platform's own calendar entry (a Discord scheduled event). It travels through the
 * outbox like any post, to a {@link NativeEvents#destination()}, written as a {@link RichMessage}
 * of a fixed shape: the name as heading, the description as a paragraph, and the start, end and
 * location as fields. Only the sender of a platform with native events reads it back.
 *
 * @param name the title, at most {@value #MAX_NAME} characters
 * @param description at most {@value #MAX_DESCRIPTION} characters, may be empty
 * @param location where it happens, 1 to {@value #MAX_LOCATION} characters
 */
public record EventListing(
    String name, String description, Instant start, Instant end, String location) {
  /** Discord's limits for a scheduled event, the strictest platform with native events. */
  public static final int MAX_NAME = 100;

  public static final int MAX_DESCRIPTION = 1000;
  public static final int MAX_LOCATION = 100;

  private static final String START = "start";
  private static final String END = "end";
  private static final String LOCATION = "location";

  public EventListing {
    name = cut(Objects.requireNonNull(name, "name").strip(), MAX_NAME);
    description = cut(description == null ? "" : description.strip(), MAX_DESCRIPTION);
    location = cut(Objects.requireNonNull(location, "location").strip(), MAX_LOCATION);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (name.isEmpty() || location.isEmpty()) {
      throw new IllegalArgumentException("an event needs a name and a location");
    }
  }

  /** The listing as an outbox row's content. */
  public RichMessage toMessage() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, List.of(Span.text(name))));
    if (!description.isEmpty()) {
      blocks.add(new Block.Paragraph(List.of(Span.text(description))));
    }
    blocks.add(
        new Block.Fields(
            List.of(
                new Block.Field(
                    START, List.of(new Span.Timestamp(start, Span.TimestampStyle.DATE_TIME)), true),
                new Block.Field(
                    END, List.of(new Span.Timestamp(end, Span.TimestampStyle.DATE_TIME)), true),
                new Block.Field(LOCATION, List.of(Span.text(location)), false))));
    return new RichMessage(blocks, List.of());
  }

  /** Reads a listing back from a row written by {@link #toMessage()}; empty for any other. */
  public static Optional<EventListing> from(RichMessage message) {
    String name = null;
    String description = "";
    Instant start = null;
    Instant end = null;
    String location = null;
    for (Block block : message.blocks()) {
      if (block instanceof Block.Heading h) {
        name = plain(h.spans());
      } else if (block instanceof Block.Paragraph p) {
        description = plain(p.spans());
      } else if (block instanceof Block.Fields f) {
        for (Block.Field field : f.fields()) {
          switch (field.name()) {
            case START -> start = instant(field.value());
            case END -> end = instant(field.value());
            case LOCATION -> location = plain(field.value());
            default -> {}
          }
        }
      }
    }
    if (name == null || start == null || end == null || location == null) {
      return Optional.empty();
    }
    return Optional.of(new EventListing(name, description, start, end, location));
  }

  private static String plain(List<Span> spans) {
    StringBuilder out = new StringBuilder();
    spans.forEach(s -> out.append(s.plain()));
    return out.toString();
  }

  private static Instant instant(List<Span> spans) {
    return spans.stream()
        .filter(Span.Timestamp.class::isInstance)
        .map(s -> ((Span.Timestamp) s).instant())
        .findFirst()
        .orElse(null);
  }

  /** Cuts to at most {@code max} characters (code points), marking the cut with an ellipsis. */
  static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)).strip() + "…";
  }
}
