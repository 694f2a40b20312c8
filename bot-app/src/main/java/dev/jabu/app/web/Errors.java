package dev.jabu.app.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;

/** The error pages: in the reader's language, with a way back, and never a stack trace. */
final class Errors {
  private final Frames frames;
  private final Renderer renderer;

  Errors(Frames frames, Renderer renderer) {
    this.frames = frames;
    this.renderer = renderer;
  }

  void notFound(Context ctx) {
    notFound(ctx, frames.texts(ctx));
  }

  void notFound(Context ctx, Texts t) {
    show(ctx, t, 404, t.get("web.error.404.title"), t.get("web.error.404.body"));
  }

  void limited(Context ctx, Texts t, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    ctx.header("Retry-After", Long.toString(seconds));
    show(ctx, t, 429, t.get("web.error.429.title"), t.get("web.glossary.rate-limited", seconds));
  }

  /** A failure already logged under {@code cid}; the reader gets the id to quote. */
  void failed(Context ctx, String cid) {
    Texts t = frames.texts(ctx);
    show(ctx, t, 500, t.get("web.error.500.title"), t.get("web.error.500.body", cid));
  }

  private void show(Context ctx, Texts t, int status, String heading, String body) {
    Page page = frames.page(ctx, t, heading, body, "", "website", List.of());
    renderer.page(ctx, status, "error.jte", new ErrorModel(page, heading, body));
    // an error is not worth keeping, and must not be revalidated into a 304 of another page
    ctx.header("Cache-Control", "no-store");
  }
}
