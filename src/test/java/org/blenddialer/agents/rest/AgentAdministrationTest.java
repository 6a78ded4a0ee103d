package org.blenddialer.agents.rest;

import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgentAdministrationTest {

  @Test
  void administratorDefinesAQueueAndAnAgentWhoServesIt() {
    int queueId = createQueue("Kundeservice DK", "kundeservice_dk");
    int userId = createUser("freja.agent", List.of("AGENT"));

    int agentId =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(agent(userId, "PJSIP/1001", List.of(Map.of("queueId", queueId, "penalty", 0))))
            .post("/api/v1/agents")
            .then()
            .statusCode(201)
            .body("username", equalTo("freja.agent"))
            .body("allowedModes", contains("INBOUND", "BLENDED"))
            .body("skills[0].queueId", equalTo(queueId))
            .extract()
            .path("id");

    TestUsers.as(Role.SUPERVISOR)
        .get("/api/v1/agents")
        .then()
        .statusCode(200)
        .body("id", hasItem(agentId));
    TestUsers.as(Role.AGENT).get("/api/v1/agents").then().statusCode(403);
    TestUsers.as(Role.AGENT).get("/api/v1/queues").then().statusCode(200);
  }

  @Test
  void anAgentMustBeAUserWithTheAgentRoleServingExistingQueues() {
    int managerId = createUser("olli.manager", List.of("CAMPAIGN_MANAGER"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(agent(managerId, "PJSIP/1002", List.of()))
        .post("/api/v1/agents")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("userId"));

    int userId = createUser("ingrid.agent", List.of("AGENT"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(agent(userId, "PJSIP/1003", List.of(Map.of("queueId", 987654, "penalty", 0))))
        .post("/api/v1/agents")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("skills[0].queueId"));
    asAdmin()
        .get("/api/v1/agents")
        .then()
        .body("username", org.hamcrest.Matchers.not(hasItem("ingrid.agent")));
  }

  @Test
  void aPhoneDeviceBelongsToOneAgent() {
    int first = createUser("sven.agent", List.of("AGENT"));
    int second = createUser("sofia.agent", List.of("AGENT"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(agent(first, "PJSIP/2001", List.of()))
        .post("/api/v1/agents")
        .then()
        .statusCode(201);
    asAdmin()
        .contentType(ContentType.JSON)
        .body(agent(second, "PJSIP/2001", List.of()))
        .post("/api/v1/agents")
        .then()
        .statusCode(409);
  }

  @Test
  void queueDefinitionsAreValidatedAndUnique() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "Bad",
                "asteriskQueue",
                "no spaces allowed",
                "strategy",
                "RRMEMORY",
                "serviceLevelPercent",
                180,
                "serviceLevelSeconds",
                20,
                "wrapUpSeconds",
                10,
                "ringTimeoutSeconds",
                15,
                "recording",
                false))
        .post("/api/v1/queues")
        .then()
        .statusCode(400)
        .body("errors.field", contains("asteriskQueue", "serviceLevelPercent"));

    createQueue("Asiakaspalvelu FI", "asiakaspalvelu_fi");
    asAdmin()
        .contentType(ContentType.JSON)
        .body(queue("Another name", "asiakaspalvelu_fi"))
        .post("/api/v1/queues")
        .then()
        .statusCode(409);
  }

  @Test
  void pauseReasonsAreReadByEveryoneAndMaintainedByAdministrators() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("code", "LUNCH", "label", "Frokost", "paid", false, "maxMinutes", 30))
        .post("/api/v1/pause-reasons")
        .then()
        .statusCode(201);
    TestUsers.as(Role.AGENT)
        .get("/api/v1/pause-reasons")
        .then()
        .statusCode(200)
        .body("code", hasItem("LUNCH"));
    TestUsers.as(Role.AGENT)
        .contentType(ContentType.JSON)
        .body(Map.of("code", "NAP", "label", "Nap", "paid", true))
        .post("/api/v1/pause-reasons")
        .then()
        .statusCode(403);
  }

  private static Map<String, Object> agent(int userId, String device, List<?> skills) {
    return Map.of(
        "userId", userId,
        "displayName", "Agent " + userId,
        "device", device,
        "allowedModes", List.of("BLENDED", "INBOUND"),
        "skills", skills);
  }

  private static Map<String, Object> queue(String name, String asteriskQueue) {
    return org.blenddialer.testing.TestCentre.queueSettings(name, asteriskQueue, 10, true);
  }

  private static int createQueue(String name, String asteriskQueue) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(queue(name, asteriskQueue))
        .post("/api/v1/queues")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static int createUser(String username, List<String> roles) {
    return Math.toIntExact(
        TestUsers.createUser(username, username, "agent-password-1", roles.toArray(String[]::new)));
  }
}
