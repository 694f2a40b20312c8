package dev.jabu.core.recap;

import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a recap looks in chat. The parent post carries the title, the description, the meetup,
 * author, date and tags, the cover image, what the document says before its first part (the facts
 * list), an outline that doubles as the summary (each part with its lead sentence), and up to
 * {@value #MAX_QUOTES} quoted lines; each part follows as its own reply. Every word from the
 * document stays a text span, so nothing in a recap can mention anyone. Thread-safe.
 */
public final class RecapRenderer {
  static final int MAX_OUTLINE = 15;
  static final int MAX_QUOTES = 3;

  private final Locale locale;

  /** {@code locale} is the community's: a recap is posted for everyone. */
  public RecapRenderer(Locale locale) {
    this.locale = locale;
  }

  /** The meetup a recap belongs to, as the parent post names it. */
  public record MeetupLabel(long id, String title) {}

  public RecapMessages render(RecapDocument recap, Optional<MeetupLabel> meetup) {
    List<RichMessage> sections = new ArrayList<>();
    for (RecapSection section : recap.sections()) {
      List<Block> blocks = new ArrayList<>();
      // every section reply opens with its heading at one level, whatever the document used
      section.heading().ifPresent(h -> blocks.add(new Block.Heading(2, h.spans())));
      blocks.addAll(section.blocks());
      if (!blocks.isEmpty()) {
        sections.add(new RichMessage(blocks, List.of()));
      }
    }
    return new RecapMessages(parent(recap, meetup), sections);
  }

  private RichMessage parent(RecapDocument recap, Optional<MeetupLabel> meetup) {
    RichMessage.Builder message = RichMessage.builder();
    message.block(new Block.Heading(1, List.of(Span.text(recap.title()))));
    FrontMatter meta = recap.meta();
    // a title taken from the description is not said twice
    meta.description().filter(d -> !d.equals(recap.title())).ifPresent(message::paragraph);
    fields(meta, meetup).ifPresent(message::block);
    recap.cover().forEach(message::block);
    recap.preamble().forEach(message::block);
    List<RecapSection> titled =
        recap.titledSections().stream().filter(s -> !s.title().isBlank()).toList();
    if (!titled.isEmpty()) {
      message.paragraph(Span.bold(t("recap.view.outline")));
      message.block(outline(titled));
    }
    if (!recap.quotes().isEmpty()) {
      message.paragraph(Span.bold(t("recap.view.quotes")));
      List<Block> quoted = new ArrayList<>();
      recap.quotes().stream()
          .limit(MAX_QUOTES)
          .forEach(q -> quoted.add(new Block.Paragraph(List.of(Span.text(q)))));
      message.block(new Block.Quote(quoted));
    }
    if (!recap.sections().isEmpty()) {
      message.context(t("recap.view.thread"));
    }
    return message.build();
  }

  private Optional<Block> fields(FrontMatter meta, Optional<MeetupLabel> meetup) {
    List<Block.Field> fields = new ArrayList<>();
    meetup.ifPresent(
        m -> field(fields, "recap.view.meetup", t("recap.view.meetup-value", m.title(), m.id())));
    meta.author().ifPresent(a -> field(fields, "recap.view.author", a));
    meta.date().ifPresent(d -> field(fields, "recap.view.date", d));
    if (!meta.tags().isEmpty()) {
      field(
          fields,
          "recap.view.tags",
          meta.tags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" ")));
    }
    return fields.isEmpty() ? Optional.empty() : Optional.of(new Block.Fields(fields));
  }

  private void field(List<Block.Field> fields, String nameKey, String value) {
    fields.add(new Block.Field(t(nameKey), List.of(Span.text(value)), true));
  }

  private Block outline(List<RecapSection> sections) {
    List<List<Block>> items = new ArrayList<>();
    for (RecapSection section : sections.subList(0, Math.min(MAX_OUTLINE, sections.size()))) {
      List<Span> spans = new ArrayList<>();
      spans.add(Span.bold(section.title()));
      section.lead().ifPresent(lead -> spans.add(Span.text(" — " + lead)));
      items.add(List.of(new Block.Paragraph(spans)));
    }
    if (sections.size() > MAX_OUTLINE) {
      items.add(
          List.of(
              new Block.Paragraph(
                  List.of(
                      Span.text(t("recap.view.outline-more", sections.size() - MAX_OUTLINE))))));
    }
    return new Block.ListBlock(true, 1, items);
  }

  private String t(String key, Object... args) {
    return Messages.get(locale, key, args);
  }
}
