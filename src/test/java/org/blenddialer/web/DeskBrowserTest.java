package org.blenddialer.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.users.rest.TestUsers.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.blenddialer.compliance.service.DncService;
import org.blenddialer.core.leads.DuplicatePolicy;
import org.blenddialer.leads.persistence.LeadImport;
import org.blenddialer.leads.service.LeadImportService;
import org.blenddialer.leads.service.NewImport;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The agent desk and the supervisor wallboard in a real browser, against the embedded PBX
 * simulator: an agent logs in, takes an inbound call and sets its disposition; a supervisor sees
 * the wallboard move when a caller arrives. Pages must change without being reloaded.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserTest extends InTheBrowser {

  private static final Duration DEADLINE = Duration.ofSeconds(20);
  static final String QUEUE = "sales";
  static final String AGENT = "desk-agent";
  static final String AGENT_PASSWORD = "desk-agent-password";
  private static final String PHONE = TestCentre.simulatedPhone(AGENT);

  @Inject PbxSimulator simulator;
  @Inject LeadImportService leadImports;
  @Inject DncService dnc;

  private boolean centreReady;

  /** RestAssured knows the test port only once tests run, so the centre is made here. */
  @BeforeEach
  void needsCentre() {
    if (!centreReady) {
      centre();
      knownCaller();
      simulator.setManualAgent(PHONE, true);
      centreReady = true;
    }
  }

  @AfterAll
  void phoneBackToAutomatic() {
    if (centreReady) {
      simulator.setManualAgent(PHONE, false);
    }
  }

  @Test
  @Order(1)
  void anAgentLogsInTakesACallAndSetsItsDisposition() {
    browser.login(AGENT, AGENT_PASSWORD);
    browser.find("open-desk").click();
    browser.awaitText(By.id("agent-state"), "Logged out");
    browser.screenshot("desk-logged-out");

    // The server's refusal is shown at the field it concerns.
    browser.find("queue-" + QUEUE).click();
    browser.find("desk-login").click();
    assertThat(browser.await(By.id("e-queues")).getText()).isEqualTo("Choose at least one");

    browser.find("queue-" + QUEUE).click();
    browser.find("mode-INBOUND").click();
    browser.find("desk-login").click();
    browser.awaitText(By.id("agent-state"), "Idle");
    Poll.until(DEADLINE, "the phone a member of " + QUEUE, () -> isMember(PHONE));
    markPage();

    simulator.placeInboundCall(QUEUE, "+4531415926", 3000);
    browser.awaitText(By.id("caller-number"), "+4531415926");
    assertThat(browser.text("caller-dnc")).startsWith("On a do-not-call list internal");
    assertThat(browser.text("caller-leads")).contains("Jens Jensen").contains("Desk list");
    assertThat(browser.text("call-script"))
        .isEqualTo("Good morning Jens Jensen, this is Dorte Desk. Asked about the winter offer");
    assertThat(browser.text("caller-consent")).isEqualTo("No consent recorded");
    assertThat(browser.text("caller-history")).contains("First call from this number");
    if (browser.text("agent-state").equals("Ringing")) {
      browser.screenshot("desk-ringing");
    }
    Poll.until(DEADLINE, "the agent's phone answered", () -> simulator.answer(PHONE));
    browser.awaitText(By.id("agent-state"), "On call");
    browser.awaitText(By.id("call-heading"), "On call");
    assertThat(browser.text("time-in-state")).matches("\\d+:\\d\\d");
    browser.screenshot("desk-on-call");

    assertThat(simulator.hangUp(PHONE)).isTrue();
    browser.awaitText(By.id("agent-state"), "Wrap-up");
    browser.await(By.id("disposition-form"));
    assertThat(pageWasNotReloaded()).as("the desk changed without a reload").isTrue();

    browser.find("save-disposition").click();
    assertThat(browser.await(By.id("e-code")).getText()).isEqualTo("Required");
    browser.driver().findElement(By.tagName("body")).sendKeys("d");
    new Select(browser.find("f-code")).selectByIndex(1);
    browser.find("f-resolved").click();
    browser.find("f-note").sendKeys("New PIN sent");
    browser.find("f-note").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    assertThat(browser.await(By.id("disposition-set")).getText()).contains("New PIN sent");
    browser.screenshot("desk-disposition");

    // Shortcuts: W ends the wrap-up, P pauses with the chosen reason, R resumes.
    browser.awaitText(By.id("agent-state"), "Wrap-up");
    browser.driver().findElement(By.tagName("body")).sendKeys("w");
    browser.awaitText(By.id("agent-state"), "Idle");
    new Select(browser.find("f-reason")).selectByIndex(1);
    browser.driver().findElement(By.tagName("body")).sendKeys("p");
    browser.awaitText(By.id("agent-state"), "Paused");
    browser.screenshot("desk-paused");
    browser.driver().findElement(By.tagName("body")).sendKeys("r");
    browser.awaitText(By.id("agent-state"), "Idle");
  }

  @Test
  @Order(2)
  void theWallboardMovesWhenACallerArrives() {
    TestUsers.as(Role.SUPERVISOR);
    browser.login(TestUsers.usernameFor(Role.SUPERVISOR), TestUsers.PASSWORD);
    browser.find("open-wallboard").click();
    browser.await(By.id("agent-" + AGENT));
    browser.awaitText(By.id("waiting-" + QUEUE), "0");
    browser.await(By.cssSelector("#day-chart[data-ready='true']"));
    markPage();

    simulator.placeInboundCall(QUEUE, "+4531415927", 3000);
    browser.awaitText(By.id("waiting-" + QUEUE), "1");
    Poll.until(DEADLINE, "the agent's phone answered", () -> simulator.answer(PHONE));
    browser.awaitText(By.id("agent-state-" + AGENT), "On call");
    assertThat(browser.text("agent-" + AGENT)).contains("+4531415927");
    assertThat(pageWasNotReloaded()).as("the wallboard changed without a reload").isTrue();
    browser.screenshot("wallboard");

    browser.find("listen-" + AGENT).click();
    assertThat(browser.await(By.id("e-device")).getText()).isEqualTo("Required");
    browser.type("f-device", "Local/supervisor@sim-agent/n");
    browser.find("listen-" + AGENT).click();
    assertThat(browser.await(By.id("spy-started")).getText()).contains("listen");
    assertThat(simulator.hangUp(PHONE)).isTrue();

    browser.awaitText(By.id("agent-state-" + AGENT), "Wrap-up");
    // today's calls counted (the live board may swap the cell while it is read)
    browser.await(DEADLINE, d -> !d.findElement(By.id("sl-today-" + QUEUE)).getText().equals("–"));
    browser.driver().manage().window().setSize(new Dimension(400, 860));
    // The page lays itself out again after the resize (and may be refreshed live meanwhile).
    Poll.until(
        DEADLINE,
        "the wallboard fits a phone-sized window without scrolling sideways",
        () ->
            ((Number)
                        browser
                            .driver()
                            .executeScript(
                                "return document.documentElement.scrollWidth"
                                    + " - document.documentElement.clientWidth;"))
                    .intValue()
                <= 0);
    browser.screenshot("wallboard-phone");
    browser.driver().manage().window().setSize(new Dimension(1280, 800));
    Poll.until(
        DEADLINE,
        "the agent logged out",
        () -> {
          agent().post("/api/v1/me/agent/wrap-up/end");
          return agent().post("/api/v1/me/agent/logout").statusCode() == 200;
        });
  }

  /**
   * The first caller is a lead of a campaign with a script, and on the internal DNC list, so the
   * screen pop has something to show.
   */
  private void knownCaller() {
    RequestSpecification manager = TestUsers.as(Role.CAMPAIGN_MANAGER);
    if (manager.get("/api/v1/campaigns").jsonPath().getList("name").contains("Desk spring")) {
      return;
    }
    int queueId =
        asAdmin().get("/api/v1/queues").jsonPath().get("find { it.asteriskQueue == 'sales' }.id");
    Map<String, Object> c = new java.util.HashMap<>();
    c.put("name", "Desk spring");
    c.put("dialMode", "PREDICTIVE");
    c.put("targetAbandonPercent", 2.5);
    c.put("amdHandling", "HANG_UP");
    c.put("asteriskQueue", "outbound");
    c.put("asteriskServer", "embedded");
    c.put("trunk", "sim");
    c.put("callerId", "+4570101010");
    c.put("callingHoursStart", "09:00");
    c.put("callingHoursEnd", "20:00");
    c.put("callingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
    c.put("maxAttemptsPerLead", 6);
    c.put("maxAttemptsPerDay", 2);
    c.put("leadOrder", "PRIORITY");
    c.put("skillQueueIds", List.of(queueId));
    c.put("script", "Good morning {{name}}, this is {{agentName}}. {{Note|}}");
    long campaignId =
        TestUsers.createdId(
            TestUsers.as(Role.CAMPAIGN_MANAGER).contentType(ContentType.JSON).body(c),
            "/api/v1/campaigns");
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("desk-leads", ".csv");
      java.nio.file.Files.writeString(
          file, "Name;Mobil;Note\nJens Jensen;+45 31 41 59 26;Asked about the winter offer\n");
      LeadImport job =
          leadImports.startUpload(
              new NewImport(campaignId, "Desk list", "DK", DuplicatePolicy.KEEP_ALL, true, null),
              file,
              "desk-leads.csv",
              "test");
      Poll.until(
          DEADLINE,
          "the lead list imported",
          () ->
              "COMPLETED"
                  .equals(
                      TestUsers.as(Role.CAMPAIGN_MANAGER)
                          .get("/api/v1/lead-imports/" + job.id)
                          .jsonPath()
                          .getString("state")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    dnc.add("internal", "+4531415926", "phone", "asked not to be called", "test");
  }

  private void markPage() {
    browser.driver().executeScript("window.deskTestMark = 'same page';");
  }

  private boolean pageWasNotReloaded() {
    return "same page".equals(browser.driver().executeScript("return window.deskTestMark;"));
  }

  private boolean isMember(String phone) {
    return simulator.members(QUEUE).stream().anyMatch(m -> m.agentInterface().equals(phone));
  }

  static RequestSpecification agent() {
    return given().auth().preemptive().basic(AGENT, AGENT_PASSWORD);
  }

  /** A queue on the simulator's "sales", a pause reason and an agent on a simulated phone. */
  static void centre() {
    long queueId = TestCentre.ensureInboundQueue("Desk sales", QUEUE, 60, false);
    if (!asAdmin().get("/api/v1/pause-reasons").jsonPath().getList("code").contains("BREAK")) {
      asAdmin()
          .contentType(ContentType.JSON)
          .body(Map.of("code", "BREAK", "label", "Break", "paid", true))
          .post("/api/v1/pause-reasons")
          .then()
          .statusCode(201);
    }
    TestCentre.ensureAgentOnSimulatedPhone(
        AGENT, "Dorte Desk", "Dorte Desk", AGENT_PASSWORD, List.of("BLENDED", "INBOUND"), queueId);
  }
}
