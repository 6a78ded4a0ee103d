package org.blenddialer.dialer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.persistence.Leads;
import org.blenddialer.testing.Poll;
import org.blenddialer.testing.TestCentre;
import org.junit.jupiter.api.Test;

/**
 * Preview through the AMI adapter and the PBX simulator: the call an agent dials from the preview
 * connects to that agent, though other agents of the campaign's queue are free at the same time.
 */
@QuarkusTest
@TestProfile(DialerProfile.class)
class PreviewRoutingTest {

  private static final String PASSWORD = "preview-agent-password";

  @Inject DataSource db;
  @Inject AttemptStore attempts;

  @Test
  void thePreviewCallRingsTheAgentWhoDialedItNotAnyFreeAgent() throws Exception {
    long queue = TestCentre.inboundQueue("Preview routing inbound", "dial_pv_in");
    Map<String, Long> agentIds = new HashMap<>();
    for (int i = 1; i <= 3; i++) {
      agentIds.put(
          "pvagent" + i,
          TestCentre.agentOnSimulatedPhone("pvagent" + i, PASSWORD, List.of("OUTBOUND"), queue));
    }
    long campaign = previewCampaign(queue);
    Leads.list(db, campaign, 40, Instant.now().minusSeconds(60));
    for (String a : agentIds.keySet()) {
      Response r =
          as(a)
              .contentType(ContentType.JSON)
              .body(Map.of("mode", "OUTBOUND"))
              .post("/api/v1/me/agent/login");
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    }
    TestCentre.startCampaign(campaign);
    try {
      // Each agent in turn, the others idle in the same ring-all queue: the answered call must
      // reach the agent who dialed it every time.
      for (String previewer : List.of("pvagent3", "pvagent1", "pvagent2", "pvagent3")) {
        AttemptStore.AttemptRow taken = dialUntilConnected(previewer);
        assertThat(taken.agentId())
            .as("agent who took %s's call", previewer)
            .isEqualTo(agentIds.get(previewer));
        assertThat(taken.previewAgentId()).isEqualTo(agentIds.get(previewer));
      }
      for (AttemptStore.AttemptRow r : attempts.ofCampaign(campaign)) {
        if (r.agentId() != null) {
          assertThat(r.agentId()).as("attempt %d", r.id()).isEqualTo(r.previewAgentId());
        }
      }
    } finally {
      TestCentre.stopCampaign(campaign);
      for (String a : agentIds.keySet()) {
        Poll.until(
            Duration.ofSeconds(30),
            a + " logged out",
            () -> as(a).post("/api/v1/me/agent/logout").statusCode() == 200);
      }
    }
  }

  /** Previews and dials until a call of this agent's is answered by a person and connected. */
  private AttemptStore.AttemptRow dialUntilConnected(String agent) {
    List<Long> tried = new ArrayList<>();
    while (tried.size() < 10) {
      Response p = as(agent).get("/api/v1/me/dialer/preview");
      assertThat(p.statusCode()).as(p.asString()).isEqualTo(200);
      long attempt = p.jsonPath().getLong("attemptId");
      tried.add(attempt);
      as(agent).post("/api/v1/me/dialer/preview/" + attempt + "/dial").then().statusCode(200);
      Poll.until(
          Duration.ofSeconds(30),
          "attempt " + attempt + " ended",
          () -> attempts.find(attempt).endedAt() != null);
      AttemptStore.AttemptRow row = attempts.find(attempt);
      if (row.connectedAt() != null) {
        return row;
      }
      // Busy, no answer or a machine: the lead did not take the call; the next one may.
      Poll.until(
          Duration.ofSeconds(30),
          agent + " free again",
          () -> !"ON_CALL".equals(state(agent)) && !"WRAP_UP".equals(state(agent)));
    }
    throw new AssertionError(agent + ": no call connected in " + tried);
  }

  private String state(String agent) {
    return as(agent).get("/api/v1/me/agent").jsonPath().getString("state");
  }

  private long previewCampaign(long queue) {
    Map<String, Object> c =
        TestCentre.campaignOnTheSimulator("Preview routing", "PREVIEW", "dial_pv", queue);
    c.put("script", "Hallo {{firstName|there}}");
    return TestCentre.createCampaign(c).jsonPath().getLong("id");
  }

  private static RequestSpecification as(String name) {
    return given().auth().preemptive().basic(name, PASSWORD);
  }
}
