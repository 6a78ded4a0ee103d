package org.blenddialer.compliance.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DataSubjectResourceTest {

  @Test
  void anAccessRequestGathersConsentDncEntriesAndAuditRecordsForTheNumber() {
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "number", "+4722123499",
                "company", "default",
                "basis", "EXPRESS",
                "channel", "recorded-call",
                "agent", "ola"))
        .post("/api/v1/compliance/consent/grants")
        .then()
        .statusCode(201);
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("number", "+4722123499", "channel", "compliance-officer"))
        .post("/api/v1/compliance/consent/revocations")
        .then()
        .statusCode(201);

    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("number", "+47 22 12 34 99")
        .get("/api/v1/compliance/data-subjects/export")
        .then()
        .statusCode(200)
        .body("number", equalTo("+4722123499"))
        .body("consent", hasSize(2))
        .body("dncEntries[0].list", equalTo("internal"))
        .body("registries.listId", hasItem("NO-RESERVASJON"))
        .body("auditRecords.action", hasItem("consent.revoked"))
        .body("auditRecords.action", hasItem("dnc.entry.added"));
  }

  @Test
  void anErasedPersonsDataIsGoneAndTheirNumberIsNeverCalledAgain() {
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "number", "+4532123488",
                "company", "default",
                "basis", "EXPLICIT_REQUEST",
                "channel", "web-form",
                "personRef", "lead-4711"))
        .post("/api/v1/compliance/consent/grants")
        .then()
        .statusCode(201);

    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("number", "+4532123488", "personRef", "lead-4711"))
        .post("/api/v1/compliance/data-subjects/erasures")
        .then()
        .statusCode(200)
        .body("consentEntries", equalTo(1))
        .body("suppressionHash.length()", equalTo(64));

    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("number", "+4532123488")
        .get("/api/v1/compliance/consent")
        .then()
        .body("", hasSize(0));
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("number", "+4532123488", "audience", "BUSINESS", "dialMode", "MANUAL"))
        .post("/api/v1/compliance/checks")
        .then()
        .statusCode(200)
        .body("decision.allowed", equalTo(false))
        .body("decision.denyingRule.ruleId", equalTo("company#suppression"));
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("action", "gdpr.erased")
        .get("/api/v1/audit/records")
        .then()
        .body("[0].phoneNumber", org.hamcrest.Matchers.nullValue())
        .body("[0].subjectType", equalTo("suppression"));
  }
}
