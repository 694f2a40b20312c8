package dev.jabu.core.parse;

import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.platform.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Fills a (sub)command's options from the words after its name, or from a structured call, and
 * converts each value to its type.
 *
 * <p>In text, {@code name:value} sets an option by name, but only when {@code name} is one of this
 * command's options: anything else ({@code https://x}, {@code 12:30}) is an ordinary value. Other
 * values fill the options not yet set, in declared order. An option that takes the rest of the line
 * gets the raw remaining text.
 */
final class OptionBinder {
  private final ValueConverter converter;

  OptionBinder(ValueConverter converter) {
    this.converter = converter;
  }

  Map<String, Object> bindText(CommandPath path, Tokenizer tokens, Platform invoker)
      throws RejectionException {
    CommandSpec leaf = path.leaf();
    Binding values = new Binding();
    while (tokens.hasMore()) {
      Optional<OptionSpec> named = tokens.peekOptionName().flatMap(n -> option(leaf, n));
      if (named.isPresent() && named.get().rest()) {
        OptionSpec option = named.get();
        ensureUnset(path, values, option);
        String raw = tokens.takeRestSkipping(option.name().length() + 1);
        put(path, values, option, Tokenizer.restValue(raw), invoker);
        break;
      }
      Optional<OptionSpec> slot = nextPositional(leaf, values);
      if (named.isEmpty() && slot.isPresent() && slot.get().rest()) {
        put(path, values, slot.get(), Tokenizer.restValue(tokens.takeRest()), invoker);
        break;
      }
      Token token = CommandParser.next(tokens, Optional.of(path)).orElseThrow();
      if (named.isPresent()) {
        ensureUnset(path, values, named.get());
        put(path, values, named.get(), token.optionValue(), invoker);
      } else if (token.looksLikeFlag()) {
        throw new RejectionException(new Rejection.UnknownOption(path, token.text()));
      } else if (slot.isEmpty()) {
        throw new RejectionException(new Rejection.TooManyArguments(path, token.text()));
      } else {
        put(path, values, slot.get(), token.text(), invoker);
      }
    }
    return values.finish(path);
  }

  /** Binds a call's raw values by name; a name the command lacks is an adapter's mistake. */
  Map<String, Object> bindCall(CommandPath path, Map<String, String> raw, Platform invoker)
      throws RejectionException {
    CommandSpec leaf = path.leaf();
    for (String name : new TreeSet<>(raw.keySet())) {
      if (option(leaf, name).isEmpty()) {
        throw new RejectionException(new Rejection.UnknownOption(path, name));
      }
    }
    Binding values = new Binding();
    for (OptionSpec option : leaf.options()) {
      String value = valueByName(raw, option.name());
      if (value != null) {
        put(path, values, option, value, invoker, true);
      }
    }
    return values.finish(path);
  }

  private static String valueByName(Map<String, String> raw, String name) {
    for (Map.Entry<String, String> entry : raw.entrySet()) {
      if (entry.getKey().toLowerCase(Locale.ROOT).equals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * The values bound so far, their raw text, and the first value that needs a question: that is
   * asked once every option is read, so the choices can repeat the whole command.
   */
  private static final class Binding {
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, String> raw = new LinkedHashMap<>();
    OptionSpec unclear;
    MomentReading.Ask ask;

    boolean containsKey(String name) {
      return values.containsKey(name) || raw.containsKey(name);
    }

    Map<String, Object> finish(CommandPath path) throws RejectionException {
      checkRequired(path, this);
      if (ask != null) {
        throw new RejectionException(Rejection.AskMoment.of(path, unclear, raw, ask));
      }
      return values;
    }
  }

  private void put(
      CommandPath path, Binding values, OptionSpec option, String raw, Platform invoker)
      throws RejectionException {
    put(path, values, option, raw, invoker, false);
  }

  private void put(
      CommandPath path,
      Binding values,
      OptionSpec option,
      String raw,
      Platform invoker,
      boolean delivered)
      throws RejectionException {
    values.raw.put(option.name(), raw);
    try {
      values.values.put(option.name(), converter.convert(option.type(), raw, invoker, delivered));
    } catch (InvalidValueException e) {
      throw new RejectionException(
          new Rejection.InvalidValue(path, option, raw, e.detailKey(), e.detailArgs()));
    } catch (AmbiguousValueException e) {
      if (values.ask == null) {
        values.unclear = option;
        values.ask = e.ask();
      }
    }
  }

  private static void ensureUnset(CommandPath path, Binding values, OptionSpec option)
      throws RejectionException {
    if (values.containsKey(option.name())) {
      throw new RejectionException(new Rejection.DuplicateOption(path, option));
    }
  }

  private static void checkRequired(CommandPath path, Binding values) throws RejectionException {
    List<OptionSpec> missing =
        path.leaf().options().stream()
            .filter(o -> o.required() && !values.containsKey(o.name()))
            .toList();
    if (!missing.isEmpty()) {
      throw new RejectionException(new Rejection.MissingOptions(path, missing));
    }
  }

  private static Optional<OptionSpec> option(CommandSpec leaf, String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return leaf.options().stream().filter(o -> o.name().equals(key)).findFirst();
  }

  private static Optional<OptionSpec> nextPositional(CommandSpec leaf, Binding values) {
    return leaf.options().stream().filter(o -> !values.containsKey(o.name())).findFirst();
  }
}
