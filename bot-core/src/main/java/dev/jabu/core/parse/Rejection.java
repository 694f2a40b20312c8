package dev.jabu.core.parse;

import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a line could not be run, said in the member's language: the problem, what they typed (as
 * code, never as markup), the closest commands, the right syntax and an example.
 *
 * @param args arguments of the message; only names from specs, never user text
 * @param typed the member's text the problem is about, shown verbatim as code; may be null
 */
record Rejection(
    String key,
    List<Object> args,
    String typed,
    List<String> suggestions,
    String usage,
    String example)
    implements ParseOutcome.Rejected {

  private static final int MAX_ECHO = 60;

  /** An argument that is itself a message key, translated when explained. */
  record Localized(String key) {}

  static Rejection of(String key, Object... args) {
    return new Rejection(key, List.of(args), null, List.of(), null, null);
  }

  Rejection echoing(String text) {
    return new Rejection(key, args, text, suggestions, usage, example);
  }

  Rejection suggesting(List<String> close) {
    return new Rejection(key, args, typed, close, usage, example);
  }

  Rejection withUsage(String usageLine, String exampleLine) {
    return new Rejection(key, args, typed, suggestions, usageLine, exampleLine);
  }

  @Override
  public RichMessage explain(Locale locale) {
    RichMessage.Builder message = RichMessage.builder();
    List<Span> problem = new ArrayList<>();
    Object[] filled =
        args.stream()
            .map(a -> a instanceof Localized l ? Messages.get(locale, l.key()) : a)
            .toArray();
    problem.add(Span.text(Messages.get(locale, key, filled)));
    if (typed != null && !typed.isBlank()) {
      String shown = typed.strip();
      if (shown.length() > MAX_ECHO) {
        shown = shown.substring(0, MAX_ECHO) + "…";
      }
      problem.add(Span.text(" "));
      problem.add(Span.code(shown));
    }
    message.paragraph(problem.toArray(Span[]::new));
    if (!suggestions.isEmpty()) {
      List<Span> spans = new ArrayList<>();
      spans.add(Span.text(Messages.get(locale, "parse.did-you-mean") + " "));
      for (int i = 0; i < suggestions.size(); i++) {
        if (i > 0) {
          spans.add(Span.text(", "));
        }
        spans.add(Span.code(suggestions.get(i)));
      }
      message.paragraph(spans.toArray(Span[]::new));
    }
    if (usage != null) {
      message.paragraph(Span.text(Messages.get(locale, "parse.usage") + " "), Span.code(usage));
    }
    if (example != null) {
      message.paragraph(Span.text(Messages.get(locale, "parse.example") + " "), Span.code(example));
    }
    message.context(Messages.get(locale, "parse.help-hint"));
    return message.build();
  }
}
