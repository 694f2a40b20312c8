package dev.jabu.core.glossary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jabu.core.command.CommandContext;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.command.OptionSpec;
import dev.jabu.core.command.OptionType;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.message.Block;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.Span;
import dev.jabu.core.text.CleanText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /glossary suggest}: what a member may propose, how it is checked, and how a moderator's
 * approval completes it into a full entry. A proposal carries the definition in the proposer's
 * language; the moderator supplies the other language when approving, if it is missing.
 */
final class SuggestionForm {
  static final int MAX_NAME = 80;
  static final int MIN_DEFINITION = 10;
  static final int MAX_DEFINITION = 600;
  static final int MAX_ALIASES = 10;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final GlossaryService service;

  SuggestionForm(GlossaryService service) {
    this.service = service;
  }

  record Proposal(String name, String body, Optional<String> targetId) {}

  interface Handler {
    Reply handle(CommandContext ctx, Proposal proposal);
  }

  CommandSpec spec(Handler handler) {
    return CommandSpec.command("suggest")
        .description("새 용어나 고칠 점을 제안합니다", "Suggests a new entry or an edit")
        .option(OptionSpec.required("name", OptionType.STRING, "용어 이름", "The term's name"))
        .option(
            OptionSpec.required(
                "definition",
                OptionType.STRING,
                "정의 (1~3문장, 따옴표로 감싸기)",
                "Definition (1-3 sentences, quoted)"))
        .option(OptionSpec.optional("ko", OptionType.STRING, "한국어 이름", "Korean name"))
        .option(Category.option())
        .option(
            OptionSpec.optional(
                "aliases", OptionType.STRING, "다른 이름 (쉼표로 구분)", "Other names, comma-separated"))
        .option(OptionSpec.optional("link", OptionType.STRING, "참고 링크", "Reference link"))
        .example(
            "/glossary suggest Backstage \"An open-source developer portal framework.\" category:tool")
        .handler(ctx -> propose(ctx, handler))
        .build();
  }

  private Reply propose(CommandContext ctx, Handler handler) {
    Locale locale = ctx.locale();
    List<String> problems = new ArrayList<>();
    String name = CleanText.name(ctx.required("name", String.class));
    String definition = ctx.required("definition", String.class).strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      problems.add(t(locale, "glossary.suggest.bad-name", MAX_NAME));
    }
    if (definition.length() < MIN_DEFINITION || definition.length() > MAX_DEFINITION) {
      problems.add(t(locale, "glossary.suggest.bad-definition", MIN_DEFINITION, MAX_DEFINITION));
    }
    Optional<Category> category =
        ctx.string("category").flatMap(c -> Category.fromId(c.strip().toLowerCase(Locale.ROOT)));
    if (ctx.string("category").isPresent() && category.isEmpty()) {
      problems.add(t(locale, "glossary.suggest.bad-category"));
    }
    Optional<String> link = ctx.string("link").map(String::strip);
    if (link.isPresent() && !link.get().matches("https?://[^\\s<>\"]{1,300}")) {
      problems.add(t(locale, "glossary.suggest.bad-link"));
    }
    List<String> aliases =
        ctx.string("aliases").stream()
            .flatMap(a -> Arrays.stream(a.split("[,，]")))
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .toList();
    if (aliases.size() > MAX_ALIASES || aliases.stream().anyMatch(a -> a.length() > MAX_NAME)) {
      problems.add(t(locale, "glossary.suggest.bad-aliases", MAX_ALIASES));
    }
    if (!problems.isEmpty()) {
      RichMessage.Builder message =
          RichMessage.builder().paragraph(t(locale, "glossary.suggest.problems"));
      message.block(
          new Block.ListBlock(
              false,
              1,
              problems.stream()
                  .map(p -> List.<Block>of(new Block.Paragraph(List.of(Span.text(p)))))
                  .toList()));
      return Reply.privately(message.build());
    }
    Optional<GlossaryEntry> existing =
        service
            .index()
            .search(name)
            .best()
            .filter(m -> m.distance() == 0 && m.how() != GlossaryMatch.How.CHOSEONG)
            .map(GlossaryMatch::entry);
    ObjectNode body = YAML.createObjectNode();
    body.put("id", existing.map(GlossaryEntry::id).orElse(slug(name)));
    body.put("name", existing.map(GlossaryEntry::name).orElse(name));
    body.put(
        "ko",
        ctx.string("ko").map(String::strip).or(() -> existing.map(GlossaryEntry::ko)).orElse(name));
    Set<String> allAliases =
        new LinkedHashSet<>(existing.map(GlossaryEntry::aliases).orElse(List.of()));
    allAliases.addAll(aliases);
    allAliases.forEach(body.withArray("aliases")::add);
    body.put(
        "category",
        category.or(() -> existing.map(GlossaryEntry::category)).orElse(Category.CONCEPT).id());
    existing.ifPresent(
        e -> {
          e.isA().forEach(body.withArray("is-a")::add);
          e.alternatives().forEach(body.withArray("alternatives")::add);
          e.related().forEach(body.withArray("related")::add);
        });
    ObjectNode definitions = body.putObject("definition");
    boolean korean = "ko".equals(locale.getLanguage());
    definitions.put(korean ? "ko" : "en", definition);
    existing.ifPresent(
        e -> definitions.put(korean ? "en" : "ko", korean ? e.definitionEn() : e.definitionKo()));
    link.or(() -> existing.flatMap(GlossaryEntry::link)).ifPresent(l -> body.put("link", l));
    existing.ifPresent(e -> body.put("added", e.added().toString()));
    return handler.handle(
        ctx, new Proposal(body.get("name").asText(), write(body), existing.map(GlossaryEntry::id)));
  }

  /** The entry a moderator approves: the proposal plus the missing language, dated today. */
  Optional<GlossaryEntry> complete(Suggestion suggestion, Optional<String> translation, Clock clock)
      throws GlossaryException {
    ObjectNode body = (ObjectNode) read(suggestion.body());
    ObjectNode definitions = body.with("definition");
    String missing = definitions.has("ko") ? "en" : "ko";
    if (!definitions.has(missing)) {
      if (translation.isEmpty() || translation.get().isBlank()) {
        return Optional.empty();
      }
      definitions.put(missing, translation.get().strip());
    }
    if (!body.has("added")) {
      body.put("added", LocalDate.now(clock).toString());
    }
    return Optional.of(GlossaryYaml.readEntry(write(body), "suggestion " + suggestion.id()));
  }

  String name(Suggestion suggestion) {
    return read(suggestion.body()).path("name").asText();
  }

  Block describe(Suggestion suggestion, Locale locale) {
    JsonNode body = read(suggestion.body());
    List<Span> spans = new ArrayList<>();
    spans.add(Span.bold("#" + suggestion.id() + " " + body.path("name").asText()));
    spans.add(
        Span.text(
            " (" + body.path("category").asText() + ", " + suggestion.proposer().key() + ")"));
    suggestion
        .targetId()
        .ifPresent(id -> spans.add(Span.italic(" " + t(locale, "glossary.queue.edit-of", id))));
    JsonNode definitions = body.path("definition");
    List<Block> lines = new ArrayList<>();
    lines.add(new Block.Paragraph(spans));
    definitions
        .fieldNames()
        .forEachRemaining(
            lang ->
                lines.add(
                    new Block.Paragraph(
                        List.of(Span.text(lang + ": " + definitions.get(lang).asText())))));
    return new Block.Quote(lines);
  }

  /** A stable id from a name: lower-case ASCII words joined by hyphens, or a hash for Hangul. */
  static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return ascii.isEmpty() ? "term-" + Integer.toHexString(name.hashCode() & 0x7fffffff) : ascii;
  }

  private static JsonNode read(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(JsonNode node) {
    try {
      return YAML.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String t(Locale locale, String key, Object... args) {
    return Messages.get(locale, key, args);
  }
}
