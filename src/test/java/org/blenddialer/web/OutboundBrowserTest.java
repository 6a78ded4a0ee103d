package org.blenddialer.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.blenddialer.agents.live.AgentRoster;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.core.campaign.CampaignAction;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.testing.Poll;
import org.blenddialer.testing.TestCentre;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Outbound work in a real browser, against the embedded PBX simulator: a campaign manager uploads a
 * list, starts a preview campaign and watches its dashboard count the dials without reloading; an
 * agent previews a lead with its script, dials it with the keyboard, sets the call's outcome and
 * schedules a callback, each refusal shown next to its field.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboundBrowserTest extends InTheBrowser {

  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String AGENT = "preview-agent";
  private static final String AGENT_PASSWORD = "preview-agent-password";

  @Inject AttemptStore attempts;
  @Inject CampaignService campaigns;
  @Inject AgentSessions sessions;
  @Inject AgentRoster roster;

  private String campaignName;
  private long campaign;

  @BeforeEach
  void needsCampaignAndAgent() {
    if (campaign == 0) {
      DeskBrowserTest.centre();
      long sales = TestCentre.queueId(DeskBrowserTest.QUEUE);
      // An outbound agent on a simulated phone, who answers what rings; skilled for "sales".
      TestCentre.ensureAgentOnSimulatedPhone(
          AGENT, "Pia Preview", "Pia Preview", AGENT_PASSWORD, List.of("OUTBOUND"), sales);
      campaignName = "Preview spring " + (Math.floorMod(System.nanoTime(), 1_000_000));
      campaign = previewCampaign(campaignName, sales);
    }
  }

  @AfterAll
  void stopCampaignAndAgent() {
    // A running campaign would hand its leads to other tests' agents; an idle outbound agent
    // would take other tests' outbound calls.
    if (campaign != 0) {
      campaigns.act(campaign, CampaignAction.STOP, "test", "test over");
      agentOf(AGENT)
          .ifPresent(
              id -> {
                if (sessions.status(id).state() != AgentState.LOGGED_OUT) {
                  sessions.logOut(id, "test");
                }
              });
    }
  }

  private java.util.Optional<Long> agentOf(String username) {
    return roster.agentIdOfUsername(username);
  }

  @Test
  @Order(1)
  void campaignManagerUploadsAListStartsTheCampaignAndSeesDialsOnTheDashboard() throws IOException {
    Path file = Files.createTempFile("preview-leads-", ".csv");
    // Danish numbers 2174 XXX n: every one valid (the 210 block, for one, is not in use).
    String unique = String.format("%03d", Math.floorMod(System.nanoTime(), 1_000));
    StringBuilder csv = new StringBuilder("Navn;Mobil;By\r\n");
    for (int i = 0; i < 3; i++) {
      csv.append("Kunde ").append(i).append(";+45 21 74 ").append(unique).append(i);
      csv.append(";Aarhus\r\n");
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    try {
      TestUsers.as(Role.CAMPAIGN_MANAGER);
      browser.login(TestUsers.usernameFor(Role.CAMPAIGN_MANAGER), TestUsers.PASSWORD);
      browser.find("upload-leads").click();
      browser.await(By.id("lead-upload"));
      new Select(browser.find("f-campaignId")).selectByValue(Long.toString(campaign));
      browser.type("f-name", "Aarhus preview");
      browser.type("f-defaultCountry", "DK");
      browser.find("f-file").sendKeys(file.toAbsolutePath().toString());
      browser.type("f-phoneColumns", "Mobil=MOBILE");
      browser.type("f-nameColumns", "Navn");
      browser.find("upload").click();
      browser.awaitText(By.id("import-state"), "Completed");
      assertThat(browser.text("rows-accepted"))
          .as(() -> browser.driver().findElement(By.tagName("main")).getText())
          .isEqualTo("3");
    } finally {
      Files.deleteIfExists(file);
    }

    browser.open("/ui/campaigns");
    browser.driver().findElement(By.linkText(campaignName)).click();
    browser.type("reason-start", "List uploaded");
    browser.find("action-start").click();
    browser.awaitText(By.id("campaign-state"), "Running");

    browser.find("open-dashboard").click();
    browser.await(By.id("dashboard-live"));
    assertThat(browser.text("fig-dials")).isEqualTo("0");
    assertThat(browser.text("funnel-new")).isEqualTo("3");
    // A preview campaign under the EU baseline has neither a target nor a jurisdiction cap.
    assertThat(browser.text("fig-cap")).isEqualTo("The campaign sets no abandon target");
    browser.driver().executeScript("window.dashboardMark = 'same page';");

    // An agent logged in for outbound work previews and dials the first lead through the API
    // (a preview rings only the agent who asked, so they must be in the campaign's queue): the
    // dashboard counts it.
    agent()
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "OUTBOUND"))
        .post("/api/v1/me/agent/login")
        .then()
        .statusCode(200);
    Response preview = agent().get("/api/v1/me/dialer/preview");
    assertThat(preview.statusCode()).as(preview.asString()).isEqualTo(200);
    long attempt = preview.jsonPath().getLong("attemptId");
    assertThat(
            agent()
                .post("/api/v1/me/dialer/preview/" + attempt + "/dial")
                .jsonPath()
                .getBoolean("dialed"))
        .as("the dial-time check allowed the call")
        .isTrue();
    browser.awaitText(By.id("fig-dials"), "1");
    browser.awaitText(By.id("funnel-new"), "2");
    Poll.until(DEADLINE, "the call over", () -> attempts.find(attempt).endedAt() != null);
    browser.awaitText(By.id("agent-results"), "Pia Preview");
    assertThat(browser.driver().executeScript("return window.dashboardMark;"))
        .as("the dashboard changed without a reload")
        .isEqualTo("same page");
    assertThat(browser.find("chart-dials").findElements(By.tagName("rect"))).isNotEmpty();
    browser.screenshot("campaign-dashboard");
    // The agent's own path on the desk starts logged out.
    agent().post("/api/v1/me/agent/logout").then().statusCode(200);
  }

  @Test
  @Order(2)
  void anAgentPreviewsALeadDialsItAndSetsTheOutcome() {
    browser.login(AGENT, AGENT_PASSWORD);
    browser.find("open-desk").click();
    browser.await(By.id("login-form"));
    browser.find("mode-OUTBOUND").click();
    browser.find("desk-login").click();
    browser.awaitText(By.id("agent-state"), "Idle");

    // The call dialed through the API first waits for its outcome: required, next to the field.
    browser.await(By.id("outbound-disposition-form"));
    browser.find("save-outbound-disposition").click();
    assertThat(browser.await(By.id("e-outCode")).getText()).isEqualTo("Required");
    new Select(browser.find("f-outCode")).selectByValue("NOT_INTERESTED");
    browser.find("save-outbound-disposition").click();

    // Then the next lead, with the campaign's script filled in.
    browser.await(By.id("preview-panel"));
    assertThat(browser.text("preview-name")).startsWith("Kunde");
    assertThat(browser.text("preview-script")).startsWith("Hello Kunde").contains("Aarhus");
    assertThat(browser.text("preview-local-time")).contains("Europe/Copenhagen");
    browser.screenshot("desk-preview");

    String number = browser.text("preview-number");
    browser.driver().findElement(By.tagName("body")).sendKeys("c");
    // The call runs (the part polls while it does), then shows its result for the outcome.
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), DEADLINE)
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                By.id("outbound-last"), number));
    browser.await(By.id("outbound-disposition-form"));
    // An answered call rang this agent: wait until the desk has settled after it.
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), DEADLINE)
        .until(
            d -> {
              String state = d.findElement(By.id("agent-state")).getText();
              return state.equals("Idle") || state.equals("Wrap-up");
            });

    // A callback in the past is refused at the field, with the lead's zone.
    browser.type("f-localTime", "");
    browser
        .driver()
        .executeScript("document.getElementById('f-localTime').value = '2020-01-02T10:30';");
    browser.find("schedule-callback").click();
    assertThat(browser.await(By.id("e-localTime")).getText())
        .isEqualTo("Must be in the future in the lead's time zone Europe/Copenhagen");
    browser
        .driver()
        .executeScript("document.getElementById('f-localTime').value = '2099-01-02T10:30';");
    browser.find("schedule-callback").click();
    assertThat(browser.await(By.id("outbound-callback-set")).getText())
        .contains("Europe/Copenhagen")
        .contains("your time (UTC)");

    new Select(browser.find("f-outCode")).selectByValue("CALLBACK");
    browser.find("save-outbound-disposition").click();
    browser.awaitText(By.id("outbound-disposition-set"), "CALLBACK");
  }

  private RequestSpecification agent() {
    return given().auth().preemptive().basic(AGENT, AGENT_PASSWORD);
  }

  /**
   * A preview campaign that may call at any hour under the EU baseline (no calling window, no
   * registry), with a script that names the lead and a custom field.
   */
  private static long previewCampaign(String name, long skillQueue) {
    Map<String, Object> c =
        TestCentre.campaignOnTheSimulator(name, "PREVIEW", "outbound", skillQueue);
    c.put("targetAbandonPercent", 3);
    c.put("jurisdiction", "EU");
    c.put("callerId", "+4570101010");
    c.put("script", "Hello {{name}}, how is the weather in {{By|your town}}?");
    return TestCentre.createCampaign(c).jsonPath().getLong("id");
  }
}
