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
import org.blenddialer.web.Screen;
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
    long campaign = previewCampaign(queue, "Preview routing", "dial_pv");
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

  @Test
  void aPreviewedNumberPutOnTheDncListMeanwhileIsRefusedAndTheAgentIsToldWhichRule()
      throws Exception {
    long queue = TestCentre.inboundQueue("Preview refusal inbound", "dial_pr_in");
    TestCentre.agentOnSimulatedPhone("pragent1", PASSWORD, List.of("OUTBOUND"), queue);
    long campaign = previewCampaign(queue, "Preview refusal", "dial_pv");
    Leads.list(db, campaign, 3, Instant.now().minusSeconds(60));
    as("pragent1")
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "OUTBOUND"))
        .post("/api/v1/me/agent/login")
        .then()
        .statusCode(200);
    TestCentre.startCampaign(campaign);
    try {
      Response p = as("pragent1").get("/api/v1/me/dialer/preview");
      assertThat(p.statusCode()).as(p.asString()).isEqualTo(200);
      long attempt = p.jsonPath().getLong("attemptId");
      String number = p.jsonPath().getString("phone");
      // While the agent reads the preview, the person asks (by letter) never to be called.
      TestCentre.listOnInternalDnc(number);

      Response dial = as("pragent1").post("/api/v1/me/dialer/preview/" + attempt + "/dial");

      assertThat(dial.statusCode()).as(dial.asString()).isEqualTo(200);
      assertThat(dial.jsonPath().getBoolean("dialed")).isFalse();
      assertThat(dial.jsonPath().getString("refusal.rule")).isEqualTo("company#internal-dnc");
      assertThat(dial.jsonPath().getString("refusal.check")).isEqualTo("INTERNAL_DNC");
      assertThat(dial.jsonPath().getString("refusal.reason")).contains("DNC list internal");
      assertThat(attempts.find(attempt).dialedAt()).isNull();

      // The same on the agent's desk, in Danish: the next lead, listed the same way.
      Response next = as("pragent1").get("/api/v1/me/dialer/preview");
      assertThat(next.statusCode()).as(next.asString()).isEqualTo(200);
      long second = next.jsonPath().getLong("attemptId");
      TestCentre.listOnInternalDnc(next.jsonPath().getString("phone"));
      String part =
          as("pragent1")
              .cookie(Screen.LANGUAGE_COOKIE, "da")
              .header("HX-Request", "true")
              .post("/ui/agent/desk/outbound/dial/" + second)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertThat(part)
          .contains("id=\"outbound-notice\"")
          .contains("Kontrollen ved opkald tillod ikke opkaldet: Intern spærreliste")
          .contains("(company#internal-dnc)");
    } finally {
      TestCentre.stopCampaign(campaign);
      Poll.until(
          Duration.ofSeconds(30),
          "pragent1 logged out",
          () -> as("pragent1").post("/api/v1/me/agent/logout").statusCode() == 200);
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

  private long previewCampaign(long queue, String name, String campaignQueue) {
    Map<String, Object> c =
        TestCentre.campaignOnTheSimulator(name, "PREVIEW", campaignQueue, queue);
    c.put("script", "Hallo {{firstName|there}}");
    return TestCentre.createCampaign(c).jsonPath().getLong("id");
  }

  private static RequestSpecification as(String name) {
    return given().auth().preemptive().basic(name, PASSWORD);
  }
}
