package org.blenddialer.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
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
 * Debian's headless Chromium driven through its chromedriver, at 1280x800, with a fresh profile;
 * reads the browser console and writes screenshots for the README.
 */
final class BrowserSession implements AutoCloseable {

  /** How long a wait for the page lasts. */
  private static final Duration WAIT = Duration.ofSeconds(15);

  static final Path CHROMIUM = Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

  /**
   * Where screenshots go: target/screenshots on an ordinary run, so tests leave the tree clean;
   * {@code -Dbrowser.screenshots=docs/screenshots} refreshes the README's pictures.
   */
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

  private final ChromeDriver driver;
  private final Path profile;
  private final String base;

  private BrowserSession(ChromeDriver driver, Path profile, String base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
  }

  /** Why the browser tests cannot run here, or null when they can. */
  static String missingBrowser() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      return "Browser tests SKIPPED: Chromium ("
          + CHROMIUM
          + ") or chromedriver ("
          + CHROMEDRIVER
          + ") is not installed; install Debian's packages with"
          + " 'apt-get install -y chromium chromium-driver' to run them";
    }
    return null;
  }

  /** Starts a browser against the service at {@code base} (ends without a slash). */
  static BrowserSession start(String base) throws IOException {
    Path profile = Files.createTempDirectory("blenddialer-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,800",
        "--lang=en-US",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    // The window includes the browser's own frame: grow it until the page itself is 1280x800.
    driver.manage().window().setSize(new Dimension(1280, 800));
    Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight];");
    if (inner instanceof List<?> size && size.size() == 2) {
      int width = ((Number) size.get(0)).intValue();
      int height = ((Number) size.get(1)).intValue();
      driver.manage().window().setSize(new Dimension(1280 + (1280 - width), 800 + (800 - height)));
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new BrowserSession(driver, profile, base);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens a page of the service. */
  void open(String path) {
    driver.get(base + path);
  }

  /** The path of the page being shown. */
  String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  WebElement find(String id) {
    return driver.findElement(By.id(id));
  }

  /**
   * The text of the element with this id, read again if the page replaced the element while it was
   * being read (the live pages swap parts of themselves).
   */
  String text(String id) {
    return await(WAIT, d -> d.findElement(By.id(id)).getText());
  }

  /**
   * Waits (with a deadline) for an element to be shown; an element the page replaced while it was
   * being read is looked up again.
   */
  WebElement await(By by) {
    return await(WAIT, ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Waits (with a deadline) until the element's text contains the expected text; an element the
   * page replaced while it was being read (a reload, a live swap) is looked up again.
   */
  void awaitText(By by, String text) {
    await(WAIT, ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /**
   * Waits (with a deadline) until the condition holds; a condition that reads an element the page
   * replaced meanwhile is tried again.
   */
  <T> T await(Duration deadline, java.util.function.Function<? super WebDriver, T> condition) {
    WebDriverWait wait = new WebDriverWait(driver, deadline);
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    return wait.until(condition);
  }

  /**
   * Picks a value in a select, again if the page replaced the select while it was being used (the
   * live pages swap parts of themselves), within a deadline.
   */
  void choose(String id, String value) {
    await(
        WAIT,
        d -> {
          new org.openqa.selenium.support.ui.Select(d.findElement(By.id(id))).selectByValue(value);
          return true;
        });
  }

  /** Types into an input, replacing what it held. */
  void type(String id, String text) {
    WebElement input = find(id);
    input.clear();
    input.sendKeys(text);
  }

  /** Logs in through the login form (after dropping any session and language cookie). */
  void login(String username, String password) {
    driver.manage().deleteAllCookies();
    open("/ui/login");
    type("username", username);
    type("password", password);
    find("login-submit").click();
    await(By.id("logout"));
  }

  /** Console errors the pages logged since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves what the browser shows as {SCREENSHOTS}/{name}.png, after checking it fits. */
  void screenshot(String name) {
    Object overflow =
        driver.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
        .as("page " + name + " scrolls sideways")
        .isLessThanOrEqualTo(0);
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // A leftover temporary profile does no harm.
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
