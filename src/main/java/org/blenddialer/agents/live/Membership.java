package org.blenddialer.agents.live;

/** One queue a logged-in agent's phone is a member of, and whether we last asked it paused. */
final class Membership {

  /** Inbound queues serve callers; campaign queues receive answered outbound calls. */
  enum Kind {
    INBOUND,
    OUTBOUND
  }

  final String queue;
  final Kind kind;
  int penalty;
  boolean paused;

  /** False once the PBX was seen without it (a restart): it must be added again. */
  boolean present = true;

  String pauseReason = "";

  Membership(String queue, Kind kind, int penalty, boolean paused) {
    this.queue = queue;
    this.kind = kind;
    this.penalty = penalty;
    this.paused = paused;
  }
}
