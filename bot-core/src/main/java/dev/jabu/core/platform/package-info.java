/**
 * Neutral references to platforms, people, channels and threads. Adapters translate their native
 * ids into these at the edge; nothing here knows a platform library.
 */
package dev.jabu.core.platform;
