package dev.jabu.core.member;

import dev.jabu.core.i18n.Messages;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.UserRef;
import java.util.Locale;

/** One person as a message for them is addressed: the account it goes to, and their language. */
public record Recipient(UserRef account, Locale locale) {
  /** The direct-message channel of the account. */
  public ChannelRef channel() {
    return ChannelRef.directMessage(account);
  }

  /** A text in the person's language. */
  public String t(String key, Object... args) {
    return Messages.get(locale, key, args);
  }
}
