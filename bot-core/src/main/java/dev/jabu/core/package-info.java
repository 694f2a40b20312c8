/**
 * jabu's core: all behaviour, platform-free. {@link dev.jabu.core.Jabu} wires the command registry,
 * the engine and the outbox; nothing under {@code dev.jabu.core} may depend on a chat platform
 * library (an architecture test enforces it).
 */
package dev.jabu.core;
