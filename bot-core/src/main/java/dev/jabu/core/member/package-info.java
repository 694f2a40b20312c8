/**
 * What jabu remembers of each member to write to them personally: the locale each account last
 * used, an explicit language ({@code /jabu language}), and which of a linked person's accounts gets
 * their direct messages ({@code /link primary}, else the one used last). {@link
 * dev.jabu.core.member.Recipients} turns that into where and in which language a message for one
 * person goes; posts to channels stay in the community's language.
 */
package dev.jabu.core.member;
