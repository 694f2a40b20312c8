package dev.jabu.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public page in a real browser: Debian's Chromium, headless, driven through its own
 * chromedriver (named explicitly, so nothing downloads a driver or a browser). The browser runs in
 * New York's time zone with Korean as its language, like a member abroad. Every page is
 * photographed to {@code target/screenshots/}, and a console error on any page fails the test.
 */
@RequiresChromium
class PublicPageBrowserTest {
  static final Path SHOTS = Path.of("target/screenshots");

  private static PublicPageFixture jabu;
  private static long meetup;

  private ChromeDriver browser;

  @BeforeAll
  static void startJabu() throws Exception {
    jabu = PublicPageFixture.start();
    meetup = jabu.announcedMeetup("DevOps Korea 12월 밋업", "발표 두 개와 피자. Talks and pizza.");
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stopJabu() {
    if (jabu != null) {
      jabu.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    // one driver per browser: quitting a browser stops its driver too
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(RequiresChromium.DRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", "America/New_York"))
            .withLogFile(new File("target/chromedriver.log"))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(RequiresChromium.BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // the CI container runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--lang=ko-KR",
        "--window-size=1280,900");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      try {
        assertNoConsoleErrors();
      } finally {
        browser.quit();
      }
    }
  }

  private void open(String path) {
    browser.get(jabu.base + path);
    assertNoConsoleErrors();
  }

  /** A page whose own answer is a 404, which the console reports; anything else still fails. */
  private void openMissing(String path) {
    browser.get(jabu.base + path);
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .filter(e -> !e.getMessage().startsWith(jabu.base + path + " - "))
            .toList();
    assertThat(errors).as("console errors on " + path).isEmpty();
  }

  /** Any SEVERE entry (a script error, a policy violation, a failed load) fails the test. */
  private void assertNoConsoleErrors() {
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertThat(errors).as("console errors on " + browser.getCurrentUrl()).isEmpty();
  }

  private void shot(String name) throws Exception {
    Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  private void type(String text) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(text);
  }

  /** The result link to an entry appears under the box while typing (search-as-you-type). */
  private void awaitResult(String slug) {
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#results a[href='/glossary/" + slug + "']")));
  }

  @Test
  void theBoxFindsTermsAsPeopleTypeThem() throws Exception {
    open("/glossary");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
    assertThat(browser.findElement(By.cssSelector("label[for=q]")).getText()).isEqualTo("용어나 질문");

    type("쿠버네티스");
    awaitResult("kubernetes");
    shot("glossary-search");
    type("ㄷㅂㅇㅅ");
    awaitResult("devops");
    type("kubernets");
    awaitResult("kubernetes");
    assertThat(browser.getCurrentUrl()).contains("q=kubernets");

    // the form itself, as it works without JavaScript: Enter submits a plain GET
    type("ㄷㅂㅇㅅ");
    browser.findElement(By.id("q")).sendKeys(Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("/glossary?q="));
    assertThat(browser.findElement(By.cssSelector("#results a[href='/glossary/devops']")).getText())
        .contains("DevOps");
    assertNoConsoleErrors();
  }

  @Test
  void anEntryShowsBothLanguages() throws Exception {
    open("/glossary/kubernetes");
    var entry = jabu.glossary.glossary().get("kubernetes").orElseThrow();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("쿠버네티스 (Kubernetes)");
    assertThat(browser.findElement(By.cssSelector(".definition p[lang=ko]")).getText())
        .isEqualTo(entry.definitionKo());
    assertThat(browser.findElement(By.cssSelector(".definition p[lang=en]")).getText())
        .isEqualTo(entry.definitionEn());
    assertThat(browser.getTitle()).isEqualTo("쿠버네티스 (Kubernetes) · DevOps Korea");
    shot("entry");
  }

  @Test
  void theMeetupPageShowsTheCommunitysTimeTheReadersTimeAndSeats() throws Exception {
    open("/meetups/" + meetup);
    WebElement when = browser.findElement(By.id("when"));
    assertThat(when.getText()).isEqualTo("2026년 12월 18일 (금) 19:30~21:30 KST");
    assertThat(when.getAttribute("datetime")).isEqualTo("2026-12-18T19:30:00+09:00");
    // 19:30 in Seoul is 05:30 the same morning in New York (EST, UTC-5)
    WebElement local = browser.findElement(By.id("local-time"));
    assertThat(local.isDisplayed()).isTrue();
    assertThat(local.getText()).contains("12월 18일").containsPattern("0?5:30");
    assertThat(browser.findElement(By.id("seats")).getText()).isEqualTo("남은 자리 0석 (전체 3석)");
    assertThat(browser.findElement(By.id("waitlist")).getText()).isEqualTo("대기 1명");
    shot("meetup");
    open("/meetups");
    shot("meetups");
  }

  @Test
  void theSubscribeLinkServesTheCalendar() throws Exception {
    open("/meetups/" + meetup);
    String webcal = browser.findElement(By.id("subscribe-link")).getAttribute("href");
    assertThat(webcal).startsWith("webcal://127.0.0.1:").endsWith("/calendar.ics");
    HttpResponse<String> feed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(webcal.replaceFirst("^webcal:", "http:")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(feed.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/calendar");
    ICalendar calendar = Biweekly.parse(feed.body()).first();
    assertThat(calendar.getEvents())
        .anySatisfy(e -> assertThat(e.getSummary().getValue()).isEqualTo("DevOps Korea 12월 밋업"));
    String ics = browser.findElement(By.id("ics-link")).getAttribute("href");
    assertThat(ics).endsWith("/meetups/" + meetup + ".ics");
  }

  @Test
  void theLanguageSwitchTurnsThePageEnglishAndStays() throws Exception {
    open("/glossary");
    browser.findElement(By.cssSelector("a[hreflang=en]")).click();
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("DevOps glossary");
    shot("glossary-en");
    // the choice is remembered on the next page
    browser.findElement(By.linkText("Meetups")).click();
    waiting().until(ExpectedConditions.urlContains("/meetups"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Meetups");
    assertNoConsoleErrors();
  }

  @Test
  void everyPageFitsAPhoneAndADesktopWithoutSidewaysScrolling() throws Exception {
    String[][] pages = {
      {"/", "home"},
      {"/glossary", "glossary"},
      {"/glossary/kubernetes", "entry"},
      {"/meetups", "meetups"},
      {"/meetups/" + meetup, "meetup"},
      {"/no-such-page", "not-found"}
    };
    for (int width : new int[] {360, 1280}) {
      browser.manage().window().setSize(new Dimension(width, 900));
      for (String[] page : pages) {
        if (page[1].equals("not-found")) {
          openMissing(page[0]);
        } else {
          open(page[0]);
        }
        long viewport = number("return document.documentElement.clientWidth");
        long content = number("return document.documentElement.scrollWidth");
        assertThat(content).as(page[0] + " at " + width + " px").isLessThanOrEqualTo(viewport);
        shot(page[1] + "-" + width);
      }
    }
  }

  private long number(String script) {
    return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
  }
}
