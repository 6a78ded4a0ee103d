package org.blenddialer.telephony.pbxsim;

import java.util.ArrayList;
import java.util.List;

/** A caller waiting in (or served by) a queue, and the agent legs rung for it. */
final class QueueCall {

  /** One attempt to reach a member: the Local channel pair that rings the agent's phone. */
  static final class Leg {
    final QueueCall call;
    final SimMember member;
    final SimChannel agentSide;
    final SimChannel phoneSide;
    final long rangAtMillis;
    PbxSimulator.Timer timeout;
    PbxSimulator.Timer autoAnswer;

    Leg(QueueCall call, SimMember member, SimChannel agentSide, SimChannel phoneSide, long at) {
      this.call = call;
      this.member = member;
      this.agentSide = agentSide;
      this.phoneSide = phoneSide;
      this.rangAtMillis = at;
    }
  }

  final SimQueue queue;
  final SimChannel caller;
  final long joinedMillis;
  final int originalPosition;
  final List<Leg> ringing = new ArrayList<>();

  /** Talk time the caller side imposes (a lead hangs up after LEAD_TALK_SECS), or -1. */
  double callerTalkSeconds = -1;

  /** What happens when the caller leaves unanswered after the queue's wait limit. */
  Runnable onTimeout;

  int maxWaitSeconds;
  Leg connected;
  long connectedMillis;
  String bridgeId;
  PbxSimulator.Timer patience;
  PbxSimulator.Timer maxWait;
  PbxSimulator.Timer talk;
  boolean retryPending;
  boolean finished;

  QueueCall(SimQueue queue, SimChannel caller, long joinedMillis, int originalPosition) {
    this.queue = queue;
    this.caller = caller;
    this.joinedMillis = joinedMillis;
    this.originalPosition = originalPosition;
  }

  long holdSeconds(long nowMillis) {
    long until = connected == null ? nowMillis : connectedMillis;
    return Math.max(0, (until - joinedMillis) / 1000);
  }
}
