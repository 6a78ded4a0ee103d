package org.blenddialer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class that works the UI in one headless Chromium: started before its first test, free of
 * console errors after each, closed after the last; each test is skipped, saying so, where Chromium
 * is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InTheBrowser {

  @TestHTTPResource("/")
  URL root;

  BrowserSession browser;
  String missing;

  @BeforeAll
  void startBrowser() throws Exception {
    missing = BrowserSession.missingBrowser();
    if (missing != null) {
      System.err.println(missing);
      return;
    }
    browser = BrowserSession.start(root.toString().replaceFirst("/$", ""));
  }

  /** Each test is reported as skipped, with the reason, where there is no browser. */
  @BeforeEach
  void needsBrowser() {
    Assumptions.assumeTrue(missing == null, missing);
  }

  @AfterEach
  void noConsoleErrors() {
    if (browser != null) {
      assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
