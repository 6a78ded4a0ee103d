package org.blenddialer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The new screens' forms over HTTP: the services' refusals come back next to the field in the
 * user's language, and absurd what-if figures are refused before anything runs.
 */
@QuarkusTest
class WebToolsPagesTest {

  @Test
  void aLeadUploadRefusedByTheImportServiceIsExplainedInDanishAtTheField() {
    long campaign = campaign("Dansk upload " + Math.floorMod(System.nanoTime(), 1_000_000));
    String page =
        TestUsers.as(Role.CAMPAIGN_MANAGER)
            .cookie(Screen.LANGUAGE_COOKIE, "da")
            .multiPart(
                "file",
                "leads.csv",
                "Navn;Mobil\r\nA;20103040\r\n".getBytes(StandardCharsets.UTF_8))
            .multiPart("campaignId", Long.toString(campaign))
            .multiPart("name", "Liste")
            .multiPart("defaultCountry", "XX")
            .multiPart("duplicatePolicy", "SKIP")
            .multiPart("hasHeader", "on")
            .post("/ui/lead-uploads")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("id=\"e-defaultCountry\"")
        .contains("skal være en tobogstavs ISO 3166-landekode")
        .contains("Upload og importér");
  }

  @Test
  void absurdWhatIfFiguresAreRefusedAtTheirFields() {
    String page =
        TestUsers.as(Role.CAMPAIGN_MANAGER)
            .contentType("application/x-www-form-urlencoded")
            .formParam("inboundAgents", "400")
            .formParam("blendAgents", "100")
            .formParam("callsPerHour", "1000000")
            .formParam("patienceSeconds", "120")
            .formParam("handleSeconds", "ten")
            .formParam("answerPercent", "30")
            .formParam("pacing", "TELEPATHIC")
            .formParam("serviceLevelPercent", "80")
            .formParam("acceptableWaitSeconds", "20")
            .formParam("hours", "12")
            .formParam("days", "30")
            .post("/ui/what-if")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("id=\"e-callsPerHour\"")
        .contains("Must be at most 5000")
        .contains("id=\"e-handleSeconds\"")
        .contains("Must be a whole number")
        .contains("id=\"e-pacing\"")
        .doesNotContain("id=\"figures\"");
  }

  @Test
  void aRunTooLargeToAnswerQuicklyIsRefusedAtTheDays() {
    String page =
        TestUsers.as(Role.SUPERVISOR)
            .contentType("application/x-www-form-urlencoded")
            .formParam("inboundAgents", "400")
            .formParam("blendAgents", "100")
            .formParam("callsPerHour", "3000")
            .formParam("patienceSeconds", "120")
            .formParam("handleSeconds", "180")
            .formParam("answerPercent", "30")
            .formParam("pacing", "PREDICTIVE")
            .formParam("serviceLevelPercent", "80")
            .formParam("acceptableWaitSeconds", "20")
            .formParam("hours", "12")
            .formParam("days", "30")
            .post("/ui/what-if")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page).contains("id=\"e-days\"").contains("Too large to answer quickly");
  }

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
    c.put("callingDays", List.of("MONDAY", "TUESDAY"));
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
