package dev.jabu.core.parse;

import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.util.Locale;

/** Builds a rejection's message paragraph by paragraph, in one supported language. */
final class Explanation {
  /** Echoed input is cut here so a pasted essay does not come back in full. */
  private static final int MAX_ECHO = 80;

  private final Locale locale;
  private final RichMessage.Builder message = RichMessage.builder();

  /** Languages jabu does not speak get English, the likelier shared language. */
  Explanation(Locale requested) {
    this.locale = Messages.supported(requested, Messages.ENGLISH);
  }

  Locale locale() {
    return locale;
  }

  Explanation say(String key, Object... args) {
    message.paragraph(LocalizedSpans.format(locale, key, args).toArray(Span[]::new));
    return this;
  }

  /** The usage line and, when the spec has one, an example. */
  Explanation usage(CommandPath path) {
    say("parse.usage", path.usageLine());
    path.example().ifPresent(example -> say("parse.example", example));
    return this;
  }

  Explanation optionList(CommandSpec leaf) {
    if (!leaf.options().isEmpty()) {
      message.block(Usage.optionList(leaf, locale));
    }
    return this;
  }

  Explanation button(dev.jabu.core.message.Button button) {
    message.button(button);
    return this;
  }

  Explanation seeHelp() {
    return say("parse.see-help", "/help");
  }

  RichMessage build() {
    return message.build();
  }

  static String echo(String typed) {
    int limit =
        typed.offsetByCodePoints(0, Math.min(MAX_ECHO, typed.codePointCount(0, typed.length())));
    return limit < typed.length() ? typed.substring(0, limit) + "…" : typed;
  }
}
