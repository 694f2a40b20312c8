package dev.jabu.core.command;

import dev.jabu.core.engine.Reply;

/** Runs one command. A lambda serves a small command, a class a big one. */
@FunctionalInterface
public interface CommandHandler {
  Reply handle(CommandContext context) throws Exception;
}
