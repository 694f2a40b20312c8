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
  private final java.util.Optional<String> pages;

  GlossaryAnswer(Glossary glossary, Locale locale) {
    this(glossary, locale, java.util.Optional.empty());
  }

  /**
   * @param pages the public page's address: answers about one entry link its page there
   */
  GlossaryAnswer(Glossary glossary, Locale locale, java.util.Optional<String> pages) {
    this.glossary = glossary;
    this.locale = locale;
    this.pages = pages;
  }

  /** The entry's page on the public page, e.g. {@code https://jabu.example.org/glossary/gitops}. */
  static String pageOf(String pages, GlossaryEntry entry) {
    return pages
        + "/glossary/"
        + java.net.URLEncoder.encode(entry.id(), java.nio.charset.StandardCharsets.UTF_8);
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
    pages.ifPresent(
        root -> message.paragraph(new Span.Link(t("glossary.more"), pageOf(root, entry))));
    hint(match, typed).ifPresent(message::context);
    entry.related().stream()
        .flatMap(id -> glossary.get(id).stream())
        .limit(MAX_FOLLOW_UPS)
        .forEach(
            r -> message.button(new Button(r.name(), "/term " + r.name(), Button.Style.SECONDARY)));
    return message.build();
  }

  /** The answer to whatever the question asked: one entry, a comparison, alternatives, a role. */
  RichMessage answer(SearchResult result, String query) {
    if (!result.found()) {
      return notFound(result.term().isEmpty() ? query : result.term(), result.didYouMean());
    }
    GlossaryMatch first = result.best().get();
    return switch (result.intent()) {
      case COMPARE -> comparison(result.matches().get(0), result.matches().get(1));
      case ALTERNATIVES -> alternatives(first);
      case DEFINE, TOOLS_FOR_ROLE, NOT_FOUND -> found(first, result.term());
    };
  }

  /**
   * Two entries side by side: what each is, whether they play the same role, and each one's own
   * text (which says what it is good at), as two fields a platform can show in columns.
   */
  RichMessage comparison(GlossaryMatch left, GlossaryMatch right) {
    GlossaryEntry a = left.entry();
    GlossaryEntry b = right.entry();
    RichMessage.Builder message =
        RichMessage.builder().heading(t("glossary.compare.title", a.name(), b.name()));
    message.paragraph(sameRole(a, b));
    message.block(
        new Block.Fields(
            List.of(
                new Block.Field(a.title(locale), summary(a), true),
                new Block.Field(b.title(locale), summary(b), true)),
            true));
    hint(left, left.matchedName()).ifPresent(message::context);
    hint(right, right.matchedName()).ifPresent(message::context);
    message.button(new Button(a.name(), "/term " + a.name(), Button.Style.SECONDARY));
    message.button(new Button(b.name(), "/term " + b.name(), Button.Style.SECONDARY));
    return message.build();
  }

  /** A tool's role and the other tools of that role, one line each. */
  RichMessage alternatives(GlossaryMatch match) {
    GlossaryEntry tool = match.entry();
    List<GlossaryEntry> others = glossary.alternativesOf(tool);
    RichMessage.Builder message =
        RichMessage.builder().heading(t("glossary.alternatives.title", tool.title(locale)));
    String roles = roleNames(tool);
    message.paragraph(
        roles.isEmpty()
            ? t("glossary.alternatives.no-role", localName(tool))
            : t("glossary.alternatives.role", localName(tool), roles));
    if (others.isEmpty()) {
      message.paragraph(t("glossary.none-yet"));
    } else {
      message.block(
          new Block.ListBlock(
              false,
              1,
              others.stream()
                  .limit(MAX_LISTED)
                  .map(
                      o ->
                          List.<Block>of(
                              new Block.Paragraph(
                                  List.of(
                                      Span.bold(o.title(locale)),
                                      Span.text(" — " + firstSentence(o.definition(locale)))))))
                  .toList()));
    }
    hint(match, match.matchedName()).ifPresent(message::context);
    others.stream()
        .limit(MAX_FOLLOW_UPS)
        .forEach(
            o ->
                message.button(
                    new Button(
                        tool.name() + " vs " + o.name(),
                        "/term " + tool.name() + " vs " + o.name(),
                        Button.Style.SECONDARY)));
    return message.build();
  }

  private String sameRole(GlossaryEntry a, GlossaryEntry b) {
    List<String> shared = a.isA().stream().filter(b.isA()::contains).toList();
    if (!shared.isEmpty()) {
      String roles =
          shared.stream()
              .flatMap(id -> glossary.get(id).stream())
              .map(this::localName)
              .collect(Collectors.joining(", "));
      return t("glossary.compare.same-role", roles);
    }
    return t("glossary.compare.different", kind(a), kind(b));
  }

  /** What an entry is, in a few words: its roles for a tool, its category otherwise. */
  private String kind(GlossaryEntry entry) {
    String roles = roleNames(entry);
    return localName(entry) + ": " + (roles.isEmpty() ? entry.category().label(locale) : roles);
  }

  /** The roles a tool plays, named in the member's language only (the title has both). */
  private String roleNames(GlossaryEntry entry) {
    return entry.isA().stream()
        .flatMap(id -> glossary.get(id).stream())
        .map(r -> "ko".equals(locale.getLanguage()) ? r.ko() : r.name())
        .collect(Collectors.joining(", "));
  }

  private List<Span> summary(GlossaryEntry entry) {
    String roles = roleNames(entry);
    String kind = roles.isEmpty() ? entry.category().label(locale) : roles;
    return List.of(Span.italic(kind), Span.text(" — " + entry.definition(locale)));
  }

  private String localName(GlossaryEntry entry) {
    return "ko".equals(locale.getLanguage()) ? entry.ko() : entry.name();
  }

  /** The first sentence, for one-line lists ("…입니다." or "….") */
  static String firstSentence(String text) {
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '。') && Character.isWhitespace(text.charAt(i + 1))) {
        return text.substring(0, i + 1);
      }
    }
    return text;
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
      case DESCRIPTION -> java.util.Optional.of(t("glossary.found-by-description"));
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
