package dev.jabu.core.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One typed option of a command.
 *
 * @param rest a string option that takes the rest of the line, so {@code /term what is GitOps}
 *     needs no quotes; only the last positional option may be one
 * @param choices the fixed values a string or integer option takes, with their labels; platforms
 *     that show a picker (Discord) offer only these. Empty for free input
 * @param min the smallest value an integer option takes, shown to platforms that check it
 * @param max the largest value an integer option takes
 * @param koreanName the option's name in Korean, for platforms that localize names (Discord)
 */
public record OptionSpec(
    String name,
    OptionType type,
    LocalizedText description,
    boolean required,
    boolean rest,
    Optional<AutocompleteSource> autocomplete,
    List<Choice> choices,
    Optional<Long> min,
    Optional<Long> max,
    Optional<String> koreanName) {

  /** Discord's most choices per option, and the tighter platform limit. */
  public static final int MAX_CHOICES = 25;

  /**
   * A name Discord accepts in any locale: letters (Hangul included) in lower case where a case
   * exists, digits, {@code -} and {@code _}, 1 to 32 characters.
   */
  private static final Pattern LOCALIZED_NAME =
      Pattern.compile("[-_\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}");

  /** One allowed value of an option and how it is shown. */
  public record Choice(String value, LocalizedText label) {
    public Choice {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
      if (value.isEmpty() || value.length() > 100) {
        throw new IllegalArgumentException("a choice value is 1 to 100 characters: " + value);
      }
      for (String text : List.of(label.ko(), label.en())) {
        if (text.isEmpty() || text.length() > 100) {
          throw new IllegalArgumentException("a choice label is 1 to 100 characters: " + text);
        }
      }
    }

    public static Choice of(String value, String ko, String en) {
      return new Choice(value, new LocalizedText(ko, en));
    }
  }

  public OptionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    choices = List.copyOf(choices);
    if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException("option name must be lower-case, 1-32 chars: " + name);
    }
    if (rest && type != OptionType.STRING) {
      throw new IllegalArgumentException("only a string option can take the rest of the line");
    }
    if (!choices.isEmpty()) {
      if (type != OptionType.STRING && type != OptionType.INTEGER) {
        throw new IllegalArgumentException(name + ": only string and integer options have choices");
      }
      if (choices.size() > MAX_CHOICES) {
        throw new IllegalArgumentException(name + ": at most " + MAX_CHOICES + " choices");
      }
      if (autocomplete.isPresent()) {
        throw new IllegalArgumentException(name + ": choices or autocomplete, not both");
      }
      if (type == OptionType.INTEGER
          && choices.stream().anyMatch(c -> !c.value().matches("-?\\d{1,15}"))) {
        throw new IllegalArgumentException(name + ": an integer option's choices are numbers");
      }
    }
    if ((min.isPresent() || max.isPresent()) && type != OptionType.INTEGER) {
      throw new IllegalArgumentException(name + ": only an integer option has a min or max");
    }
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      throw new IllegalArgumentException(name + ": min is larger than max");
    }
    if (koreanName.isPresent() && !LOCALIZED_NAME.matcher(koreanName.get()).matches()) {
      throw new IllegalArgumentException(name + ": not a name platforms accept: " + koreanName);
    }
  }

  /** An option with no choices, bounds or Korean name, as most are. */
  public OptionSpec(
      String name,
      OptionType type,
      LocalizedText description,
      boolean required,
      boolean rest,
      Optional<AutocompleteSource> autocomplete) {
    this(
        name,
        type,
        description,
        required,
        rest,
        autocomplete,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public static OptionSpec required(String name, OptionType type, String ko, String en) {
    return new OptionSpec(name, type, new LocalizedText(ko, en), true, false, Optional.empty());
  }

  public static OptionSpec optional(String name, OptionType type, String ko, String en) {
    return new OptionSpec(name, type, new LocalizedText(ko, en), false, false, Optional.empty());
  }

  public OptionSpec takingRest() {
    return new OptionSpec(
        name, type, description, required, true, autocomplete, choices, min, max, koreanName);
  }

  public OptionSpec withAutocomplete(AutocompleteSource source) {
    return new OptionSpec(
        name,
        type,
        description,
        required,
        rest,
        Optional.of(source),
        choices,
        min,
        max,
        koreanName);
  }

  /** Only these values; a platform with a picker offers them instead of free input. */
  public OptionSpec withChoices(List<Choice> allowed) {
    return new OptionSpec(
        name, type, description, required, rest, autocomplete, allowed, min, max, koreanName);
  }

  /** An integer from {@code low} to {@code high}, both included. */
  public OptionSpec between(long low, long high) {
    return new OptionSpec(
        name,
        type,
        description,
        required,
        rest,
        autocomplete,
        choices,
        Optional.of(low),
        Optional.of(high),
        koreanName);
  }

  /** The option's name as Korean members see it where platforms localize names. */
  public OptionSpec withKoreanName(String korean) {
    return new OptionSpec(
        name,
        type,
        description,
        required,
        rest,
        autocomplete,
        choices,
        min,
        max,
        Optional.of(korean));
  }

  /** Whether {@code name} is one a platform accepts as a localized command or option name. */
  public static boolean isLocalizedName(String name) {
    return LOCALIZED_NAME.matcher(name).matches() && name.equals(name.toLowerCase());
  }
}
