package dev.jabu.core.parse;

import java.util.List;
import java.util.Optional;

/**
 * A value that does not fit its option's type; {@code detailKey} says why when "wrong type" is not
 * enough.
 */
final class InvalidValueException extends Exception {
  private final transient Optional<String> detailKey;
  private final transient List<Object> detailArgs;

  InvalidValueException(String detailKey) {
    this(detailKey, List.of());
  }

  InvalidValueException(String detailKey, List<Object> detailArgs) {
    super(detailKey, null, false, false);
    this.detailKey = Optional.ofNullable(detailKey);
    this.detailArgs = List.copyOf(detailArgs);
  }

  Optional<String> detailKey() {
    return detailKey;
  }

  /** What the detail message names: the part of the value that failed, a limit. */
  List<Object> detailArgs() {
    return detailArgs;
  }
}
