package dev.jabu.slack;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The few texts only the Slack adapter says, in Korean and English. */
final class SlackTexts {
  private SlackTexts() {}

  static String get(Locale locale, String key, Object... args) {
    Locale supported = "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "dev.jabu.slack.texts",
            supported,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), supported).format(args);
  }
}
