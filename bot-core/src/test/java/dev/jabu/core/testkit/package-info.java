/**
 * Shared test helpers (published in bot-core's test-jar): temporary SQLite and PostgreSQL
 * databases, an adjustable clock, a recording outbox sender, and the {@code @RequiresPostgres}
 * rule.
 */
package dev.jabu.core.testkit;
