package org.blenddialer.audit.rest;

import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.testing.Poll;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Administrators' changes to agents, queues, pause reasons and lead lists land in the audit trail.
 */
@QuarkusTest
class AdminChangesAuditTest {

  @Test
  void queueChangesAreAuditedWithWhoAndWhat() {
    Map<String, Object> queue = new HashMap<>(queue("Audit queue", "audit_queue"));
    int id =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(queue)
            .post("/api/v1/queues")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    queue.put("wrapUpSeconds", 45);
    asAdmin()
        .contentType(ContentType.JSON)
        .body(queue)
        .put("/api/v1/queues/" + id)
        .then()
        .statusCode(200);
    asAdmin().post("/api/v1/queues/" + id + "/deactivate").then().statusCode(200);

    records("queue", id, "queue.created").body("[0].actor", equalTo("admin"));
    records("queue", id, "queue.updated").body("[0].details", containsString("45"));
    records("queue", id, "queue.deactivated").body("", hasSize(1));
  }

  @Test
  void agentChangesAreAudited() {
    int queueId =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(queue("Agent audit", "agent_audit"))
            .post("/api/v1/queues")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    int userId =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "username",
                    "audited.agent",
                    "displayName",
                    "Audited Agent",
                    "password",
                    "agent-password-1",
                    "roles",
                    List.of("AGENT")))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> agent =
        new HashMap<>(
            Map.of(
                "userId",
                userId,
                "displayName",
                "Audited Agent",
                "device",
                "PJSIP/7001",
                "allowedModes",
                List.of("INBOUND"),
                "skills",
                List.of()));
    int id =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(agent)
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    agent.put("skills", List.of(Map.of("queueId", queueId, "penalty", 2)));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(agent)
        .put("/api/v1/agents/" + id)
        .then()
        .statusCode(200);
    asAdmin().post("/api/v1/agents/" + id + "/deactivate").then().statusCode(200);

    records("agent", id, "agent.created").body("[0].details", containsString("audited.agent"));
    records("agent", id, "agent.updated").body("[0].details", containsString(queueId + ":2"));
    records("agent", id, "agent.deactivated").body("", hasSize(1));
  }

  @Test
  void pauseReasonChangesAreAudited() {
    Map<String, Object> reason =
        new HashMap<>(Map.of("code", "AUDITED", "label", "Audited pause", "paid", true));
    int id =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(reason)
            .post("/api/v1/pause-reasons")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    reason.put("label", "Audited pause, renamed");
    asAdmin()
        .contentType(ContentType.JSON)
        .body(reason)
        .put("/api/v1/pause-reasons/" + id)
        .then()
        .statusCode(200);

    records("pause-reason", id, "pause-reason.created").body("[0].actor", equalTo("admin"));
    records("pause-reason", id, "pause-reason.updated")
        .body("[0].details", containsString("renamed"));
  }

  @Test
  void aLeadListImportIsAuditedWhenItStartsAndWhenItEnds() {
    int listId =
        TestUsers.as(Role.CAMPAIGN_MANAGER)
            .multiPart(
                "file",
                "audited.csv",
                "Name,Phone\r\nMary Smith,+1 212 555 0131\r\nNo Number,\r\n".getBytes(),
                "text/csv")
            .multiPart("campaignId", "9301")
            .multiPart("name", "Audited list")
            .multiPart("defaultCountry", "US")
            .post("/api/v1/lead-lists/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("listId");

    records("lead-list", listId, "lead-list.import-started")
        .body("[0].actor", equalTo(TestUsers.usernameFor(Role.CAMPAIGN_MANAGER)))
        .body("[0].campaignId", equalTo("9301"));
    Poll.until(
        Duration.ofSeconds(30),
        "the import's end is audited",
        () -> !recordsOf("lead-list", listId, "lead-list.imported").isEmpty());
    records("lead-list", listId, "lead-list.imported")
        .body("[0].details", containsString("\"rowsAccepted\":\"1\""))
        .body("[0].details", containsString("\"rowsRejected\":\"1\""));
  }

  private static ValidatableResponse records(String type, int id, String action) {
    return TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("action", action)
        .get("/api/v1/audit/records")
        .then()
        .statusCode(200)
        .body(
            "findAll { it.subjectType == '" + type + "' && it.subjectId == '" + id + "' }",
            hasSize(1))
        .rootPath("findAll { it.subjectType == '" + type + "' && it.subjectId == '" + id + "' }");
  }

  private static List<Object> recordsOf(String type, int id, String action) {
    return TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("action", action)
        .get("/api/v1/audit/records")
        .jsonPath()
        .getList("findAll { it.subjectType == '" + type + "' && it.subjectId == '" + id + "' }");
  }

  private static Map<String, Object> queue(String name, String asteriskQueue) {
    return org.blenddialer.testing.TestCentre.queueSettings(name, asteriskQueue, 10, false);
  }
}
