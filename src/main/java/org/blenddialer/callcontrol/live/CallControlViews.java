package org.blenddialer.callcontrol.live;

import java.time.Instant;
import java.util.List;
import org.blenddialer.acd.live.ScreenPop;

/** What the call control API answers. */
public final class CallControlViews {

  private CallControlViews() {}

  /**
   * A call under control.
   *
   * @param callId the PBX's id of the caller's channel
   * @param queue the queue it came through
   * @param callerNumber the caller
   * @param state TALKING, HELD, CONSULTING, TRANSFERRING, CONFERENCE or QUEUED
   * @param onHold whether the PBX reports music on hold playing to the caller
   * @param consultation the party being consulted (or rung for a transfer), if any
   * @param conferenceRoom the ConfBridge room, in a conference
   * @param legs every leg so far
   */
  public record Control(
      String callId,
      String queue,
      String callerNumber,
      String state,
      boolean onHold,
      PartyView consultation,
      String conferenceRoom,
      List<CallLegs.LegView> legs) {}

  /**
   * A party called by call control.
   *
   * @param kind AGENT, QUEUE or EXTERNAL
   * @param target the phone, queue or number
   * @param agentId the agent, for an agent
   * @param answered whether they answered
   */
  public record PartyView(String kind, String target, Long agentId, boolean answered) {}

  /**
   * The agent's current call with its screen pop.
   *
   * @param callId the call
   * @param queue its queue
   * @param callerNumber the caller
   * @param since when the phone began to ring (or the call was handed over)
   * @param answeredAt when the agent was connected
   * @param state the call control state (TALKING when never controlled)
   * @param onHold whether the caller hears music on hold
   * @param pop the caller's record, earlier calls and the handover (who passed it on, their note)
   */
  public record Current(
      String callId,
      String queue,
      String callerNumber,
      Instant since,
      Instant answeredAt,
      String state,
      boolean onHold,
      ScreenPop.Pop pop) {}
}
