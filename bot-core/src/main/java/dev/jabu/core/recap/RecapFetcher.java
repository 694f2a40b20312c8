package dev.jabu.core.recap;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Fetches a recap from the web, carefully: http and https only; GitHub "blob" pages turned into
 * their raw file; at most {@value #MAX_REDIRECTS} redirects, each followed here so every hop is
 * checked; a markdown or plain-text content type; at most {@link RecapSettings#MAX_BYTES} bytes,
 * read as a stream that stops one byte past the limit; and timeouts.
 *
 * <p>Unless the operator allows private addresses, every address is checked where the connection is
 * made: a literal IP in the address before anything is sent, names by a {@link GuardedDns} that
 * drops non-public answers, and the socket OkHttp really connected by a network interceptor (so
 * nothing, not even a proxy setting, can route around the rule). Thread-safe.
 */
final class RecapFetcher {
  static final int MAX_REDIRECTS = 3;
  private static final Set<String> TEXT_TYPES =
      Set.of("markdown", "x-markdown", "x-web-markdown", "plain");
  private static final String ACCEPT = "text/markdown, text/x-markdown;q=0.9, text/plain;q=0.8";

  private final RecapSettings settings;
  private final Dns resolver;
  private final boolean allowPrivate;
  private final Predicate<InetAddress> allowed;
  // made on the first fetch: building it loads the platform's TLS trust store, which would cost
  // every start-up a tenth of a second for a command moderators use after a meetup
  private volatile OkHttpClient client;

  RecapFetcher(RecapSettings settings) {
    this(settings, Dns.SYSTEM, AddressPolicy::isPublic);
  }

  /**
   * With {@code resolver} in place of the system's DNS and {@code allowed} in place of {@link
   * AddressPolicy}, so tests can point names at a local server and mark local addresses apart.
   */
  RecapFetcher(RecapSettings settings, Dns resolver, Predicate<InetAddress> allowed) {
    this.settings = settings;
    this.resolver = resolver;
    this.allowPrivate = settings.allowPrivateAddresses();
    this.allowed = allowed;
  }

  private OkHttpClient client() {
    OkHttpClient made = client;
    if (made == null) {
      synchronized (this) {
        made = client;
        if (made == null) {
          made = newClient();
          client = made;
        }
      }
    }
    return made;
  }

  private OkHttpClient newClient() {
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .proxy(Proxy.NO_PROXY)
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .callTimeout(settings.connectTimeout().plus(settings.readTimeout().multipliedBy(2)));
    if (allowPrivate) {
      builder.dns(resolver);
    } else {
      builder.dns(new GuardedDns(resolver, allowed)).addNetworkInterceptor(socketCheck(allowed));
    }
    return builder.build();
  }

  /** The markdown at {@code address}. */
  String fetch(String address) throws RecapProblem {
    HttpUrl url = firstUrl(address);
    for (int redirects = 0; ; redirects++) {
      try (Response response = client().newCall(request(url)).execute()) {
        if (response.isRedirect()) {
          if (redirects == MAX_REDIRECTS) {
            throw new RecapProblem("recap.url.redirects", MAX_REDIRECTS);
          }
          url = redirectTarget(url, response);
          continue;
        }
        if (!response.isSuccessful()) {
          throw response.code() == 404
              ? new RecapProblem("recap.url.not-found", url.toString())
              : new RecapProblem("recap.url.status", url.toString(), response.code());
        }
        return text(response.body());
      } catch (IOException e) {
        throw explain(url, e);
      }
    }
  }

  /** The address the fetch starts at: checked, and raw when it is a GitHub blob page. */
  HttpUrl firstUrl(String address) throws RecapProblem {
    HttpUrl url = HttpUrl.parse(address.strip());
    if (url == null) {
      throw unreadable(address.strip());
    }
    return GitHubLinks.raw(url);
  }

  /**
   * Why an address that OkHttp would not take is wrong, in the terms a member can fix: the scheme,
   * a space, the port or a missing host. The scheme is only blamed when it is the scheme.
   */
  private static RecapProblem unreadable(String address) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(?i)https?://([^/?#]*)(.*)", java.util.regex.Pattern.DOTALL)
            .matcher(address);
    if (!m.matches()) {
      return new RecapProblem("recap.url.invalid", address);
    }
    if (address.chars().anyMatch(Character::isWhitespace)) {
      return new RecapProblem("recap.url.space", address);
    }
    String authority = m.group(1).substring(m.group(1).lastIndexOf('@') + 1);
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && colon > authority.lastIndexOf(']')) {
      String port = authority.substring(colon + 1);
      boolean valid =
          port.matches("\\d{1,5}")
              && Integer.parseInt(port) >= 1
              && Integer.parseInt(port) <= 65535;
      if (!valid) {
        return new RecapProblem("recap.url.port", port, address);
      }
      authority = authority.substring(0, colon);
    }
    if (authority.isEmpty()) {
      return new RecapProblem("recap.url.no-host", address);
    }
    return new RecapProblem("recap.url.malformed", address);
  }

  private Request request(HttpUrl url) throws RecapProblem {
    // a literal IP never reaches the Dns, so it is judged here, before any connection is made
    if (!allowPrivate && isRefusedLiteral(url.host())) {
      throw new RecapProblem("recap.url.refused", url.host());
    }
    return new Request.Builder()
        .url(url)
        .header("Accept", ACCEPT)
        .header("User-Agent", "jabu-recap")
        .get()
        .build();
  }

  private boolean isRefusedLiteral(String host) {
    if (!isIpLiteral(host)) {
      return false;
    }
    try {
      return !allowed.test(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      return true;
    }
  }

  private static boolean isIpLiteral(String host) {
    // HttpUrl gives IPv6 literals without brackets and IPv4 ones in canonical dotted form
    return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
  }

  private static HttpUrl redirectTarget(HttpUrl from, Response response) throws RecapProblem {
    String location = response.header("Location");
    HttpUrl next = location == null ? null : from.resolve(location);
    if (next == null) {
      throw new RecapProblem("recap.url.bad-redirect", from.toString());
    }
    return next;
  }

  /**
   * Refuses a request whose connection ended up at an address that is not allowed, before a byte of
   * it is sent: the last line of defence, whatever chose the address.
   */
  static Interceptor socketCheck(Predicate<InetAddress> allowed) {
    return chain -> {
      Socket socket = chain.connection() == null ? null : chain.connection().socket();
      InetAddress connected = socket == null ? null : socket.getInetAddress();
      if (connected == null || !allowed.test(connected)) {
        throw new RefusedAddressException(chain.request().url().host());
      }
      return chain.proceed(chain.request());
    };
  }

  /** The body as text, refusing other content types and anything over the size limit. */
  private static String text(ResponseBody body) throws IOException, RecapProblem {
    MediaType type = body.contentType();
    if (type == null
        || !type.type().equalsIgnoreCase("text")
        || !TEXT_TYPES.contains(type.subtype().toLowerCase(Locale.ROOT))) {
      throw new RecapProblem(
          "recap.url.content-type", type == null ? "?" : type.type() + "/" + type.subtype());
    }
    if (body.contentLength() > RecapSettings.MAX_BYTES) {
      throw new RecapProblem("recap.too-large", RecapSettings.MAX_BYTES / 1024);
    }
    BufferedSource source = body.source();
    // reads until one byte past the limit or the end, whichever comes first; never more
    if (source.request(RecapSettings.MAX_BYTES + 1L)) {
      throw new RecapProblem("recap.too-large", RecapSettings.MAX_BYTES / 1024);
    }
    Charset charset = type.charset(StandardCharsets.UTF_8);
    return RecapText.decode(source.getBuffer().readByteArray(), charset);
  }

  private static RecapProblem explain(HttpUrl url, IOException e) {
    if (causedBy(e, RefusedAddressException.class)) {
      return new RecapProblem("recap.url.refused", url.host());
    }
    if (causedBy(e, UnknownHostException.class)) {
      return new RecapProblem("recap.url.unknown-host", url.host());
    }
    if (causedBy(e, InterruptedIOException.class)) {
      return new RecapProblem("recap.url.timeout", url.host());
    }
    return new RecapProblem("recap.url.unreachable", url.host());
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (type.isInstance(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }
}
