package dev.jabu.core.recap;

import dev.jabu.core.command.Attachment;
import dev.jabu.core.command.AutocompleteSource;
import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandHandler;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.command.Role;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.platform.ChannelRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /recap}: moderators preview a recap privately, publish it as a thread in every
 * announcement channel, and edit or delete it as a whole. The markdown comes from {@code file:}
 * (console only), {@code url:} or {@code text:}; {@code meetup:} attaches it to a meetup.
 */
public final class RecapCommands implements CommandModule {
  private static final int LIST_LIMIT = 20;

  /** How many recaps or previews a suggestion looks through. */
  private static final int SUGGESTION_POOL = 100;

  private final RecapService service;
  private final RecapPreviews previews;
  private final AutocompleteSource meetups;

  RecapCommands(RecapService service, RecapPreviews previews, AutocompleteSource meetups) {
    this.service = service;
    this.previews = previews;
    this.meetups = meetups;
  }

  /** A handler step that may fail with a problem the member is told about. */
  @FunctionalInterface
  private interface Step {
    Reply run(CommandContext ctx) throws RecapProblem;
  }

  @Override
  public List<CommandSpec> commands() {
    CommandSpec.Builder recap =
        CommandSpec.command("recap")
            .aliases("후기")
            .description("밋업 후기를 스레드로 올리기", "Publish a meetup recap as a thread")
            .requiredRole(Role.MODERATOR);
    recap.subcommand(
        withSource(
                leaf(
                    "preview",
                    "후기 미리보기 (나만 보임)",
                    "Preview a recap (only you see it)",
                    this::preview))
            .example("/recap preview file:docs/recaps/2026-11-devops-korea.md")
            .example(
                "/recap preview url:https://github.com/devopskorea/recaps/blob/main/2026-11.md")
            .build());
    recap.subcommand(
        withSource(
                leaf(
                    "publish",
                    "후기를 모든 공지 채널에 스레드로 올리기",
                    "Publish a recap as a thread in every announcement channel",
                    this::publish))
            .example("/recap publish file:docs/recaps/2026-11-devops-korea.md meetup:12")
            .example("/recap publish preview:7")
            .build());
    recap.subcommand(
        withSource(
                leaf(
                        "edit",
                        "올린 후기 고치기 (출처를 빼면 같은 파일이나 주소를 다시 읽음)",
                        "Edit a published recap (without a source, its file or address is read again)",
                        this::edit)
                    .option(idOption()))
            .example("/recap edit 3")
            .example("/recap edit 3 url:https://example.com/recap.md")
            .build());
    recap.subcommand(
        leaf("delete", "올린 후기를 통째로 지우기", "Delete a published recap, thread and all", this::delete)
            .option(idOption())
            .example("/recap delete 3")
            .build());
    recap.subcommand(
        leaf("list", "최근 후기", "Recent recaps", this::list).example("/recap list").build());
    recap.subcommand(
        leaf("discard", "미리보기 버리기", "Discard a preview", this::discard)
            .option(
                OptionSpec.required("preview", OptionType.INTEGER, "미리보기 번호", "Preview number")
                    .withAutocomplete(this::suggestPreviews))
            .example("/recap discard 7")
            .build());
    return List.of(recap.build());
  }

  private CommandSpec.Builder leaf(String name, String ko, String en, Step step) {
    return CommandSpec.command(name).description(ko, en).handler(handler(step));
  }

  private static CommandHandler handler(Step step) {
    return ctx -> {
      try {
        return step.run(ctx);
      } catch (RecapProblem problem) {
        return Reply.privately(RichMessage.text(problem.text(ctx.locale())));
      }
    };
  }

  /** The source options (one of file, url, text) and the meetup; text takes the rest. */
  private CommandSpec.Builder withSource(CommandSpec.Builder builder) {
    return builder
        .option(
            OptionSpec.optional(
                    "file",
                    OptionType.ATTACHMENT,
                    "마크다운 파일 (Discord는 첨부, 콘솔은 경로)",
                    "A markdown file (attached on Discord, a path at the console)")
                .withKoreanName("파일"))
        .option(OptionSpec.optional("url", OptionType.STRING, "마크다운 주소", "Address of the markdown"))
        .option(
            OptionSpec.optional(
                    "meetup", OptionType.INTEGER, "후기를 붙일 밋업 번호", "Meetup the recap belongs to")
                .withAutocomplete(meetups))
        .option(
            OptionSpec.optional(
                    "preview",
                    OptionType.INTEGER,
                    "미리본 후기 번호 (미리보기의 올리기 버튼)",
                    "A previewed recap's number (its Publish button)")
                .withAutocomplete(this::suggestPreviews))
        .option(
            OptionSpec.optional(
                    "text", OptionType.STRING, "짧은 후기는 직접 붙여 넣기", "Paste a short recap directly")
                .takingRest());
  }

  private OptionSpec idOption() {
    return OptionSpec.required("id", OptionType.INTEGER, "후기 번호", "Recap number")
        .withAutocomplete(this::suggestRecaps);
  }

  /** Published recaps whose number or title matches what was typed, newest first. */
  private List<AutocompleteSource.Choice> suggestRecaps(String typed, Locale locale, int limit) {
    List<Recap> published =
        service.recent(SUGGESTION_POOL).stream()
            .filter(r -> r.state() != Recap.State.DELETED)
            .toList();
    return AutocompleteSource.numbered(published, Recap::id, Recap::title, typed, limit);
  }

  /** Previews whose buttons still work, newest first, named by what they were made from. */
  private List<AutocompleteSource.Choice> suggestPreviews(String typed, Locale locale, int limit) {
    return AutocompleteSource.numbered(
        previews.waiting(SUGGESTION_POOL),
        RecapPreviews.Saved::id,
        RecapPreviews.Saved::name,
        typed,
        limit);
  }

  private Reply preview(CommandContext ctx) throws RecapProblem {
    if (ctx.option("preview", Long.class).isPresent()) {
      throw new RecapProblem("recap.source.several");
    }
    RecapSource source = requiredSource(ctx);
    RecapService.Draft draft =
        service.prepare(source, meetup(ctx), Optional.empty(), ctx.invocation().platform());
    service.threads(draft, service.channels()); // a recap publish would refuse is refused here
    long id = previews.save(source, meetup(ctx), ctx.user());
    return Reply.privately(RecapPreview.of(draft, service.channels(), ctx, id));
  }

  private Reply publish(CommandContext ctx) throws RecapProblem {
    Optional<Long> previewed = ctx.option("preview", Long.class);
    if (previewed.isEmpty()) {
      Recap recap =
          service.publish(
              requiredSource(ctx), meetup(ctx), ctx.user(), ctx.invocation().platform());
      return Reply.privately(
          done(ctx, ctx.t("recap.published", recap.id(), recap.title()), recap, true));
    }
    if (source(ctx).isPresent()) {
      throw new RecapProblem("recap.source.several");
    }
    RecapPreviews.Saved saved =
        previews
            .take(previewed.get())
            .orElseThrow(() -> new RecapProblem("recap.preview.gone", previewed.get()));
    Recap recap;
    try {
      recap =
          service.publish(
              saved.source(),
              meetup(ctx).or(saved::meetup),
              ctx.user(),
              ctx.invocation().platform());
    } catch (RecapProblem | RuntimeException e) {
      previews.restore(saved); // refused: the buttons work again once the cause is fixed
      throw e;
    }
    return Reply.privately(
        done(ctx, ctx.t("recap.published", recap.id(), recap.title()), recap, true));
  }

  private Reply discard(CommandContext ctx) throws RecapProblem {
    long id = ctx.required("preview", Long.class);
    previews.take(id).orElseThrow(() -> new RecapProblem("recap.preview.gone", id));
    return Reply.privately(RichMessage.text(ctx.t("recap.preview.discarded", id)));
  }

  private Reply edit(CommandContext ctx) throws RecapProblem {
    long id = ctx.required("id", Long.class);
    Recap recap = service.edit(id, source(ctx), meetup(ctx), ctx.invocation().platform());
    return Reply.privately(
        done(ctx, ctx.t("recap.edited", recap.id(), recap.title(), recap.revision()), recap, true));
  }

  private Reply delete(CommandContext ctx) throws RecapProblem {
    Recap recap = service.delete(ctx.required("id", Long.class));
    return Reply.privately(
        done(ctx, ctx.t("recap.deleted", recap.id(), recap.title()), recap, false));
  }

  private Reply list(CommandContext ctx) {
    List<Recap> recaps = service.recent(LIST_LIMIT);
    if (recaps.isEmpty()) {
      return Reply.privately(RichMessage.text(ctx.t("recap.list.none")));
    }
    List<List<Block>> items = new ArrayList<>();
    for (Recap r : recaps) {
      List<Span> spans = new ArrayList<>();
      spans.add(Span.code("#" + r.id()));
      spans.add(Span.text(" "));
      spans.add(Span.bold(r.title()));
      spans.add(
          Span.text(
              " — " + ctx.t("recap.state." + r.state().name().toLowerCase(java.util.Locale.ROOT))));
      r.meetupId().ifPresent(m -> spans.add(Span.text(" · " + ctx.t("recap.list.meetup", m))));
      spans.add(Span.text(" · " + origin(ctx, r.origin())));
      items.add(List.of(new Block.Paragraph(spans)));
    }
    return Reply.privately(
        RichMessage.builder()
            .heading(ctx.t("recap.list.title"))
            .block(new Block.ListBlock(false, 1, items))
            .build());
  }

  /** What was done, then per channel how many messages the recap has there now. */
  private static RichMessage done(CommandContext ctx, String what, Recap recap, boolean counts) {
    RichMessage.Builder message = RichMessage.builder().paragraph(what);
    if (counts) {
      List<List<Block>> items = new ArrayList<>();
      for (Map.Entry<ChannelRef, List<String>> e : recap.messages().entrySet()) {
        String line = ctx.t("recap.done.channel", where(e.getKey()), e.getValue().size() - 1);
        items.add(List.of(new Block.Paragraph(List.of(Span.text(line)))));
      }
      message.block(new Block.ListBlock(false, 1, items));
      message.context(ctx.t("recap.done.hint", recap.id()));
    }
    return message.build();
  }

  static String where(ChannelRef channel) {
    return channel.platform().id() + " #" + channel.name();
  }

  private static String origin(CommandContext ctx, RecapSource.Origin origin) {
    return switch (origin.kind()) {
      case FILE -> ctx.t("recap.origin.file", origin.location());
      case URL -> origin.location();
      case TEXT -> ctx.t("recap.origin.text");
    };
  }

  private static Optional<Long> meetup(CommandContext ctx) {
    return ctx.option("meetup", Long.class);
  }

  private static RecapSource requiredSource(CommandContext ctx) throws RecapProblem {
    return source(ctx).orElseThrow(() -> new RecapProblem("recap.source.missing"));
  }

  /** An attached file is read like pasted text; a typed path is read from disk (console only). */
  private static RecapSource fileSource(Attachment file) {
    return file instanceof Attachment.Uploaded uploaded
        ? new RecapSource.Text(uploaded.text())
        : new RecapSource.File(((Attachment.Typed) file).path());
  }

  /** The one source the member named, if any. */
  private static Optional<RecapSource> source(CommandContext ctx) throws RecapProblem {
    List<RecapSource> sources = new ArrayList<>();
    ctx.option("file", Attachment.class).map(RecapCommands::fileSource).ifPresent(sources::add);
    ctx.string("url").map(RecapSource.Url::new).ifPresent(sources::add);
    ctx.string("text").map(RecapSource.Text::new).ifPresent(sources::add);
    if (sources.size() > 1) {
      throw new RecapProblem("recap.source.several");
    }
    return sources.stream().findFirst();
  }
}
