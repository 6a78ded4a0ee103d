package org.blenddialer.audit;

import static io.restassured.RestAssured.given;
import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/** Logins, user and role changes and campaign changes land in the audit trail. */
@QuarkusTest
class AdministrativeAuditTest {

  @Test
  void userCreationRoleChangesAndDisablingAreAuditedWithTheAdministratorAsActor() {
    int id =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "username", "audited.user",
                    "displayName", "Audited",
                    "password", "audited-password-1",
                    "roles", List.of("AGENT")))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("roles", List.of("AGENT", "SUPERVISOR")))
        .put("/api/v1/users/" + id + "/roles")
        .then()
        .statusCode(200);
    asAdmin().post("/api/v1/users/" + id + "/disable").then().statusCode(200);

    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .get("/api/v1/audit/records?action=user.roles-changed&limit=500")
        .then()
        .statusCode(200)
        .body("findAll { it.subjectId == '" + id + "' }", hasSize(1))
        .body("find { it.subjectId == '" + id + "' }.actor", equalTo("admin"));
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .get("/api/v1/audit/records?action=user.created&limit=500")
        .then()
        .body("subjectId", hasItem(String.valueOf(id)));
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .get("/api/v1/audit/records?action=user.disabled&limit=500")
        .then()
        .body("subjectId", hasItem(String.valueOf(id)));
  }

  @Test
  void failedLoginsAreAuditedWithTheirReasonAndNeverThePassword() {
    given()
        .auth()
        .preemptive()
        .basic("nobody.here", "secret-guess-123")
        .get("/api/v1/me")
        .then()
        .statusCode(401);
    var failures =
        TestUsers.as(Role.COMPLIANCE_OFFICER)
            .get("/api/v1/audit/records?action=login.failed&limit=500")
            .then()
            .statusCode(200)
            .body("actor", hasItem("nobody.here"))
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(failures)
        .contains("unknown user")
        .doesNotContain("secret-guess-123");
  }

  @Test
  void aCampaignsLifecycleIsAudited() {
    Map<String, Object> c = new java.util.HashMap<>();
    c.put("name", "Audited campaign");
    c.put("dialMode", "PROGRESSIVE");
    c.put("asteriskQueue", "campaign_audit");
    c.put("asteriskServer", "embedded");
    c.put("trunk", "sim");
    c.put("callerId", "+4570101010");
    c.put("callingHoursStart", "09:00");
    c.put("callingHoursEnd", "20:00");
    c.put("callingDays", List.of("MONDAY"));
    c.put("amdHandling", "HANG_UP");
    c.put("maxAttemptsPerLead", 3);
    c.put("maxAttemptsPerDay", 1);
    c.put("leadOrder", "PRIORITY");
    int id =
        TestUsers.as(Role.CAMPAIGN_MANAGER)
            .contentType(ContentType.JSON)
            .body(c)
            .post("/api/v1/campaigns")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    TestUsers.as(Role.CAMPAIGN_MANAGER)
        .post("/api/v1/campaigns/" + id + "/start")
        .then()
        .statusCode(200);
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .get("/api/v1/audit/records?campaign=" + id + "&limit=50")
        .then()
        .statusCode(200)
        .body("action", hasItem("campaign.created"))
        .body("action", hasItem("campaign.start"))
        .body("actor", hasItem("test-campaign-manager"));
  }
}
