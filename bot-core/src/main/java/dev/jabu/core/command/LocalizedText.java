package dev.jabu.core.command;

import java.util.Locale;
import java.util.Objects;

/** A text written in Korean and English; the member's language is picked at render time. */
public record LocalizedText(String ko, String en) {
  public LocalizedText {
    Objects.requireNonNull(ko, "ko");
    Objects.requireNonNull(en, "en");
  }

  public String get(Locale locale) {
    return "ko".equals(locale.getLanguage()) ? ko : en;
  }
}
