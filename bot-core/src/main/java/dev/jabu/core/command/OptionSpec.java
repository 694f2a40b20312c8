package dev.jabu.core.command;

import java.util.Objects;
import java.util.Optional;

/**
 * One typed option of a command.
 *
 * @param rest a string option that takes the rest of the line, so {@code /term what is GitOps}
 *     needs no quotes; only the last positional option may be one
 */
public record OptionSpec(
    String name,
    OptionType type,
    LocalizedText description,
    boolean required,
    boolean rest,
    Optional<AutocompleteSource> autocomplete) {

  public OptionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException("option name must be lower-case, 1-32 chars: " + name);
    }
    if (rest && type != OptionType.STRING) {
      throw new IllegalArgumentException("only a string option can take the rest of the line");
    }
  }

  public static OptionSpec required(String name, OptionType type, String ko, String en) {
    return new OptionSpec(name, type, new LocalizedText(ko, en), true, false, Optional.empty());
  }

  public static OptionSpec optional(String name, OptionType type, String ko, String en) {
    return new OptionSpec(name, type, new LocalizedText(ko, en), false, false, Optional.empty());
  }

  public OptionSpec takingRest() {
    return new OptionSpec(name, type, description, required, true, autocomplete);
  }

  public OptionSpec withAutocomplete(AutocompleteSource source) {
    return new OptionSpec(name, type, description, required, rest, Optional.of(source));
  }
}
