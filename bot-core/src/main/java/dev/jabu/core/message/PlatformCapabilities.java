package dev.jabu.core.message;

/**
 * What a platform can show, declared by its adapter. The core asks these ("threads?") and degrades
 * on purpose: no buttons means the command is shown; no private replies means a direct message.
 */
public record PlatformCapabilities(
    boolean threads,
    boolean ephemeralReplies,
    boolean modals,
    boolean buttons,
    boolean nativeTimestamps,
    LimitProfile limits) {}
