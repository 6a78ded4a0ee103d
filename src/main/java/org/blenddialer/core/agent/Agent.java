package org.blenddialer.core.agent;

import java.util.Objects;

/**
 * One agent's state machine. Every change names the time it happens (seconds on the caller's clock)
 * and is refused with an {@link IllegalAgentTransitionException} when it cannot follow the current
 * state, so a lost or duplicated telephony event shows up instead of corrupting counts.
 */
public final class Agent implements AgentView {

  private final String id;
  private final String group;
  private final AgentSkill skill;
  private AgentState state = AgentState.LOGGED_OUT;
  private AgentMode mode;
  private double stateSince;
  private double modeSince;
  private double callStartedAt = Double.NaN;
  private CallDirection callDirection;
  private String pauseReason;

  public Agent(String id, String group, AgentSkill skill) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("agent id must not be blank");
    }
    this.id = id;
    this.group = Objects.requireNonNull(group, "group");
    this.skill = Objects.requireNonNull(skill, "skill");
    this.mode = skill.defaultMode();
  }

  /** Starts the working day in the skill's default mode. */
  public void logIn(double now) {
    require(state == AgentState.LOGGED_OUT, "log in");
    mode = skill.defaultMode();
    modeSince = now;
    enter(AgentState.IDLE, now);
  }

  /** Ends the working day; only between calls. */
  public void logOut(double now) {
    require(state == AgentState.IDLE || state == AgentState.PAUSED, "log out");
    pauseReason = null;
    enter(AgentState.LOGGED_OUT, now);
  }

  /** Takes a break with a reason; allowed when idle or at the end of a wrap-up. */
  public void pause(String reason, double now) {
    require(state == AgentState.IDLE || state == AgentState.WRAP_UP, "pause");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a pause needs a reason");
    }
    pauseReason = reason;
    endCall();
    enter(AgentState.PAUSED, now);
  }

  public void resume(double now) {
    require(state == AgentState.PAUSED, "resume");
    pauseReason = null;
    enter(AgentState.IDLE, now);
  }

  /** Holds an idle agent for one call being set up (a preview), so no other work is offered. */
  public void reserve(double now) {
    require(state == AgentState.IDLE, "be reserved");
    enter(AgentState.RESERVED, now);
  }

  /** Gives a reserved agent back, e.g. when the previewed number did not answer. */
  public void release(double now) {
    require(state == AgentState.RESERVED, "be released");
    enter(AgentState.IDLE, now);
  }

  /** The agent's phone rings with a call of the given direction. */
  public void ring(CallDirection direction, double now) {
    require(state == AgentState.IDLE || state == AgentState.RESERVED, "ring");
    requireCanTake(direction);
    callDirection = direction;
    callStartedAt = now;
    enter(AgentState.RINGING, now);
  }

  /** The agent did not pick up a ringing call. */
  public void missCall(double now) {
    require(state == AgentState.RINGING, "miss a call");
    endCall();
    enter(AgentState.IDLE, now);
  }

  /** The agent is talking: after ringing, or straight from idle/reserved when auto-answered. */
  public void connect(CallDirection direction, double now) {
    require(
        state == AgentState.IDLE || state == AgentState.RESERVED || state == AgentState.RINGING,
        "connect a call");
    if (state == AgentState.RINGING) {
      if (direction != callDirection) {
        throw new IllegalAgentTransitionException(id, state, "connect a different call");
      }
    } else {
      requireCanTake(direction);
      callDirection = direction;
      callStartedAt = now;
    }
    enter(AgentState.ON_CALL, now);
  }

  /** The call ended; the agent writes it up. */
  public void hangUp(double now) {
    require(state == AgentState.ON_CALL, "hang up");
    enter(AgentState.WRAP_UP, now);
  }

  /** Wrap-up done: ready for the next call. */
  public void finishWrapUp(double now) {
    require(state == AgentState.WRAP_UP, "finish wrap-up");
    endCall();
    enter(AgentState.IDLE, now);
  }

  /** Puts the agent in another mode (blending); the skill must allow it. */
  public void switchMode(AgentMode newMode, double now) {
    Objects.requireNonNull(newMode, "mode");
    require(state != AgentState.LOGGED_OUT, "switch mode");
    if (!skill.allows(newMode)) {
      throw new IllegalAgentTransitionException(
          id, state, "switch to " + newMode + " mode with skill " + skill);
    }
    if (newMode != mode) {
      mode = newMode;
      modeSince = now;
    }
  }

  private void requireCanTake(CallDirection direction) {
    boolean allowed =
        direction == CallDirection.INBOUND
            ? skill != AgentSkill.OUTBOUND_ONLY
            : skill != AgentSkill.INBOUND_ONLY && mode != AgentMode.INBOUND;
    if (!allowed) {
      throw new IllegalAgentTransitionException(
          id, state, "take an " + direction + " call in " + mode + " mode with skill " + skill);
    }
  }

  private void require(boolean allowed, String what) {
    if (!allowed) {
      throw new IllegalAgentTransitionException(id, state, what);
    }
  }

  private void endCall() {
    callDirection = null;
    callStartedAt = Double.NaN;
  }

  private void enter(AgentState next, double now) {
    state = next;
    stateSince = now;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String group() {
    return group;
  }

  @Override
  public AgentSkill skill() {
    return skill;
  }

  @Override
  public AgentMode mode() {
    return mode;
  }

  @Override
  public AgentState state() {
    return state;
  }

  /** When the agent entered the current state. */
  public double stateSince() {
    return stateSince;
  }

  @Override
  public double modeSince() {
    return modeSince;
  }

  @Override
  public double callStartedAt() {
    return callStartedAt;
  }

  @Override
  public CallDirection callDirection() {
    return callDirection;
  }

  /** Why the agent is paused; {@code null} unless paused. */
  public String pauseReason() {
    return pauseReason;
  }

  @Override
  public String toString() {
    return "Agent[" + id + " " + state + " " + mode + "]";
  }
}
