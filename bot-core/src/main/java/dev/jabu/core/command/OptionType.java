package dev.jabu.core.command;

import dev.jabu.core.parse.Moment;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.UserRef;
import java.time.Duration;

/** The typed options a command may take, with the Java type handlers receive for each. */
public enum OptionType {
  STRING(String.class),
  INTEGER(Long.class),
  BOOLEAN(Boolean.class),
  USER(UserRef.class),
  CHANNEL(ChannelRef.class),
  /**
   * A {@link Moment} in the community's zone, with its range end and what the reader decided;
   * {@code CommandContext.option(name, ZonedDateTime.class)} gives its start.
   */
  DATE_TIME(Moment.class),
  DURATION(Duration.class),
  /**
   * A file: what a platform delivered with a structured call, or a path typed on a command line;
   * see {@link Attachment}.
   */
  ATTACHMENT(Attachment.class);

  private final Class<?> valueType;

  OptionType(Class<?> valueType) {
    this.valueType = valueType;
  }

  public Class<?> valueType() {
    return valueType;
  }
}
