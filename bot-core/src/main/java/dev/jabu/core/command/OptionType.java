package dev.jabu.core.command;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.UserRef;
import java.time.Duration;
import java.time.ZonedDateTime;

/** The typed options a command may take, with the Java type handlers receive for each. */
public enum OptionType {
  STRING(String.class),
  INTEGER(Long.class),
  BOOLEAN(Boolean.class),
  USER(UserRef.class),
  CHANNEL(ChannelRef.class),
  /** Read in the community's zone unless the text carries an offset. */
  DATE_TIME(ZonedDateTime.class),
  DURATION(Duration.class);

  private final Class<?> valueType;

  OptionType(Class<?> valueType) {
    this.valueType = valueType;
  }

  public Class<?> valueType() {
    return valueType;
  }
}
