package dev.jabu.core.command;

import java.util.List;

/** A feature's contribution of commands. */
@FunctionalInterface
public interface CommandModule {
  List<CommandSpec> commands();
}
