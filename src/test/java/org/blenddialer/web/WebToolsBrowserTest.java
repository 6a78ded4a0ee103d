package org.blenddialer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The compliance console, lead upload, server links and what-if in a real browser (headless
 * Chromium), as a compliance officer, a campaign manager, a supervisor and an administrator use
 * them; writes the screenshots. Skipped, saying so, where Chromium is not installed.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebToolsBrowserTest extends InTheBrowser {

  private static String unique() {
    return String.format("%06d", Math.floorMod(System.nanoTime(), 1_000_000));
  }

  @Test
  void complianceOfficerChecksANumberOnTheInternalDncListAndSeesTheDenialWithItsReason() {
    String number = "+457010" + unique().substring(2);
    TestUsers.as(Role.COMPLIANCE_OFFICER);
    browser.login(TestUsers.usernameFor(Role.COMPLIANCE_OFFICER), TestUsers.PASSWORD);

    // A number that is not a phone number is refused at the field.
    browser.find("tab-check").click();
    browser.type("f-number", "12");
    browser.find("check").click();
    assertThat(browser.await(By.id("e-number")).getText()).contains("12");

    browser.find("tab-dnc").click();
    browser.await(By.id("dnc-add"));
    browser.type("f-entryNumber", number);
    browser.type("f-note", "Asked on the phone not to be called again");
    browser.find("dnc-add-submit").click();
    browser.awaitText(By.id("saved"), number);
    assertThat(browser.text("dnc-entries")).contains(number);
    assertThat(browser.text("registries")).contains("US-NDNC");
    browser.screenshot("compliance-dnc");

    browser.driver().findElement(By.linkText(number)).click();
    browser.await(By.id("check-form"));
    assertThat(browser.find("f-number").getAttribute("value")).isEqualTo(number);
    browser.find("check").click();
    assertThat(browser.await(By.id("check-verdict")).getText()).contains("Not allowed");
    assertThat(browser.text("denying-rule"))
        .contains("company#internal-dnc")
        .contains("Internal DNC list");
    assertThat(browser.text("denying-reason")).isNotBlank();
    assertThat(browser.text("lists-consulted")).contains("internal");
    browser.screenshot("compliance-check");

    Map<String, Object> grant = new HashMap<>();
    grant.put("number", number);
    grant.put("company", "default");
    grant.put("basis", "EXPRESS_WRITTEN");
    grant.put("channel", "web-form");
    grant.put("evidenceText", "I agree to be called about offers");
    grant.put("sourceIp", "192.0.2.10");
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType("application/json")
        .body(grant)
        .post("/api/v1/compliance/consent/grants")
        .then()
        .statusCode(201);
    browser.find("tab-consent").click();
    browser.type("f-number", number);
    browser.find("consent-submit").click();
    assertThat(browser.await(By.id("consent-ledger")).getText())
        .contains("Given")
        .contains("I agree to be called about offers");
    browser.screenshot("compliance-consent");

    browser.find("tab-audit").click();
    browser.type("f-number", number);
    browser.find("audit-submit").click();
    assertThat(browser.await(By.id("audit-records")).getText()).contains("dnc.entry.added");
    assertThat(browser.find("export-csv").getAttribute("href"))
        .contains("/api/v1/audit/records/export.csv?number=");
    browser.find("verify").click();
    browser.awaitText(By.id("chain-result"), "intact");
    browser.screenshot("compliance-audit");
  }

  @Test
  void complianceOfficerTakesANumberOffTheInternalListWithTheReason() {
    String number = "+457020" + unique().substring(2);
    Map<String, Object> entry = new HashMap<>();
    entry.put("number", number);
    entry.put("note", "Asked not to be called");
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType("application/json")
        .body(entry)
        .post("/api/v1/compliance/dnc/lists/internal/entries")
        .then()
        .statusCode(201);
    browser.login(TestUsers.usernameFor(Role.COMPLIANCE_OFFICER), TestUsers.PASSWORD);
    browser.open("/ui/compliance/dnc?list=internal&number=" + number.replace("+", "%2B"));
    browser.driver().findElement(By.linkText("Remove")).click();
    browser.await(By.id("dnc-remove"));
    assertThat(browser.find("f-removeNumber").getAttribute("value")).isEqualTo(number);

    // No reason: refused next to the field; a number not on the list: refused at the number.
    browser.find("dnc-remove-submit").click();
    assertThat(browser.await(By.id("e-reason")).getText()).isEqualTo("Required");
    browser.type("f-removeNumber", "+4570209999");
    browser.type("f-reason", "Consent given on the phone");
    browser.find("dnc-remove-submit").click();
    assertThat(browser.await(By.id("e-removeNumber")).getText())
        .isEqualTo("This number is not on the list internal");

    browser.type("f-removeNumber", number);
    browser.type("f-reason", "Customer gave written consent again");
    browser.find("dnc-remove-submit").click();
    browser.awaitText(By.id("removed"), number);
    assertThat(browser.text("dnc-removals"))
        .contains(number)
        .contains("Customer gave written consent again");
    assertThat(browser.text("dnc-entries")).doesNotContain(number);
    browser.driver().executeScript("document.getElementById('dnc-remove').scrollIntoView();");
    browser.screenshot("compliance-dnc-removal");
  }

  @Test
  void campaignManagerUploadsALeadListAndSeesTheProgressAndTheReport() throws IOException {
    long campaign = campaign("Lead upload " + unique());
    Path file = Files.createTempFile("leads-", ".csv");
    StringBuilder csv = new StringBuilder("Navn;Mobil;Postnr\r\n");
    for (int i = 0; i < 40; i++) {
      csv.append("Kunde ").append(i).append(";+45 20 ").append(10 + i).append(" 30 40;8000\r\n");
    }
    csv.append("Formel;=HYPERLINK(\"x\");8000\r\n");
    csv.append("Kopi;+45 20 10 30 40;8000\r\n");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    try {
      TestUsers.as(Role.CAMPAIGN_MANAGER);
      browser.login(TestUsers.usernameFor(Role.CAMPAIGN_MANAGER), TestUsers.PASSWORD);
      browser.find("upload-leads").click();
      browser.await(By.id("lead-upload"));

      // Nothing chosen: the server names each missing field.
      browser.find("upload").click();
      assertThat(browser.await(By.id("e-campaignId")).getText()).isEqualTo("Required");
      assertThat(browser.text("e-file")).isEqualTo("Choose a file");

      new Select(browser.find("f-campaignId")).selectByValue(Long.toString(campaign));
      browser.type("f-name", "Aarhus spring");
      browser.type("f-defaultCountry", "DK");
      browser.find("f-file").sendKeys(file.toAbsolutePath().toString());
      browser.type("f-phoneColumns", "Mobil=MOBILE");
      browser.type("f-nameColumns", "Navn");
      browser.type("f-postalCodeColumn", "Postnr");
      browser.screenshot("lead-upload");
      browser.find("upload").click();

      browser.await(By.id("import-progress"));
      assertThat(browser.path()).startsWith("/ui/lead-imports/");
      assertThat(browser.find("import-bar").getTagName()).isEqualTo("progress");
      browser.awaitText(By.id("import-state"), "Completed");
      assertThat(browser.text("rows-read")).isEqualTo("42");
      assertThat(browser.text("rows-accepted")).isEqualTo("40");
      assertThat(browser.text("rows-rejected")).isEqualTo("2");
      String report = browser.text("report");
      assertThat(report)
          .contains("=HYPERLINK(\"x\")")
          .contains("Not a valid phone number")
          .contains("Number already in this list");
      browser.screenshot("lead-import-report");

      String importPath = browser.path();
      byte[] download =
          TestUsers.as(Role.CAMPAIGN_MANAGER)
              .get(importPath + "/report.csv")
              .then()
              .statusCode(200)
              .extract()
              .asByteArray();
      String text = new String(download, StandardCharsets.UTF_8);
      assertThat(text).contains("'=HYPERLINK").contains("INVALID_PHONE");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void theWhatIfFormGivesAPrediction() {
    TestUsers.as(Role.SUPERVISOR);
    browser.login(TestUsers.usernameFor(Role.SUPERVISOR), TestUsers.PASSWORD);
    browser.find("nav-what-if").click();
    browser.await(By.id("what-if-form"));

    browser.type("f-days", "0");
    browser.type("f-answerPercent", "95");
    browser.find("simulate").click();
    assertThat(browser.await(By.id("e-days")).getText()).isEqualTo("Must be at least 2");
    assertThat(browser.text("e-answerPercent")).isEqualTo("Must be at most 80");

    browser.type("f-inboundAgents", "4");
    browser.type("f-blendAgents", "6");
    browser.type("f-callsPerHour", "80");
    browser.type("f-answerPercent", "30");
    browser.type("f-hours", "3");
    browser.type("f-days", "3");
    browser.find("simulate").click();
    browser.await(
        Duration.ofSeconds(60),
        ExpectedConditions.visibilityOfElementLocated(By.id("figure-serviceLevel")));
    assertThat(browser.text("figure-serviceLevel")).contains("%").contains("±");
    assertThat(browser.text("figures"))
        .contains("Average speed of answer")
        .contains("Agent occupancy")
        .contains("Inbound abandon rate")
        .contains("Outbound connects per agent-hour");
    browser.screenshot("what-if");
  }

  @Test
  void theAdministratorSeesTheAsteriskServersAndTheirLinks() {
    browser.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    browser.find("tab-servers").click();
    browser.awaitText(By.id("link-state-embedded"), "Ready");
    assertThat(browser.text("server-embedded")).contains("127.0.0.1:");
    // The table refreshes itself: the time in state moves on without reloading the page.
    String before = browser.text("server-embedded");
    browser.await(
        Duration.ofSeconds(15),
        d -> !d.findElement(By.id("server-embedded")).getText().equals(before));
    browser.screenshot("admin-servers");
  }

  /** A campaign made through the API, for lead lists to belong to. */
  private static long campaign(String name) {
    Map<String, Object> c = new HashMap<>();
    c.put("name", name);
    c.put("dialMode", "PROGRESSIVE");
    c.put("asteriskQueue", "leads_upload");
    c.put("asteriskServer", "embedded");
    c.put("trunk", "sim");
    c.put("callerId", "+4570101010");
    c.put("callingHoursStart", "09:00");
    c.put("callingHoursEnd", "20:00");
    c.put("callingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
    c.put("amdHandling", "HANG_UP");
    c.put("maxAttemptsPerLead", 6);
    c.put("maxAttemptsPerDay", 2);
    c.put("leadOrder", "PRIORITY");
    return TestUsers.as(Role.CAMPAIGN_MANAGER)
        .contentType("application/json")
        .body(c)
        .post("/api/v1/campaigns")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
