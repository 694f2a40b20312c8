package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jabu.core.command.OptionType;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueConverterTest {
  private final ValueConverter converter =
      new ValueConverter(TestCommands.SEOUL, TestCommands.CLOCK);

  private Object convert(OptionType type, String raw) throws Exception {
    return converter.convert(type, raw, Platform.SLACK);
  }

  private void assertInvalid(OptionType type, String raw) {
    assertThatThrownBy(() -> convert(type, raw))
        .as("%s should not be a valid %s", raw, type)
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void stringsAreKeptAsGiven() throws Exception {
    assertThat(convert(OptionType.STRING, " 공백 포함 ")).isEqualTo(" 공백 포함 ");
    assertInvalid(OptionType.STRING, "");
  }

  @Test
  void integers() throws Exception {
    assertThat(convert(OptionType.INTEGER, "12")).isEqualTo(12L);
    assertThat(convert(OptionType.INTEGER, "-3")).isEqualTo(-3L);
    assertThat(convert(OptionType.INTEGER, "+7")).isEqualTo(7L);
    assertThat(convert(OptionType.INTEGER, "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    for (String bad : new String[] {"twelve", "1.5", "1,000", "12a", "", "-", "0x10", "١٢"}) {
      assertInvalid(OptionType.INTEGER, bad);
    }
  }

  @Test
  void integerOverflowSaysSo() {
    assertThatThrownBy(() -> convert(OptionType.INTEGER, "9223372036854775808"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.detailKey()).contains("parse.detail.integer-range"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "yes", "on", "1", "예", "네", "TRUE", "Yes"})
  void booleanTrue(String text) throws Exception {
    assertThat(convert(OptionType.BOOLEAN, text)).isEqualTo(true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "no", "off", "0", "아니오", "아니요", "No"})
  void booleanFalse(String text) throws Exception {
    assertThat(convert(OptionType.BOOLEAN, text)).isEqualTo(false);
  }

  @Test
  void booleanRejectsOthers() {
    assertInvalid(OptionType.BOOLEAN, "maybe");
    assertInvalid(OptionType.BOOLEAN, "2");
  }

  @Test
  void users() throws Exception {
    assertThat(convert(OptionType.USER, "discord:alice"))
        .isEqualTo(UserRef.of(Platform.DISCORD, "alice"));
    assertThat(convert(OptionType.USER, "@alice")).isEqualTo(UserRef.of(Platform.SLACK, "alice"));
    assertThat(convert(OptionType.USER, "@김철수")).isEqualTo(UserRef.of(Platform.SLACK, "김철수"));
    assertThat(converter.convert(OptionType.USER, "<@123>", Platform.DISCORD))
        .isEqualTo(UserRef.of(Platform.DISCORD, "123"));
    assertThat(converter.convert(OptionType.USER, "<@!123>", Platform.DISCORD))
        .isEqualTo(UserRef.of(Platform.DISCORD, "123"));
    assertThat(convert(OptionType.USER, "<@U123>")).isEqualTo(UserRef.of(Platform.SLACK, "U123"));
    UserRef named = (UserRef) convert(OptionType.USER, "<@U123|alice>");
    assertThat(named).isEqualTo(UserRef.of(Platform.SLACK, "U123"));
    assertThat(named.displayName()).isEqualTo("alice");
    for (String bad :
        new String[] {"alice", "@", "mars:alice", "discord:", "<@>", "<#C1>", "@a b"}) {
      assertInvalid(OptionType.USER, bad);
    }
  }

  @Test
  void channels() throws Exception {
    assertThat(convert(OptionType.CHANNEL, "#general"))
        .isEqualTo(ChannelRef.of(Platform.SLACK, "general"));
    assertThat(converter.convert(OptionType.CHANNEL, "<#123>", Platform.DISCORD))
        .isEqualTo(ChannelRef.of(Platform.DISCORD, "123"));
    ChannelRef named = (ChannelRef) convert(OptionType.CHANNEL, "<#C123|general>");
    assertThat(named).isEqualTo(ChannelRef.of(Platform.SLACK, "C123"));
    assertThat(named.name()).isEqualTo("general");
    assertThat(convert(OptionType.CHANNEL, "<#C123|>"))
        .isEqualTo(ChannelRef.of(Platform.SLACK, "C123"));
    assertThat(convert(OptionType.CHANNEL, "console:main"))
        .isEqualTo(ChannelRef.of(Platform.CONSOLE, "main"));
    for (String bad : new String[] {"general", "#", "<@U1>", "irc:x"}) {
      assertInvalid(OptionType.CHANNEL, bad);
    }
  }

  @Test
  void dateTimes() throws Exception {
    assertThat(convert(OptionType.DATE_TIME, "2026-12-05T19:00"))
        .isEqualTo(Moment.at(ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, TestCommands.SEOUL)));
    assertThat(convert(OptionType.DATE_TIME, "2026-12-05 19:00:30"))
        .isEqualTo(Moment.at(ZonedDateTime.of(2026, 12, 5, 19, 0, 30, 0, TestCommands.SEOUL)));
    // another zone is converted to the community's, and the typed time kept as a note
    ZonedDateTime utc = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    assertThat(convert(OptionType.DATE_TIME, "2026-12-05T10:00Z"))
        .isEqualTo(
            new Moment(
                utc.withZoneSameInstant(TestCommands.SEOUL),
                java.util.Optional.empty(),
                java.util.List.of(new Moment.Note.Converted(utc))));
    for (String bad : new String[] {"tomorrow", "2026-13-01T10:00", "2026-12-05", "25:00"}) {
      assertInvalid(OptionType.DATE_TIME, bad);
    }
  }

  @Test
  void durationsMustBePositive() throws Exception {
    assertThat(convert(OptionType.DURATION, "90m")).isEqualTo(Duration.ofMinutes(90));
    for (String bad : new String[] {"0m", "0s", "PT0S", "PT-1H", "-PT1H"}) {
      assertThatThrownBy(() -> convert(OptionType.DURATION, bad))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.detailKey()).contains("parse.detail.duration-not-positive"));
    }
    assertInvalid(OptionType.DURATION, "soon");
  }
}
