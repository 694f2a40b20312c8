package dev.jabu.core.command;

import java.util.List;
import java.util.Locale;

/** Suggests values for an option while the member types (Discord allows at most 25). */
@FunctionalInterface
public interface AutocompleteSource {
  List<Choice> suggest(String typed, Locale locale, int limit);

  record Choice(String label, String value) {}
}
