package org.blenddialer.agents.live;

import java.time.Instant;
import java.util.List;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentState;

/**
 * A logged-in agent as the API shows them, to the agent and to supervisors.
 *
 * @param agentId agent id
 * @param username login name
 * @param displayName name supervisors see
 * @param device the phone's Asterisk interface
 * @param workMode the mode the agent chose (or a supervisor set)
 * @param mode the work blending gives them now: INBOUND, OUTBOUND or BLENDED
 * @param state where the agent is in the call cycle
 * @param stateSince when they entered that state
 * @param secondsInState how long they have been in it
 * @param pauseReason the pause reason code while paused
 * @param currentCall the call the phone rings for or is on, if any
 * @param queues the queue memberships and whether each is paused in the PBX
 * @param loggedInAt when the session began
 * @param calls calls handled in this session
 * @param handleSeconds talk plus wrap-up time of those calls
 * @param occupancy share of available time spent ringing, talking or wrapping up (null at first)
 */
public record AgentStatus(
    long agentId,
    String username,
    String displayName,
    String device,
    AgentMode workMode,
    AgentMode mode,
    AgentState state,
    Instant stateSince,
    double secondsInState,
    String pauseReason,
    LiveAgent.CurrentCall currentCall,
    List<QueueMembershipView> queues,
    Instant loggedInAt,
    int calls,
    double handleSeconds,
    Double occupancy) {

  /**
   * One membership.
   *
   * @param queue Asterisk queue name
   * @param kind INBOUND or OUTBOUND (a campaign queue)
   * @param penalty lower is rung first
   * @param paused whether it is paused in the PBX
   * @param pauseReason the reason the PBX shows
   */
  public record QueueMembershipView(
      String queue, String kind, int penalty, boolean paused, String pauseReason) {}

  /**
   * The current call, readable outside this package (call control, the desk).
   *
   * @param callId the PBX's id of the call
   * @param queue its queue
   * @param callerNumber the caller
   * @param since when the phone began to ring
   * @param answeredAt when the agent answered, null while ringing
   */
  public record CallDetails(
      String callId, String queue, String callerNumber, Instant since, Instant answeredAt) {}

  /** The current call's details, or null when there is none. */
  public CallDetails callDetails() {
    LiveAgent.CurrentCall c = currentCall;
    return c == null
        ? null
        : new CallDetails(c.callId(), c.queue(), c.callerNumber(), c.since(), c.answeredAt());
  }

  /** A logged-out agent. */
  public static AgentStatus loggedOut(long agentId, String username, String name, String device) {
    return new AgentStatus(
        agentId,
        username,
        name,
        device,
        null,
        null,
        AgentState.LOGGED_OUT,
        null,
        0,
        null,
        null,
        List.of(),
        null,
        0,
        0,
        null);
  }
}
