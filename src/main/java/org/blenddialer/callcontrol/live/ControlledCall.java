package org.blenddialer.callcontrol.live;

import java.util.ArrayList;
import java.util.List;
import org.blenddialer.telephony.TransferTarget;

/** A call an agent put on hold, transferred or conferenced, as call control follows it. */
final class ControlledCall {

  /** Where the call stands. */
  enum State {
    /** The owner talks to the caller. */
    TALKING,
    /** The caller hears music on hold; the owner's line is open and quiet. */
    HELD,
    /** The caller is on hold while the owner talks to (or rings) a third party. */
    CONSULTING,
    /** A blind transfer rings its target; the caller hears music on hold. */
    TRANSFERRING,
    /** Caller, owner and third party in one room. */
    CONFERENCE,
    /** Sent back to a queue: waiting there for the next agent. */
    QUEUED
  }

  /** One party besides the caller: an agent, a queue or an external number. */
  static final class Party {
    final String dialId;
    final TransferTarget target;
    final Long agentId;
    Long legId;
    String channel;
    boolean answered;
    boolean gone;

    Party(String dialId, TransferTarget target, Long agentId, Long legId, String channel) {
      this.dialId = dialId;
      this.target = target;
      this.agentId = agentId;
      this.legId = legId;
      this.channel = channel;
    }
  }

  final String server;
  final String callId;
  final String callerChannel;
  final String callerNumber;
  final String queue;
  State state = State.TALKING;
  boolean musicOnHold;

  /** True once the call left the queue's bridge (the queue no longer ends it). */
  boolean detached;

  Party owner;
  Party consultation;
  final List<Party> conference = new ArrayList<>();
  String room;

  /** The first agent's phone and when they answered, for their leg once the call is adopted. */
  String answeredDevice;

  java.time.Instant answeredAt;

  ControlledCall(
      String server, String callId, String callerChannel, String callerNumber, String queue) {
    this.server = server;
    this.callId = callId;
    this.callerChannel = callerChannel;
    this.callerNumber = callerNumber;
    this.queue = queue;
  }

  /** Every party still on the call (owner, consultation, conference), for clean-up. */
  List<Party> parties() {
    List<Party> out = new ArrayList<>();
    if (owner != null) {
      out.add(owner);
    }
    if (consultation != null) {
      out.add(consultation);
    }
    out.addAll(conference);
    out.removeIf(p -> p.gone);
    return out;
  }
}
