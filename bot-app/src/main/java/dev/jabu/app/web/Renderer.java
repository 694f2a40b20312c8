package dev.jabu.app.web;

import dev.jabu.app.http.HttpServer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the precompiled templates (built from {@code src/main/jte} by the jte Maven plugin, so a
 * template that does not compile fails the build) and sets the headers every page carries.
 */
final class Renderer {
  /**
   * Nothing but jabu's own files: no inline script or style, no frames, forms post only here. The
   * page works without scripts; the two small ones only add search-as-you-type and local times.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  String render(String template, Object model) {
    StringOutput out = new StringOutput(8192);
    engine.render(template, model, out);
    return out.toString();
  }

  void page(Context ctx, int status, String template, Object model) {
    String html = render(template, model);
    ctx.attribute(HttpServer.ANSWERED, true);
    secure(ctx);
    // the language follows the cookie and Accept-Language; caches must keep the two apart
    ctx.header("Vary", "Accept-Language, Cookie");
    // revalidate every time: seats change, and the ETag makes an unchanged page a 304
    ctx.header("Cache-Control", "no-cache");
    ctx.status(status).contentType("text/html; charset=utf-8").result(html);
  }

  static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "DENY");
  }
}
