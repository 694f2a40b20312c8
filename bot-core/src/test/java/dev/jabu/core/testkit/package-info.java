/**
 * Shared test helpers (published in bot-core's test-jar): the fake platform for conversation-style
 * feature tests, temporary SQLite and PostgreSQL databases, an adjustable clock, a recording outbox
 * sender, golden files, and the {@code @RequiresPostgres} rule.
 */
package dev.jabu.core.testkit;
