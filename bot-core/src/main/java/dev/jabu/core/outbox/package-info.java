/**
 * The durable outbox: everything the bot posts on its own (announcements, reminders, recaps) is
 * written here first, one row per message key and destination, and sent later by the {@link
 * dev.jabu.core.outbox.OutboxDispatcher} (run by the {@link dev.jabu.core.outbox.OutboxWorker})
 * through the destination platform's {@link dev.jabu.core.outbox.Sender}: several destinations at
 * once, one row at a time per destination, in queue order. A reply waits for its parent's platform
 * message id, an edit or delete for its target's. A send whose outcome was lost is checked on the
 * platform ({@link dev.jabu.core.outbox.Sender#check}) before it is repeated. Adapters implement
 * {@code Sender}; nothing here knows a platform library. The guarantee: {@code docs/delivery.md}.
 */
package dev.jabu.core.outbox;
