package org.blenddialer.telephony;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a PBX reports, in our own terms. Every event names its server and when the adapter received
 * it; call events carry the call's id (the PBX's unique id of the caller's channel) and, for dialer
 * calls, the attempt id that was sent with the Originate.
 */
public sealed interface PbxEvent {

  String server();

  Instant at();

  /**
   * A caller entered a queue (inbound, or an answered outbound call reaching its campaign queue).
   */
  record CallerJoinedQueue(
      String server,
      Instant at,
      String callId,
      String channel,
      String queue,
      String callerNumber,
      int position,
      Optional<String> attemptId)
      implements PbxEvent {}

  /** A caller left a queue's waiting list (answered, abandoned, or timed out). */
  record CallerLeftQueue(String server, Instant at, String callId, String queue, int position)
      implements PbxEvent {}

  /** A caller hung up while waiting in a queue. */
  record CallerAbandoned(
      String server,
      Instant at,
      String callId,
      String queue,
      int position,
      int originalPosition,
      long holdSeconds)
      implements PbxEvent {}

  /**
   * A caller left the queue because its wait limit passed: for a campaign queue, the answered call
   * found no agent in time and hears the safe-harbor message (a dropped call).
   */
  record CallerTimedOut(String server, Instant at, String callId, Optional<String> attemptId)
      implements PbxEvent {}

  /**
   * The called person pressed the opt-out key offered in the safe-harbor (information) message of a
   * dialer call: they ask never to be called again.
   */
  record OptOutKeyPressed(
      String server, Instant at, String callId, Optional<String> attemptId, String key)
      implements PbxEvent {}

  /** A queue rang an agent's phone for a caller. */
  record AgentRang(
      String server,
      Instant at,
      String callId,
      String queue,
      String agentInterface,
      String memberName,
      String agentChannel)
      implements PbxEvent {}

  /** An agent's phone rang out without an answer. */
  record AgentDidNotAnswer(
      String server,
      Instant at,
      String callId,
      String queue,
      String agentInterface,
      long ringSeconds)
      implements PbxEvent {}

  /** An agent answered and is talking to the caller. */
  record AgentConnected(
      String server,
      Instant at,
      String callId,
      String queue,
      String agentInterface,
      String agentChannel,
      long holdSeconds,
      long ringSeconds,
      Optional<String> attemptId)
      implements PbxEvent {}

  /** The agent's call ended; {@code endedBy} is agent, caller or transfer. */
  record CallCompleted(
      String server,
      Instant at,
      String callId,
      String queue,
      String agentInterface,
      long holdSeconds,
      long talkSeconds,
      String endedBy)
      implements PbxEvent {}

  /** How an Originate ended up: answered, or why not. */
  record OriginateOutcome(
      String server,
      Instant at,
      String attemptId,
      OriginateResult result,
      Optional<String> callId,
      String channel)
      implements PbxEvent {}

  /** The answering-machine detection's verdict on an answered dialer call. */
  record MachineVerdict(
      String server,
      Instant at,
      String callId,
      Optional<String> attemptId,
      AmdVerdict verdict,
      String cause)
      implements PbxEvent {}

  /** A queue member's state changed (rang, talking, free, paused...). */
  record MemberStatusChanged(
      String server,
      Instant at,
      String queue,
      String agentInterface,
      String memberName,
      MemberStatus status,
      boolean paused,
      String pausedReason,
      boolean inCall,
      int callsTaken)
      implements PbxEvent {}

  /** An agent's phone became a member of a queue. */
  record MemberAdded(
      String server,
      Instant at,
      String queue,
      String agentInterface,
      String memberName,
      int penalty,
      boolean paused)
      implements PbxEvent {}

  /** An agent's phone stopped being a member of a queue. */
  record MemberRemoved(String server, Instant at, String queue, String agentInterface)
      implements PbxEvent {}

  /** A member was paused or unpaused in one queue. */
  record MemberPaused(
      String server, Instant at, String queue, String agentInterface, boolean paused, String reason)
      implements PbxEvent {}

  /** A channel hung up, with the Q.850 cause. */
  record CallHungUp(
      String server,
      Instant at,
      String callId,
      String channel,
      int cause,
      String causeText,
      Optional<String> attemptId)
      implements PbxEvent {}

  /** A server's link changed state (DISCONNECTED, CONNECTING, SYNCING, READY). */
  record LinkChanged(String server, Instant at, LinkState state, String detail)
      implements PbxEvent {}

  /**
   * The state rebuilt from the PBX itself after a (re)connect: whoever keeps state from events
   * replaces theirs with this. Delivered just before the link turns READY. {@code attemptIds}: the
   * dialer attempt id of each live channel that carries one, by call id.
   */
  record Resynced(
      String server,
      Instant at,
      List<ActiveChannel> channels,
      List<QueueState> queues,
      java.util.Map<String, String> attemptIds)
      implements PbxEvent {
    public Resynced {
      channels = List.copyOf(channels);
      queues = List.copyOf(queues);
      attemptIds = java.util.Map.copyOf(attemptIds);
    }
  }

  /** A channel up at re-sync time. */
  record ActiveChannel(
      String channel,
      String callId,
      String linkedId,
      String state,
      String application,
      String callerNumber,
      String duration) {}

  /** A queue as QueueStatus and QueueSummary describe it at re-sync time. */
  record QueueState(
      String queue,
      String strategy,
      int callsWaiting,
      int completed,
      int abandoned,
      int holdTime,
      int talkTime,
      double serviceLevelPerf,
      int loggedIn,
      int available,
      long longestHoldSeconds,
      List<MemberState> members,
      List<String> waitingCallIds) {
    public QueueState {
      members = List.copyOf(members);
      waitingCallIds = List.copyOf(waitingCallIds);
    }
  }

  /** A queue member at re-sync time. */
  record MemberState(
      String agentInterface,
      String memberName,
      MemberStatus status,
      boolean paused,
      String pausedReason,
      boolean inCall,
      int callsTaken,
      int penalty) {}

  /**
   * A caller took a step through a voice menu: the dialplan set {@code IVR_STEP} to {@code
   * menu:input:kind:target} (input: enter, a key, t, i or closed; kind: menu, retry, queue, message
   * or hangup).
   */
  record MenuStepTaken(
      String server,
      Instant at,
      String callId,
      String channel,
      String callerNumber,
      String menu,
      String input,
      String kind,
      String target)
      implements PbxEvent {}

  /**
   * A caller waiting in a queue accepted a callback offer and confirmed or typed their number: the
   * dialplan set {@code CALLBACK_REQUEST} to {@code queue:number}.
   */
  record CallbackRequested(
      String server, Instant at, String callId, String channel, String queue, String number)
      implements PbxEvent {}

  /**
   * A caller answered a post-call survey: the dialplan set {@code SURVEY_ANSWER} to queue:score.
   */
  record SurveyAnswered(
      String server, Instant at, String callId, String queue, int score, Optional<String> attemptId)
      implements PbxEvent {}

  /** Music on hold started ({@code playing}) or stopped on a channel. */
  record MusicOnHoldChanged(
      String server, Instant at, String callId, String channel, boolean playing)
      implements PbxEvent {}

  /** A channel entered a bridge ({@code channels}: how many are in it now). */
  record ChannelBridged(
      String server, Instant at, String bridgeId, String callId, String channel, int channels)
      implements PbxEvent {}

  /** A channel joined a conference room (ConfBridge). */
  record ConferenceJoined(String server, Instant at, String room, String callId, String channel)
      implements PbxEvent {}
}
