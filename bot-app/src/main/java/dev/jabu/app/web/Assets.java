package dev.jabu.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The page's own style sheet and scripts, read once from {@code src/main/resources/web}: nothing is
 * loaded from anywhere else, which is what lets the policy say {@code 'self'} only.
 */
final class Assets {
  private static final Map<String, String> TYPES =
      Map.of(
          "site.css",
          "text/css; charset=utf-8",
          "favicon.svg",
          "image/svg+xml",
          GlossaryPages.SCRIPT,
          "text/javascript; charset=utf-8",
          MeetupPages.SCRIPT,
          "text/javascript; charset=utf-8");

  private final Map<String, byte[]> files;

  Assets() {
    this.files =
        Map.of(
            "site.css",
            read("site.css"),
            "favicon.svg",
            read("favicon.svg"),
            GlossaryPages.SCRIPT,
            read(GlossaryPages.SCRIPT),
            MeetupPages.SCRIPT,
            read(MeetupPages.SCRIPT));
  }

  /** Serves the file, or says there is none so the caller shows the 404 page. */
  boolean serve(Context ctx, String name) {
    Optional<byte[]> file = Optional.ofNullable(files.get(name));
    if (file.isEmpty()) {
      return false;
    }
    Renderer.secure(ctx);
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(TYPES.get(name)).result(file.get());
    return true;
  }

  private static byte[] read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /web/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
