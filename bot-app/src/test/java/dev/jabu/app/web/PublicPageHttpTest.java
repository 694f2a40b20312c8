package dev.jabu.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public page over plain HTTP: what it says, its headers, its errors, and hostile input. */
class PublicPageHttpTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private PublicPageFixture jabu;

  @BeforeEach
  void start() throws Exception {
    jabu = PublicPageFixture.start();
  }

  @AfterEach
  void stop() {
    jabu.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(jabu.base + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theSearchBoxFindsWhatChatFinds() throws Exception {
    assertThat(results("쿠버네티스")).contains("href=\"/glossary/kubernetes\"", "쿠버네티스 (Kubernetes)");
    assertThat(results("ㄷㅂㅇㅅ")).contains("href=\"/glossary/devops\"");
    assertThat(results("kubernets")).contains("href=\"/glossary/kubernetes\"");
    assertThat(results("epqmdhqtm")).contains("href=\"/glossary/devops\"");
    assertThat(results("테라폼은 뭐하는 도구야")).contains("href=\"/glossary/terraform\"");
    assertThat(results("Prometheus vs Datadog"))
        .contains("href=\"/glossary/prometheus\"", "href=\"/glossary/datadog\"");
    assertThat(results("로그 수집 도구 추천해줘")).contains("/glossary/fluentd");
    assertThat(results("zzqqxx 없는 말")).contains("맞는 용어를 찾지 못했어요");
  }

  /** The results part of the search page, without the index below it. */
  private String results(String query) throws Exception {
    String page = get("/glossary?q=" + q(query)).body();
    int start = page.indexOf("<div id=\"results\"");
    return page.substring(start, page.indexOf("</div>", start));
  }

  @Test
  void aSearchFromTheBoxIsCountedLikeAChatQuestionButTypingIsNot() throws Exception {
    get("/glossary?q=" + q("kubernets"));
    get("/glossary?fragment=1&q=" + q("kubern"));
    assertThat(jabu.glossary.mostAsked(10))
        .anySatisfy(c -> assertThat(c.what()).isEqualTo("kubernetes"))
        .noneSatisfy(c -> assertThat(c.what()).isEqualTo("kubern"));
  }

  @Test
  void typingGetsOnlyTheResultsPart() throws Exception {
    assertThat(get("/glossary?fragment=1&q=" + q("ㄷㅂㅅㅇㅅ")).body()).contains("/glossary/devsecops");
    HttpResponse<String> part = get("/glossary?fragment=1&q=" + q("도커"));
    assertThat(part.statusCode()).isEqualTo(200);
    assertThat(part.body())
        .startsWith("<section")
        .contains("/glossary/docker")
        .doesNotContain("<html");
  }

  @Test
  void anEntryPageShowsBothLanguagesAndItsNeighbours() throws Exception {
    String page = unescaped(get("/glossary/kubernetes").body());
    String ko = jabu.glossary.glossary().get("kubernetes").orElseThrow().definitionKo();
    String en = jabu.glossary.glossary().get("kubernetes").orElseThrow().definitionEn();
    assertThat(page)
        .contains("<html lang=\"ko\">", "<title>쿠버네티스 (Kubernetes) · DevOps Korea</title>")
        .contains("property=\"og:title\" content=\"쿠버네티스 (Kubernetes)\"")
        .contains(ko, en)
        .contains("lang=\"en\"", "이 도구의 역할", "대안", "관련 용어", "출처");
    // a role lists the tools that play it
    String role = get("/glossary/ci-server").body();
    assertThat(role).contains("이 역할을 하는 도구", "/glossary/jenkins");
  }

  @Test
  void theIndexHasCategoriesAndBothAlphabets() throws Exception {
    String page = get("/glossary").body();
    assertThat(page).contains(">가나다<", ">A–Z<", ">ㄱ<", ">ㅎ<", "도구·제품");
    String tools = get("/glossary?category=tool&by=en").body();
    assertThat(tools)
        .contains(">K<", "/glossary/kubernetes")
        .doesNotContain("/glossary/devsecops\"");
  }

  @Test
  void englishByBrowserOrSwitch() throws Exception {
    assertThat(get("/glossary", "Accept-Language", "en-US,en;q=0.9,ko;q=0.5").body())
        .contains("<html lang=\"en\">", "DevOps glossary");
    HttpResponse<String> switched = get("/glossary/kubernetes?lang=en");
    assertThat(switched.body()).contains("<title>Kubernetes (쿠버네티스) · DevOps Korea</title>");
    assertThat(switched.headers().firstValue("Set-Cookie"))
        .get()
        .asString()
        .contains("jabu_lang=en");
    assertThat(get("/glossary", "Cookie", "jabu_lang=en").body()).contains("<html lang=\"en\">");
    // the default is the community's language, whatever else the browser asks for
    assertThat(get("/glossary", "Accept-Language", "fr-FR").body()).contains("<html lang=\"ko\">");
  }

  @Test
  void notFoundPagesAreInTheReadersLanguage() throws Exception {
    HttpResponse<String> missing = get("/glossary/no-such-term");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("페이지를 찾을 수 없어요").doesNotContain("Exception");
    HttpResponse<String> nowhere = get("/nowhere/at/all", "Accept-Language", "en");
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(nowhere.body()).contains("Page not found", "<html lang=\"en\">");
    assertThat(get("/meetups/999").statusCode()).isEqualTo(404);
    assertThat(get("/meetups/12abc").statusCode()).isEqualTo(404);
    // the feed's own answers stay as they were
    assertThat(get("/meetups/abc.ics").statusCode()).isEqualTo(400);
  }

  @Test
  void everyPageCarriesAStrictPolicy() throws Exception {
    for (String path : new String[] {"/", "/glossary", "/glossary/gitops", "/meetups", "/x"}) {
      HttpResponse<String> page = get(path);
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .get()
          .asString()
          .contains("default-src 'none'", "script-src 'self'")
          .doesNotContain("unsafe-inline");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(page.body()).doesNotContain("<script>", "style=\"", " onclick=");
    }
    assertThat(get("/assets/search.js").headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/javascript");
    assertThat(get("/assets/../web/site.css").statusCode()).isEqualTo(404);
  }

  /**
   * What a checker would flag first: the doctype, a language, one title and one h1, the landmarks,
   * a label for every input, unique ids, and every opened section and list closed.
   */
  @Test
  void everyPageHasItsStructure() throws Exception {
    long id = jabu.announcedMeetup("Structure check", "One line.");
    for (String path :
        new String[] {
          "/",
          "/glossary",
          "/glossary?q=k8s",
          "/glossary/kubernetes",
          "/meetups",
          "/meetups/" + id,
          "/missing"
        }) {
      String page = get(path).body();
      assertThat(page).as(path).startsWith("<!DOCTYPE html>\n<html lang=\"");
      assertThat(count(page, "<title>")).as(path + " titles").isEqualTo(1);
      assertThat(count(page, "<h1")).as(path + " h1").isEqualTo(1);
      assertThat(page).as(path).contains("<main id=\"main\">", "<nav aria-label=", "<footer");
      assertThat(page)
          .as(path)
          .contains("<meta property=\"og:title\"", "<meta name=\"description\"")
          .doesNotContain("=\"null\"", "aria-current=\"\"");
      for (String tag : new String[] {"section", "ul", "ol", "dl", "article", "nav", "div"}) {
        assertThat(count(page, "<" + tag + ">") + count(page, "<" + tag + " "))
            .as(path + " <" + tag + "> opened and closed")
            .isEqualTo(count(page, "</" + tag + ">"));
      }
      java.util.regex.Matcher ids =
          java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (ids.find()) {
        assertThat(seen.add(ids.group(1))).as(path + " id " + ids.group(1) + " is unique").isTrue();
      }
      java.util.regex.Matcher inputs =
          java.util.regex.Pattern.compile("<input id=\"([^\"]+)\"").matcher(page);
      while (inputs.find()) {
        assertThat(page).as(path + " label").contains("<label for=\"" + inputs.group(1) + "\"");
      }
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void pagesAreGzippedAndRevalidatedByETag() throws Exception {
    HttpResponse<byte[]> zipped =
        client.send(
            HttpRequest.newBuilder(URI.create(jabu.base + "/glossary"))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(gunzip(zipped.body())).contains("DevOps 용어집");
    HttpResponse<String> first = get("/glossary/gitops");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = get("/glossary/gitops", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(first.headers().firstValue("Vary")).get().asString().contains("Accept-Language");
  }

  @Test
  void headIsAnsweredAsGetIsWithoutTheBody() throws Exception {
    // link checkers and previewers ask with HEAD first: the same status and headers, no body
    for (String path : List.of("/glossary", "/glossary/gitops", "/glossary/no-such-term")) {
      HttpResponse<String> page = get(path);
      HttpResponse<String> head =
          client.send(
              HttpRequest.newBuilder(URI.create(jabu.base + path))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(head.statusCode()).as(path).isEqualTo(page.statusCode());
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(page.headers().firstValue("Content-Type"));
      assertThat(head.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .isEqualTo(page.headers().firstValue("Content-Security-Policy"));
      assertThat(head.body()).as(path).isEmpty();
    }
  }

  @Test
  void searchesAreLimitedPerAddress() throws Exception {
    jabu.close();
    jabu = PublicPageFixture.start(3, Optional.empty());
    for (int i = 0; i < 3; i++) {
      assertThat(get("/glossary?q=k8s").statusCode()).isEqualTo(200);
    }
    HttpResponse<String> limited = get("/glossary?q=k8s");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(limited.body()).contains("검색이 너무 잦아요");
    // browsing is not searching
    assertThat(get("/glossary/kubernetes").statusCode()).isEqualTo(200);
    // behind a proxy on this machine, each reader the proxy names has their own allowance
    assertThat(get("/glossary?q=k8s", "X-Forwarded-For", "203.0.113.7").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aFailureShowsTheErrorPageWithItsIdOnly() throws Exception {
    jabu.platform.database().close(); // every read now fails
    HttpResponse<String> failed = get("/meetups", "Accept", "text/html", "Accept-Language", "en");
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body())
        .contains("<html lang=\"en\">", "Something went wrong", "quote this id:")
        .doesNotContain("Exception", "at dev.jabu", "SQL");
  }

  @Test
  void hostileMeetupTextStaysText() throws Exception {
    String title = "<script>alert(1)</script> 밋업";
    String description = "\\\"><img src=x onerror=alert(2)> 'quoted' & more";
    long id = jabu.announcedMeetup(title, description);
    for (String path : new String[] {"/meetups", "/meetups/" + id, "/"}) {
      String page = get(path).body();
      assertThat(page)
          .contains("&lt;script&gt;alert(1)&lt;/script&gt; 밋업")
          .doesNotContain("<script>alert", "<img src=x", "onerror=alert(2)>");
    }
    assertThat(get("/meetups/" + id).body()).contains("&lt;img src=x onerror=alert(2)&gt;");
    // a hostile search is printed back escaped too
    String search = results("\"><script>alert(3)</script>");
    assertThat(search).doesNotContain("<script>alert(3)").contains("&lt;script&gt;alert(3)");
  }

  @Test
  void aMeetupPageShowsTimeSeatsAndHowToRsvpButNoNames() throws Exception {
    long id = jabu.announcedMeetup("DevOps Korea 12월 밋업", "Talks and pizza");
    String page = get("/meetups/" + id).body();
    assertThat(page)
        .contains("<time id=\"when\" datetime=\"2026-12-18T19:30:00+09:00\"")
        .contains("2026년 12월 18일 (금) 19:30~21:30 KST")
        .contains("남은 자리 0석 (전체 3석)", "대기 1명")
        .contains("/meetup rsvp " + id, "/meetups/" + id + ".ics", "webcal://127.0.0.1:")
        .contains("Pangyo Tech Hall", "판교역로 1")
        .doesNotContain("alice", "bob", "carol", "dave");
    String english = get("/meetups/" + id + "?lang=en").body();
    assertThat(english).contains("Fri, Dec 18, 2026 19:30~21:30 KST", "0 of 3 seats left");
    String list = get("/meetups").body();
    assertThat(list).contains("/meetups/" + id + "\"", "남은 자리 0석 / 3석 · 대기 1명");
  }

  @Test
  void aPastMeetupLinksItsRecapAndOnlyAWebAddressBecomesALink() throws Exception {
    long id = jabu.announcedMeetup("DevOps Korea 12월 밋업", "Talks");
    var stored = jabu.meetups.find(id).orElseThrow();
    jabu.meetups
        .meetups()
        .update(
            stored.withRecapUrl(Optional.of("https://blog.example.org/2026-12-recap")),
            jabu.platform.clock().instant());
    jabu.platform.clock().advance(java.time.Duration.ofDays(40));
    String list = get("/meetups").body();
    String past = list.substring(list.indexOf("id=\"past\""));
    assertThat(past)
        .contains("/meetups/" + id + "\"", "href=\"https://blog.example.org/2026-12-recap\"");
    assertThat(get("/meetups/" + id).body()).contains("지난 밋업", "지금은 참가 신청을 받지 않아요");
    assertThat(SafeUrl.of("javascript:alert(1)")).isEmpty();
    assertThat(SafeUrl.of("data:text/html,<script>")).isEmpty();
    assertThat(SafeUrl.of("https://map.example.org/?q=판교")).isPresent();
  }

  @Test
  void draftsStayHidden() throws Exception {
    long draft = jabu.draftMeetup("Secret planning");
    assertThat(get("/meetups/" + draft).statusCode()).isEqualTo(404);
    assertThat(get("/meetups").body()).doesNotContain("Secret planning");
    assertThat(get("/").body()).doesNotContain("Secret planning");
  }

  @Test
  void chatAnswersLinkTheTermsPageWhenThereIsAPublicAddress() throws Exception {
    jabu.close();
    jabu = PublicPageFixture.start(100, Optional.of("https://jabu.example.org"));
    assertThat(jabu.say(jabu.platform.member("discord:alice"), "/term k8s"))
        .contains("https://jabu.example.org/glossary/kubernetes");
    assertThat(get("/glossary/kubernetes").body())
        .contains("property=\"og:url\" content=\"https://jabu.example.org/glossary/kubernetes\"");
    assertThat(get("/meetups").body()).contains("webcal://jabu.example.org/calendar.ics");
  }

  private static String unescaped(String html) {
    return html.replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
