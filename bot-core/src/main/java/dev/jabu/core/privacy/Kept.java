package dev.jabu.core.privacy;

/**
 * One kind of thing jabu keeps about a member, shown by {@code /jabu my-data} as the localized text
 * {@code messageKey} with {@code count} as its first argument (e.g. "2 meetup places").
 */
public record Kept(String messageKey, long count) {
  /** {@code messageKey} with {@code count}, or nothing when the count is zero. */
  public static java.util.List<Kept> ifAny(String messageKey, long count) {
    return count > 0 ? java.util.List.of(new Kept(messageKey, count)) : java.util.List.of();
  }
}
