package dev.jabu.core.platform;

import java.util.Locale;

/** The chat platforms jabu speaks on. The console is a full platform of its own. */
public enum Platform {
  DISCORD,
  SLACK,
  CONSOLE;

  /** The lower-case name used in config, refs ({@code discord:alice}) and storage. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Platform fromId(String id) {
    for (Platform p : values()) {
      if (p.id().equalsIgnoreCase(id.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown platform: " + id);
  }
}
