package org.blenddialer.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the {@link Pbx} port must do, whatever PBX stands behind it.
 * Subclasses provide the PBX and the people at its far ends (callers, agents, leads).
 */
public abstract class PbxContractTest {

  protected static final String SUPPORT = "support";
  protected static final String SALES = "sales";
  protected static final String CAMPAIGN = "outbound";

  protected final EventRecorder events = new EventRecorder();

  protected abstract Pbx pbx();

  protected abstract String trunk();

  /** The interface of agent {@code n}'s phone. */
  protected abstract String agent(int n);

  protected abstract void placeInboundCall(String queue, double patienceSeconds);

  /** Agent phones answered by a person through the service, not automatically. */
  protected abstract void personAtPhone(String agentInterface);

  protected abstract void personAnswers(String agentInterface);

  protected abstract void personHangsUp(String agentInterface);

  /** The PBX goes down (all calls lost) and stays down until {@link #startPbx()}. */
  protected abstract void stopPbx();

  protected abstract void startPbx();

  /** The network drops the AMI connection; the PBX and its calls carry on. */
  protected abstract void dropConnection();

  protected String server() {
    return pbx().defaultServer();
  }

  protected OriginateRequest dial(String attemptId, String number, Map<String, String> vars) {
    return new OriginateRequest(
        server(),
        attemptId,
        number,
        trunk(),
        CAMPAIGN,
        "\"Dialer\" <5550000>",
        Duration.ofSeconds(20),
        vars);
  }

  protected static String attempt() {
    return "att-" + UUID.randomUUID().toString().substring(0, 8);
  }

  protected void awaitReady() {
    EventRecorder.awaitTrue("link ready", () -> pbx().isReady(server()), Duration.ofSeconds(20));
  }

  @Test
  void originateReportsEachNetworkOutcomeUnderItsAttemptId() {
    Map<String, OriginateResult> expected =
        Map.of(
            "busy", OriginateResult.BUSY,
            "noanswer", OriginateResult.NO_ANSWER,
            "congestion", OriginateResult.CONGESTION,
            "fail", OriginateResult.FAILED,
            "human", OriginateResult.ANSWERED);
    Map<String, String> attempts = new java.util.HashMap<>();
    expected.forEach(
        (result, outcome) -> {
          String id = attempt();
          attempts.put(result, id);
          pbx()
              .originate(dial(id, "5551234", Map.of("LEAD_RESULT", result, "LEAD_TALK_SECS", "1")));
        });
    expected.forEach(
        (result, outcome) -> {
          String id = attempts.get(result);
          PbxEvent.OriginateOutcome o =
              events.await(PbxEvent.OriginateOutcome.class, e -> e.attemptId().equals(id));
          assertThat(o.result()).as(result).isEqualTo(outcome);
          assertThat(o.callId().isPresent())
              .as(result)
              .isEqualTo(outcome == OriginateResult.ANSWERED);
        });
  }

  @Test
  void answeringMachineDetectionGivesItsVerdictPerAttempt() {
    String human = attempt();
    String machine = attempt();
    pbx().originate(dial(human, "5551001", Map.of("LEAD_RESULT", "human", "LEAD_TALK_SECS", "1")));
    pbx().originate(dial(machine, "5551002", Map.of("LEAD_RESULT", "machine")));
    assertThat(
            events
                .await(
                    PbxEvent.MachineVerdict.class,
                    v -> v.attemptId().equals(java.util.Optional.of(human)))
                .verdict())
        .isEqualTo(AmdVerdict.HUMAN);
    assertThat(
            events
                .await(
                    PbxEvent.MachineVerdict.class,
                    v -> v.attemptId().equals(java.util.Optional.of(machine)))
                .verdict())
        .isEqualTo(AmdVerdict.MACHINE);
    events.await(
        PbxEvent.CallHungUp.class, h -> h.attemptId().equals(java.util.Optional.of(machine)));
  }

  @Test
  void liveAnswerReachesAnAgentInTheCampaignQueue() {
    String agent = agent(1);
    pbx().addQueueMember(server(), new QueueMembership(CAMPAIGN, agent, "Agent One", 0, false));
    String id = attempt();
    pbx().originate(dial(id, "5551234", Map.of("LEAD_RESULT", "human", "__AGENT_TALK_SECS", "2")));
    events.await(
        PbxEvent.CallerJoinedQueue.class,
        j -> j.queue().equals(CAMPAIGN) && j.attemptId().equals(java.util.Optional.of(id)));
    PbxEvent.AgentConnected c =
        events.await(
            PbxEvent.AgentConnected.class, a -> a.attemptId().equals(java.util.Optional.of(id)));
    assertThat(c.agentInterface()).isEqualTo(agent);
    events.await(PbxEvent.CallCompleted.class, e -> e.callId().equals(c.callId()));
  }

  @Test
  void liveAnswerWithNoAgentLeavesTheCampaignQueueAsADroppedCall() {
    String id = attempt();
    pbx().originate(dial(id, "5551234", Map.of("LEAD_RESULT", "human")));
    PbxEvent.CallerTimedOut t =
        events.await(
            PbxEvent.CallerTimedOut.class, e -> e.attemptId().equals(java.util.Optional.of(id)));
    events.await(PbxEvent.CallHungUp.class, h -> h.callId().equals(t.callId()));
  }

  @Test
  void inboundCallFlowsThroughTheQueueToAnAgent() {
    String agent = agent(2);
    pbx().addQueueMember(server(), new QueueMembership(SUPPORT, agent, "Agent Two", 0, false));
    events.await(PbxEvent.MemberAdded.class, m -> m.agentInterface().equals(agent));
    placeInboundCall(SUPPORT, 600);
    PbxEvent.CallerJoinedQueue joined =
        events.await(PbxEvent.CallerJoinedQueue.class, j -> j.queue().equals(SUPPORT));
    String call = joined.callId();
    PbxEvent.AgentRang rang = events.await(PbxEvent.AgentRang.class, r -> r.callId().equals(call));
    assertThat(rang.agentInterface()).isEqualTo(agent);
    events.await(
        PbxEvent.MemberStatusChanged.class,
        s -> s.agentInterface().equals(agent) && s.status() == MemberStatus.RINGING);
    events.await(PbxEvent.AgentConnected.class, c -> c.callId().equals(call));
    events.await(PbxEvent.CallerLeftQueue.class, l -> l.callId().equals(call));
    events.await(
        PbxEvent.MemberStatusChanged.class,
        s -> s.agentInterface().equals(agent) && s.status() == MemberStatus.IN_USE && s.inCall());
    PbxEvent.CallCompleted done =
        events.await(PbxEvent.CallCompleted.class, c -> c.callId().equals(call));
    assertThat(done.agentInterface()).isEqualTo(agent);
    events.await(PbxEvent.CallHungUp.class, h -> h.callId().equals(call));
    events.await(
        PbxEvent.MemberStatusChanged.class,
        s ->
            s.agentInterface().equals(agent)
                && s.status() == MemberStatus.NOT_IN_USE
                && s.callsTaken() == 1);
  }

  @Test
  void aPersonAnswersAndHangsUpThroughTheService() {
    String agent = agent(3);
    personAtPhone(agent);
    pbx().addQueueMember(server(), new QueueMembership(SALES, agent, "Agent Three", 0, false));
    placeInboundCall(SALES, 600);
    PbxEvent.AgentRang rang =
        events.await(PbxEvent.AgentRang.class, r -> r.agentInterface().equals(agent));
    personAnswers(agent);
    events.await(PbxEvent.AgentConnected.class, c -> c.callId().equals(rang.callId()));
    personHangsUp(agent);
    PbxEvent.CallCompleted done =
        events.await(PbxEvent.CallCompleted.class, c -> c.callId().equals(rang.callId()));
    assertThat(done.endedBy()).isEqualTo("agent");
  }

  @Test
  void membersAreAddedPausedPerQueueAndRemoved() {
    String agent = agent(4);
    pbx().addQueueMember(server(), new QueueMembership(SUPPORT, agent, "Agent Four", 0, false));
    pbx().addQueueMember(server(), new QueueMembership(SALES, agent, "Agent Four", 0, false));
    pbx().pauseQueueMember(server(), SUPPORT, agent, true, "blend: held for outbound");
    PbxEvent.MemberPaused paused =
        events.await(PbxEvent.MemberPaused.class, p -> p.agentInterface().equals(agent));
    assertThat(paused.queue()).isEqualTo(SUPPORT);
    assertThat(paused.paused()).isTrue();
    assertThat(paused.reason()).isEqualTo("blend: held for outbound");

    // Paused in support only: a sales caller still reaches the agent, a support caller does not.
    placeInboundCall(SUPPORT, 600);
    placeInboundCall(SALES, 600);
    PbxEvent.AgentRang rang =
        events.await(PbxEvent.AgentRang.class, r -> r.agentInterface().equals(agent));
    assertThat(rang.queue()).isEqualTo(SALES);
    events.await(PbxEvent.CallCompleted.class, c -> c.callId().equals(rang.callId()));
    assertThat(events.all(PbxEvent.AgentRang.class))
        .noneMatch(r -> r.queue().equals(SUPPORT) && r.agentInterface().equals(agent));

    pbx().pauseQueueMember(server(), SUPPORT, agent, false, "");
    events.await(
        PbxEvent.AgentRang.class,
        r -> r.queue().equals(SUPPORT) && r.agentInterface().equals(agent));

    pbx().removeQueueMember(server(), SALES, agent);
    events.await(
        PbxEvent.MemberRemoved.class,
        r -> r.agentInterface().equals(agent) && r.queue().equals(SALES));
    assertThatThrownBy(() -> pbx().removeQueueMember(server(), SALES, agent))
        .isInstanceOf(PbxCommandRejectedException.class)
        .hasMessageContaining("Not there");
  }

  @Test
  void afterAConnectionLossMidCallTheStateIsRebuiltFromThePbx() {
    String agent = agent(5);
    personAtPhone(agent);
    pbx().addQueueMember(server(), new QueueMembership(SUPPORT, agent, "Agent Five", 0, false));
    placeInboundCall(SUPPORT, 600);
    PbxEvent.AgentRang rang =
        events.await(PbxEvent.AgentRang.class, r -> r.agentInterface().equals(agent));
    personAnswers(agent);
    events.await(PbxEvent.AgentConnected.class, c -> c.callId().equals(rang.callId()));
    int before = events.all(PbxEvent.Resynced.class).size();

    dropConnection();
    events.await(PbxEvent.LinkChanged.class, l -> l.state() == LinkState.DISCONNECTED);
    EventRecorder.awaitTrue(
        "a new re-sync",
        () -> events.all(PbxEvent.Resynced.class).size() > before,
        Duration.ofSeconds(20));
    List<PbxEvent.Resynced> syncs = events.all(PbxEvent.Resynced.class);
    PbxEvent.Resynced again = syncs.get(syncs.size() - 1);
    assertThat(again.channels()).anyMatch(c -> c.callId().equals(rang.callId()));
    assertThat(again.queues())
        .filteredOn(q -> q.queue().equals(SUPPORT))
        .flatExtracting(PbxEvent.QueueState::members)
        .anyMatch(m -> m.agentInterface().equals(agent) && m.inCall());
    awaitReady();

    personHangsUp(agent);
    events.await(PbxEvent.CallCompleted.class, c -> c.callId().equals(rang.callId()));
  }

  @Test
  void afterThePbxRestartsMidCallTheLinkComesBackReadyWithItsNewState() {
    String agent = agent(6);
    personAtPhone(agent);
    pbx().addQueueMember(server(), new QueueMembership(SUPPORT, agent, "Agent Six", 0, false));
    placeInboundCall(SUPPORT, 600);
    PbxEvent.AgentRang rang =
        events.await(PbxEvent.AgentRang.class, r -> r.agentInterface().equals(agent));
    personAnswers(agent);
    events.await(PbxEvent.AgentConnected.class, c -> c.callId().equals(rang.callId()));

    stopPbx();
    events.await(PbxEvent.LinkChanged.class, l -> l.state() == LinkState.DISCONNECTED);
    startPbx();
    events.await(PbxEvent.LinkChanged.class, l -> l.state() == LinkState.READY && after(l, rang));
    List<PbxEvent.Resynced> syncs = events.all(PbxEvent.Resynced.class);
    PbxEvent.Resynced last = syncs.get(syncs.size() - 1);
    assertThat(last.channels()).noneMatch(c -> c.callId().equals(rang.callId()));
    assertThat(last.queues()).flatExtracting(PbxEvent.QueueState::members).isEmpty();

    // The link works again: the member can be added back.
    pbx().addQueueMember(server(), new QueueMembership(SUPPORT, agent, "Agent Six", 0, false));
    events.await(
        PbxEvent.MemberAdded.class, m -> m.agentInterface().equals(agent) && after(m, rang));
  }

  @Test
  void nothingCanBeDialedWhileThePbxIsUnreachable() {
    stopPbx();
    events.await(PbxEvent.LinkChanged.class, l -> l.state() == LinkState.DISCONNECTED);
    assertThat(pbx().isReady(server())).isFalse();
    assertThat(pbx().links()).allMatch(l -> !l.ready());
    assertThatThrownBy(() -> pbx().originate(dial(attempt(), "5551234", Map.of())))
        .isInstanceOf(PbxUnavailableException.class)
        .hasMessageContaining("not ready");
    startPbx();
    awaitReady();
    String id = attempt();
    pbx().originate(dial(id, "5551234", Map.of("LEAD_RESULT", "busy")));
    events.await(PbxEvent.OriginateOutcome.class, o -> o.attemptId().equals(id));
  }

  private boolean after(PbxEvent e, PbxEvent earlier) {
    return events.all().indexOf(e) > events.all().indexOf(earlier);
  }
}
