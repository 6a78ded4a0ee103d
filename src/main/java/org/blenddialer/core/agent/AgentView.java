package org.blenddialer.core.agent;

/**
 * What the decisions need to know about one agent. The simulator passes its live {@link Agent}
 * objects; the service may pass its own immutable records. Times are seconds on the caller's clock.
 */
public interface AgentView {

  /** Stable identifier of the agent. */
  String id();

  /** The agent group (team) the agent belongs to. */
  String group();

  AgentSkill skill();

  AgentMode mode();

  AgentState state();

  /** When the agent entered the current mode. */
  double modeSince();

  /** When the current call started, if {@link #state()} is ringing, on call or wrap-up. */
  double callStartedAt();

  /** Direction of the current call; {@code null} when there is none. */
  CallDirection callDirection();

  /**
   * True when the agent may work the campaign whose answered calls go to that queue (their skills
   * include one of the campaign's); a view that does not know says yes.
   */
  default boolean mayWork(String campaignQueue) {
    return true;
  }

  /** True when the agent is idle and may be handed an outbound connect. */
  default boolean isFreeForOutbound() {
    return state() == AgentState.IDLE && mode() != AgentMode.INBOUND;
  }

  /** True when the agent is idle and may be handed an inbound caller in its current mode. */
  default boolean isFreeForInbound() {
    return state() == AgentState.IDLE && skill() != AgentSkill.OUTBOUND_ONLY;
  }

  /** True when the agent, once its current call ends, comes back to outbound work. */
  default boolean returnsToOutbound() {
    return state().isWorkingACall() && mode() != AgentMode.INBOUND;
  }
}
