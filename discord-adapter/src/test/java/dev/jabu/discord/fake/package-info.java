/**
 * A strict fake Discord for end-to-end tests that drive the real JDA: REST on a local HTTP server
 * and a gateway WebSocket (HELLO, IDENTIFY, READY, GUILD_CREATE, dispatches, heartbeats, RESUME).
 * Every request is checked against the shapes and limits the real API enforces; a request Discord
 * would reject is answered 400 and recorded as a violation, which tests assert are none.
 */
package dev.jabu.discord.fake;
