/**
 * Commands as declarations: {@link dev.jabu.core.command.CommandSpec}, typed options, the registry
 * that refuses duplicates at startup, and the context a handler receives.
 */
package dev.jabu.core.command;
