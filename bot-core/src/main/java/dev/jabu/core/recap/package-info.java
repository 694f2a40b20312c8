/**
 * Recaps: a moderator's long markdown write-up of a meetup, read from a file (console only), a URL
 * or pasted text, parsed with its front matter, summarized, and posted through the outbox as a
 * parent post with one reply per section in its thread, each cut to the platform's limits. Here
 * live the sources (with the guarded URL fetcher), the parser and renderer, the {@code /recap}
 * commands, and the store of what was posted where, so a recap can be edited or deleted as a whole.
 */
package dev.jabu.core.recap;
