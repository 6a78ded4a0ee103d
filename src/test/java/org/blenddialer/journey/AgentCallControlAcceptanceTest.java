package org.blenddialer.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.journey.JourneyFixtures.SALES;
import static org.blenddialer.journey.JourneyFixtures.SUPPORT;
import static org.blenddialer.journey.JourneyFixtures.agent;
import static org.blenddialer.journey.JourneyFixtures.device;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.telephony.EventRecorder;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.testing.Poll;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agent call control end to end, through the AMI adapter and the PBX simulator: hold and resume, an
 * attended transfer to a second agent who sees the caller and the first agent's note, a blind
 * transfer to a queue, a three-way conference, every leg in the call's history, and bad requests
 * refused with the call left as it was.
 */
@QuarkusTest
@TestProfile(JourneyProfile.class)
class AgentCallControlAcceptanceTest {

  private static final Duration DEADLINE = Duration.ofSeconds(20);
  private static final String A = "ctl-agent-a";
  private static final String B = "ctl-agent-b";
  private static final String OFFLINE = "ctl-agent-c";

  @Inject PbxSimulator simulator;
  @Inject Pbx pbx;

  private final EventRecorder events = new EventRecorder();
  private Pbx.Subscription subscription;

  @BeforeEach
  void centre() {
    JourneyFixtures.ensureQueues();
    JourneyFixtures.ensureAgent(A, SUPPORT);
    JourneyFixtures.ensureAgent(B, SALES);
    JourneyFixtures.ensureAgent(OFFLINE, SUPPORT);
    simulator.setManualAgent(device(A), true);
    simulator.setManualAgent(device(B), true);
    subscription = pbx.subscribe(events);
  }

  @AfterEach
  void leave() {
    subscription.close();
    for (String who : List.of(A, B)) {
      simulator.hangUp(device(who));
      Poll.until(
          DEADLINE,
          who + " off the phone",
          () -> !List.of("ON_CALL", "RINGING").contains(state(who)));
      agent(who).post("/api/v1/me/agent/wrap-up/end");
      agent(who).post("/api/v1/me/agent/logout");
    }
  }

  @Test
  void holdResumeThenAttendedTransferToASecondAgentWhoSeesTheCallerAndTheNote() {
    String callId = callAnsweredBy(A, SUPPORT, "4520123401");

    String caller = channelOf(callId);
    post(A, "hold", null).then().statusCode(200).body("state", equalTo("HELD"));
    Poll.until(DEADLINE, "the caller hears music on hold", () -> current(A).getBoolean("onHold"));
    events.await(
        PbxEvent.MusicOnHoldChanged.class,
        e -> e.channel().equals(caller) && e.playing(),
        DEADLINE);
    assertThat(current(A).getString("state")).isEqualTo("HELD");
    // The queue's part of the call ended (reason transfer), but A is still on the line.
    events.await(
        PbxEvent.CallCompleted.class,
        e -> e.callId().equals(callId) && e.endedBy().equals("transfer"),
        DEADLINE);
    assertThat(state(A)).isEqualTo("ON_CALL");
    post(A, "resume", null).then().statusCode(200).body("state", equalTo("TALKING"));
    Poll.until(DEADLINE, "music on hold stops", () -> !current(A).getBoolean("onHold"));
    events.await(
        PbxEvent.ChannelBridged.class,
        e -> e.channel().equals(caller) && e.channels() == 2,
        DEADLINE);

    logIn(B);
    long bId = agentId(B);
    post(A, "consultation", target("agentId", bId, "Wants the premium plan; already verified"))
        .then()
        .statusCode(200)
        .body("state", equalTo("CONSULTING"))
        .body("consultation.agentId", equalTo((int) bId));
    Poll.until(DEADLINE, "B's phone rings and B answers", () -> simulator.answer(device(B)));
    Poll.until(DEADLINE, "B on the consultation", () -> "ON_CALL".equals(state(B)));
    post(A, "consultation/complete", null).then().statusCode(200).body("state", equalTo("TALKING"));

    Poll.until(DEADLINE, "A is off the call", () -> !"ON_CALL".equals(state(A)));
    JsonPath pop = current(B);
    assertThat(pop.getString("callId")).isEqualTo(callId);
    assertThat(pop.getString("pop.caller.e164")).isEqualTo("+4520123401");
    assertThat(pop.getString("pop.handover.note"))
        .isEqualTo("Wants the premium plan; already verified");
    assertThat(pop.getLong("pop.handover.fromAgentId")).isEqualTo(agentId(A));

    JsonPath legs = supervisorLegs(callId);
    assertThat(legs.getList("agentId", Long.class)).containsExactly(agentId(A), bId);
    assertThat(legs.getList("role")).containsExactly("ANSWERED", "CONSULTED");
    assertThat(legs.getString("[0].endedHow")).isEqualTo("TRANSFERRED");
    assertThat(legs.getString("[1].connectedAt")).isNotNull();
    assertThat(legs.getString("[1].endedAt")).isNull();

    // B finishes the call: the last leg ends, and A can read the history of a call they had.
    assertThat(simulator.hangUp(device(B))).isTrue();
    Poll.until(
        DEADLINE,
        "B's leg ends",
        () -> "HUNG_UP".equals(supervisorLegs(callId).getString("[1].endedHow")));
    agent(A)
        .get("/api/v1/me/calls/" + callId + "/legs")
        .then()
        .statusCode(200)
        .body("size()", equalTo(2));
  }

  @Test
  void blindTransferToAQueueReachesTheAgentThereWithTheNote() {
    logIn(B);
    String callId = callAnsweredBy(A, SUPPORT, "4520123402");
    post(A, "transfer", target("queue", SALES, "Billing question"))
        .then()
        .statusCode(200)
        .body("state", equalTo("QUEUED"));
    events.await(
        PbxEvent.CallerJoinedQueue.class,
        e -> e.callId().equals(callId) && e.queue().equals(SALES),
        DEADLINE);
    Poll.until(DEADLINE, "B is rung from the queue and answers", () -> simulator.answer(device(B)));
    Poll.until(DEADLINE, "B talks to the caller", () -> "ON_CALL".equals(state(B)));
    assertThat(current(B).getString("pop.handover.note")).isEqualTo("Billing question");
    Poll.until(
        DEADLINE,
        "the history shows A, the queue and B",
        () -> supervisorLegs(callId).getList("partyKind").size() == 3);
    JsonPath legs = supervisorLegs(callId);
    assertThat(legs.getList("partyKind")).containsExactly("AGENT", "QUEUE", "AGENT");
    assertThat(legs.getList("party")).containsExactly(device(A), SALES, device(B));
    assertThat(legs.getString("[0].endedHow")).isEqualTo("TRANSFERRED");
    Poll.until(DEADLINE, "A is off the call", () -> !"ON_CALL".equals(state(A)));
  }

  @Test
  void threeWayConferenceJoinsCallerAgentAndThirdPartyInOneRoom() {
    logIn(B);
    String callId = callAnsweredBy(A, SUPPORT, "4520123403");
    String caller = channelOf(callId);
    post(A, "conference", target("agentId", agentId(B), "Three-way with billing"))
        .then()
        .statusCode(200)
        .body("state", equalTo("CONFERENCE"));
    Poll.until(DEADLINE, "B's phone rings and B answers", () -> simulator.answer(device(B)));
    Poll.until(
        DEADLINE,
        "three in the room",
        () ->
            events.all(PbxEvent.ConferenceJoined.class).stream()
                    .filter(e -> e.room().equals("call-" + callId.replaceAll("[^A-Za-z0-9]", "-")))
                    .count()
                == 3);
    Poll.until(DEADLINE, "B is on the call", () -> "ON_CALL".equals(state(B)));
    assertThat(state(A)).isEqualTo("ON_CALL");

    pbx.hangup(pbx.defaultServer(), caller);
    Poll.until(
        DEADLINE,
        "every leg ended",
        () -> supervisorLegs(callId).getList("endedHow").stream().allMatch("HUNG_UP"::equals));
    assertThat(supervisorLegs(callId).getList("role")).containsExactly("ANSWERED", "CONFERENCE");
    Poll.until(DEADLINE, "both agents off the call", () -> !"ON_CALL".equals(state(B)));
  }

  @Test
  void badRequestsAreRefusedAndLeaveTheCallWithTheAgent() {
    logIn(B);
    post(B, "hold", null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("no call"));
    String callId = callAnsweredBy(A, SUPPORT, "4520123404");

    post(A, "transfer", target("agentId", agentId(OFFLINE), null))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("offline"));
    post(A, "consultation", target("agentId", 987654321L, null)).then().statusCode(404);
    post(A, "transfer", target("queue", "no_such_queue", null)).then().statusCode(404);
    post(A, "transfer", target("number", "12", null))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("number"));
    Map<String, Object> two = new HashMap<>(target("queue", SALES, null));
    two.put("agentId", agentId(B));
    post(A, "transfer", two).then().statusCode(400).body("errors[0].field", equalTo("target"));
    post(A, "consultation/complete", null)
        .then()
        .statusCode(409)
        .body("detail", containsString("no consultation"));
    post(A, "resume", null).then().statusCode(409);

    // Nothing happened to the call: still A's, talking, not on hold, no history written.
    assertThat(state(A)).isEqualTo("ON_CALL");
    JsonPath now = current(A);
    assertThat(now.getString("callId")).isEqualTo(callId);
    assertThat(now.getString("state")).isEqualTo("TALKING");
    assertThat(now.getBoolean("onHold")).isFalse();
    TestUsers.as(Role.SUPERVISOR).get("/api/v1/calls/" + callId + "/legs").then().statusCode(404);
    assertThat(events.all(PbxEvent.MusicOnHoldChanged.class)).isEmpty();
  }

  @Test
  void theDeskHoldsAndHandsTheCallOverWithItsButtons() {
    logIn(B);
    callAnsweredBy(A, SUPPORT, "4520123405");
    String a = webLogin(A);
    assertThat(deskCall(a)).contains("id=\"hold\"").contains("id=\"hand-over-form\"");
    desk(a).post("/ui/agent/desk/call/hold").then().statusCode(303);
    Poll.until(DEADLINE, "the caller hears music on hold", () -> current(A).getBoolean("onHold"));
    assertThat(deskCall(a)).contains("id=\"resume\"").doesNotContain("id=\"hold\"");

    desk(a)
        .formParam("kind", "agent")
        .formParam("target", String.valueOf(agentId(OFFLINE)))
        .formParam("action", "transfer")
        .post("/ui/agent/desk/call/hand-over")
        .then()
        .statusCode(200)
        .body(containsString("offline"));
    assertThat(current(A).getString("state")).isEqualTo("HELD");

    desk(a)
        .formParam("kind", "agent")
        .formParam("target", String.valueOf(agentId(B)))
        .formParam("handoverNote", "Asked for a callback tomorrow")
        .formParam("action", "transfer")
        .post("/ui/agent/desk/call/hand-over")
        .then()
        .statusCode(303);
    Poll.until(DEADLINE, "B's phone rings and B answers", () -> simulator.answer(device(B)));
    Poll.until(DEADLINE, "B talks to the caller", () -> "ON_CALL".equals(state(B)));
    assertThat(deskCall(webLogin(B)))
        .contains("id=\"handover\"")
        .contains("Asked for a callback tomorrow");
    Poll.until(DEADLINE, "A is off the call", () -> !"ON_CALL".equals(state(A)));
  }

  // ---- helpers

  private String callAnsweredBy(String who, String queue, String number) {
    logIn(who);
    simulator.placeInboundCall(queue, number, 3000);
    PbxEvent.AgentRang rang =
        events.await(
            PbxEvent.AgentRang.class, e -> e.agentInterface().equals(device(who)), DEADLINE);
    assertThat(simulator.answer(device(who))).isTrue();
    events.await(PbxEvent.AgentConnected.class, e -> e.callId().equals(rang.callId()), DEADLINE);
    Poll.until(DEADLINE, who + " on the call", () -> "ON_CALL".equals(state(who)));
    return rang.callId();
  }

  private static String webLogin(String who) {
    var response =
        io.restassured.RestAssured.given()
            .redirects()
            .follow(false)
            .formParam("j_username", who)
            .formParam("j_password", JourneyFixtures.PASSWORD)
            .post("/j_security_check");
    assertThat(response.statusCode()).isEqualTo(302);
    return response.cookie("blenddialer-session");
  }

  private static io.restassured.specification.RequestSpecification desk(String session) {
    return io.restassured.RestAssured.given()
        .redirects()
        .follow(false)
        .cookie("blenddialer-session", session)
        .contentType(ContentType.URLENC);
  }

  private static String deskCall(String session) {
    return desk(session).get("/ui/agent/desk/call").then().statusCode(200).extract().asString();
  }

  private String channelOf(String callId) {
    return events
        .await(PbxEvent.CallerJoinedQueue.class, e -> e.callId().equals(callId), DEADLINE)
        .channel();
  }

  private static void logIn(String who) {
    agent(who)
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "INBOUND"))
        .post("/api/v1/me/agent/login")
        .then()
        .statusCode(200);
  }

  private static long agentId(String who) {
    return TestUsers.asAdmin()
        .get("/api/v1/agents")
        .jsonPath()
        .getLong("find { it.username == '" + who + "' }.id");
  }

  private static String state(String who) {
    return agent(who).get("/api/v1/me/agent").jsonPath().getString("state");
  }

  private static JsonPath current(String who) {
    return agent(who).get("/api/v1/me/calls/current").then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath supervisorLegs(String callId) {
    return TestUsers.as(Role.SUPERVISOR)
        .get("/api/v1/calls/" + callId + "/legs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> target(String kind, Object value, String note) {
    Map<String, Object> body = new HashMap<>();
    body.put(kind, value);
    if (note != null) {
      body.put("note", note);
    }
    return body;
  }

  private static io.restassured.response.Response post(
      String who, String what, Map<String, Object> body) {
    var request = agent(who).contentType(ContentType.JSON);
    return request.body(body == null ? Map.of() : body).post("/api/v1/me/calls/current/" + what);
  }
}
