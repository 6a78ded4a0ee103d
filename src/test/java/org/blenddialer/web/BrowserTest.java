package org.blenddialer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The UI in a real browser (headless Chromium), each role's main path as people use it; writes the
 * screenshots (see BrowserSession.SCREENSHOTS). Skipped, saying so, where Chromium is not
 * installed.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest extends InTheBrowser {

  @Test
  void eachRoleLogsInAndLandsOnItsHome() {
    browser.driver().manage().deleteAllCookies();
    browser.open("/ui/login");
    Object viewport =
        browser.driver().executeScript("return window.innerWidth + 'x' + window.innerHeight;");
    assertThat(viewport).isEqualTo("1280x800");
    browser.screenshot("login");
    Map<Role, String> homes =
        Map.of(
            Role.ADMIN, "/ui/admin",
            Role.SUPERVISOR, "/ui/supervisor",
            Role.CAMPAIGN_MANAGER, "/ui/campaigns",
            Role.COMPLIANCE_OFFICER, "/ui/compliance",
            Role.AGENT, "/ui/agent");
    for (Role role : Role.values()) {
      TestUsers.as(role);
      browser.login(TestUsers.usernameFor(role), TestUsers.PASSWORD);
      assertThat(browser.path()).as(role.name()).isEqualTo(homes.get(role));
      assertThat(browser.text("who")).isEqualTo("Test " + role);
      browser.screenshot("home-" + role.name().toLowerCase().replace('_', '-'));
    }
    browser.find("who").click();
    browser.await(By.id("password-change"));
    browser.screenshot("profile");
  }

  @Test
  void adminCreatesAQueueAUserAndAnAgentThroughTheForms() {
    String suffix = Long.toString(Math.floorMod(System.nanoTime(), 1_000_000));
    browser.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    browser.screenshot("admin-overview");

    browser.open("/ui/admin/queues/new");
    browser.type("f-name", "Browser queue " + suffix);
    browser.type("f-asteriskQueue", "browser_q_" + suffix);
    browser.find("save").click();
    browser.await(By.id("queue-browser_q_" + suffix));
    browser.screenshot("admin-queues");

    browser.open("/ui/admin/users/new");
    browser.type("f-username", "browser-agent-" + suffix);
    browser.type("f-displayName", "Birgitte Browser");
    browser.type("f-password", "a-long-enough-password");
    browser.find("role-AGENT").click();
    browser.screenshot("admin-user-form");
    browser.find("save").click();
    browser.await(By.id("user-browser-agent-" + suffix));
    browser.screenshot("admin-users");

    browser.open("/ui/admin/agents/new");
    new Select(browser.find("f-userId"))
        .selectByVisibleText("Birgitte Browser (browser-agent-" + suffix + ")");
    browser.type("f-displayName", "Birgitte B.");
    browser.type("f-device", "PJSIP/7" + suffix);
    browser.find("skill-browser_q_" + suffix).click();
    browser.screenshot("admin-agent-form");
    browser.find("save").click();
    browser.await(By.id("agent-browser-agent-" + suffix));
    assertThat(browser.text("agent-browser-agent-" + suffix))
        .contains("Birgitte B.")
        .contains("Browser queue " + suffix);
    browser.screenshot("admin-agents");

    browser.open("/ui/admin/pause-reasons");
    browser.screenshot("admin-pause-reasons");
    browser.open("/ui/admin/dispositions");
    browser.screenshot("admin-dispositions");
  }

  @Test
  void aFormShowsTheServersValidationErrorsNextToTheFields() {
    browser.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    browser.open("/ui/admin/users/new");
    browser.type("f-username", "not a valid name!");
    browser.find("save").click();
    // Bean Validation on the API's own NewUser record: named fields, shown at the fields.
    assertThat(browser.await(By.id("e-username")).getText())
        .isEqualTo("Not in the expected format");
    assertThat(browser.text("e-displayName")).isEqualTo("Required");
    assertThat(browser.find("f-username").getAttribute("value")).isEqualTo("not a valid name!");

    // The service's own rule (password length) comes back as errors[].field "password".
    browser.type("f-username", "short-password-" + (Math.floorMod(System.nanoTime(), 100_000)));
    browser.type("f-displayName", "Short Password");
    browser.type("f-password", "short");
    browser.find("save").click();
    assertThat(browser.await(By.id("e-password")).getText()).contains("at least 10 characters");
    assertThat(browser.driver().findElements(By.id("e-username"))).isEmpty();
    browser.screenshot("admin-user-form-errors");
  }

  @Test
  void campaignManagerCreatesAndStartsACampaign() {
    String name = "Browser campaign " + (Math.floorMod(System.nanoTime(), 1_000_000));
    TestUsers.as(Role.CAMPAIGN_MANAGER);
    browser.login(TestUsers.usernameFor(Role.CAMPAIGN_MANAGER), TestUsers.PASSWORD);
    browser.find("new-campaign").click();
    browser.await(By.id("f-name"));
    browser.type("f-name", name);
    browser.type("f-callerId", "+4570123456");
    browser.type("f-asteriskQueue", "campaign_browser");
    browser.type("f-trunk", "trunk-sim");
    browser.type("f-script", "Hej {{firstName|der}}, det er {{agentName}}.");
    browser.screenshot("campaign-form");
    browser.find("save").click();

    browser.await(By.id("campaign-state"));
    assertThat(browser.text("campaign-state")).isEqualTo("Draft");
    browser.type("reason-start", "Lists are loaded");
    browser.find("action-start").click();
    browser.awaitText(By.id("campaign-state"), "Running");
    assertThat(browser.text("history"))
        .contains("Draft")
        .contains("Running")
        .contains("Lists are loaded");
    assertThat(browser.find("action-pause").isDisplayed()).isTrue();
    browser.screenshot("campaign-detail");

    browser.open("/ui/campaigns");
    assertThat(browser.text("campaigns")).contains(name).contains("Running");
    browser.screenshot("campaigns");
  }

  @Test
  void switchingToDanishAndFinnishTranslatesTheScreens() {
    // A supervisor of its own: the language stays with the user, and must not carry over to the
    // tests that read the shared supervisor's screens in English.
    String supervisor = "browser-language-" + System.nanoTime();
    TestUsers.createUser(supervisor, "Lena Language", TestUsers.PASSWORD, "SUPERVISOR");
    browser.login(supervisor, TestUsers.PASSWORD);
    assertThat(browser.text("logout")).isEqualTo("Log out");

    browser.choose("lang", "da");
    browser.awaitText(By.id("logout"), "Log ud");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Overvågning");
    browser.screenshot("supervisor-danish");

    browser.choose("lang", "fi");
    browser.awaitText(By.id("logout"), "Kirjaudu ulos");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Valvonta");

    // The choice belongs to the user: it is back after logging in again.
    browser.login(supervisor, TestUsers.PASSWORD);
    assertThat(browser.text("logout")).isEqualTo("Kirjaudu ulos");
    browser.choose("lang", "en");
    browser.awaitText(By.id("logout"), "Log out");
  }
}
