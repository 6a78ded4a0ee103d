package org.blenddialer.dialer.service;

import org.blenddialer.core.pacing.DialAttempt;

/** A dial in progress as the dialer follows it from the PBX's events (dialer thread only). */
final class LiveAttempt implements DialAttempt {

  /** Where the call is. */
  enum Phase {
    RINGING,
    ANSWERED,
    QUEUED,
    CONNECTED
  }

  final long attemptId;
  final long leadId;
  final CampaignRun run;
  final double dialedAt;
  volatile Phase phase = Phase.RINGING;
  String callId;
  String channel;
  boolean machine;
  boolean human;
  boolean dropped;
  Integer talkSeconds;

  LiveAttempt(long attemptId, long leadId, CampaignRun run, double dialedAt) {
    this.attemptId = attemptId;
    this.leadId = leadId;
    this.run = run;
    this.dialedAt = dialedAt;
  }

  @Override
  public double dialedAt() {
    return dialedAt;
  }
}
