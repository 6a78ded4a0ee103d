package org.blenddialer.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blenddialer.core.agent.Agent;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.CallDirection;
import org.blenddialer.core.blending.DynamicReserve;
import org.blenddialer.core.blending.FixedReserve;
import org.blenddialer.core.blending.NoBlending;
import org.blenddialer.core.blending.ServiceLevelSoFar;
import org.blenddialer.core.blending.ServiceLevelTarget;
import org.blenddialer.core.engine.DialerCommand.LaunchCalls;
import org.blenddialer.core.engine.DialerCommand.PreviewCall;
import org.blenddialer.core.engine.DialerCommand.SwitchMode;
import org.blenddialer.core.estimate.InboundForecast;
import org.blenddialer.core.estimate.OutboundEstimator;
import org.blenddialer.core.estimate.OutboundEstimator.OutboundPrior;
import org.blenddialer.core.pacing.DropBudget;
import org.blenddialer.core.pacing.PreviewPacing;
import org.blenddialer.core.pacing.ProgressivePacing;
import org.junit.jupiter.api.Test;

class DialerEngineTest {

  private static final InboundForecast QUIET = new InboundForecast(0, 180, 120);
  private static final double HYSTERESIS = 30;

  private final List<Agent> agents = new ArrayList<>();

  private Agent blendAgent(String id) {
    Agent agent = new Agent(id, "team", AgentSkill.BLEND);
    agent.logIn(0);
    agents.add(agent);
    return agent;
  }

  private static CampaignState campaign(boolean open) {
    return new CampaignState(
        "sales",
        open,
        List.of(),
        0,
        0,
        new OutboundEstimator(new OutboundPrior(0.3, 10, 20, 180)),
        DropBudget.fresh(0.03),
        100);
  }

  private DialerSnapshot at(double now, int waitingCallers) {
    return new DialerSnapshot(
        now, agents, waitingCallers, QUIET, List.of(campaign(true)), ServiceLevelSoFar.NONE);
  }

  private static void apply(List<DialerCommand> commands, List<Agent> agents, double now) {
    for (DialerCommand command : commands) {
      if (command instanceof SwitchMode s) {
        agents.stream()
            .filter(a -> a.id().equals(s.agentId()))
            .forEach(a -> a.switchMode(s.mode(), now));
      }
    }
  }

  @Test
  void dynamicBlendingPutsAgentsOnCallsOnLiveAnswersFirstWhileTheServiceLevelMeetsTheTarget() {
    Agent talking = blendAgent("talking");
    talking.reserve(0);
    talking.connect(CallDirection.INBOUND, 0);
    Agent idle = blendAgent("idle");
    DialerEngine engine =
        new DialerEngine(
            new DynamicReserve(
                new ServiceLevelTarget(0.8, 20), 0, DynamicReserve.Model.POOLED, true),
            HYSTERESIS,
            Map.of("sales", new ProgressivePacing()));
    InboundForecast light = new InboundForecast(0.01, 180, 120);

    // 90% answered in time: the agent on a call will take a live answer before a caller
    List<DialerCommand> onTarget =
        engine.decide(
            new DialerSnapshot(
                100, agents, 0, light, List.of(campaign(true)), new ServiceLevelSoFar(90, 100)));
    assertThat(onTarget)
        .contains(new SwitchMode("talking", AgentMode.OUTBOUND, SwitchMode.Why.LIVE_ANSWERS_FIRST));
    apply(onTarget, agents, 100);
    assertThat(talking.mode()).isEqualTo(AgentMode.OUTBOUND);
    // idle agents are left to blending's reserve (held at once if needed)
    assertThat(idle.mode()).isNotEqualTo(AgentMode.OUTBOUND);

    // 70%: callers first again
    List<DialerCommand> below =
        engine.decide(
            new DialerSnapshot(
                200, agents, 0, light, List.of(campaign(true)), new ServiceLevelSoFar(70, 100)));
    assertThat(below)
        .contains(
            new SwitchMode("talking", AgentMode.BLENDED, SwitchMode.Why.WAITING_CALLERS_FIRST));
    apply(below, agents, 200);
    assertThat(talking.mode()).isEqualTo(AgentMode.BLENDED);
  }

  @Test
  void aFixedReserveLeavesTheModeOfAgentsOnCallsAlone() {
    Agent talking = blendAgent("talking");
    talking.reserve(0);
    talking.connect(CallDirection.INBOUND, 0);
    DialerEngine engine =
        new DialerEngine(new FixedReserve(0), HYSTERESIS, Map.of("sales", new ProgressivePacing()));
    apply(engine.decide(at(100, 0)), agents, 100);
    assertThat(talking.mode()).isEqualTo(AgentMode.BLENDED);
  }

  @Test
  void progressiveLaunchesOneCallPerFreeAgentWhenTheCampaignIsOpen() {
    blendAgent("a");
    blendAgent("b");
    DialerEngine engine =
        new DialerEngine(new NoBlending(), HYSTERESIS, Map.of("sales", new ProgressivePacing()));
    assertThat(engine.decide(at(1, 0))).containsExactly(new LaunchCalls("sales", 2));
    DialerSnapshot closed =
        new DialerSnapshot(1, agents, 0, QUIET, List.of(campaign(false)), ServiceLevelSoFar.NONE);
    assertThat(engine.decide(closed)).isEmpty();
  }

  @Test
  void waitingCallersComeBeforeOutboundDials() {
    blendAgent("a");
    blendAgent("b");
    DialerEngine engine =
        new DialerEngine(new NoBlending(), HYSTERESIS, Map.of("sales", new ProgressivePacing()));
    assertThat(engine.decide(at(1, 1))).containsExactly(new LaunchCalls("sales", 1));
    assertThat(engine.decide(at(1, 2))).isEmpty();
  }

  @Test
  void previewReservesNamedAgents() {
    blendAgent("a").switchMode(AgentMode.OUTBOUND, 0);
    DialerEngine engine =
        new DialerEngine(new NoBlending(), HYSTERESIS, Map.of("sales", new PreviewPacing()));
    assertThat(engine.decide(at(1, 0))).containsExactly(new PreviewCall("sales", "a"));
  }

  @Test
  void aFixedReserveHoldsIdleBlendAgentsForInboundAndDialsForTheRest() {
    for (int i = 0; i < 5; i++) {
      blendAgent("a" + i);
    }
    DialerEngine engine =
        new DialerEngine(new FixedReserve(2), HYSTERESIS, Map.of("sales", new ProgressivePacing()));
    List<DialerCommand> commands = engine.decide(at(100, 0));
    assertThat(commands.stream().filter(c -> c instanceof SwitchMode).count()).isEqualTo(2);
    assertThat(commands).contains(new LaunchCalls("sales", 3));
  }

  @Test
  void hysteresisKeepsAHeldAgentInInboundModeForTheMinimumTime() {
    Agent held = blendAgent("held");
    Agent other = blendAgent("other");
    other.switchMode(AgentMode.OUTBOUND, 0);
    FixedReserveThatCanChange blending = new FixedReserveThatCanChange(1);
    DialerEngine engine =
        new DialerEngine(blending, HYSTERESIS, Map.of("sales", new ProgressivePacing()));

    apply(engine.decide(at(100, 0)), agents, 100);
    assertThat(held.mode()).isEqualTo(AgentMode.INBOUND);
    assertThat(other.mode()).isEqualTo(AgentMode.OUTBOUND);

    blending.reserve = 0;
    List<DialerCommand> soon = engine.decide(at(100 + HYSTERESIS / 2, 0));
    assertThat(soon).noneMatch(c -> c instanceof SwitchMode);
    assertThat(held.mode()).isEqualTo(AgentMode.INBOUND);

    List<DialerCommand> later = engine.decide(at(100 + HYSTERESIS, 0));
    assertThat(later).contains(new SwitchMode("held", AgentMode.OUTBOUND));
  }

  @Test
  void aReleasedAgentIsNotHeldAgainBeforeTheMinimumTimeUnlessCallersWait() {
    Agent agent = blendAgent("a");
    agent.switchMode(AgentMode.OUTBOUND, 100);
    DialerEngine engine =
        new DialerEngine(new FixedReserve(1), HYSTERESIS, Map.of("sales", new ProgressivePacing()));
    assertThat(engine.decide(at(110, 0))).noneMatch(c -> c instanceof SwitchMode);
    assertThat(engine.decide(at(110, 1))).contains(new SwitchMode("a", AgentMode.INBOUND));
  }

  @Test
  void busyAgentsAreNeverSwitched() {
    Agent agent = blendAgent("a");
    agent.connect(CallDirection.OUTBOUND, 1);
    DialerEngine engine =
        new DialerEngine(new FixedReserve(1), 0, Map.of("sales", new ProgressivePacing()));
    assertThat(engine.decide(at(100, 0))).isEmpty();
  }

  /** A fixed reserve a test can move, to watch hysteresis. */
  private static final class FixedReserveThatCanChange
      implements org.blenddialer.core.blending.BlendingPolicy {
    int reserve;

    FixedReserveThatCanChange(int reserve) {
      this.reserve = reserve;
    }

    @Override
    public String name() {
      return "test";
    }

    @Override
    public int inboundReserve(org.blenddialer.core.blending.BlendingSnapshot snapshot) {
      return reserve;
    }
  }

  /** An idle outbound agent whose skills let them work the given campaign queues only. */
  private record Skilled(Agent machine, java.util.Set<String> queues)
      implements org.blenddialer.core.agent.AgentView {
    Skilled {
      machine.logIn(0);
    }

    @Override
    public boolean mayWork(String campaignQueue) {
      return queues.contains(campaignQueue);
    }

    public String id() {
      return machine.id();
    }

    public String group() {
      return machine.group();
    }

    public AgentSkill skill() {
      return machine.skill();
    }

    public AgentMode mode() {
      return machine.mode();
    }

    public org.blenddialer.core.agent.AgentState state() {
      return machine.state();
    }

    public double modeSince() {
      return machine.modeSince();
    }

    public double callStartedAt() {
      return machine.callStartedAt();
    }

    public CallDirection callDirection() {
      return machine.callDirection();
    }
  }

  private static Skilled skilled(String id, String... queues) {
    return new Skilled(new Agent(id, "team", AgentSkill.OUTBOUND_ONLY), java.util.Set.of(queues));
  }

  private static CampaignState campaign(String id, String queue, int backlog) {
    return new CampaignState(
        id,
        true,
        List.of(),
        0,
        0,
        new OutboundEstimator(new OutboundPrior(0.3, 10, 20, 180)),
        DropBudget.fresh(0.03),
        backlog,
        queue);
  }

  @Test
  void agentsOnlyCountForCampaignsTheirSkillsLetThemWork() {
    // Danish speakers work the Danish campaign only; the one German speaker only the German one.
    List<org.blenddialer.core.agent.AgentView> team =
        List.of(skilled("da1", "q-dk"), skilled("da2", "q-dk"), skilled("de1", "q-de"));
    DialerEngine engine =
        new DialerEngine(
            new NoBlending(),
            HYSTERESIS,
            Map.of("dk", new ProgressivePacing(), "de", new ProgressivePacing()));
    List<DialerCommand> commands =
        engine.decide(
            new DialerSnapshot(
                1,
                team,
                0,
                QUIET,
                List.of(campaign("dk", "q-dk", 10), campaign("de", "q-de", 900)),
                ServiceLevelSoFar.NONE));
    // An even split would have given each campaign 1.5 agents whatever their skills.
    assertThat(commands)
        .containsExactlyInAnyOrder(new LaunchCalls("dk", 2), new LaunchCalls("de", 1));
  }

  @Test
  void anAgentWhoCanWorkBothGoesWhereTheBacklogIsLargestPerAgent() {
    // Two specialists, one per campaign, and three who can work both: the German campaign has
    // four times the Danish backlog, so it gets more of the generalists.
    List<org.blenddialer.core.agent.AgentView> team =
        List.of(
            skilled("both1", "q-dk", "q-de"),
            skilled("da1", "q-dk"),
            skilled("both2", "q-dk", "q-de"),
            skilled("de1", "q-de"),
            skilled("both3", "q-dk", "q-de"));
    DialerEngine engine =
        new DialerEngine(
            new NoBlending(),
            HYSTERESIS,
            Map.of("dk", new ProgressivePacing(), "de", new ProgressivePacing()));
    List<DialerCommand> commands =
        engine.decide(
            new DialerSnapshot(
                1,
                team,
                0,
                QUIET,
                List.of(campaign("dk", "q-dk", 100), campaign("de", "q-de", 400)),
                ServiceLevelSoFar.NONE));
    assertThat(commands)
        .containsExactlyInAnyOrder(new LaunchCalls("dk", 1), new LaunchCalls("de", 4));
    // With equal backlogs the generalists split them evenly after the specialists.
    List<DialerCommand> even =
        engine.decide(
            new DialerSnapshot(
                1,
                team,
                0,
                QUIET,
                List.of(campaign("dk", "q-dk", 300), campaign("de", "q-de", 300)),
                ServiceLevelSoFar.NONE));
    assertThat(even).containsExactlyInAnyOrder(new LaunchCalls("dk", 3), new LaunchCalls("de", 2));
  }

  @Test
  void anAgentWhoMayWorkNoOpenCampaignLaunchesNothing() {
    DialerEngine engine =
        new DialerEngine(new NoBlending(), HYSTERESIS, Map.of("dk", new ProgressivePacing()));
    assertThat(
            engine.decide(
                new DialerSnapshot(
                    1,
                    List.of(skilled("se1", "q-se")),
                    0,
                    QUIET,
                    List.of(campaign("dk", "q-dk", 100)),
                    ServiceLevelSoFar.NONE)))
        .isEmpty();
  }
}
