/**
 * The jabu processes sharing one database: each writes a heartbeat row on a small timer, and the
 * status commands read them back, marking an instance whose beat is old as stale.
 */
package dev.jabu.core.instance;
