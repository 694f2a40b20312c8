package dev.jabu.core.command;

/** Who may run a command. Moderators are jabu's only privileged group. */
public enum Role {
  MEMBER,
  MODERATOR
}
