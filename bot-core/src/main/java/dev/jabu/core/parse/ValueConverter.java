package dev.jabu.core.parse;

import dev.jabu.core.command.Attachment;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns an option's raw text into the Java value its {@link OptionType} promises handlers. */
final class ValueConverter {
  private static final Map<String, Boolean> BOOLEANS =
      Map.ofEntries(
          Map.entry("true", true),
          Map.entry("yes", true),
          Map.entry("on", true),
          Map.entry("1", true),
          Map.entry("예", true),
          Map.entry("네", true),
          Map.entry("false", false),
          Map.entry("no", false),
          Map.entry("off", false),
          Map.entry("0", false),
          Map.entry("아니오", false),
          Map.entry("아니요", false));

  private final DateTimeText dateTimes;

  /** The clock tells natural dates ("내일", "tomorrow") what today is. */
  ValueConverter(ZoneId communityZone, Clock clock) {
    this(communityZone, clock, MomentRules.defaults());
  }

  ValueConverter(ZoneId communityZone, Clock clock, MomentRules rules) {
    this.dateTimes = new DateTimeText(communityZone, clock, rules);
  }

  /**
   * @throws AmbiguousValueException for a date-time that reads two believable ways
   */
  Object convert(OptionType type, String raw, Platform invoker)
      throws InvalidValueException, AmbiguousValueException {
    return convert(type, raw, invoker, false);
  }

  /**
   * @param delivered whether the value came in a platform's structured call rather than typed: a
   *     delivered attachment is the file's text, a typed one a path
   */
  Object convert(OptionType type, String raw, Platform invoker, boolean delivered)
      throws InvalidValueException, AmbiguousValueException {
    if (raw.isBlank()) {
      throw new InvalidValueException("parse.detail.empty");
    }
    String t = raw.strip();
    return switch (type) {
      case STRING -> raw;
      case INTEGER -> integer(t);
      case BOOLEAN -> present(Optional.ofNullable(BOOLEANS.get(t.toLowerCase(Locale.ROOT))));
      case USER -> present(RefText.user(t, invoker));
      case CHANNEL -> present(RefText.channel(t, invoker));
      case DATE_TIME -> moment(t);
      case DURATION -> duration(t);
      case ATTACHMENT -> delivered ? new Attachment.Uploaded(raw) : new Attachment.Typed(t);
    };
  }

  private Moment moment(String t) throws InvalidValueException, AmbiguousValueException {
    MomentReading reading = dateTimes.read(t);
    if (reading instanceof MomentReading.Read read) {
      return read.moment();
    }
    if (reading instanceof MomentReading.Ask ask) {
      throw new AmbiguousValueException(ask);
    }
    MomentReading.Refused refused = (MomentReading.Refused) reading;
    throw new InvalidValueException(refused.key(), refused.args());
  }

  private static Long integer(String t) throws InvalidValueException {
    if (!t.matches("[+-]?\\d+")) {
      throw new InvalidValueException(null);
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("parse.detail.integer-range");
    }
  }

  /** Zero or negative durations are refused: "remind me 0m before" is a typo, not a wish. */
  private static Duration duration(String t) throws InvalidValueException {
    Duration d = present(DurationText.parse(t));
    if (d.isZero() || d.isNegative()) {
      throw new InvalidValueException("parse.detail.duration-not-positive");
    }
    return d;
  }

  private static <T> T present(Optional<T> value) throws InvalidValueException {
    return value.orElseThrow(() -> new InvalidValueException(null));
  }
}
