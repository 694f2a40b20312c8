package dev.jabu.core.command;

import java.util.Objects;
import java.util.Optional;

/**
 * The value of an {@link OptionType#ATTACHMENT} option. A platform that delivers files with a
 * command (Discord) downloads the file, within its size cap, before the engine runs, and the option
 * holds the file's text. Typed on a command line (console, Slack, a button) it is only a name the
 * member wrote, a path, and the feature decides whether it may read it.
 */
public sealed interface Attachment {

  /** A file the platform delivered, as text. */
  record Uploaded(String text) implements Attachment {
    public Uploaded {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A path typed on a command line. */
  record Typed(String path) implements Attachment {
    public Typed {
      Objects.requireNonNull(path, "path");
    }
  }

  default Optional<String> uploadedText() {
    return this instanceof Uploaded u ? Optional.of(u.text()) : Optional.empty();
  }
}
