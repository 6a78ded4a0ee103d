package org.blenddialer.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

  @Inject AuditTrail trail;

  @Test
  void complianceOfficerSearchesByNumberDecisionAndRule() {
    trail.append(
        AuditEntry.of("dialer", "dial.decision")
            .phone("+4722000001")
            .campaign("spring-sale")
            .decision("DENIED")
            .rule("NO#15"));
    trail.append(
        AuditEntry.of("dialer", "dial.decision")
            .phone("+4722000001")
            .campaign("spring-sale")
            .decision("ALLOWED"));

    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("number", "+4722000001")
        .queryParam("decision", "DENIED")
        .get("/api/v1/audit/records")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].ruleId", equalTo("NO#15"))
        .body("[0].campaignId", equalTo("spring-sale"));
    TestUsers.asAdmin()
        .queryParam("rule", "NO#15")
        .get("/api/v1/audit/records")
        .then()
        .statusCode(200)
        .body("phoneNumber", everyItem(equalTo("+4722000001")));
  }

  @Test
  void csvExportNeutralisesFormulaCells() {
    trail.append(
        AuditEntry.of("=HYPERLINK(\"http://evil\")", "consent.granted")
            .phone("+4722000002")
            .subject("note", "@SUM(A1)")
            .detail("text", "-2+3"));

    String csv =
        TestUsers.as(Role.COMPLIANCE_OFFICER)
            .queryParam("number", "+4722000002")
            .get("/api/v1/audit/records/export.csv")
            .then()
            .statusCode(200)
            .header("Content-Disposition", equalTo("attachment; filename=\"audit-records.csv\""))
            .extract()
            .asString();

    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).startsWith("seq,recordedAt,actor,action");
    assertThat(lines[1])
        .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "'+4722000002", "'@SUM(A1)")
        .doesNotContain(",=", ",+", ",@");
  }

  @Test
  void jsonExportAndVerificationAreReadable() {
    trail.append(AuditEntry.of("dialer", "dial.decision").phone("+4722000003"));

    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("number", "+4722000003")
        .get("/api/v1/audit/records/export.json")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].hash.length()", equalTo(64));
    TestUsers.asAdmin()
        .get("/api/v1/audit/verification")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true));
  }

  @Test
  void nobodyCanChangeOrDeleteRecordsThroughTheService() {
    long seq = trail.append(AuditEntry.of("dialer", "dial.decision"));

    for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
      int status =
          TestUsers.asAdmin()
              .contentType("application/json")
              .body("{}")
              .request(method, "/api/v1/audit/records/" + seq)
              .statusCode();
      assertThat(status).as(method).isIn(404, 405);
    }
  }

  @Test
  void onlyComplianceOfficersAndAdministratorsReadTheTrail() {
    for (String path :
        new String[] {
          "/api/v1/audit/records",
          "/api/v1/audit/records/export.csv",
          "/api/v1/audit/records/export.json",
          "/api/v1/audit/verification"
        }) {
      for (Role role : Role.values()) {
        int status = TestUsers.as(role).get(path).statusCode();
        if (role == Role.COMPLIANCE_OFFICER || role == Role.ADMIN) {
          assertThat(status).as(role + " " + path).isEqualTo(200);
        } else {
          assertThat(status).as(role + " " + path).isEqualTo(403);
        }
      }
      assertThat(io.restassured.RestAssured.get(path).statusCode()).as(path).isEqualTo(401);
    }
  }

  @Test
  void nobodyCanAddRecordsThroughTheService() {
    for (Role role : Role.values()) {
      int status =
          TestUsers.as(role)
              .contentType("application/json")
              .body("{\"actor\": \"x\", \"action\": \"dial.decision\"}")
              .post("/api/v1/audit/records")
              .statusCode();
      // 403 for roles that may not read it; 405 (no such method) for those who may.
      assertThat(status).as(role.name()).isIn(403, 405);
    }
  }
}
