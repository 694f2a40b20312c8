/**
 * Recaps: a moderator's long markdown write-up of a meetup, read from a file (console only), a URL
 * or pasted text, parsed as blogs write it (YAML or TOML front matter, VuePress containers, Hugo
 * shortcodes) into the shape the post has, summarized, and posted through the outbox as a parent
 * post with one reply per part in its thread, each cut to the platform's limits. Here live the
 * sources (with the guarded URL fetcher), the parser and renderer, the {@code /recap} commands, and
 * the store of what was posted where, so a recap can be edited or deleted as a whole.
 */
package dev.jabu.core.recap;
