package org.blenddialer.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.journey.JourneyFixtures.SALES;
import static org.blenddialer.journey.JourneyFixtures.agent;
import static org.blenddialer.journey.JourneyFixtures.device;
import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.blenddialer.telephony.EventRecorder;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.testing.Poll;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The post-call survey end to end: a queue asks it, the agent hangs up, the caller presses 4, and
 * the answer lands in CSAT for the queue, the agent and the day.
 */
@QuarkusTest
@TestProfile(JourneyProfile.class)
class SurveyAcceptanceTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String AGENT = "journey-agent2";

  @Inject PbxSimulator simulator;
  @Inject Pbx pbx;

  @Test
  void aSurveyAnswerLandsInCsat() {
    JourneyFixtures.ensureQueues();
    JourneyFixtures.ensureAgent(AGENT, SALES);
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("enabled", true))
        .put("/api/v1/surveys/queues/no_such_queue")
        .then()
        .statusCode(404);
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .put("/api/v1/surveys/queues/" + SALES)
        .then()
        .statusCode(400);
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("enabled", true))
        .put("/api/v1/surveys/queues/" + SALES)
        .then()
        .statusCode(200)
        .body("deployment.reloaded.embedded", equalTo("Dialplan reloaded."));

    String phone = device(AGENT);
    simulator.setManualAgent(phone, true);
    int agentId =
        agent(AGENT)
            .contentType(ContentType.JSON)
            .body(Map.of("mode", "INBOUND"))
            .post("/api/v1/me/agent/login")
            .then()
            .statusCode(200)
            .extract()
            .path("agentId");
    EventRecorder events = new EventRecorder();
    try (Pbx.Subscription s = pbx.subscribe(events)) {
      String caller = simulator.placeInboundCall(SALES, "4532000001", 3000, List.of("4"));
      PbxEvent.AgentRang rang =
          events.await(PbxEvent.AgentRang.class, e -> e.agentInterface().equals(phone), DEADLINE);
      assertThat(simulator.answer(phone)).isTrue();
      events.await(PbxEvent.AgentConnected.class, e -> e.callId().equals(rang.callId()), DEADLINE);
      assertThat(simulator.hangUp(phone)).isTrue();
      PbxEvent.SurveyAnswered answer =
          events.await(
              PbxEvent.SurveyAnswered.class, e -> e.callId().equals(rang.callId()), DEADLINE);
      assertThat(answer.queue()).isEqualTo(SALES);
      assertThat(answer.score()).isEqualTo(4);
      events.await(PbxEvent.CallHungUp.class, e -> e.channel().equals(caller), DEADLINE);
    } finally {
      agent(AGENT).post("/api/v1/me/agent/logout");
    }
    var supervisor = TestUsers.as(Role.SUPERVISOR);
    Poll.until(
        DEADLINE,
        "answer in CSAT",
        () -> supervisor.get("/api/v1/acd/kpis/csat").jsonPath().get("byQueue." + SALES) != null);
    TestUsers.as(Role.SUPERVISOR)
        .get("/api/v1/acd/kpis/csat")
        .then()
        .statusCode(200)
        .body("byQueue." + SALES + ".answers", equalTo(1))
        .body("byQueue." + SALES + ".csat", equalTo(1.0f))
        .body("byAgent.'" + agentId + "'.averageScore", equalTo(4.0f));
  }
}
