package dev.jabu.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * jabu's translated texts, from {@code i18n/messages_ko.properties} and {@code
 * i18n/messages_en.properties} (UTF-8). Korean and English are the supported languages; anything
 * else falls back to the configured default.
 */
public final class Messages {
  public static final Locale KOREAN = Locale.KOREAN;
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(KOREAN, ENGLISH);

  private static final String BUNDLE = "i18n.messages";

  private Messages() {}

  /** The supported locale closest to {@code requested}, or {@code fallback}. */
  public static Locale supported(Locale requested, Locale fallback) {
    if (requested != null) {
      for (Locale l : SUPPORTED) {
        if (l.getLanguage().equals(requested.getLanguage())) {
          return l;
        }
      }
    }
    return fallback;
  }

  /** Patterns and parsed formats by language and key: parsing costs more than formatting. */
  private static final Map<String, String> PATTERNS = new ConcurrentHashMap<>();

  private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

  /** The text for {@code key} in {@code locale}, with {@link MessageFormat} arguments filled in. */
  public static String get(Locale locale, String key, Object... args) {
    String cacheKey = locale.getLanguage() + '\u0000' + key;
    String pattern = PATTERNS.computeIfAbsent(cacheKey, k -> pattern(locale, key));
    if (args.length == 0) {
      return pattern;
    }
    MessageFormat format =
        FORMATS.computeIfAbsent(cacheKey, k -> new MessageFormat(pattern, locale));
    // MessageFormat is not thread-safe; a clone is cheap next to parsing the pattern again.
    return ((MessageFormat) format.clone()).format(args);
  }

  private static String pattern(Locale locale, String key) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no message '" + key + "' for " + locale, e);
    }
  }
}
