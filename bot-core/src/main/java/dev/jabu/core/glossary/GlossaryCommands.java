package dev.jabu.core.glossary;

import dev.jabu.core.command.AutocompleteSource;
import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.command.Role;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.member.Recipient;
import dev.jabu.core.member.Recipients;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.privacy.Forgotten;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** {@code /term} and {@code /glossary}: asking, browsing, suggesting and moderating entries. */
public final class GlossaryCommands implements CommandModule {
  /** Discord shows at most 25 autocomplete choices. */
  public static final int AUTOCOMPLETE_LIMIT = 25;

  private final GlossaryService service;
  private final Outbox outbox;
  private final Optional<Recipients> recipients;
  private final SuggestionForm form;
  private final Optional<String> pages;

  /** Outcomes go to the proposer's person: their preferred account, in their language. */
  public GlossaryCommands(GlossaryService service, Outbox outbox, Recipients recipients) {
    this(service, outbox, Optional.of(recipients), Optional.empty());
  }

  /**
   * Like {@link #GlossaryCommands(GlossaryService, Outbox, Recipients)}, and each answer about one
   * entry ends with a link to its page on the community's public page.
   *
   * @param pages the public page's address ({@code https://jabu.example.org}), when it is served
   */
  public GlossaryCommands(
      GlossaryService service, Outbox outbox, Recipients recipients, Optional<String> pages) {
    this(service, outbox, Optional.of(recipients), pages);
  }

  /**
   * Outcomes go to the proposing account in the language it suggested in; for test harnesses that
   * have no member profiles.
   */
  public GlossaryCommands(GlossaryService service, Outbox outbox) {
    this(service, outbox, Optional.empty(), Optional.empty());
  }

  private GlossaryCommands(
      GlossaryService service,
      Outbox outbox,
      Optional<Recipients> recipients,
      Optional<String> pages) {
    this.service = service;
    this.outbox = outbox;
    this.recipients = recipients;
    this.form = new SuggestionForm(service);
    this.pages = pages;
  }

  @Override
  public List<CommandSpec> commands() {
    return List.of(term(), glossary());
  }

  private CommandSpec term() {
    return CommandSpec.command("term")
        .aliases("용어", "t")
        .description("DevOps 용어를 한국어와 영어로 설명합니다", "Explains a DevOps term in Korean and English")
        .option(
            OptionSpec.required("query", OptionType.STRING, "찾을 용어나 질문", "A term or a question")
                .takingRest()
                .withAutocomplete(this::autocomplete))
        .example("/term DevSecOps란?")
        .example("/term what is GitOps")
        .example("/term ㄷㅂㅇㅅ")
        .handler(this::ask)
        .build();
  }

  private CommandSpec glossary() {
    return CommandSpec.command("glossary")
        .aliases("용어집")
        .description("용어집을 둘러보고 새 용어를 제안합니다", "Browse the glossary and suggest entries")
        .subcommand(
            CommandSpec.command("list")
                .description("분류별 용어 목록", "Entries by category")
                .option(Category.option())
                .example("/glossary list tool")
                .handler(this::list)
                .build())
        .subcommand(
            CommandSpec.command("random")
                .description("무작위 용어 하나", "One entry at random")
                .handler(this::random)
                .build())
        .subcommand(form.spec(this::suggest))
        .subcommand(
            CommandSpec.command("queue")
                .description("검토를 기다리는 제안", "Suggestions waiting for review")
                .requiredRole(Role.MODERATOR)
                .handler(this::queue)
                .build())
        .subcommand(
            CommandSpec.command("approve")
                .description("제안을 승인합니다", "Approves a suggestion")
                .requiredRole(Role.MODERATOR)
                .option(OptionSpec.required("id", OptionType.INTEGER, "제안 번호", "Suggestion number"))
                .option(
                    OptionSpec.optional(
                            "translation",
                            OptionType.STRING,
                            "제안에 없는 언어의 정의",
                            "The definition in the language the suggestion lacks")
                        .takingRest())
                .example("/glossary approve 3")
                .handler(this::approve)
                .build())
        .subcommand(
            CommandSpec.command("reject")
                .description("제안을 거절합니다", "Rejects a suggestion")
                .requiredRole(Role.MODERATOR)
                .option(OptionSpec.required("id", OptionType.INTEGER, "제안 번호", "Suggestion number"))
                .option(OptionSpec.optional("reason", OptionType.STRING, "이유", "Why").takingRest())
                .example("/glossary reject 3 already covered by GitOps")
                .handler(this::reject)
                .build())
        .subcommand(
            CommandSpec.command("export")
                .description(
                    "채팅에서 승인된 용어를 파일 형식으로 내보냅니다",
                    "Exports entries approved in chat in the file format")
                .requiredRole(Role.MODERATOR)
                .handler(this::export)
                .build())
        .subcommand(
            CommandSpec.command("stats")
                .description("많이 찾은 용어와 못 찾은 질문", "Most asked terms and queries that found nothing")
                .requiredRole(Role.MODERATOR)
                .handler(this::stats)
                .build())
        .build();
  }

  private List<AutocompleteSource.Choice> autocomplete(String typed, Locale locale, int limit) {
    return service.autocomplete(typed, locale, Math.min(limit, AUTOCOMPLETE_LIMIT)).stream()
        .map(c -> new AutocompleteSource.Choice(c.label(), c.name()))
        .toList();
  }

  private Reply ask(CommandContext ctx) {
    String query = ctx.required("query", String.class);
    SearchResult result = service.ask(query);
    GlossaryAnswer answer = new GlossaryAnswer(service.glossary(), ctx.locale(), pages);
    return Reply.publicly(answer.answer(result, query));
  }

  private Reply list(CommandContext ctx) {
    Glossary glossary = service.glossary();
    var category = ctx.string("category");
    if (category.isEmpty()) {
      RichMessage.Builder message =
          RichMessage.builder().heading(ctx.t("glossary.list.title", glossary.size()));
      List<List<Block>> items =
          java.util.Arrays.stream(Category.values())
              .map(
                  c ->
                      List.<Block>of(
                          new Block.Paragraph(
                              List.of(
                                  Span.code(c.id()),
                                  Span.text(
                                      " — "
                                          + c.label(ctx.locale())
                                          + " ("
                                          + glossary.entries().stream()
                                              .filter(e -> e.category() == c)
                                              .count()
                                          + ")")))))
              .toList();
      return Reply.privately(
          message
              .block(new Block.ListBlock(false, 1, items))
              .context(ctx.t("glossary.list.hint"))
              .build());
    }
    var chosen = Category.fromId(category.get().strip().toLowerCase(Locale.ROOT));
    if (chosen.isEmpty()) {
      return Reply.privately(
          RichMessage.builder()
              .paragraph(
                  Span.text(ctx.t("glossary.list.unknown-category") + " "),
                  Span.code(GlossaryAnswer.shorten(category.get())))
              .context(ctx.t("glossary.list.hint"))
              .build());
    }
    String names =
        glossary.entries().stream()
            .filter(e -> e.category() == chosen.get())
            .sorted(Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT)))
            .map(e -> e.title(ctx.locale()))
            .collect(java.util.stream.Collectors.joining(", "));
    return Reply.privately(
        RichMessage.builder().heading(chosen.get().label(ctx.locale())).paragraph(names).build());
  }

  private Reply random(CommandContext ctx) {
    List<GlossaryEntry> entries = service.glossary().entries();
    GlossaryEntry entry = entries.get(ThreadLocalRandom.current().nextInt(entries.size()));
    GlossaryMatch match = new GlossaryMatch(entry, GlossaryMatch.How.NAME, entry.name(), 0);
    return Reply.publicly(
        new GlossaryAnswer(service.glossary(), ctx.locale(), pages).found(match, entry.name()));
  }

  private Reply suggest(CommandContext ctx, SuggestionForm.Proposal proposal) {
    long id = service.suggest(ctx.user(), ctx.locale(), proposal.targetId(), proposal.body());
    String key =
        proposal.targetId().isPresent()
            ? "glossary.suggest.edit-thanks"
            : "glossary.suggest.thanks";
    return Reply.privately(RichMessage.text(ctx.t(key, proposal.name(), id)));
  }

  private Reply queue(CommandContext ctx) {
    List<Suggestion> pending = service.pending();
    if (pending.isEmpty()) {
      return Reply.privately(RichMessage.text(ctx.t("glossary.queue.empty")));
    }
    RichMessage.Builder message =
        RichMessage.builder().heading(ctx.t("glossary.queue.title", pending.size()));
    for (Suggestion s : pending) {
      message.block(form.describe(s, ctx.locale()));
    }
    return Reply.privately(message.context(ctx.t("glossary.queue.hint")).build());
  }

  private Reply approve(CommandContext ctx) throws GlossaryException {
    var found = pendingSuggestion(ctx);
    if (found.reply() != null) {
      return found.reply();
    }
    Suggestion suggestion = found.suggestion();
    var completed = form.complete(suggestion, ctx.string("translation"), ctx.clock());
    if (completed.isEmpty()) {
      return Reply.privately(
          RichMessage.text(ctx.t("glossary.approve.needs-translation", suggestion.id())));
    }
    try {
      service.approve(suggestion, completed.get(), ctx.user().key());
    } catch (GlossaryException e) {
      return Reply.privately(
          RichMessage.builder()
              .paragraph(ctx.t("glossary.approve.conflict", suggestion.id()))
              .block(
                  new Block.CodeBlock(
                      "",
                      e.problems().stream()
                          .map(p -> p.where() + ": " + p.problem())
                          .collect(java.util.stream.Collectors.joining("\n"))))
              .build());
    }
    tell(suggestion, "glossary.told.approved", completed.get().name(), "");
    return Reply.privately(
        RichMessage.text(ctx.t("glossary.approve.done", suggestion.id(), completed.get().name())));
  }

  private Reply reject(CommandContext ctx) {
    var found = pendingSuggestion(ctx);
    if (found.reply() != null) {
      return found.reply();
    }
    Suggestion suggestion = found.suggestion();
    String reason = ctx.string("reason").map(String::strip).orElse("");
    if (reason.length() > 500) {
      reason = reason.substring(0, 500);
    }
    if (!service.reject(suggestion, ctx.user().key(), reason.isEmpty() ? null : reason)) {
      return Reply.privately(
          RichMessage.text(ctx.t("glossary.suggestion.not-pending", suggestion.id())));
    }
    tell(suggestion, "glossary.told.rejected", form.name(suggestion), reason);
    return Reply.privately(RichMessage.text(ctx.t("glossary.reject.done", suggestion.id())));
  }

  private record Found(Suggestion suggestion, Reply reply) {}

  private Found pendingSuggestion(CommandContext ctx) {
    long id = ctx.required("id", Long.class);
    var suggestion = service.suggestion(id);
    if (suggestion.isEmpty()) {
      return new Found(
          null, Reply.privately(RichMessage.text(ctx.t("glossary.suggestion.unknown", id))));
    }
    if (suggestion.get().status() != Suggestion.Status.PENDING) {
      return new Found(
          null, Reply.privately(RichMessage.text(ctx.t("glossary.suggestion.not-pending", id))));
    }
    return new Found(suggestion.get(), null);
  }

  /** Tells the proposer the outcome in a direct message. */
  private void tell(Suggestion suggestion, String key, String name, String reason) {
    if (Forgotten.is(suggestion.proposer())) {
      return; // the proposer asked to be forgotten: there is nobody to tell
    }
    Recipient to =
        recipients
            .map(r -> r.person(suggestion.proposer().key()))
            .orElse(new Recipient(suggestion.proposer(), suggestion.locale()));
    RichMessage.Builder message = RichMessage.builder().paragraph(to.t(key, name, suggestion.id()));
    if (!reason.isEmpty()) {
      message.block(new Block.Quote(List.of(new Block.Paragraph(List.of(Span.text(reason))))));
    }
    outbox.post(
        "glossary-suggestion-" + suggestion.id() + "-outcome", to.channel(), message.build());
  }

  private Reply export(CommandContext ctx) throws GlossaryException {
    String yaml = service.export();
    return Reply.privately(RichMessage.text(ctx.t("glossary.export.done")))
        .withAttachment(
            new Reply.Attachment(
                "glossary-approved.yaml",
                "application/yaml",
                yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private Reply stats(CommandContext ctx) {
    Glossary glossary = service.glossary();
    List<List<Block>> asked =
        service.mostAsked(10).stream()
            .map(
                c ->
                    List.<Block>of(
                        new Block.Paragraph(
                            List.of(
                                Span.text(
                                    glossary
                                        .get(c.what())
                                        .map(e -> e.title(ctx.locale()))
                                        .orElse(c.what())),
                                Span.text(" — " + ctx.t("glossary.stats.times", c.times()))))))
            .toList();
    List<List<Block>> missing =
        service.notFound(10).stream()
            .map(
                c ->
                    List.<Block>of(
                        new Block.Paragraph(
                            List.of(
                                Span.code(c.what()),
                                Span.text(" — " + ctx.t("glossary.stats.times", c.times()))))))
            .toList();
    RichMessage.Builder message = RichMessage.builder().heading(ctx.t("glossary.stats.title"));
    message.paragraph(Span.bold(ctx.t("glossary.stats.most-asked")));
    message.block(
        asked.isEmpty()
            ? new Block.Paragraph(List.of(Span.text(ctx.t("glossary.stats.nothing"))))
            : new Block.ListBlock(true, 1, asked));
    message.paragraph(Span.bold(ctx.t("glossary.stats.not-found")));
    message.block(
        missing.isEmpty()
            ? new Block.Paragraph(List.of(Span.text(ctx.t("glossary.stats.nothing"))))
            : new Block.ListBlock(true, 1, missing));
    return Reply.privately(message.build());
  }
}
