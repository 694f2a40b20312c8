/**
 * The database: connection and migrations ({@link dev.jabu.core.store.Database}, {@link
 * dev.jabu.core.store.DatabaseUrl}), the two supported {@link dev.jabu.core.store.Dialect}s, and
 * the audit log store. Instants are stored as UTC epoch milliseconds in both dialects. Stores of
 * other aggregates live next to their feature and reach the database through {@link
 * dev.jabu.core.store.Database}.
 */
package dev.jabu.core.store;
