package dev.jabu.core.glossary;

import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.Button;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds the answer to a glossary question: the member's language first and the other below it,
 * what a tool is for and its alternatives (or, for a role, the tools that play it), and related
 * terms as follow-up buttons.
 */
final class GlossaryAnswer {
  private static final int MAX_LISTED = 8;
  private static final int MAX_FOLLOW_UPS = 5;

  private final Glossary glossary;
  private final Locale locale;

  GlossaryAnswer(Glossary glossary, Locale locale) {
    this.glossary = glossary;
    this.locale = locale;
  }

  RichMessage found(GlossaryMatch match, String typed) {
    GlossaryEntry entry = match.entry();
    Locale other = "ko".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
    RichMessage.Builder message =
        RichMessage.builder()
            .heading(entry.title(locale))
            .context(context(entry))
            .paragraph(entry.definition(locale))
            .block(
                new Block.Quote(
                    List.of(new Block.Paragraph(List.of(Span.italic(entry.definition(other)))))));
    roleFields(entry).ifPresent(message::block);
    entry
        .link()
        .ifPresent(
            link ->
                message.paragraph(Span.text(t("glossary.link") + " "), new Span.Link(link, link)));
    hint(match, typed).ifPresent(message::context);
    entry.related().stream()
        .flatMap(id -> glossary.get(id).stream())
        .limit(MAX_FOLLOW_UPS)
        .forEach(
            r -> message.button(new Button(r.name(), "/term " + r.name(), Button.Style.SECONDARY)));
    return message.build();
  }

  RichMessage notFound(String term, List<GlossaryEntry> guesses) {
    RichMessage.Builder message =
        RichMessage.builder()
            .paragraph(Span.text(t("glossary.not-found") + " "), Span.code(shorten(term)));
    if (!guesses.isEmpty()) {
      message.paragraph(t("glossary.did-you-mean"));
      message.block(
          new Block.ListBlock(
              false,
              1,
              guesses.stream()
                  .map(
                      g -> List.<Block>of(new Block.Paragraph(List.of(Span.text(g.title(locale))))))
                  .toList()));
      guesses.forEach(
          g -> message.button(new Button(g.name(), "/term " + g.name(), Button.Style.SECONDARY)));
    }
    message.context(t("glossary.suggest-hint"));
    return message.build();
  }

  private String context(GlossaryEntry entry) {
    String category = entry.category().label(locale);
    List<String> aliases = entry.aliases().stream().limit(MAX_LISTED).toList();
    return aliases.isEmpty()
        ? category
        : category + " · " + t("glossary.aliases", String.join(", ", aliases));
  }

  private java.util.Optional<Block> roleFields(GlossaryEntry entry) {
    List<Block.Field> fields = new ArrayList<>();
    if (entry.category() == Category.TOOL) {
      String roles =
          entry.isA().stream()
              .flatMap(id -> glossary.get(id).stream())
              .map(r -> r.title(locale))
              .collect(Collectors.joining(", "));
      if (!roles.isEmpty()) {
        fields.add(new Block.Field(t("glossary.is-a"), List.of(Span.text(roles)), false));
      }
      String alternatives = names(glossary.alternativesOf(entry));
      if (!alternatives.isEmpty()) {
        fields.add(
            new Block.Field(t("glossary.alternatives"), List.of(Span.text(alternatives)), false));
      }
    } else if (entry.category() == Category.ROLE) {
      String tools = names(glossary.toolsPlaying(entry.id()));
      fields.add(
          new Block.Field(
              t("glossary.tools-for-role"),
              List.of(Span.text(tools.isEmpty() ? t("glossary.none-yet") : tools)),
              false));
    }
    return fields.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Block.Fields(fields));
  }

  private static String names(List<GlossaryEntry> entries) {
    String listed =
        entries.stream()
            .limit(MAX_LISTED)
            .map(GlossaryEntry::name)
            .collect(Collectors.joining(", "));
    return entries.size() > MAX_LISTED ? listed + ", …" : listed;
  }

  /** Says how a forgiving match was made, so the member learns the right spelling. */
  private java.util.Optional<String> hint(GlossaryMatch match, String typed) {
    return switch (match.how()) {
      case NAME, ALIAS -> java.util.Optional.empty();
      case CHOSEONG ->
          java.util.Optional.of(
              t("glossary.found-by-choseong", shorten(typed), match.matchedName()));
      case KEYBOARD ->
          java.util.Optional.of(
              t("glossary.found-by-keyboard", shorten(typed), match.matchedName()));
      case TYPO ->
          java.util.Optional.of(t("glossary.found-by-typo", shorten(typed), match.matchedName()));
    };
  }

  static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
  }

  private String t(String key, Object... args) {
    return Messages.get(locale, key, args);
  }
}
