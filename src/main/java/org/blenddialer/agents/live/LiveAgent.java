package org.blenddialer.agents.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.blenddialer.core.agent.Agent;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.AgentState;

/**
 * A logged-in agent: the core state machine plus what the live service knows beyond it (phone,
 * memberships, current call, counters). Touched only under {@link AgentSessions}' lock.
 */
final class LiveAgent {

  final long agentId;
  final String username;
  final String displayName;
  final String device;
  final String server;
  final AgentMode workMode;
  final Agent machine;
  final Instant loggedInAt;
  final List<Membership> memberships = new ArrayList<>();
  CurrentCall call;
  double wrapUpUntil = Double.NaN;
  String pauseReason;
  int calls;
  double handleSeconds;
  double busySeconds;
  double availableSeconds;
  private double accountedUntil;

  LiveAgent(
      long agentId,
      String username,
      String displayName,
      String device,
      String server,
      AgentMode workMode,
      Instant loggedInAt,
      double now) {
    this.agentId = agentId;
    this.username = username;
    this.displayName = displayName;
    this.device = device;
    this.server = server;
    this.workMode = workMode;
    this.loggedInAt = loggedInAt;
    this.machine = new Agent(String.valueOf(agentId), "default", skillFor(workMode));
    this.accountedUntil = now;
  }

  /** The mode an agent chooses bounds what blending may do with them. */
  static AgentSkill skillFor(AgentMode workMode) {
    return switch (workMode) {
      case INBOUND -> AgentSkill.INBOUND_ONLY;
      case OUTBOUND -> AgentSkill.OUTBOUND_ONLY;
      case BLENDED -> AgentSkill.BLEND;
    };
  }

  AgentState state() {
    return machine.state();
  }

  /** Adds the time since the last change to busy or available time (pauses count as neither). */
  void account(double now) {
    double elapsed = Math.max(0, now - accountedUntil);
    accountedUntil = now;
    switch (machine.state()) {
      case RINGING, ON_CALL, WRAP_UP -> {
        busySeconds += elapsed;
        availableSeconds += elapsed;
      }
      case IDLE, RESERVED -> availableSeconds += elapsed;
      default -> {}
    }
  }

  /** Whether a membership should be paused in the PBX now. */
  boolean wantsPaused(Membership m) {
    if (machine.state() == AgentState.PAUSED) {
      return true;
    }
    AgentMode mode = machine.mode();
    return m.kind == Membership.Kind.INBOUND
        ? mode == AgentMode.OUTBOUND
        : mode == AgentMode.INBOUND;
  }

  /** The reason sent with a pause: the agent's own, or blending's. */
  String pauseReasonFor(Membership m) {
    if (machine.state() == AgentState.PAUSED) {
      return pauseReason;
    }
    return m.kind == Membership.Kind.INBOUND ? BLEND_OUTBOUND : BLEND_INBOUND;
  }

  /** Pause reason shown in the PBX for an inbound queue while blending lends the agent out. */
  static final String BLEND_OUTBOUND = "blend-outbound";

  /** Pause reason shown in the PBX for a campaign queue while blending holds the agent. */
  static final String BLEND_INBOUND = "blend-inbound";

  /** The call the agent's phone rings for or is on. */
  record CurrentCall(
      String callId,
      String queue,
      String callerNumber,
      boolean inbound,
      Instant since,
      Instant answeredAt) {}
}
