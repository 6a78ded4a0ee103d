package org.blenddialer.acd;

import static org.blenddialer.users.rest.TestUsers.asAdmin;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.testing.TestCentre;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;

/**
 * A small call centre of its own for the live tests, made through the admin API (idempotent): an
 * inbound queue, a campaign serving it, pause reasons, and agents on simulated phones.
 */
final class AcdFixtures {

  static final String QUEUE = "acd_blend";
  static final String CAMPAIGN_QUEUE = "acd_outbound";
  static final String PASSWORD = "acd-agent-password";

  private AcdFixtures() {}

  static String device(String agent) {
    return TestCentre.simulatedPhone(agent);
  }

  static synchronized void ensure(List<String> blendedAgents, String inboundOnlyAgent) {
    long queueId = TestCentre.ensureInboundQueue("ACD blend test", QUEUE, 1, true);
    for (String code : List.of("BREAK", "LUNCH")) {
      if (!asAdmin().get("/api/v1/pause-reasons").jsonPath().getList("code").contains(code)) {
        asAdmin()
            .contentType(ContentType.JSON)
            .body(Map.of("code", code, "label", code, "paid", true))
            .post("/api/v1/pause-reasons")
            .then()
            .statusCode(201);
      }
    }
    List<String> campaigns =
        TestUsers.as(Role.CAMPAIGN_MANAGER).get("/api/v1/campaigns").jsonPath().getList("name");
    if (!campaigns.contains("ACD blend test")) {
      TestUsers.as(Role.CAMPAIGN_MANAGER)
          .contentType(ContentType.JSON)
          .body(campaign(queueId))
          .post("/api/v1/campaigns")
          .then()
          .statusCode(201);
    }
    for (String a : blendedAgents) {
      ensureAgent(a, List.of("BLENDED", "INBOUND", "OUTBOUND"), queueId);
    }
    ensureAgent(inboundOnlyAgent, List.of("INBOUND"), queueId);
  }

  private static void ensureAgent(String username, List<String> modes, long queueId) {
    TestCentre.ensureAgentOnSimulatedPhone(
        username, username, "Agent " + username, PASSWORD, modes, queueId);
  }

  private static Map<String, Object> campaign(long queueId) {
    Map<String, Object> c = new HashMap<>();
    c.put("name", "ACD blend test");
    c.put("dialMode", "PREDICTIVE");
    c.put("targetAbandonPercent", 2.5);
    c.put("asteriskQueue", CAMPAIGN_QUEUE);
    c.put("asteriskServer", "embedded");
    c.put("trunk", "sim");
    c.put("callerId", "+4570101010");
    c.put("callingHoursStart", "09:00");
    c.put("callingHoursEnd", "20:00");
    c.put("callingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
    c.put("amdHandling", "HANG_UP");
    c.put("maxAttemptsPerLead", 6);
    c.put("maxAttemptsPerDay", 2);
    c.put("leadOrder", "PRIORITY");
    c.put("skillQueueIds", List.of(queueId));
    return c;
  }
}
