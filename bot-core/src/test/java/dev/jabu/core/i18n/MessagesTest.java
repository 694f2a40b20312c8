package dev.jabu.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static Properties bundle(String language) throws Exception {
    Properties p = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void koreanAndEnglishHaveTheSameKeys() throws Exception {
    assertThat(bundle("ko").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("en").stringPropertyNames());
  }

  @Test
  void everyPatternIsAValidMessageFormat() throws Exception {
    for (String language : new String[] {"ko", "en"}) {
      Properties p = bundle(language);
      for (String key : p.stringPropertyNames()) {
        new MessageFormat(p.getProperty(key), Locale.forLanguageTag(language));
      }
    }
  }

  @Test
  void koreanTextIsReadAsUtf8() {
    assertThat(Messages.get(Locale.KOREAN, "help.title")).contains("명령어");
    assertThat(Messages.get(Locale.ENGLISH, "help.title")).isEqualTo("jabu commands");
  }

  @Test
  void argumentsAreFilledIn() {
    assertThat(Messages.get(Locale.ENGLISH, "engine.rate-limited", 12)).contains("12 seconds");
  }

  @Test
  void unsupportedLanguagesFallBackToTheDefault() {
    assertThat(Messages.supported(Locale.JAPANESE, Locale.KOREAN)).isEqualTo(Locale.KOREAN);
    assertThat(Messages.supported(Locale.forLanguageTag("en-GB"), Locale.KOREAN))
        .isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aMissingKeyIsAnError() {
    assertThatThrownBy(() -> Messages.get(Locale.ENGLISH, "no.such.key"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
