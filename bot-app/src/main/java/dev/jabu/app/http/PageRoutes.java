package dev.jabu.app.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * Registers what is read with GET so that HEAD is answered the same way, without the body. Left
 * alone, Javalin answers HEAD on a GET route with an empty 200 of its own: a probe sending HEAD saw
 * an unready jabu as ready, and a link checker saw every page as plain text.
 */
public final class PageRoutes {
  private final RoutesConfig routes;

  public PageRoutes(RoutesConfig routes) {
    this.routes = routes;
  }

  /** Serves {@code path} to GET and HEAD with {@code handler} (the server drops HEAD's body). */
  public void get(String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }
}
