package dev.jabu.app.web;

import dev.jabu.app.http.PageRoutes;
import dev.jabu.core.glossary.GlossaryService;
import dev.jabu.core.meetup.MeetupService;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;

/**
 * The public page's routes on bot-app's HTTP server: {@code /}, {@code /glossary}, {@code
 * /glossary/{slug}}, {@code /meetups}, {@code /meetups/{id}} and {@code /assets/…}. A feature that
 * is switched off has no pages, and its links are left out.
 */
public final class PublicSite {
  private final Optional<GlossaryPages> glossary;
  private final Optional<MeetupPages> meetups;
  private final Frames frames;
  private final Renderer renderer = new Renderer();
  private final Errors errors;
  private final Assets assets = new Assets();
  private final Optional<GlossaryService> glossaryService;

  public PublicSite(
      Optional<GlossaryService> glossary, Optional<MeetupService> meetups, SiteSettings settings) {
    this.frames = new Frames(settings);
    this.errors = new Errors(frames, renderer);
    this.glossaryService = glossary;
    SearchLimit limit = new SearchLimit(settings.searchesPerMinute(), settings.clock());
    this.glossary = glossary.map(g -> new GlossaryPages(g, frames, renderer, limit, errors));
    this.meetups = meetups.map(m -> new MeetupPages(m, settings, frames, renderer, errors));
  }

  /**
   * Adds the page routes.
   *
   * @param icsFile serves {@code /meetups/{id}.ics}, which shares its path with the meetup pages
   */
  public void register(PageRoutes routes, Handler icsFile) {
    routes.get("/", this::home);
    routes.get(
        "/assets/{name}",
        ctx -> {
          if (!assets.serve(ctx, ctx.pathParam("name"))) {
            errors.notFound(ctx);
          }
        });
    glossary.ifPresent(
        pages -> {
          routes.get("/glossary", pages::index);
          routes.get("/glossary/{slug}", pages::entry);
        });
    routes.get(
        "/meetups/{file}",
        ctx -> {
          String file = ctx.pathParam("file");
          if (file.endsWith(".ics")) {
            icsFile.handle(ctx);
          } else if (meetups.isPresent()) {
            meetups.get().meetup(ctx, file);
          } else {
            errors.notFound(ctx);
          }
        });
    meetups.ifPresent(pages -> routes.get("/meetups", pages::list));
  }

  /** The 404 page, for paths no route knows. */
  public void notFound(Context ctx) {
    errors.notFound(ctx);
  }

  /** The 500 page for a failure logged under {@code cid}. */
  public void failed(Context ctx, String cid) {
    errors.failed(ctx, cid);
  }

  private void home(Context ctx) {
    Texts t = frames.texts(ctx);
    int terms = glossaryService.map(g -> g.glossary().size()).orElse(0);
    Optional<MeetupLine> next = meetups.flatMap(pages -> pages.next(t));
    Page page =
        frames.page(
            ctx, t, frames.community(), t.get("web.home.intro"), "home", "website", List.of());
    renderer.page(ctx, 200, "home.jte", new HomeModel(page, terms, meetups.isPresent(), next));
  }
}
