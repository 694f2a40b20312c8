package dev.jabu.core.message;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.UserRef;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An inline piece of a paragraph. Text from users is always a {@link Text}: renderers escape it, so
 * it can never become a mention, a link or markup. Only {@link UserMention} and {@link
 * ChannelMention} render as mentions, and only code creates them.
 */
public sealed interface Span {

  /** The span's words as plain text, for measuring and plain rendering. */
  String plain();

  enum Style {
    BOLD,
    ITALIC,
    CODE,
    STRIKE
  }

  record Text(String text, Set<Style> styles) implements Span {
    public Text {
      Objects.requireNonNull(text, "text");
      styles = styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
    }

    @Override
    public String plain() {
      return text;
    }
  }

  record Link(String text, String url) implements Span {
    public Link {
      Objects.requireNonNull(url, "url");
      text = text == null || text.isBlank() ? url : text;
    }

    @Override
    public String plain() {
      return text.equals(url) ? url : text + " (" + url + ")";
    }
  }

  record UserMention(UserRef user) implements Span {
    @Override
    public String plain() {
      return "@" + user.displayName();
    }
  }

  record ChannelMention(ChannelRef channel) implements Span {
    @Override
    public String plain() {
      return "#" + channel.name();
    }
  }

  /** A moment shown in each viewer's own time zone where the platform can (Discord, Slack). */
  record Timestamp(Instant instant, TimestampStyle style) implements Span {
    @Override
    public String plain() {
      return instant.toString();
    }
  }

  enum TimestampStyle {
    DATE_TIME,
    DATE,
    TIME,
    RELATIVE
  }

  static Text text(String text) {
    return new Text(text, Set.of());
  }

  static Text bold(String text) {
    return new Text(text, Set.of(Style.BOLD));
  }

  static Text italic(String text) {
    return new Text(text, Set.of(Style.ITALIC));
  }

  static Text code(String text) {
    return new Text(text, Set.of(Style.CODE));
  }
}
