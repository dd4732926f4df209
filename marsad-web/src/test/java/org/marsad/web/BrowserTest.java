package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web application end to end in Debian's Chromium (headless, driven by Selenium): code the
 * example article, explore a small stored corpus, and render a hostile article as text. Saves
 * screenshots under target/screenshots. Skipped when Chromium is not installed, unless
 * MARSAD_REQUIRE_BROWSER=1 (as in CI), when that is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");

  @TempDir
  static Path dir;

  TestServer server;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeAll
  void start() throws Exception {
    boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
    if (!installed && "1".equals(System.getenv("MARSAD_REQUIRE_BROWSER"))) {
      throw new IllegalStateException("MARSAD_REQUIRE_BROWSER=1 but /usr/bin/chromium or /usr/bin/chromedriver is missing");
    }
    assumeTrue(installed, "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
    server = new TestServer(dir, WebSettings.local(0), true);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1400,2600", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  void screenshot(String name) throws Exception {
    Path out = Path.of("target/screenshots");
    Files.createDirectories(out);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), out.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** Types text into a field the way a paste would (one input event). */
  void paste(WebElement field, String text) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
        + " arguments[0].dispatchEvent(new Event('input'));", field, text);
  }

  @Test
  void codesTheExampleArticleAndShowsItsEvents() throws Exception {
    browser.get(server.url("/#/code"));
    WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-text")));
    paste(text, Files.readString(TestServer.EXAMPLE));
    browser.findElement(By.id("code-run")).click();
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".event-card"), 5));
    List<WebElement> cards = browser.findElements(By.cssSelector(".event-card"));
    assertThat(cards.stream().map(WebElement::getText).toList())
        .anySatisfy(c -> assertThat(c).contains("CONSULT/phone"))
        .anySatisfy(c -> assertThat(c).contains("CONSULT/visit").contains("القاهرة"));
    assertThat(browser.findElements(By.cssSelector(".a-table td"))).hasSizeGreaterThanOrEqualTo(9);
    assertThat(browser.findElements(By.cssSelector(".a-list li"))).hasSize(4);
    assertThat(browser.findElements(By.cssSelector(".a-heading"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(browser.findElements(By.cssSelector(".article-text .commentary"))).isNotEmpty();
    WebElement person = browser.findElements(By.cssSelector(".article-text .ent-person")).get(0);
    assertThat(person.getAttribute("title")).contains("GOV");
    screenshot("code-example-article");
  }

  @Test
  void theExplorerShowsTableTimelineNetworkAndMap() throws Exception {
    browser.get("about:blank");
    browser.get(server.url("/#/explore?modality=all"));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-explorer-ready", "true"));
    assertThat(browser.findElements(By.cssSelector("#event-table tbody tr"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#timeline canvas"))).isNotEmpty();
    assertThat(((Number) js("return window.marsad.network.nodes().length")).intValue()).isPositive();
    assertThat(((Number) js("return window.marsad.map.shaded")).intValue()).isPositive();
    Number shadedPaths = (Number) js("return [...document.querySelectorAll('#map path.leaflet-interactive')]"
        + ".filter(p => p.getAttribute('fill') === '#c92a2a').length");
    assertThat(shadedPaths.intValue()).isPositive();
    screenshot("explorer");

    String actor = browser.findElement(By.cssSelector("#event-table tbody tr a[href^='#/actor/']")).getAttribute("href");
    browser.findElement(By.cssSelector("#event-table tbody tr a[href^='#/event/']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".event-page .evidence")));
    screenshot("event-page");

    browser.get(actor);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".actor-page .event-card")));
    assertThat(browser.findElements(By.cssSelector(".actor-page li"))).isNotEmpty();
    screenshot("actor-page");
  }

  @Test
  void filtersNarrowTheSelection() {
    browser.get("about:blank");
    browser.get(server.url("/#/explore?type=ASSAULT&modality=all"));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-explorer-ready", "true"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#event-table tbody tr"));
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("ASSAULT"));
  }

  @Test
  void aHostileArticleRendersAsText() throws Exception {
    browser.get(server.url("/#/code"));
    WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-text")));
    String hostile = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">"
        + " شنت طائرات حربية غارات جوية على مدينة <b onmouseover=\"window.__xss = 3\">رفح</b> جنوب قطاع غزة.";
    paste(text, hostile);
    browser.findElement(By.id("code-run")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-text")));
    assertThat(browser.findElement(By.cssSelector(".article-text")).getText()).contains("<script>window.__xss = 1</script>")
        .contains("onerror=");
    assertThat(browser.findElements(By.cssSelector(".article-text script, .article-text img, .article-text b"))).isEmpty();
    assertThat(js("return window.__xss === undefined")).isEqualTo(Boolean.TRUE);
    screenshot("hostile-article");
  }

  @Test
  void switchesTheInterfaceToEnglishAndBack() {
    browser.get(server.url("/#/code"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-text")));
    assertThat(js("return document.documentElement.dir")).isEqualTo("rtl");
    browser.findElement(By.id("lang")).click();
    assertThat(js("return document.documentElement.dir")).isEqualTo("ltr");
    assertThat(browser.findElement(By.cssSelector("header nav")).getText()).contains("Explore");
    browser.findElement(By.id("lang")).click();
    assertThat(js("return document.documentElement.dir")).isEqualTo("rtl");
  }
}
