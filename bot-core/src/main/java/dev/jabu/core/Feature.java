package dev.jabu.core;

import dev.jabu.core.command.CommandModule;

/**
 * A feature plugged into the core: given the core's services (the outbox, the database, the clock),
 * it contributes its commands.
 */
@FunctionalInterface
public interface Feature {
  CommandModule install(CoreServices services);

  /** A feature that needs none of the core's services. */
  static Feature of(CommandModule module) {
    return services -> module;
  }
}
