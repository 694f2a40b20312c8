package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.command.OptionType;
import dev.jabu.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ParserMessagesTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

  private static Properties load(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        ParserMessagesTest.class.getResourceAsStream(
            "/i18n/messages_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> parseKeys(Properties p) {
    Set<String> keys = new TreeSet<>();
    p.stringPropertyNames().stream().filter(k -> k.startsWith("parse.")).forEach(keys::add);
    return keys;
  }

  @Test
  void koreanAndEnglishHaveTheSameParserKeysAndArguments() throws IOException {
    Properties ko = load("ko");
    Properties en = load("en");
    assertThat(parseKeys(ko)).isEqualTo(parseKeys(en)).doesNotContain("parse.placeholder");
    for (String key : parseKeys(en)) {
      assertThat(arguments(ko.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
      // A single quote would be eaten by MessageFormat in texts with arguments.
      assertThat(en.getProperty(key)).as(key).doesNotContain("'");
      assertThat(ko.getProperty(key)).as(key).doesNotContain("'");
    }
  }

  @Test
  void everyOptionTypeHasANameAndAnExampleThatParses() throws Exception {
    ValueConverter converter = new ValueConverter(TestCommands.SEOUL, TestCommands.CLOCK);
    for (Locale locale : Messages.SUPPORTED) {
      for (OptionType type : OptionType.values()) {
        assertThat(OptionTypeText.name(type, locale)).isNotBlank();
        String example = OptionTypeText.example(type, locale);
        assertThat(converter.convert(type, example, dev.jabu.core.platform.Platform.SLACK))
            .as("example %s for %s", example, type)
            .isInstanceOf(type.valueType());
      }
    }
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
