package org.blenddialer.acd;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.blenddialer.acd.live.InboundCallTracker;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.testing.Poll;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The live ACD end to end, through the real AMI adapter against the PBX simulator: three demo
 * agents log into the blended support queue, callers are answered, blending lends agents to the
 * campaign when inbound stops and takes them back when it rises, a paused agent is never rung,
 * state is rebuilt after the PBX restarts, logout removes the members. The steps build on each
 * other, like a shift.
 */
@QuarkusTest
@TestProfile(LiveAcdProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveAcdAcceptanceTest {

  private static final String PASSWORD = AcdFixtures.PASSWORD;
  private static final String SUPPORT = AcdFixtures.QUEUE;
  private static final String CAMPAIGN = AcdFixtures.CAMPAIGN_QUEUE;
  private static final List<String> BLENDED = List.of("acd-agent1", "acd-agent2", "acd-agent3");
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @Inject PbxSimulator simulator;
  @Inject Pbx pbx;
  @Inject QueueDirectory directory;
  @Inject InboundCallTracker tracker;

  @TestHTTPResource("/api/v1/me/agent/events")
  URI agentEvents;

  private static int callerSeq = 100;

  @BeforeEach
  void centre() {
    AcdFixtures.ensure(BLENDED, "acd-agent4");
    directory.refresh();
  }

  @Test
  @Order(1)
  void badRequestsAreClearProblemsAndChangeNothing() {
    agent("acd-agent1")
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "BLENDED", "queues", List.of("no_such_queue")))
        .post("/api/v1/me/agent/login")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("no_such_queue"));
    agent("acd-agent4")
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "OUTBOUND"))
        .post("/api/v1/me/agent/login")
        .then()
        .statusCode(400)
        .body("detail", containsString("not allowed"));
    agent("acd-agent1")
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "BREAK"))
        .post("/api/v1/me/agent/pause")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    agent("acd-agent1")
        .get("/api/v1/me/agent")
        .then()
        .statusCode(200)
        .body("state", equalTo("LOGGED_OUT"));
    assertThat(devices(SUPPORT)).isEmpty();
  }

  @Test
  @Order(2)
  void threeAgentsLogIntoTheBlendedQueue() {
    for (String a : BLENDED) {
      logIn(a).then().statusCode(200).body("state", equalTo("IDLE"));
    }
    assertThat(devices(SUPPORT))
        .containsExactlyInAnyOrder(
            device("acd-agent1"), device("acd-agent2"), device("acd-agent3"));
    assertThat(devices(CAMPAIGN)).hasSize(3);

    logIn("acd-agent1").then().statusCode(409).body("detail", containsString("already logged in"));
    agent("acd-agent1")
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "NAPPING"))
        .post("/api/v1/me/agent/pause")
        .then()
        .statusCode(400)
        .body("detail", containsString("pause reasons"));
    agent("acd-agent1").post("/api/v1/me/agent/wrap-up/end").then().statusCode(409);
    agent("acd-agent1").get("/api/v1/me/agent").then().body("state", equalTo("IDLE"));
    assertThat(simulator.members(SUPPORT)).noneMatch(PbxSimulator.MemberSnapshot::paused);
  }

  @Test
  @Order(3)
  void inboundCallsAreAnsweredRecordedAndPoppedOnTheAgentsScreen() throws Exception {
    Map<String, List<String>> streams = new java.util.LinkedHashMap<>();
    List<java.util.concurrent.CompletableFuture<?>> open = new ArrayList<>();
    for (String a : BLENDED) {
      List<String> lines = new CopyOnWriteArrayList<>();
      streams.put(a, lines);
      open.add(openAgentStream(a, lines));
    }
    try {
      Instant from = Instant.now();
      for (int i = 0; i < 3; i++) {
        // Long enough (in simulated time) for the service to start recording on a loaded machine.
        simulator.placeInboundCall(SUPPORT, caller(), 20000);
      }
      Poll.until(DEADLINE, "3 answered calls recorded", () -> answeredSince(from) >= 3);
      Poll.until(
          DEADLINE,
          "a screen pop for each of the 3 callers",
          () ->
              streams.values().stream()
                      .flatMap(List::stream)
                      .filter(l -> l.contains("\"screen-pop\""))
                      .count()
                  >= 3);
      List<Map<String, Object>> records =
          supervisor()
              .queryParam("from", from.toString())
              .queryParam("queue", SUPPORT)
              .get("/api/v1/acd/calls")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("");
      assertThat(records)
          .hasSize(3)
          .allSatisfy(
              r -> {
                assertThat(r.get("outcome")).isEqualTo("ANSWERED");
                assertThat(r.get("agentId")).isNotNull();
                assertThat((String) r.get("callerNumber")).startsWith("+45201000");
              });
      // The queue records: MixMonitor starts on answer (a call that ends first has nothing to
      // record).
      assertThat(records)
          .anySatisfy(r -> assertThat((String) r.get("recordingRef")).startsWith("inbound/"));
      for (var e : streams.entrySet()) {
        String own = "\"agentId\":" + agentId(e.getKey()) + ",";
        assertThat(e.getValue())
            .as("%s sees only their own events", e.getKey())
            .allMatch(l -> !l.startsWith("data:") || l.contains(own));
      }
    } finally {
      open.forEach(f -> f.cancel(true));
    }
    supervisor()
        .get("/api/v1/supervisor/queues")
        .then()
        .statusCode(200)
        .body(
            "find { it.queue == 'acd_blend' }.today.answered",
            org.hamcrest.Matchers.greaterThanOrEqualTo(3));
  }

  @Test
  @Order(4)
  void whenOneAgentAnswersACallThatRangSeveralTheOthersAreFreeAgainAtOnce() {
    for (String a : BLENDED) {
      waitUntilIdle(a);
    }
    // The campaign queue rings all its free members at once (ringall); blending lends idle
    // agents to it while inbound is quiet.
    Poll.until(
        DEADLINE,
        "at least two agents available in the ringall queue",
        () -> simulator.members(CAMPAIGN).stream().filter(m -> !m.paused()).count() >= 2);
    List<PbxEvent> seen = new CopyOnWriteArrayList<>();
    try (var sub =
        pbx.subscribe(
            e -> {
              if (e instanceof PbxEvent.AgentRang || e instanceof PbxEvent.AgentConnected) {
                seen.add(e);
              }
            })) {
      simulator.placeInboundCall(CAMPAIGN, caller(), 600);
      Poll.until(
          DEADLINE,
          "an agent connected to the call",
          () -> seen.stream().anyMatch(e -> e instanceof PbxEvent.AgentConnected));
      String answered =
          seen.stream()
              .filter(e -> e instanceof PbxEvent.AgentConnected)
              .map(e -> ((PbxEvent.AgentConnected) e).agentInterface())
              .findFirst()
              .orElseThrow();
      List<String> rang =
          seen.stream()
              .filter(e -> e instanceof PbxEvent.AgentRang)
              .map(e -> ((PbxEvent.AgentRang) e).agentInterface())
              .distinct()
              .toList();
      assertThat(rang).as("phones the call rang").hasSizeGreaterThanOrEqualTo(2);
      List<String> others =
          BLENDED.stream()
              .filter(a -> rang.contains(device(a)) && !device(a).equals(answered))
              .toList();
      // app_queue only cancels the other phones' dials (no AgentRingNoAnswer): they must not
      // stay ringing for a call somebody else has.
      for (String other : others) {
        Poll.until(
            DEADLINE,
            other + " idle again after another agent answered the call",
            () ->
                "IDLE".equals(agent(other).get("/api/v1/me/agent").jsonPath().getString("state")));
      }
    }
    for (String a : BLENDED) {
      waitUntilIdle(a);
    }
  }

  @Test
  @Order(5)
  void aPausedAgentIsNeverOfferedACall() {
    List<PbxEvent.AgentRang> rang = new CopyOnWriteArrayList<>();
    try (var sub =
        pbx.subscribe(
            e -> {
              if (e instanceof PbxEvent.AgentRang r) rang.add(r);
            })) {
      waitUntilIdle("acd-agent3");
      agent("acd-agent3")
          .contentType(ContentType.JSON)
          .body(Map.of("reason", "BREAK"))
          .post("/api/v1/me/agent/pause")
          .then()
          .statusCode(200)
          .body("state", equalTo("PAUSED"));
      assertThat(simulator.members(SUPPORT))
          .filteredOn(m -> m.agentInterface().equals(device("acd-agent3")))
          .singleElement()
          .matches(m -> m.paused() && m.pausedReason().equals("BREAK"));
      Instant from = Instant.now();
      for (int i = 0; i < 4; i++) {
        simulator.placeInboundCall(SUPPORT, caller(), 3000);
      }
      Poll.until(DEADLINE, "4 answered calls", () -> answeredSince(from) >= 4);
      assertThat(rang).isNotEmpty().noneMatch(r -> r.agentInterface().equals(device("acd-agent3")));
    }
    agent("acd-agent3")
        .post("/api/v1/me/agent/unpause")
        .then()
        .statusCode(200)
        .body("state", equalTo("IDLE"));
  }

  @Test
  @Order(6)
  void blendingLendsIdleAgentsToOutboundAndTakesThemBackWhenInboundRises() {
    Poll.until(
        DEADLINE,
        "at least two agents released to outbound",
        () -> modes().stream().filter("OUTBOUND"::equals).count() >= 2);
    assertThat(simulator.members(SUPPORT))
        .filteredOn(m -> m.paused() && m.pausedReason().equals("blend-outbound"))
        .hasSizeGreaterThanOrEqualTo(2);
    supervisor()
        .get("/api/v1/supervisor/mode-switches")
        .then()
        .statusCode(200)
        .body(
            "findAll { it.to == 'OUTBOUND' }.reason",
            org.hamcrest.Matchers.hasItem(containsString("inbound forecast")));

    Instant rise = Instant.now();
    for (int i = 0; i < 5; i++) {
      simulator.placeInboundCall(SUPPORT, caller(), 3000);
    }
    Poll.until(DEADLINE, "agents taken back for inbound", () -> modes().contains("INBOUND"));
    Poll.until(DEADLINE, "the 5 callers answered", () -> answeredSince(rise) >= 5);
    Map<String, Object> kpi =
        supervisor()
            .queryParam("from", rise.toString())
            .get("/api/v1/acd/kpis/queues")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap(SUPPORT);
    assertThat(((Number) kpi.get("serviceLevel")).doubleValue()).isGreaterThanOrEqualTo(0.8);
    assertThat(((Number) kpi.get("abandoned")).intValue()).isZero();
  }

  @Test
  @Order(7)
  void supervisorsSteerAgentsListenInAndAgentsSetDispositions() {
    long one = agentId("acd-agent1");
    long two = agentId("acd-agent2");
    long three = agentId("acd-agent3");
    supervisor()
        .post("/api/v1/supervisor/agents/" + agentId("acd-agent4") + "/logout")
        .then()
        .statusCode(409)
        .body("type", containsString("agent-not-logged-in"));
    for (long id : List.of(one, two)) {
      Poll.until(
          DEADLINE,
          "agent " + id + " between calls",
          () -> {
            String s =
                supervisor().get("/api/v1/supervisor/agents/" + id).jsonPath().getString("state");
            return "IDLE".equals(s);
          });
      supervisor()
          .contentType(ContentType.JSON)
          .body(Map.of("reason", "COACHING_NOT_CONFIGURED"))
          .post("/api/v1/supervisor/agents/" + id + "/pause")
          .then()
          .statusCode(400);
      supervisor()
          .contentType(ContentType.JSON)
          .body(Map.of("reason", "BREAK"))
          .post("/api/v1/supervisor/agents/" + id + "/pause")
          .then()
          .statusCode(200)
          .body("state", equalTo("PAUSED"));
    }
    supervisor()
        .contentType(ContentType.JSON)
        .body(Map.of("device", "Local/supervisor@sim-agent/n"))
        .post("/api/v1/supervisor/agents/" + three + "/listen")
        .then()
        .statusCode(409)
        .body("detail", containsString("not on a call"));

    String phone = device("acd-agent3");
    simulator.setManualAgent(phone, true);
    try {
      waitUntilIdle("acd-agent3");
      simulator.placeInboundCall(SUPPORT, "+4599887766", 3000);
      Poll.until(DEADLINE, "agent3's phone rings", () -> simulator.answer(phone));
      Poll.until(
          DEADLINE,
          "agent3 on the call",
          () ->
              "ON_CALL"
                  .equals(
                      agent("acd-agent3").get("/api/v1/me/agent").jsonPath().getString("state")));
      String callId =
          agent("acd-agent3").get("/api/v1/me/agent").jsonPath().getString("currentCall.callId");
      assertThat(
              agent("acd-agent3")
                  .get("/api/v1/me/agent")
                  .jsonPath()
                  .getString("currentCall.callerNumber"))
          .isEqualTo("+4599887766");
      for (String mode : List.of("listen", "whisper", "barge")) {
        supervisor()
            .contentType(ContentType.JSON)
            .body(Map.of("device", "Local/supervisor@sim-agent/n"))
            .post("/api/v1/supervisor/agents/" + three + "/" + mode)
            .then()
            .statusCode(200)
            .body("mode", equalTo(mode.toUpperCase(java.util.Locale.ROOT)));
      }
      assertThat(simulator.hangUp(phone)).isTrue();
      Poll.until(
          DEADLINE,
          "the call recorded",
          () -> {
            var calls =
                supervisor()
                    .get("/api/v1/acd/kpis/agents")
                    .jsonPath()
                    .getMap(String.valueOf(three));
            return calls != null
                && agent("acd-agent3")
                        .contentType(ContentType.JSON)
                        .body(Map.of("code", "SOLVED", "resolved", true))
                        .post("/api/v1/me/agent/calls/" + callId + "/disposition")
                        .statusCode()
                    == 200;
          });
      agent("acd-agent1")
          .contentType(ContentType.JSON)
          .body(Map.of("code", "SOLVED"))
          .post("/api/v1/me/agent/calls/" + callId + "/disposition")
          .then()
          .statusCode(404);
      Map<String, Object> mine =
          supervisor().get("/api/v1/acd/kpis/agents").jsonPath().getMap(String.valueOf(three));
      assertThat(((Number) mine.get("firstContactResolution")).doubleValue()).isEqualTo(1.0);
      supervisor()
          .queryParam("interval", "PT30M")
          .get("/api/v1/acd/kpis/queues/" + SUPPORT + "/intervals")
          .then()
          .statusCode(200)
          .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    } finally {
      simulator.setManualAgent(phone, false);
    }

    waitUntilIdle("acd-agent3");
    supervisor()
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "INBOUND"))
        .put("/api/v1/supervisor/agents/" + three + "/mode")
        .then()
        .statusCode(200)
        .body("workMode", equalTo("INBOUND"));
    assertThat(devices(CAMPAIGN)).doesNotContain(phone);
    supervisor()
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "BLENDED"))
        .put("/api/v1/supervisor/agents/" + three + "/mode")
        .then()
        .statusCode(200);
    assertThat(devices(CAMPAIGN)).contains(phone);
    for (long id : List.of(one, two)) {
      supervisor().post("/api/v1/supervisor/agents/" + id + "/unpause").then().statusCode(200);
    }
  }

  @Test
  @Order(8)
  void afterThePbxRestartsAgentAndCallStateIsRebuiltFromIt() throws Exception {
    agent("acd-agent2")
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "LUNCH"))
        .post("/api/v1/me/agent/pause");
    simulator.stop();
    Poll.until(DEADLINE, "link lost", () -> !pbx.isReady(pbx.defaultServer()));
    simulator.start();
    Poll.until(
        DEADLINE,
        "memberships rebuilt in the restarted PBX as our sessions have them",
        () -> {
          var ours =
              supervisor().get("/api/v1/supervisor/agents").jsonPath().getList("", Map.class);
          List<String> expected = new ArrayList<>();
          for (Map<?, ?> a : ours) {
            for (Object m : (List<?>) a.get("queues")) {
              Map<?, ?> mm = (Map<?, ?>) m;
              expected.add(mm.get("queue") + "|" + a.get("device") + "|" + mm.get("paused"));
            }
          }
          List<String> actual = new ArrayList<>();
          for (String q : List.of(SUPPORT, CAMPAIGN)) {
            simulator
                .members(q)
                .forEach(m -> actual.add(q + "|" + m.agentInterface() + "|" + m.paused()));
          }
          return expected.size() == 6 && actual.size() == 6 && actual.containsAll(expected);
        });
    agent("acd-agent2").get("/api/v1/me/agent").then().body("state", equalTo("PAUSED"));
    assertThat(tracker.inFlight()).isEmpty();
    assertThat(simulator.activeChannels()).isZero();
    agent("acd-agent2").post("/api/v1/me/agent/unpause").then().statusCode(200);
  }

  @Test
  @Order(9)
  void membersThePbxHasWithoutASessionAreTakenOverAfterAReconnect() {
    // As after a restart of the service: the PBX still has the agent as a member, we do not.
    String phone = device("acd-agent4");
    pbx.addQueueMember(
        pbx.defaultServer(),
        new org.blenddialer.telephony.QueueMembership(SUPPORT, phone, "agent4", 0, true));
    simulator.dropClients();
    Poll.until(
        DEADLINE,
        "agent4 taken over from the PBX",
        () ->
            "PAUSED"
                    .equals(
                        agent("acd-agent4").get("/api/v1/me/agent").jsonPath().getString("state"))
                || "IDLE"
                    .equals(
                        agent("acd-agent4").get("/api/v1/me/agent").jsonPath().getString("state")));
    agent("acd-agent4").get("/api/v1/me/agent").then().body("workMode", equalTo("INBOUND"));
    Poll.until(
        DEADLINE,
        "agent4 unpaused in the PBX as an idle inbound agent",
        () ->
            simulator.members(SUPPORT).stream()
                .anyMatch(m -> m.agentInterface().equals(phone) && !m.paused()));
    waitUntilIdle("acd-agent4");
    agent("acd-agent4").post("/api/v1/me/agent/logout").then().statusCode(200);
    assertThat(devices(SUPPORT)).doesNotContain(phone);
  }

  @Test
  @Order(10)
  void logoutRemovesTheMemberships() {
    waitUntilIdle("acd-agent1");
    agent("acd-agent1")
        .post("/api/v1/me/agent/logout")
        .then()
        .statusCode(200)
        .body("state", equalTo("LOGGED_OUT"));
    assertThat(devices(SUPPORT)).doesNotContain(device("acd-agent1"));
    assertThat(devices(CAMPAIGN)).doesNotContain(device("acd-agent1"));
    for (String a : List.of("acd-agent2", "acd-agent3")) {
      waitUntilIdle(a);
      agent(a).post("/api/v1/me/agent/logout").then().statusCode(200);
    }
    assertThat(devices(SUPPORT)).isEmpty();
  }

  // ---- helpers

  private io.restassured.response.Response logIn(String agent) {
    return agent(agent)
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "BLENDED", "queues", List.of(SUPPORT)))
        .post("/api/v1/me/agent/login");
  }

  private void waitUntilIdle(String agent) {
    Poll.until(
        DEADLINE,
        agent + " idle or paused",
        () -> {
          String s = agent(agent).get("/api/v1/me/agent").jsonPath().getString("state");
          return "IDLE".equals(s) || "PAUSED".equals(s);
        });
  }

  private List<String> modes() {
    List<String> modes = new ArrayList<>();
    for (Map<?, ?> a :
        supervisor().get("/api/v1/supervisor/agents").jsonPath().getList("", Map.class)) {
      modes.add(String.valueOf(a.get("mode")));
    }
    return modes;
  }

  private long answeredSince(Instant from) {
    Map<String, Object> kpi =
        supervisor()
            .queryParam("from", from.minusMillis(1).toString())
            .get("/api/v1/acd/kpis/queues")
            .jsonPath()
            .getMap(SUPPORT);
    return kpi == null ? 0 : ((Number) kpi.get("answered")).longValue();
  }

  private List<String> devices(String queue) {
    return simulator.members(queue).stream()
        .map(PbxSimulator.MemberSnapshot::agentInterface)
        .toList();
  }

  private static String device(String agent) {
    return AcdFixtures.device(agent);
  }

  private static String caller() {
    return "+45201000" + (callerSeq++);
  }

  private long agentId(String username) {
    return TestUsers.asAdmin().get("/api/v1/agents").jsonPath().getList("", Map.class).stream()
        .filter(a -> username.equals(a.get("username")))
        .map(a -> ((Number) a.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }

  private static RequestSpecification agent(String username) {
    return given().auth().preemptive().basic(username, PASSWORD);
  }

  private static RequestSpecification supervisor() {
    return TestUsers.asAdmin();
  }

  private java.util.concurrent.CompletableFuture<?> openAgentStream(
      String username, List<String> lines) throws Exception {
    String auth =
        Base64.getEncoder()
            .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(agentEvents)
            .header("Authorization", "Basic " + auth)
            .header("Accept", "text/event-stream")
            .build();
    var response =
        HttpClient.newHttpClient()
            .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    return java.util.concurrent.CompletableFuture.runAsync(
        () -> response.body().forEach(lines::add));
  }
}
