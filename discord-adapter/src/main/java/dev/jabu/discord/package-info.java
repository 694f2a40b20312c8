/**
 * The Discord adapter: JDA on one side, jabu's core on the other, in five rooms named like the
 * Slack adapter's. {@link dev.jabu.discord.DiscordAdapter} connects and stops, {@link
 * dev.jabu.discord.DiscordRegistration} turns command specs into slash commands, {@link
 * dev.jabu.discord.DiscordEvents} turns interactions and mentions into invocations (acknowledging
 * first), {@link dev.jabu.discord.DiscordRenderer} turns rich messages into Discord messages, and
 * {@link dev.jabu.discord.DiscordSender} delivers outbox rows. No behaviour lives here that the
 * console or Slack would need too.
 */
package dev.jabu.discord;
