package dev.jabu.core.member;

import dev.jabu.core.i18n.Messages;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What is known of one person, account by account (one entry per linked account that was ever
 * seen). For each kind of fact the latest among the accounts wins, so linking two accounts needs no
 * copying and unlinking leaves each account with what it said itself.
 */
public record MemberProfile(List<Account> accounts) {
  public MemberProfile {
    accounts = List.copyOf(accounts);
  }

  /**
   * One account's part.
   *
   * @param seenLocale the locale of the last command on this account
   * @param seenAt when this account last became its person's most recently used one
   * @param language an explicit choice; empty with a {@code languageAt} means "back to auto"
   * @param languageAt when the choice was made, if ever
   * @param primarySince when {@code /link primary} was typed on this account, if ever
   */
  public record Account(
      String userKey,
      Optional<Locale> seenLocale,
      Instant seenAt,
      Optional<Locale> language,
      Optional<Instant> languageAt,
      Optional<Instant> primarySince) {}

  /** How a person's language was settled, for {@code /jabu language} to explain. */
  public enum Source {
    CHOSEN,
    LAST_USED,
    COMMUNITY
  }

  public record Language(Locale locale, Source source) {}

  /**
   * The person's language: their latest explicit choice, else their last used, else the
   * community's.
   */
  public Language language(Locale community) {
    Optional<Account> choice = latest(Account::languageAt);
    if (choice.isPresent() && choice.get().language().isPresent()) {
      return new Language(
          Messages.supported(choice.get().language().get(), community), Source.CHOSEN);
    }
    return accounts.stream()
        .filter(a -> a.seenLocale().isPresent())
        .max(Comparator.comparing(Account::seenAt))
        .map(
            a ->
                new Language(Messages.supported(a.seenLocale().get(), community), Source.LAST_USED))
        .orElse(new Language(community, Source.COMMUNITY));
  }

  /** The account chosen with {@code /link primary}, if one of the person's accounts was. */
  public Optional<String> primary() {
    return latest(Account::primarySince).map(Account::userKey);
  }

  /**
   * Where direct messages go: the primary account, else the one used last, else {@code fallback}.
   */
  public String preferredAccount(String fallback) {
    return primary()
        .or(
            () ->
                accounts.stream().max(Comparator.comparing(Account::seenAt)).map(Account::userKey))
        .orElse(fallback);
  }

  private Optional<Account> latest(Function<Account, Optional<Instant>> when) {
    return accounts.stream()
        .filter(a -> when.apply(a).isPresent())
        .max(Comparator.comparing(a -> when.apply(a).get()));
  }
}
