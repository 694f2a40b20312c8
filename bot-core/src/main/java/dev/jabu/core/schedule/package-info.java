/**
 * Work that comes due by the clock: the scheduler (db-scheduler on jabu's database, one instance
 * runs each item), the grace window that decides what is still worth sending after downtime, and
 * the log of those decisions that moderators read with {@code /schedule}.
 */
package dev.jabu.core.schedule;
