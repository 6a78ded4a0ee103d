package org.blenddialer.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.core.agent.AgentView;
import org.blenddialer.core.blending.BlendingPolicy;
import org.blenddialer.core.blending.BlendingPolicy.FreeAgentPriority;
import org.blenddialer.core.blending.BlendingSnapshot;
import org.blenddialer.core.pacing.InboundPressure;
import org.blenddialer.core.pacing.PacingPolicy;
import org.blenddialer.core.pacing.PacingSnapshot;

/**
 * The dialer's decision, taken on every tick and every relevant event: first blending (which idle
 * blend agents to hold for inbound, with a minimum time in a mode so agents don't flap; waiting
 * callers override it), then pacing of each open campaign on the agents left free for outbound. It
 * decides and does not act: the caller carries out the commands.
 */
public final class DialerEngine {

  private final BlendingPolicy blending;
  private final double minTimeInMode;
  private final Map<String, PacingPolicy> pacingByCampaign;

  /**
   * @param blending the blending policy
   * @param minTimeInMode seconds an agent stays in a mode before blending may move it again
   * @param pacingByCampaign one pacing policy instance per campaign id
   */
  public DialerEngine(
      BlendingPolicy blending, double minTimeInMode, Map<String, PacingPolicy> pacingByCampaign) {
    this.blending = Objects.requireNonNull(blending, "blending");
    if (!(minTimeInMode >= 0)) {
      throw new IllegalArgumentException("minimum time in mode must be >= 0");
    }
    this.minTimeInMode = minTimeInMode;
    this.pacingByCampaign = Map.copyOf(pacingByCampaign);
  }

  public BlendingPolicy blending() {
    return blending;
  }

  /** The pacing policy of a campaign, or {@code null} if the engine does not pace it. */
  public PacingPolicy pacing(String campaignId) {
    return pacingByCampaign.get(campaignId);
  }

  /** The commands that bring the centre to what the policies want now. */
  public List<DialerCommand> decide(DialerSnapshot s) {
    List<DialerCommand> commands = new ArrayList<>(4);
    List<? extends AgentView> agents = s.agents();
    int freeForOutbound = 0;
    for (int i = 0, n = agents.size(); i < n; i++) {
      if (agents.get(i).isFreeForOutbound()) {
        freeForOutbound++;
      }
    }
    List<AgentView> heldNow = List.of();
    List<AgentView> releasedNow = List.of();
    int reserve = 0;
    if (blending.managesModes()) {
      BlendingSnapshot blendingSnapshot =
          new BlendingSnapshot(
              s.now(), agents, s.waitingCallers(), s.inboundForecast(), s.serviceLevelSoFar());
      reserve = Math.max(s.waitingCallers(), blending.inboundReserve(blendingSnapshot));
      heldNow = new ArrayList<>();
      releasedNow = new ArrayList<>();
      freeForOutbound += blend(s, reserve, commands, heldNow, releasedNow);
      prioritise(blending.freeAgentPriority(blendingSnapshot), agents, commands);
    } else {
      freeForOutbound = Math.max(0, freeForOutbound - s.waitingCallers());
    }
    InboundPressure inbound =
        new InboundPressure(
            s.inboundForecast().arrivalRate(),
            s.inboundForecast().handleTime(),
            reserve,
            s.waitingCallers());
    pace(s, freeForOutbound, heldNow, releasedNow, inbound, commands);
    return commands;
  }

  /** Applies hysteresis and returns the change in agents free for outbound. */
  private int blend(
      DialerSnapshot s,
      int reserve,
      List<DialerCommand> commands,
      List<AgentView> held,
      List<AgentView> released) {
    double now = s.now();
    int idleInboundOnly = 0;
    int heldIdle = 0;
    List<AgentView> couldHold = new ArrayList<>();
    List<AgentView> couldRelease = new ArrayList<>();
    boolean urgent = s.waitingCallers() > 0;
    for (AgentView agent : s.agents()) {
      if (agent.state() != AgentState.IDLE) {
        continue;
      }
      if (agent.skill() == AgentSkill.INBOUND_ONLY) {
        idleInboundOnly++;
      } else if (agent.skill() == AgentSkill.BLEND) {
        boolean settled = now - agent.modeSince() >= minTimeInMode;
        if (agent.mode() == AgentMode.INBOUND) {
          heldIdle++;
          if (settled) {
            couldRelease.add(agent);
          }
        } else if (settled || urgent || agent.mode() == AgentMode.BLENDED) {
          couldHold.add(agent);
        }
      }
    }
    int wanted = Math.max(0, reserve - idleInboundOnly);
    int change = 0;
    if (heldIdle < wanted) {
      couldHold.sort(Comparator.comparingDouble(AgentView::modeSince));
      for (int i = 0; i < Math.min(wanted - heldIdle, couldHold.size()); i++) {
        AgentView agent = couldHold.get(i);
        commands.add(new DialerCommand.SwitchMode(agent.id(), AgentMode.INBOUND));
        held.add(agent);
        change--;
      }
    } else if (heldIdle > wanted) {
      couldRelease.sort(Comparator.comparingDouble(AgentView::modeSince));
      for (int i = 0; i < Math.min(heldIdle - wanted, couldRelease.size()); i++) {
        AgentView agent = couldRelease.get(i);
        commands.add(new DialerCommand.SwitchMode(agent.id(), AgentMode.OUTBOUND));
        released.add(agent);
        change++;
      }
    }
    return change;
  }

  /**
   * Puts blend agents on calls (not held for inbound) in the mode that makes them take the work the
   * blending policy puts first when they come free. Only agents on calls: their availability does
   * not change, and idle agents stay free to be held at once.
   */
  private static void prioritise(
      FreeAgentPriority priority, List<? extends AgentView> agents, List<DialerCommand> commands) {
    if (priority == FreeAgentPriority.AS_ROUTED) {
      return;
    }
    boolean liveFirst = priority == FreeAgentPriority.LIVE_ANSWERS;
    AgentMode from = liveFirst ? AgentMode.BLENDED : AgentMode.OUTBOUND;
    AgentMode to = liveFirst ? AgentMode.OUTBOUND : AgentMode.BLENDED;
    DialerCommand.SwitchMode.Why why =
        liveFirst
            ? DialerCommand.SwitchMode.Why.LIVE_ANSWERS_FIRST
            : DialerCommand.SwitchMode.Why.WAITING_CALLERS_FIRST;
    for (int i = 0, n = agents.size(); i < n; i++) {
      AgentView agent = agents.get(i);
      if (agent.skill() == AgentSkill.BLEND
          && agent.mode() == from
          && agent.state().isWorkingACall()) {
        commands.add(new DialerCommand.SwitchMode(agent.id(), to, why));
      }
    }
  }

  private void pace(
      DialerSnapshot s,
      int freeForOutbound,
      List<AgentView> heldNow,
      List<AgentView> releasedNow,
      InboundPressure inbound,
      List<DialerCommand> out) {
    List<CampaignState> open = new ArrayList<>();
    for (CampaignState c : s.campaigns()) {
      if (c.dialingOpen() && pacingByCampaign.containsKey(c.campaignId())) {
        open.add(c);
      }
    }
    if (open.isEmpty()) {
      return;
    }
    List<AgentView> free = new ArrayList<>();
    for (AgentView agent : s.agents()) {
      if (agent.isFreeForOutbound() && !heldNow.contains(agent)) {
        free.add(agent);
      }
    }
    free.addAll(releasedNow);
    // Without blending, waiting callers keep some free agents back (which ones does not matter).
    while (free.size() > Math.max(0, freeForOutbound)) {
      free.remove(free.size() - 1);
    }
    List<List<AgentView>> assigned = assign(free, open);
    for (int k = 0; k < open.size(); k++) {
      CampaignState c = open.get(k);
      PacingPolicy policy = pacingByCampaign.get(c.campaignId());
      List<AgentView> mine = assigned.get(k);
      PacingSnapshot snapshot =
          new PacingSnapshot(
              s.now(),
              c.campaignId(),
              mine.size(),
              s.agents(),
              c.callsInFlight(),
              c.answeredWaiting(),
              c.agentsOnCalls(),
              c.estimates(),
              c.dropBudget(),
              c.leadsAvailable(),
              inbound);
      int calls = policy.callsToLaunch(snapshot);
      if (calls <= 0) {
        continue;
      }
      if (policy.bindsAgentToDial()) {
        for (int i = 0; i < calls && !mine.isEmpty(); i++) {
          AgentView agent = mine.remove(mine.size() - 1);
          out.add(new DialerCommand.PreviewCall(c.campaignId(), agent.id()));
        }
      } else {
        out.add(new DialerCommand.LaunchCalls(c.campaignId(), calls));
      }
    }
  }

  /**
   * Gives each free agent to one open campaign they may work. Agents who can work fewer campaigns
   * are placed first (so a specialist is not crowded out by a generalist who could go elsewhere);
   * each goes to the campaign, among those they may work, with the most due leads per agent already
   * given to it (a largest-backlog-per-agent rule: agents end up shared in proportion to the
   * campaigns' backlogs); ties go to the campaign listed first.
   */
  static List<List<AgentView>> assign(List<AgentView> free, List<CampaignState> open) {
    List<List<AgentView>> assigned = new ArrayList<>(open.size());
    for (int k = 0; k < open.size(); k++) {
      assigned.add(new ArrayList<>());
    }
    List<AgentView> byChoices = new ArrayList<>(free);
    Map<AgentView, Integer> choices = new java.util.IdentityHashMap<>();
    for (AgentView agent : free) {
      int n = 0;
      for (CampaignState c : open) {
        if (c.mayBeWorkedBy(agent)) {
          n++;
        }
      }
      choices.put(agent, n);
    }
    byChoices.sort(Comparator.comparingInt(choices::get));
    for (AgentView agent : byChoices) {
      int best = -1;
      double bestNeed = -1;
      for (int k = 0; k < open.size(); k++) {
        CampaignState c = open.get(k);
        if (!c.mayBeWorkedBy(agent)) {
          continue;
        }
        double need = Math.max(1, c.leadsAvailable()) / (double) (assigned.get(k).size() + 1);
        if (need > bestNeed) {
          best = k;
          bestNeed = need;
        }
      }
      if (best >= 0) {
        assigned.get(best).add(agent);
      }
    }
    return assigned;
  }
}
