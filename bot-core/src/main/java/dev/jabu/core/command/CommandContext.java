package dev.jabu.core.command;

import dev.jabu.core.engine.Invocation;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.parse.Moment;
import dev.jabu.core.platform.UserRef;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * What a handler receives: neutral values, typed options, the clock and the member's language.
 *
 * @param moderator whether the invoker is a moderator (for commands open to organizers too)
 */
public record CommandContext(
    Invocation invocation,
    ParsedCommand command,
    Clock clock,
    ZoneId communityZone,
    boolean moderator) {

  public UserRef user() {
    return invocation.member().user();
  }

  public Locale locale() {
    return invocation.locale();
  }

  public String correlationId() {
    return invocation.correlationId();
  }

  /** A translated text in the member's language. */
  public String t(String key, Object... args) {
    return Messages.get(locale(), key, args);
  }

  /**
   * A typed option value, empty when the member left it out. A date-time option may be asked for as
   * a {@link ZonedDateTime}: its start.
   */
  public <T> Optional<T> option(String name, Class<T> type) {
    Object value = command.options().get(name);
    if (value instanceof Moment moment && type == ZonedDateTime.class) {
      value = moment.start();
    }
    return Optional.ofNullable(value).map(type::cast);
  }

  /** A date-time option with its range end and the reader's notes, to repeat in the reply. */
  public Optional<Moment> moment(String name) {
    return option(name, Moment.class);
  }

  /** A required option's value; the parser guarantees it is there. */
  public <T> T required(String name, Class<T> type) {
    return option(name, type)
        .orElseThrow(() -> new IllegalStateException("required option missing: " + name));
  }

  public Optional<String> string(String name) {
    return option(name, String.class);
  }
}
