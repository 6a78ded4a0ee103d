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
import org.blenddialer.core.blending.BlendingSnapshot;
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
    if (blending.managesModes()) {
      int reserve =
          Math.max(
              s.waitingCallers(),
              blending.inboundReserve(
                  new BlendingSnapshot(s.now(), agents, s.waitingCallers(), s.inboundForecast())));
      heldNow = new ArrayList<>();
      releasedNow = new ArrayList<>();
      freeForOutbound += blend(s, reserve, commands, heldNow, releasedNow);
    } else {
      freeForOutbound = Math.max(0, freeForOutbound - s.waitingCallers());
    }
    pace(s, freeForOutbound, heldNow, commands);
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

  private void pace(
      DialerSnapshot s, int freeForOutbound, List<AgentView> heldNow, List<DialerCommand> out) {
    int open = 0;
    for (CampaignState c : s.campaigns()) {
      if (c.dialingOpen() && pacingByCampaign.containsKey(c.campaignId())) {
        open++;
      }
    }
    if (open == 0) {
      return;
    }
    List<AgentView> previewable = null;
    int share = freeForOutbound / open;
    int extra = freeForOutbound % open;
    for (CampaignState c : s.campaigns()) {
      PacingPolicy policy = pacingByCampaign.get(c.campaignId());
      if (!c.dialingOpen() || policy == null) {
        continue;
      }
      int free = share + (extra-- > 0 ? 1 : 0);
      PacingSnapshot snapshot =
          new PacingSnapshot(
              s.now(),
              c.campaignId(),
              free,
              s.agents(),
              c.callsInFlight(),
              c.answeredWaiting(),
              c.agentsOnCalls(),
              c.estimates(),
              c.dropBudget(),
              c.leadsAvailable());
      int calls = policy.callsToLaunch(snapshot);
      if (calls <= 0) {
        continue;
      }
      if (policy.bindsAgentToDial()) {
        if (previewable == null) {
          previewable = new ArrayList<>();
          for (AgentView agent : s.agents()) {
            if (agent.isFreeForOutbound() && !heldNow.contains(agent)) {
              previewable.add(agent);
            }
          }
        }
        for (int i = 0; i < calls && !previewable.isEmpty(); i++) {
          AgentView agent = previewable.remove(previewable.size() - 1);
          out.add(new DialerCommand.PreviewCall(c.campaignId(), agent.id()));
        }
      } else {
        out.add(new DialerCommand.LaunchCalls(c.campaignId(), calls));
      }
    }
  }
}
