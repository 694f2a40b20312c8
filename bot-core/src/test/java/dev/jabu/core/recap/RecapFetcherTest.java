package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The URL fetcher against a real HTTP server on 127.0.0.1. */
class RecapFetcherTest {
  private static final String MARKDOWN = "---\ntitle: 후기\n---\n\n# 후기\n\n본문입니다.\n";

  private final MockWebServer server = new MockWebServer();
  private final RecapSettings strict =
      RecapSettings.defaults()
          .withPrivateAddresses(false)
          .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500));
  private final RecapSettings lenient = strict.withPrivateAddresses(true);

  @BeforeEach
  void start() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse markdown(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "text/markdown; charset=utf-8")
        .body(body)
        .build();
  }

  private static MockResponse redirectTo(String location) {
    return new MockResponse.Builder().code(302).setHeader("Location", location).build();
  }

  private String fetch(RecapSettings settings, String url) throws RecapProblem {
    return new RecapFetcher(settings).fetch(url);
  }

  private static String problem(ThrowingFetch fetch) {
    try {
      fetch.run();
    } catch (RecapProblem p) {
      return p.key();
    }
    throw new AssertionError("expected a problem");
  }

  @FunctionalInterface
  private interface ThrowingFetch {
    void run() throws RecapProblem;
  }

  @Test
  void loopbackIsRefusedByDefaultBeforeAnythingIsSent() {
    server.enqueue(markdown(MARKDOWN));
    String url = server.url("/recap.md").toString();

    assertThat(problem(() -> fetch(strict, url))).isEqualTo("recap.url.refused");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aNameThatResolvesToLoopbackIsRefusedByTheDns() {
    server.enqueue(markdown(MARKDOWN));
    String url = "http://localhost:" + server.getPort() + "/recap.md";

    assertThat(problem(() -> fetch(strict, url))).isEqualTo("recap.url.refused");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void otherSpellingsOfLoopbackAreRefusedToo() {
    int port = server.getPort();
    for (String host : List.of("2130706433", "127.1", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0")) {
      String url = "http://" + host + ":" + port + "/recap.md";
      assertThat(problem(() -> fetch(strict, url))).as(url).isEqualTo("recap.url.refused");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void loopbackIsAllowedWhenTheOperatorSaysSo() throws Exception {
    server.enqueue(markdown(MARKDOWN));

    assertThat(fetch(lenient, server.url("/recap.md").toString())).isEqualTo(MARKDOWN);
    assertThat(server.takeRequest().getHeaders().get("Accept")).contains("text/markdown");
  }

  @Test
  void theConnectedSocketIsCheckedEvenWhenTheAddressWasNotLookedUpByUs() throws Exception {
    server.enqueue(markdown(MARKDOWN));
    // a client with no guarded Dns at all: only the interceptor stands between it and loopback
    OkHttpClient client =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(RecapFetcher.socketCheck(AddressPolicy::isPublic))
            .build();
    Request request = new Request.Builder().url(server.url("/recap.md")).build();

    assertThatThrownBy(() -> client.newCall(request).execute())
        .isInstanceOf(RefusedAddressException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void everyRedirectHopIsChecked() {
    // 127.0.0.1 stands for a public server here and 127.0.0.2 for an internal one
    Predicate<InetAddress> onlyFirst = a -> a.getHostAddress().equals("127.0.0.1");
    Dns names = host -> List.of(InetAddress.getByName("127.0.0.2"));
    server.enqueue(redirectTo("http://127.0.0.2:" + server.getPort() + "/admin"));
    RecapFetcher fetcher = new RecapFetcher(strict, names, onlyFirst);
    String first = "http://127.0.0.1:" + server.getPort() + "/recap.md";

    assertThat(problem(() -> fetcher.fetch(first))).isEqualTo("recap.url.refused");
    server.enqueue(redirectTo("http://internal.example:" + server.getPort() + "/admin"));
    assertThat(problem(() -> fetcher.fetch(first))).isEqualTo("recap.url.refused");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void threeRedirectsAreFollowedAndAFourthIsNot() throws Exception {
    for (int i = 1; i <= 3; i++) {
      server.enqueue(redirectTo("/hop" + i));
    }
    server.enqueue(markdown(MARKDOWN));
    assertThat(fetch(lenient, server.url("/start").toString())).isEqualTo(MARKDOWN);
    assertThat(server.getRequestCount()).isEqualTo(4);

    for (int i = 1; i <= 4; i++) {
      server.enqueue(redirectTo("/again" + i));
    }
    server.enqueue(markdown(MARKDOWN));
    assertThat(problem(() -> fetch(lenient, server.url("/start").toString())))
        .isEqualTo("recap.url.redirects");
    assertThat(server.getRequestCount()).isEqualTo(8);
  }

  @Test
  void exactly100KbIsAcceptedAndOneByteMoreIsNot() throws Exception {
    String full = "가".repeat(RecapSettings.MAX_BYTES / 3) + "a".repeat(RecapSettings.MAX_BYTES % 3);
    assertThat(full.getBytes(StandardCharsets.UTF_8)).hasSize(RecapSettings.MAX_BYTES);
    server.enqueue(markdown(full));
    assertThat(fetch(lenient, server.url("/full.md").toString())).isEqualTo(full);

    server.enqueue(markdown(full + "a"));
    assertThat(problem(() -> fetch(lenient, server.url("/over.md").toString())))
        .isEqualTo("recap.too-large");
  }

  @Test
  void anEndlessStreamWithoutALengthIsCutOffAtTheLimit() {
    String huge = "배포는 습관입니다. ".repeat(200_000); // ~5 MB, sent chunked without a length
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/plain")
            .chunkedBody(huge, 8192)
            .build());

    assertThat(problem(() -> fetch(lenient, server.url("/huge.md").toString())))
        .isEqualTo("recap.too-large");
  }

  @Test
  void onlyMarkdownAndPlainTextAreAccepted() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .body("<html>GitHub page</html>")
            .build());
    assertThat(problem(() -> fetch(lenient, server.url("/page").toString())))
        .isEqualTo("recap.url.content-type");

    server.enqueue(
        new MockResponse.Builder().setHeader("Content-Type", "image/png").body("x").build());
    assertThat(problem(() -> fetch(lenient, server.url("/x.png").toString())))
        .isEqualTo("recap.url.content-type");

    for (String type : List.of("text/plain; charset=utf-8", "text/x-markdown", "TEXT/Markdown")) {
      server.enqueue(
          new MockResponse.Builder().setHeader("Content-Type", type).body("# a\n\nb").build());
      assertThat(fetch(lenient, server.url("/ok").toString())).isEqualTo("# a\n\nb");
    }
  }

  @Test
  void statusCodesAreExplained() {
    server.enqueue(new MockResponse.Builder().code(404).build());
    assertThat(problem(() -> fetch(lenient, server.url("/gone.md").toString())))
        .isEqualTo("recap.url.not-found");
    server.enqueue(new MockResponse.Builder().code(503).build());
    assertThat(problem(() -> fetch(lenient, server.url("/busy.md").toString())))
        .isEqualTo("recap.url.status");
  }

  @Test
  void aServerThatStallsTimesOut() {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/markdown")
            .body(MARKDOWN)
            .bodyDelay(3, TimeUnit.SECONDS)
            .build());

    assertThat(problem(() -> fetch(lenient, server.url("/slow.md").toString())))
        .isEqualTo("recap.url.timeout");
  }

  @Test
  void onlyHttpAddressesAreRead() {
    assertThat(problem(() -> fetch(lenient, "file:///etc/passwd"))).isEqualTo("recap.url.invalid");
    assertThat(problem(() -> fetch(lenient, "ftp://example.com/a.md")))
        .isEqualTo("recap.url.invalid");
  }

  @Test
  void aGitHubBlobLinkIsFetchedInItsRawForm() throws Exception {
    assertThat(
            new RecapFetcher(strict)
                .firstUrl("https://github.com/devopskorea/recaps/blob/main/2026-11.md")
                .toString())
        .isEqualTo("https://raw.githubusercontent.com/devopskorea/recaps/main/2026-11.md");
  }

  @Test
  void textInAnotherCharsetIsDecodedAndBrokenUtf8IsRefused() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/plain; charset=EUC-KR")
            .body(new okio.Buffer().write("후기".getBytes("EUC-KR")))
            .build());
    assertThat(fetch(lenient, server.url("/euc.md").toString())).isEqualTo("후기");

    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/plain; charset=utf-8")
            .body(new okio.Buffer().write(new byte[] {(byte) 0xC3, (byte) 0x28}))
            .build());
    assertThat(problem(() -> fetch(lenient, server.url("/bad.md").toString())))
        .isEqualTo("recap.not-text");
  }
}
