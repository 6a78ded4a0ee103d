package org.blenddialer.journey;

import static org.blenddialer.users.rest.TestUsers.asAdmin;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** The journey tests' inbound queues, made through the admin API (idempotent). */
final class JourneyFixtures {

  static final String SUPPORT = "journey_support";
  static final String SALES = "journey_sales";

  private JourneyFixtures() {}

  static synchronized void ensureQueues() {
    List<String> existing = asAdmin().get("/api/v1/queues").jsonPath().getList("asteriskQueue");
    for (String q : List.of(SUPPORT, SALES)) {
      if (!existing.contains(q)) {
        asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "Journey " + q,
                    "asteriskQueue",
                    q,
                    "strategy",
                    "RRMEMORY",
                    "serviceLevelPercent",
                    80,
                    "serviceLevelSeconds",
                    20,
                    "wrapUpSeconds",
                    1,
                    "ringTimeoutSeconds",
                    15,
                    "recording",
                    false))
            .post("/api/v1/queues")
            .then()
            .statusCode(201);
      }
    }
  }

  static final String PASSWORD = "journey-agent-password";

  static String device(String agent) {
    return "Local/" + agent.replace("-", "") + "@sim-agent/n";
  }

  /** An inbound agent on a simulated phone with a skill on {@code queue} (idempotent). */
  static synchronized void ensureAgent(String username, String queue) {
    List<String> agents = asAdmin().get("/api/v1/agents").jsonPath().getList("username");
    if (agents.contains(username)) {
      return;
    }
    int queueId =
        asAdmin()
            .get("/api/v1/queues")
            .jsonPath()
            .getInt("find { it.asteriskQueue == '" + queue + "' }.id");
    int userId =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "username", username,
                    "displayName", username,
                    "password", PASSWORD,
                    "roles", List.of("AGENT")))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "userId", userId,
                "displayName", "Agent " + username,
                "device", device(username),
                "allowedModes", List.of("INBOUND"),
                "skills", List.of(Map.of("queueId", queueId, "penalty", 0))))
        .post("/api/v1/agents")
        .then()
        .statusCode(201);
  }

  static io.restassured.specification.RequestSpecification agent(String username) {
    return io.restassured.RestAssured.given().auth().preemptive().basic(username, PASSWORD);
  }

  static Map<String, Object> destination(String kind, String target) {
    return Map.of("kind", kind, "target", target);
  }
}
