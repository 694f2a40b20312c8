package dev.jabu.app.web;

import dev.jabu.core.i18n.Messages;
import java.util.Locale;

/** The bot's message bundles in one reader's language, for templates: {@code t.get("web.x")}. */
public final class Texts {
  private final Locale locale;

  Texts(Locale locale) {
    this.locale = locale;
  }

  public String get(String key, Object... args) {
    return Messages.get(locale, key, args);
  }

  public Locale locale() {
    return locale;
  }

  /** {@code ko} or {@code en}, for the {@code lang} attribute. */
  public String lang() {
    return locale.getLanguage();
  }
}
