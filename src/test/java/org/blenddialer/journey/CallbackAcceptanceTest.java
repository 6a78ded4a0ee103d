package org.blenddialer.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.journey.JourneyFixtures.SUPPORT;
import static org.blenddialer.journey.JourneyFixtures.agent;
import static org.blenddialer.journey.JourneyFixtures.device;
import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
 * Callback instead of waiting, end to end through the AMI adapter and the PBX simulator: a caller
 * far down a long queue is offered a callback, accepts it with the number they call from and hangs
 * up; the callers ahead are served first; then the service reserves the agent (paused CALLBACK),
 * calls the caller back and rings that agent; when the call ends the agent is free again.
 */
@QuarkusTest
@TestProfile(JourneyProfile.class)
class CallbackAcceptanceTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String AGENT = "journey-agent1";

  @Inject PbxSimulator simulator;
  @Inject org.blenddialer.acd.blending.LiveForecast forecast;
  @Inject Pbx pbx;

  @Test
  void aCallerInALongQueueIsCalledBackInTheirTurnByAReservedAgent() {
    JourneyFixtures.ensureQueues();
    JourneyFixtures.ensureAgent(AGENT, SUPPORT);
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("thresholdSeconds", 10, "windowStart", "20:00", "windowEnd", "08:00"))
        .put("/api/v1/callbacks/policies/" + SUPPORT)
        .then()
        .statusCode(400);
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("thresholdSeconds", 10))
        .put("/api/v1/callbacks/policies/no_such_queue")
        .then()
        .statusCode(404);
    // One agent: the caller second in line expects two handle times, the first in line one. The
    // threshold sits between them, from the handle time the service has learned so far (180 s
    // before any call; less after other tests' short calls).
    long threshold = Math.max(2, Math.round(1.5 * forecast.forecast().handleTime()));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "thresholdSeconds",
                threshold,
                "windowStart",
                "00:00",
                "windowEnd",
                "23:59",
                "maxAttempts",
                2,
                "retryDelaySeconds",
                1,
                "announcePosition",
                true,
                "announceWait",
                true,
                "announceEverySeconds",
                30))
        .put("/api/v1/callbacks/policies/" + SUPPORT)
        .then()
        .statusCode(200)
        .body("deployment.reloaded.embedded", equalTo("Dialplan reloaded."));

    String phone = device(AGENT);
    simulator.setManualAgent(phone, true);
    agent(AGENT)
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "INBOUND"))
        .post("/api/v1/me/agent/login")
        .then()
        .statusCode(200);

    EventRecorder events = new EventRecorder();
    try (Pbx.Subscription s = pbx.subscribe(events)) {
      String first = simulator.placeInboundCall(SUPPORT, "4531000001", 3000, List.of("2"));
      events.await(PbxEvent.AgentRang.class, e -> e.agentInterface().equals(phone), DEADLINE);
      assertThat(simulator.answer(phone)).isTrue();
      String second = simulator.placeInboundCall(SUPPORT, "4531000002", 3000, List.of("2"));
      String secondCall =
          events
              .await(PbxEvent.CallerJoinedQueue.class, e -> e.channel().equals(second), DEADLINE)
              .callId();
      String third = simulator.placeInboundCall(SUPPORT, "4531000003", 3000, List.of("1", "#"));
      PbxEvent.CallbackRequested requested =
          events.await(PbxEvent.CallbackRequested.class, e -> e.channel().equals(third), DEADLINE);
      assertThat(requested.queue()).isEqualTo(SUPPORT);
      assertThat(requested.number()).isEqualTo("4531000003");
      events.await(PbxEvent.CallHungUp.class, e -> e.channel().equals(third), DEADLINE);
      assertThat(events.all(PbxEvent.CallbackRequested.class))
          .noneMatch(e -> e.channel().equals(first) || e.channel().equals(second));

      JsonPath waiting = callbacks();
      assertThat(waiting.getString("[0].status")).isEqualTo("WAITING");
      assertThat(waiting.getString("[0].number")).isEqualTo("4531000003");

      // The caller still waiting ahead of the callback is served first.
      simulator.hangUp(phone);
      events.await(
          PbxEvent.AgentRang.class,
          e -> e.agentInterface().equals(phone) && e.callId().equals(secondCall),
          DEADLINE);
      assertThat(callbacks().getString("[0].status")).isEqualTo("WAITING");
      assertThat(simulator.answer(phone)).isTrue();
      simulator.hangUp(phone);

      // Now it is the callback's turn: the agent is reserved, then the caller is called back.
      Poll.until(DEADLINE, "callback answered", () -> "CONNECTED".equals(status()));
      agent(AGENT)
          .get("/api/v1/me/agent")
          .then()
          .body("state", equalTo("PAUSED"))
          .body("pauseReason", equalTo("CALLBACK"));
      assertThat(callbacks().getString("[0].agentDevice")).isEqualTo(phone);
      Poll.until(DEADLINE, "agent's phone rings for the callback", () -> simulator.answer(phone));
      simulator.hangUp(phone);
      Poll.until(DEADLINE, "callback done", () -> "DONE".equals(status()));
      Poll.until(
          DEADLINE,
          "agent free again",
          () -> "IDLE".equals(agent(AGENT).get("/api/v1/me/agent").jsonPath().getString("state")));
    } finally {
      agent(AGENT).post("/api/v1/me/agent/logout");
    }
  }

  private static JsonPath callbacks() {
    return TestUsers.as(Role.SUPERVISOR)
        .get("/api/v1/callbacks")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String status() {
    return callbacks().getString("[0].status");
  }
}
