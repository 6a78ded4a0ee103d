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

  static Map<String, Object> destination(String kind, String target) {
    return Map.of("kind", kind, "target", target);
  }
}
