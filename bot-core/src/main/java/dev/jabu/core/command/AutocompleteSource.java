package dev.jabu.core.command;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Suggests values for an option while the member types (Discord allows at most 25). */
@FunctionalInterface
public interface AutocompleteSource {
  List<Choice> suggest(String typed, Locale locale, int limit);

  record Choice(String label, String value) {
    /** A numbered thing (a meetup, a recap) shown as {@code #12 title}; a pick gives its number. */
    public static Choice numbered(long id, String title) {
      return new Choice("#" + id + " " + title, Long.toString(id));
    }
  }

  /**
   * The numbered things (meetups, recaps) that what a member typed picks out, as {@link
   * Choice#numbered} choices, in the order given, at most {@code limit}.
   */
  static <T> List<Choice> numbered(
      List<T> things, ToLongFunction<T> id, Function<T, String> title, String typed, int limit) {
    return things.stream()
        .filter(t -> picks(typed, id.applyAsLong(t), title.apply(t)))
        .limit(limit)
        .map(t -> Choice.numbered(id.applyAsLong(t), title.apply(t)))
        .toList();
  }

  /**
   * Whether what a member typed picks out a numbered thing: the start of its number ({@code 1}, or
   * only the number after {@code #}) or a piece of its title, in any case.
   */
  static boolean picks(String typed, long id, String title) {
    String query = typed.strip().toLowerCase(Locale.ROOT);
    if (query.startsWith("#")) {
      return Long.toString(id).startsWith(query.substring(1));
    }
    return Long.toString(id).startsWith(query) || title.toLowerCase(Locale.ROOT).contains(query);
  }
}
