package dev.jabu.core.command;

/** Who may run a command. Moderators are jabu's only privileged group. */
public enum Role {
  MEMBER,
  /**
   * Moderators, and the organizers of the meetup the command names. The engine lets members through
   * and audits the action; the handler checks organizers against its meetup.
   */
  ORGANIZER,
  MODERATOR
}
