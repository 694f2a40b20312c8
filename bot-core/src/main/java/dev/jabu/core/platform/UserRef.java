package dev.jabu.core.platform;

import java.util.Objects;

/**
 * A person on one platform, written {@code platform:userId}. The display name is only for showing;
 * identity is the platform and id.
 */
public record UserRef(Platform platform, String id, String displayName) {
  public UserRef {
    Objects.requireNonNull(platform, "platform");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("user id is blank");
    }
    displayName = displayName == null || displayName.isBlank() ? id : displayName;
  }

  public static UserRef of(Platform platform, String id) {
    return new UserRef(platform, id, id);
  }

  /** Parses {@code discord:alice}. */
  public static UserRef parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("expected platform:user, got " + text);
    }
    return of(Platform.fromId(text.substring(0, colon)), text.substring(colon + 1));
  }

  /** The stable key of this person, e.g. {@code slack:U123}. */
  public String key() {
    return platform.id() + ":" + id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserRef u && u.platform == platform && u.id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(platform, id);
  }

  @Override
  public String toString() {
    return key();
  }
}
