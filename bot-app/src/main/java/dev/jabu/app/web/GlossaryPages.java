package dev.jabu.app.web;

import dev.jabu.core.glossary.Category;
import dev.jabu.core.glossary.Glossary;
import dev.jabu.core.glossary.GlossaryEntry;
import dev.jabu.core.glossary.GlossaryMatch;
import dev.jabu.core.glossary.GlossaryService;
import dev.jabu.core.glossary.SearchResult;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /glossary} and {@code /glossary/{slug}}. A search from the box asks {@link
 * GlossaryService#ask} — the very call {@code /term} makes, so it is counted in {@code /glossary
 * stats} like a chat question. Search-as-you-type ({@code fragment=1}) asks the same index without
 * counting, so half-typed words do not fill the statistics. Only the glossary is shown: approved
 * entries, never pending suggestions.
 */
final class GlossaryPages {
  static final String SCRIPT = "search.js";

  private final GlossaryService service;
  private final Frames frames;
  private final Renderer renderer;
  private final SearchLimit limit;
  private final Errors errors;

  GlossaryPages(
      GlossaryService service, Frames frames, Renderer renderer, SearchLimit limit, Errors errors) {
    this.service = service;
    this.frames = frames;
    this.renderer = renderer;
    this.limit = limit;
    this.errors = errors;
  }

  void index(Context ctx) {
    Texts t = frames.texts(ctx);
    String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    if (query.length() > GlossaryService.MAX_QUERY) {
      query = query.substring(0, GlossaryService.MAX_QUERY);
    }
    boolean fragment = "1".equals(ctx.queryParam("fragment"));
    Optional<SearchResults> results = Optional.empty();
    if (!query.isEmpty()) {
      Duration wait = limit.admit(ClientAddress.of(ctx));
      if (!wait.isZero()) {
        errors.limited(ctx, t, wait);
        return;
      }
      SearchResult found = fragment ? service.index().search(query) : service.ask(query);
      results = Optional.of(results(found, query, t));
    }
    if (fragment) {
      Renderer.secure(ctx);
      ctx.header("Cache-Control", "no-cache");
      ctx.contentType("text/html; charset=utf-8")
          .result(results.map(r -> renderer.render("results.jte", r)).orElse(""));
      return;
    }
    Glossary glossary = service.glossary();
    Optional<Category> category =
        Optional.ofNullable(ctx.queryParam("category")).flatMap(Category::fromId);
    boolean korean =
        Optional.ofNullable(ctx.queryParam("by")).map("ko"::equals).orElse("ko".equals(t.lang()));
    List<GlossaryEntry> shown =
        glossary.entries().stream()
            .filter(e -> category.isEmpty() || e.category() == category.get())
            .toList();
    String title =
        query.isEmpty()
            ? t.get("web.glossary.title")
            : t.get("web.glossary.results", query) + " · " + t.get("web.glossary.title");
    Page page =
        frames.page(
            ctx,
            t,
            title,
            t.get("web.glossary.description", glossary.size()),
            "glossary",
            "website",
            List.of(SCRIPT));
    renderer.page(
        ctx,
        200,
        "glossary.jte",
        new GlossaryModel(
            page,
            query,
            results,
            categories(t, category, korean),
            indexes(category, korean),
            // a search answers with its results; the whole index is one click away
            query.isEmpty() ? groups(shown, korean, t.locale()) : List.of(),
            shown.size()));
  }

  void entry(Context ctx) {
    Texts t = frames.texts(ctx);
    Glossary glossary = service.glossary();
    Optional<GlossaryEntry> found = glossary.get(ctx.pathParam("slug"));
    if (found.isEmpty()) {
      errors.notFound(ctx, t);
      return;
    }
    GlossaryEntry e = found.get();
    Locale locale = t.locale();
    List<EntryLine> roles = lines(ids(glossary, e.isA()), locale);
    List<EntryLine> alternatives =
        e.category() == Category.TOOL || !e.isA().isEmpty()
            ? lines(glossary.alternativesOf(e), locale)
            : List.of();
    List<EntryLine> tools =
        e.category() == Category.ROLE ? lines(glossary.toolsPlaying(e.id()), locale) : List.of();
    String origin =
        "database".equals(e.source())
            ? t.get("web.entry.source.chat")
            : t.get("web.entry.source.file", e.source());
    Page page =
        frames.page(
            ctx,
            t,
            e.title(locale),
            Summaries.first(e.definition(locale)),
            "glossary",
            "article",
            List.of());
    renderer.page(
        ctx,
        200,
        "entry.jte",
        new EntryModel(
            page,
            e.title(locale),
            e.name(),
            e.ko(),
            e.aliases(),
            e.category().label(locale),
            "/glossary?category=" + e.category().id(),
            e.definitionKo(),
            e.definitionEn(),
            roles,
            alternatives,
            tools,
            lines(ids(glossary, e.related()), locale),
            SafeUrl.of(e.link()),
            origin,
            e.added().toString()));
  }

  /** What the search found, the way the chat answer reads it: by what was asked. */
  private SearchResults results(SearchResult found, String query, Texts t) {
    Glossary glossary = service.glossary();
    Locale locale = t.locale();
    List<GlossaryEntry> entries = new ArrayList<>();
    String heading = t.get("web.glossary.results", query);
    if (found.found()) {
      GlossaryEntry first = found.best().map(GlossaryMatch::entry).orElseThrow();
      switch (found.intent()) {
        case COMPARE -> {
          found.matches().forEach(m -> entries.add(m.entry()));
          heading =
              t.get(
                  "web.glossary.results.compare",
                  found.matches().get(0).entry().name(),
                  found.matches().get(1).entry().name());
        }
        case ALTERNATIVES -> {
          entries.add(first);
          entries.addAll(glossary.alternativesOf(first));
          heading = t.get("web.glossary.results.alternatives", first.title(locale));
        }
        case TOOLS_FOR_ROLE -> {
          entries.add(first);
          entries.addAll(glossary.toolsPlaying(first.id()));
          heading = t.get("web.glossary.results.tools", first.title(locale));
        }
        default -> found.matches().forEach(m -> entries.add(m.entry()));
      }
    }
    return new SearchResults(
        heading,
        lines(distinct(entries), locale),
        t.get("web.glossary.results.none", query),
        t.get("web.glossary.results.did-you-mean"),
        lines(found.didYouMean(), locale));
  }

  private static List<GlossaryEntry> distinct(List<GlossaryEntry> entries) {
    Map<String, GlossaryEntry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.putIfAbsent(e.id(), e));
    return List.copyOf(byId.values());
  }

  private static List<GlossaryEntry> ids(Glossary glossary, List<String> ids) {
    return ids.stream().flatMap(id -> glossary.get(id).stream()).toList();
  }

  static List<EntryLine> lines(List<GlossaryEntry> entries, Locale locale) {
    return entries.stream().map(e -> line(e, locale)).toList();
  }

  static EntryLine line(GlossaryEntry e, Locale locale) {
    return new EntryLine(href(e), e.title(locale), Summaries.first(e.definition(locale)));
  }

  static String href(GlossaryEntry e) {
    return "/glossary/" + Frames.encode(e.id());
  }

  private static List<Choice> categories(Texts t, Optional<Category> chosen, boolean korean) {
    List<Choice> choices = new ArrayList<>();
    String by = "by=" + (korean ? "ko" : "en");
    choices.add(
        new Choice(t.get("web.glossary.category.all"), "/glossary?" + by, chosen.isEmpty()));
    for (Category c : Category.values()) {
      choices.add(
          new Choice(
              c.label(t.locale()),
              "/glossary?category=" + c.id() + "&" + by,
              chosen.equals(Optional.of(c))));
    }
    return choices;
  }

  private static List<Choice> indexes(Optional<Category> category, boolean korean) {
    String c = category.map(x -> "category=" + x.id() + "&").orElse("");
    // each index is named in its own script: 가나다 and A–Z read the same in both languages
    return List.of(
        new Choice("가나다", "/glossary?" + c + "by=ko", korean),
        new Choice("A–Z", "/glossary?" + c + "by=en", !korean));
  }

  private static List<IndexGroup> groups(List<GlossaryEntry> entries, boolean korean, Locale l) {
    List<IndexGroup> groups = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<GlossaryEntry>> g :
        GlossaryIndexLetters.group(entries, korean).entrySet()) {
      groups.add(new IndexGroup(g.getKey(), "index-" + ++n, lines(g.getValue(), l)));
    }
    return groups;
  }
}
