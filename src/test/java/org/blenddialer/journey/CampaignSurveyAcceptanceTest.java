package org.blenddialer.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.journey.JourneyFixtures.SALES;
import static org.blenddialer.journey.JourneyFixtures.agent;
import static org.blenddialer.journey.JourneyFixtures.device;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.blenddialer.dialer.persistence.Leads;
import org.blenddialer.telephony.EventRecorder;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.testing.Poll;
import org.blenddialer.testing.TestCentre;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A campaign's post-call survey end to end: the agent hangs up on an outbound call of a campaign
 * that asks the survey, the called person presses 4, and the answer is kept with the call attempt
 * and the agent and shows in CSAT per campaign.
 */
@QuarkusTest
@TestProfile(JourneyProfile.class)
class CampaignSurveyAcceptanceTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String AGENT = "journey-agent7";
  private static final Path DIALPLAN = Path.of("target/journey/blenddialer-ivr.conf");

  @Inject PbxSimulator simulator;
  @Inject Pbx pbx;
  @Inject DataSource db;

  @Test
  void theCalledPersonAnswersTheCampaignSurveyAfterTheAgentHangsUp() throws Exception {
    JourneyFixtures.ensureQueues();
    long salesId = TestCentre.queueId(SALES);
    long agentId =
        TestCentre.agentOnSimulatedPhone(
            AGENT, AGENT, "Agent " + AGENT, JourneyFixtures.PASSWORD, List.of("OUTBOUND"), salesId);
    long campaign = campaign(salesId);
    String exten = "campaign-" + campaign;
    Poll.until(
        DEADLINE,
        "the campaign's survey in the generated dialplan",
        () -> dialplan().contains("exten => " + exten));
    Leads.list(db, campaign, 1, Instant.now().minusSeconds(60));

    String phone = device(AGENT);
    simulator.setManualAgent(phone, true);
    agent(AGENT)
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "OUTBOUND"))
        .post("/api/v1/me/agent/login")
        .then()
        .statusCode(200);
    TestCentre.startCampaign(campaign);
    EventRecorder events = new EventRecorder();
    long attempt;
    try (Pbx.Subscription s = pbx.subscribe(events)) {
      Response preview = agent(AGENT).get("/api/v1/me/dialer/preview");
      assertThat(preview.statusCode()).as(preview.asString()).isEqualTo(200);
      attempt = preview.jsonPath().getLong("attemptId");
      simulator.planCalledParty(preview.jsonPath().getString("phone"), List.of("4"));
      agent(AGENT)
          .post("/api/v1/me/dialer/preview/" + attempt + "/dial")
          .then()
          .statusCode(200)
          .body("dialed", equalTo(true));
      PbxEvent.AgentRang rang =
          events.await(PbxEvent.AgentRang.class, e -> e.agentInterface().equals(phone), DEADLINE);
      assertThat(simulator.answer(phone)).isTrue();
      events.await(PbxEvent.AgentConnected.class, e -> e.callId().equals(rang.callId()), DEADLINE);
      assertThat(simulator.hangUp(phone)).isTrue();
      PbxEvent.SurveyAnswered answer =
          events.await(
              PbxEvent.SurveyAnswered.class, e -> e.callId().equals(rang.callId()), DEADLINE);
      assertThat(answer.queue()).isEqualTo(exten);
      assertThat(answer.score()).isEqualTo(4);
      assertThat(answer.attemptId()).contains(Long.toString(attempt));
    } finally {
      TestCentre.stopCampaign(campaign);
      // The agent may still be in wrap-up after the call: end it, then log out (best effort).
      agent(AGENT).post("/api/v1/me/agent/wrap-up/end");
      agent(AGENT).post("/api/v1/me/agent/logout");
    }
    var supervisor = TestUsers.as(Role.SUPERVISOR);
    Poll.until(
        DEADLINE,
        "answer in CSAT per campaign",
        () ->
            supervisor.get("/api/v1/acd/kpis/csat").jsonPath().get("byCampaign.'" + campaign + "'")
                != null);
    supervisor
        .get("/api/v1/acd/kpis/csat")
        .then()
        .statusCode(200)
        .body("byCampaign.'" + campaign + "'.answers", equalTo(1))
        .body("byCampaign.'" + campaign + "'.csat", equalTo(1.0f))
        .body("byAgent.'" + agentId + "'.averageScore", equalTo(4.0f));
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT attempt_id, agent_id, score, queue FROM survey_answer"
                    + " WHERE campaign_id = ?")) {
      s.setLong(1, campaign);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        assertThat(r.getLong(1)).isEqualTo(attempt);
        assertThat(r.getLong(2)).isEqualTo(agentId);
        assertThat(r.getInt(3)).isEqualTo(4);
        assertThat(r.getString(4)).isEqualTo("journey_out");
      }
    }
  }

  private static String dialplan() {
    try {
      return Files.exists(DIALPLAN) ? Files.readString(DIALPLAN, StandardCharsets.UTF_8) : "";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long campaign(long queueId) {
    Map<String, Object> c =
        TestCentre.campaignOnTheSimulator(
            "Journey campaign survey", "PREVIEW", "journey_out", queueId);
    // The EU baseline pack: fictitious leads have no recorded consent (see docs/dialer.md, Demo).
    c.put("jurisdiction", "EU");
    c.put("postCallSurvey", true);
    Response r = TestCentre.createCampaign(c);
    assertThat(r.jsonPath().getBoolean("postCallSurvey")).isTrue();
    return r.jsonPath().getLong("id");
  }
}
