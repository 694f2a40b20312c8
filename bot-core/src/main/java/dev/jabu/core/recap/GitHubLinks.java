package dev.jabu.core.recap;

import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * GitHub's "blob" page of a file is HTML; its raw form is the markdown. Moderators copy the page
 * address from the browser, so it is turned into the raw one before fetching.
 */
final class GitHubLinks {
  private GitHubLinks() {}

  /**
   * {@code https://github.com/OWNER/REPO/blob/REF/PATH} as {@code
   * https://raw.githubusercontent.com/OWNER/REPO/REF/PATH}; any other address unchanged.
   */
  static HttpUrl raw(HttpUrl url) {
    String host = url.host().toLowerCase(Locale.ROOT);
    List<String> segments = url.pathSegments();
    boolean blob =
        (host.equals("github.com") || host.equals("www.github.com"))
            && segments.size() >= 5
            && segments.get(2).equals("blob");
    if (!blob) {
      return url;
    }
    HttpUrl.Builder raw =
        new HttpUrl.Builder()
            .scheme("https")
            .host("raw.githubusercontent.com")
            .addPathSegment(segments.get(0))
            .addPathSegment(segments.get(1));
    segments.subList(3, segments.size()).forEach(raw::addPathSegment);
    return raw.build();
  }
}
