package dev.jabu.core.parse;

import java.util.Optional;

/**
 * A value that does not fit its option's type; {@code detailKey} says why when "wrong type" is not
 * enough.
 */
final class InvalidValueException extends Exception {
  private final transient Optional<String> detailKey;

  InvalidValueException(String detailKey) {
    super(detailKey, null, false, false);
    this.detailKey = Optional.ofNullable(detailKey);
  }

  Optional<String> detailKey() {
    return detailKey;
  }
}
