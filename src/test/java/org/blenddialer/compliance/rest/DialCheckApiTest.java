package org.blenddialer.compliance.rest;

import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "can we call this number now, and why" endpoint against the real DNC lists, registries and
 * consent ledger: changes count for the very next decision.
 */
@QuarkusTest
class DialCheckApiTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Today, 12:00 in New York: inside every US window. */
  private static Instant noonInNewYork() {
    return LocalDate.now(NEW_YORK).atTime(12, 0).atZone(NEW_YORK).toInstant();
  }

  @BeforeEach
  void freshUsRegistry() {
    importRegistry("US-NDNC", LocalDate.now(ZoneOffset.UTC).toString(), "2125550199\n");
  }

  @Test
  void aNumberAddedToTheInternalListIsRefusedAtTheVeryNextCheck() {
    check("+12125550101", Map.of("dialMode", "MANUAL"))
        .statusCode(200)
        .body("decision.allowed", equalTo(true))
        .body("target.region", equalTo("US-NY"))
        .body("decision.packs", hasItem("US@1"));

    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("number", "+12125550101", "channel", "agent-disposition"))
        .post("/api/v1/compliance/dnc/lists/internal/entries")
        .then()
        .statusCode(201);

    check("+12125550101", Map.of("dialMode", "MANUAL"))
        .body("decision.allowed", equalTo(false))
        .body("decision.denyingRule.ruleId", equalTo("company#internal-dnc"));
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("number", "+12125550101")
        .queryParam("action", "dnc.entry.added")
        .get("/api/v1/audit/records")
        .then()
        .body("", hasSize(1))
        .body("[0].actor", equalTo("admin"));
  }

  @Test
  void aConsentRevocationByKeyPressStopsTheNextAutomaticDial() {
    // The question is asked for yesterday noon, so every ledger entry can be dated before it.
    ZonedDateTime yesterdayNoon =
        LocalDate.now(NEW_YORK).minusDays(1).atTime(12, 0).atZone(NEW_YORK);
    Map<String, String> atYesterdayNoon = Map.of("at", yesterdayNoon.toInstant().toString());
    check("+12125550102", atYesterdayNoon)
        .body("decision.allowed", equalTo(false))
        .body("decision.denyingRule.ruleId", equalTo("US#7"));

    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "number", "+12125550102",
                "company", "default",
                "basis", "EXPRESS_WRITTEN",
                "channel", "web-form",
                "evidenceUrl", "https://example.org/form/v3",
                "sourceIp", "198.51.100.7",
                "occurredAt", yesterdayNoon.minusDays(1).toInstant().toString()))
        .post("/api/v1/compliance/consent/grants")
        .then()
        .statusCode(201);
    check("+12125550102", atYesterdayNoon)
        .body("decision.allowed", equalTo(true))
        .body("decision.consentIds", hasSize(1));

    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "number",
                "+12125550102",
                "channel",
                "key-press",
                "addToInternalDnc",
                false,
                "occurredAt",
                yesterdayNoon.minusHours(1).toInstant().toString()))
        .post("/api/v1/compliance/consent/revocations")
        .then()
        .statusCode(201);
    check("+12125550102", atYesterdayNoon)
        .body("decision.allowed", equalTo(false))
        .body("decision.denyingRule.ruleId", equalTo("company#opt-out"))
        .body("decision.denyingRule.reason", containsString("key-press"));
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("number", "+12125550102")
        .get("/api/v1/compliance/consent")
        .then()
        .body("kind", equalTo(java.util.List.of("GRANT", "REVOCATION")));
  }

  @Test
  void aNumberOnTheImportedNationalRegistryIsRefusedForTelemarketing() {
    check("+12125550199", Map.of("dialMode", "MANUAL"))
        .body("decision.allowed", equalTo(false))
        .body("decision.denyingRule.ruleId", equalTo("US#5"));
    check("+12125550199", Map.of("dialMode", "MANUAL", "purpose", "INFORMATIONAL"))
        .body("decision.allowed", equalTo(true));
  }

  @Test
  void aStaleRegistryBlocksItsOwnPackOnly() {
    importRegistry(
        "UK-TPS", LocalDate.now(ZoneOffset.UTC).minusDays(40).toString(), "2071838750\n");
    importRegistry("UK-CTPS", LocalDate.now(ZoneOffset.UTC).toString(), "");

    check("+442079460123", Map.of("dialMode", "MANUAL", "at", noonIn("Europe/London")))
        .body("decision.allowed", equalTo(false))
        .body("decision.denyingRule.ruleId", equalTo("UK#11"))
        .body("decision.denyingRule.reason", containsString("import a fresh copy"));
    check("+12125550103", Map.of("dialMode", "MANUAL")).body("decision.allowed", equalTo(true));
  }

  @Test
  void aRegistryNeverImportedIsASourceThatCannotBeRead() {
    check("+46812345678", Map.of("dialMode", "MANUAL", "at", noonIn("Europe/Stockholm")))
        .body("decision.allowed", equalTo(false))
        .body("decision.denyingRule.ruleId", equalTo("SE#13"))
        .body("decision.denyingRule.reason", containsString("never imported"));
  }

  @Test
  void theCalledPartysOwnZoneWinsOverTheAreaCode() {
    String earlyMorningInNewYork =
        LocalDate.now(NEW_YORK).atTime(9, 0).atZone(NEW_YORK).toInstant().toString();

    check("+12125550104", Map.of("dialMode", "MANUAL", "at", earlyMorningInNewYork))
        .body("decision.allowed", equalTo(true));
    check(
            "+12125550104",
            Map.of(
                "dialMode", "MANUAL",
                "at", earlyMorningInNewYork,
                "zone", "America/Los_Angeles",
                "zoneSource", "POSTAL_CODE"))
        .body("decision.allowed", equalTo(false))
        .body("decision.denyingRule.ruleId", equalTo("US#1"))
        .body("decision.zoneSource", equalTo("POSTAL_CODE"));
  }

  @Test
  void campaignManagersMayAskAndAnInvalidNumberIsAProblemNotAnAnswer() {
    TestUsers.as(Role.CAMPAIGN_MANAGER)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "number", "+12125550105", "dialMode", "MANUAL", "at", noonInNewYork().toString()))
        .post("/api/v1/compliance/checks")
        .then()
        .statusCode(200)
        .body("decision.denyingRule", nullValue());
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("number", "+1555"))
        .post("/api/v1/compliance/checks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("number"));
  }

  @Test
  void packsAreListedWithTheirStoredVersions() {
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .get("/api/v1/compliance/packs/US-FL")
        .then()
        .statusCode(200)
        .body("pack.includes", hasItem("US"))
        .body("pack.frequencyCaps[0].maxCalls", equalTo(3))
        .body("versions[0].version", equalTo(1));
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .get("/api/v1/compliance/registries")
        .then()
        .statusCode(200)
        .body("registry", hasItem("NO-RESERVASJON"));
  }

  private static String noonIn(String zone) {
    ZoneId id = ZoneId.of(zone);
    return LocalDate.now(id).atTime(12, 0).atZone(id).toInstant().toString();
  }

  private static void importRegistry(String registry, String asOf, String body) {
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType("text/plain")
        .queryParam("asOf", asOf)
        .body(body)
        .post("/api/v1/compliance/registries/" + registry + "/imports")
        .then()
        .statusCode(201);
  }

  private static ValidatableResponse check(String number, Map<String, String> more) {
    Map<String, Object> body = new HashMap<>(more);
    body.put("number", number);
    body.putIfAbsent("at", noonInNewYork().toString());
    return TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/compliance/checks")
        .then()
        .statusCode(200);
  }
}
