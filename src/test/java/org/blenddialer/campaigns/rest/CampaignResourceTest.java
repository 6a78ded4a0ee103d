package org.blenddialer.campaigns.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignResourceTest {

  @Test
  void managerCreatesAndRunsACampaignThroughItsLifecycle() {
    int id =
        TestUsers.as(Role.CAMPAIGN_MANAGER)
            .contentType(ContentType.JSON)
            .body(campaign("Vinterkampagne DK", "PREDICTIVE"))
            .post("/api/v1/campaigns")
            .then()
            .statusCode(201)
            .body("state", equalTo("DRAFT"))
            .body("allowedActions", contains("START", "ARCHIVE"))
            .body("retryRules", hasSize(6))
            .body("powerRatio", nullValue())
            .extract()
            .path("id");

    act(id, "start").then().statusCode(200).body("state", equalTo("RUNNING"));
    act(id, "pause").then().statusCode(200).body("state", equalTo("PAUSED"));
    act(id, "archive")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("A PAUSED campaign cannot archive; it accepts [RESUME, STOP]"));
    act(id, "stop").then().statusCode(200).body("state", equalTo("STOPPED"));

    TestUsers.as(Role.SUPERVISOR)
        .get("/api/v1/campaigns/" + id + "/history")
        .then()
        .statusCode(200)
        .body("to", contains("RUNNING", "PAUSED", "STOPPED"))
        .body("by", hasItem("test-campaign-manager"));
    TestUsers.as(Role.SUPERVISOR).post("/api/v1/campaigns/" + id + "/start").then().statusCode(403);
  }

  @Test
  void modeSpecificSettingsAreRequired() {
    TestUsers.as(Role.CAMPAIGN_MANAGER)
        .contentType(ContentType.JSON)
        .body(campaign("Power without ratio", "POWER"))
        .post("/api/v1/campaigns")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("powerRatio"));
  }

  @Test
  void badDefinitionsNameTheirFieldsAndKeepNothing() {
    Map<String, Object> bad = campaign("Bad one", "PROGRESSIVE");
    bad.put("callerId", "4512345678");
    bad.put("callingDays", List.of());
    bad.put("retryRules", List.of(Map.of("outcome", "BUSY", "delayMinutes", -1, "maxAttempts", 3)));
    TestUsers.as(Role.CAMPAIGN_MANAGER)
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/api/v1/campaigns")
        .then()
        .statusCode(400)
        .body("errors.field", contains("callerId", "callingDays", "retryRules[0].delayMinutes"));

    Map<String, Object> twice = campaign("Twice busy", "PROGRESSIVE");
    twice.put(
        "retryRules",
        List.of(
            Map.of("outcome", "BUSY", "delayMinutes", 5, "maxAttempts", 3),
            Map.of("outcome", "BUSY", "delayMinutes", 10, "maxAttempts", 2)));
    TestUsers.as(Role.CAMPAIGN_MANAGER)
        .contentType(ContentType.JSON)
        .body(twice)
        .post("/api/v1/campaigns")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("retryRules[1].outcome"));

    TestUsers.as(Role.CAMPAIGN_MANAGER)
        .get("/api/v1/campaigns")
        .then()
        .body("name", org.hamcrest.Matchers.not(hasItem("Bad one")));
  }

  @Test
  void dispositionsComeWithTheirMeaning() {
    TestUsers.as(Role.AGENT)
        .get("/api/v1/dispositions")
        .then()
        .statusCode(200)
        .body("find { it.code == 'DO_NOT_CALL' }.finalForLead", equalTo(true))
        .body("find { it.code == 'CALLBACK' }.finalForLead", equalTo(false));
  }

  private static io.restassured.response.Response act(int id, String action) {
    return TestUsers.as(Role.CAMPAIGN_MANAGER)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "test " + action))
        .post("/api/v1/campaigns/" + id + "/" + action);
  }

  static Map<String, Object> campaign(String name, String mode) {
    Map<String, Object> c = new HashMap<>();
    c.put("name", name);
    c.put("dialMode", mode);
    c.put("targetAbandonPercent", 2.5);
    c.put("asteriskQueue", "campaign_winter");
    c.put("asteriskServer", "default");
    c.put("trunk", "trunk-dk");
    c.put("callerId", "+4570101010");
    c.put("callingHoursStart", "09:00");
    c.put("callingHoursEnd", "20:00");
    c.put("callingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
    c.put("amdHandling", "HANG_UP");
    c.put("maxAttemptsPerLead", 6);
    c.put("maxAttemptsPerDay", 2);
    c.put("leadOrder", "PRIORITY");
    c.put("script", "Hej {{firstName}}");
    return c;
  }
}
