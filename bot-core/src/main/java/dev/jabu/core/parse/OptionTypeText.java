package dev.jabu.core.parse;

import dev.jabu.core.command.OptionType;
import dev.jabu.core.i18n.Messages;
import java.util.Locale;

/** How an option type is named and shown by example to members, in their language. */
public final class OptionTypeText {
  private OptionTypeText() {}

  /** e.g. "integer" / "정수". */
  public static String name(OptionType type, Locale locale) {
    return Messages.get(locale, "parse.type." + key(type));
  }

  /** A value of this type the parser accepts, e.g. {@code 1h30m}. */
  public static String example(OptionType type, Locale locale) {
    return Messages.get(locale, "parse.type-example." + key(type));
  }

  private static String key(OptionType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
