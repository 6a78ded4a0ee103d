package org.blenddialer.telephony.pbxsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blenddialer.telephony.EventRecorder;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.PbxServer;
import org.blenddialer.telephony.QueueMembership;
import org.blenddialer.telephony.ami.AmiLinkSettings;
import org.blenddialer.telephony.ami.AmiPbx;
import org.blenddialer.telephony.pbxsim.SimSettings.QueueSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated app_queue rings members the way each strategy, penalty and wrap-up says. */
class AppQueueStrategiesTest {

  private static final double SPEED = 20.0;

  private final EventRecorder events = new EventRecorder();
  private PbxSimulator sim;
  private AmiPbx pbx;

  @BeforeEach
  void start() throws IOException {
    sim =
        new PbxSimulator(
            SimSettings.loopback(
                "dialer",
                "q-secret",
                SPEED,
                11L,
                List.of(
                    QueueSettings.of("ringall", "ringall"),
                    QueueSettings.of("rrmemory", "rrmemory"),
                    QueueSettings.of("fewestcalls", "fewestcalls"),
                    QueueSettings.of("leastrecent", "leastrecent"),
                    QueueSettings.of("random", "random"),
                    QueueSettings.of("penalty", "rrmemory"),
                    QueueSettings.of("wrapup", "rrmemory").withWrapUp(30),
                    QueueSettings.of("traffic", "rrmemory").withTraffic(0, 5))),
            InstantSource.system());
    int port = sim.start();
    pbx =
        new AmiPbx(
            List.of(
                new PbxServer(
                    "sim",
                    "127.0.0.1",
                    port,
                    "dialer",
                    "q-secret",
                    Map.of("sim", "Local/{number}@sim-lead"),
                    "dialer-outbound",
                    "dialer-play")),
            new AmiLinkSettings(
                Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(5)),
            InstantSource.system());
    pbx.subscribe(events);
    pbx.start();
    EventRecorder.awaitTrue("ready", () -> pbx.isReady("sim"), Duration.ofSeconds(20));
  }

  @AfterEach
  void stop() {
    pbx.close();
    sim.stop();
  }

  private String agent(String queue, int n) {
    String iface = "PJSIP/" + queue + "-agent" + n;
    sim.setManualAgent(iface, true);
    return iface;
  }

  private void member(String queue, String iface, int penalty) {
    pbx.addQueueMember("sim", new QueueMembership(queue, iface, iface, penalty, false));
    events.await(
        PbxEvent.MemberAdded.class,
        m -> m.agentInterface().equals(iface) && m.queue().equals(queue));
  }

  /** One inbound call that the first rung agent answers and ends; returns who took it. */
  private String serveOneCall(String queue) {
    int before = events.all(PbxEvent.CallerJoinedQueue.class).size();
    sim.placeInboundCall(queue, "5551000", 600);
    EventRecorder.awaitTrue(
        "caller joined",
        () -> events.all(PbxEvent.CallerJoinedQueue.class).size() > before,
        Duration.ofSeconds(10));
    String call = events.all(PbxEvent.CallerJoinedQueue.class).get(before).callId();
    PbxEvent.AgentRang rang = events.await(PbxEvent.AgentRang.class, r -> r.callId().equals(call));
    assertThat(sim.answer(rang.agentInterface())).isTrue();
    events.await(PbxEvent.AgentConnected.class, c -> c.callId().equals(call));
    assertThat(sim.hangUp(rang.agentInterface())).isTrue();
    events.await(PbxEvent.CallCompleted.class, c -> c.callId().equals(call));
    return rang.agentInterface();
  }

  @Test
  void ringallRingsEveryFreeMemberAtOnceAndTheFirstToAnswerGetsTheCall() {
    List<String> agents = List.of(agent("ringall", 1), agent("ringall", 2), agent("ringall", 3));
    agents.forEach(a -> member("ringall", a, 0));
    sim.placeInboundCall("ringall", "5551000", 600);
    String call = events.await(PbxEvent.CallerJoinedQueue.class, j -> true).callId();
    EventRecorder.awaitTrue(
        "all three rung",
        () ->
            events.all(PbxEvent.AgentRang.class).stream()
                    .filter(r -> r.callId().equals(call))
                    .count()
                == 3,
        Duration.ofSeconds(10));
    assertThat(sim.answer(agents.get(1))).isTrue();
    PbxEvent.AgentConnected c =
        events.await(PbxEvent.AgentConnected.class, e -> e.callId().equals(call));
    assertThat(c.agentInterface()).isEqualTo(agents.get(1));
    assertThat(sim.answer(agents.get(0))).as("the others stopped ringing").isFalse();
  }

  @Test
  void rrmemoryTakesTurnsAndRemembersWhereItWas() {
    List<String> agents = List.of(agent("rr", 1), agent("rr", 2), agent("rr", 3));
    agents.forEach(a -> member("rrmemory", a, 0));
    List<String> takers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      takers.add(serveOneCall("rrmemory"));
    }
    assertThat(takers).containsExactly(agents.get(0), agents.get(1), agents.get(2), agents.get(0));
  }

  @Test
  void fewestcallsPrefersTheMemberWithTheFewestCallsTaken() {
    String busy = agent("few", 1);
    member("fewestcalls", busy, 0);
    serveOneCall("fewestcalls");
    serveOneCall("fewestcalls");
    String fresh1 = agent("few", 2);
    String fresh2 = agent("few", 3);
    member("fewestcalls", fresh1, 0);
    member("fewestcalls", fresh2, 0);
    Set<String> next =
        new HashSet<>(List.of(serveOneCall("fewestcalls"), serveOneCall("fewestcalls")));
    assertThat(next).containsExactlyInAnyOrder(fresh1, fresh2);
  }

  @Test
  void leastrecentGivesTheNextCallToWhoeverHasWaitedLongest() {
    List<String> agents = List.of(agent("lr", 1), agent("lr", 2), agent("lr", 3));
    agents.forEach(a -> member("leastrecent", a, 0));
    List<String> takers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      takers.add(serveOneCall("leastrecent"));
    }
    assertThat(takers).containsExactlyInAnyOrderElementsOf(agents);
  }

  @Test
  void randomSpreadsCallsOverEveryMember() {
    List<String> agents = List.of(agent("rnd", 1), agent("rnd", 2), agent("rnd", 3));
    agents.forEach(a -> member("random", a, 0));
    Set<String> takers = new HashSet<>();
    for (int i = 0; i < 15; i++) {
      takers.add(serveOneCall("random"));
    }
    assertThat(takers).containsExactlyInAnyOrderElementsOf(agents);
  }

  @Test
  void aHigherPenaltyIsRungOnlyWhenTheLowerTierIsBusy() {
    String first = agent("pen", 1);
    String backup = agent("pen", 2);
    member("penalty", backup, 1);
    member("penalty", first, 0);
    sim.placeInboundCall("penalty", "5551000", 600);
    PbxEvent.AgentRang one =
        events.await(PbxEvent.AgentRang.class, r -> r.queue().equals("penalty"));
    assertThat(one.agentInterface()).isEqualTo(first);
    sim.answer(first);
    events.await(PbxEvent.AgentConnected.class, c -> c.callId().equals(one.callId()));
    sim.placeInboundCall("penalty", "5551001", 600);
    PbxEvent.AgentRang two =
        events.await(
            PbxEvent.AgentRang.class,
            r -> r.queue().equals("penalty") && !r.callId().equals(one.callId()));
    assertThat(two.agentInterface()).isEqualTo(backup);
  }

  @Test
  void poissonCallersArriveAndAbandonWhenNobodyAnswers() {
    // 720 calls an hour with 5 s mean patience and no members: callers arrive and give up.
    sim.setInboundRate("traffic", 720);
    EventRecorder.awaitTrue(
        "three abandoned callers",
        () ->
            events.all(PbxEvent.CallerAbandoned.class).stream()
                    .filter(a -> a.queue().equals("traffic"))
                    .count()
                >= 3,
        Duration.ofSeconds(30));
    sim.setInboundRate("traffic", 0);
    PbxEvent.CallerAbandoned gaveUp =
        events.await(PbxEvent.CallerAbandoned.class, a -> a.queue().equals("traffic"));
    events.await(PbxEvent.CallHungUp.class, h -> h.callId().equals(gaveUp.callId()));
    assertThat(events.all(PbxEvent.CallerJoinedQueue.class))
        .filteredOn(j -> j.queue().equals("traffic"))
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void aMemberIsNotRungDuringWrapUpAndTheQueueCountsItsCalls() {
    String only = agent("wrap", 1);
    member("wrapup", only, 0);
    serveOneCall("wrapup");
    PbxEvent.CallCompleted done = events.all(PbxEvent.CallCompleted.class).get(0);
    sim.placeInboundCall("wrapup", "5551002", 600);
    PbxEvent.AgentRang next =
        events.await(
            PbxEvent.AgentRang.class,
            r -> r.queue().equals("wrapup") && !r.callId().equals(done.callId()));
    // 30 simulated seconds of wrap-up pass before the member is rung again.
    assertThat(Duration.between(done.at(), next.at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis((long) (30_000 / SPEED) - 50));

    int syncs = events.all(PbxEvent.Resynced.class).size();
    sim.dropClients();
    EventRecorder.awaitTrue(
        "re-sync",
        () -> events.all(PbxEvent.Resynced.class).size() > syncs,
        Duration.ofSeconds(20));
    List<PbxEvent.Resynced> all = events.all(PbxEvent.Resynced.class);
    PbxEvent.QueueState wrapup =
        all.get(all.size() - 1).queues().stream()
            .filter(q -> q.queue().equals("wrapup"))
            .findFirst()
            .orElseThrow();
    assertThat(wrapup.completed()).isEqualTo(1);
    assertThat(wrapup.strategy()).isEqualTo("rrmemory");
    assertThat(wrapup.loggedIn()).isEqualTo(1);
  }
}
