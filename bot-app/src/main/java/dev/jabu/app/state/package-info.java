/**
 * Moving and saving jabu's state: {@link dev.jabu.app.state.StateExport} writes every table as one
 * versioned JSON document, {@link dev.jabu.app.state.StateImport} loads such a document into an
 * empty database of either dialect, and {@link dev.jabu.app.state.SqliteBackup} copies the embedded
 * file while jabu runs. {@link dev.jabu.app.state.StateTables} is the one list of tables they
 * cover.
 */
package dev.jabu.app.state;
