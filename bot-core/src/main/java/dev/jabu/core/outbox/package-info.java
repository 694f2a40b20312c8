/**
 * The durable outbox: everything the bot posts on its own (announcements, reminders, recaps) is
 * written here first, one row per message key and destination, and sent later by the {@link
 * dev.jabu.core.outbox.OutboxDispatcher} through the destination platform's {@link
 * dev.jabu.core.outbox.Sender}. A reply waits for its parent's platform message id, an edit or
 * delete for its target's. Adapters implement {@code Sender}; nothing here knows a platform
 * library.
 */
package dev.jabu.core.outbox;
