package org.blenddialer.journey;

import java.util.List;
import java.util.Map;
import org.blenddialer.testing.TestCentre;

/** The journey tests' inbound queues, made through the admin API (idempotent). */
final class JourneyFixtures {

  static final String SUPPORT = "journey_support";
  static final String SALES = "journey_sales";

  private JourneyFixtures() {}

  static synchronized void ensureQueues() {
    for (String q : List.of(SUPPORT, SALES)) {
      TestCentre.ensureInboundQueue("Journey " + q, q, 1, false);
    }
  }

  static final String PASSWORD = "journey-agent-password";

  static String device(String agent) {
    return TestCentre.simulatedPhone(agent);
  }

  /** An inbound agent on a simulated phone with a skill on {@code queue} (idempotent). */
  static synchronized void ensureAgent(String username, String queue) {
    TestCentre.ensureAgentOnSimulatedPhone(
        username,
        username,
        "Agent " + username,
        PASSWORD,
        List.of("INBOUND"),
        TestCentre.queueId(queue));
  }

  static io.restassured.specification.RequestSpecification agent(String username) {
    return io.restassured.RestAssured.given().auth().preemptive().basic(username, PASSWORD);
  }

  static Map<String, Object> destination(String kind, String target) {
    return Map.of("kind", kind, "target", target);
  }
}
