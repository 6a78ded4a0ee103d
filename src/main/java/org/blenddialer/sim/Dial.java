package org.blenddialer.sim;

import org.blenddialer.core.pacing.DialAttempt;

/** One outbound dial in a simulated day, from launch to its end. */
final class Dial implements DialAttempt {
  final CampaignRun campaign;
  final double dialedAt;
  final boolean person;
  final boolean answered;
  final double outcomeAfter;
  final double detectionDelay;
  final boolean detectedAsPerson;
  final double handleTime;
  final double wrapUp;
  final boolean measured;
  final Seat boundSeat;
  int inFlightIndex = -1;
  boolean done;

  Dial(
      CampaignRun campaign,
      double dialedAt,
      boolean person,
      boolean answered,
      double outcomeAfter,
      double detectionDelay,
      boolean detectedAsPerson,
      double handleTime,
      double wrapUp,
      boolean measured,
      Seat boundSeat) {
    this.campaign = campaign;
    this.dialedAt = dialedAt;
    this.person = person;
    this.answered = answered;
    this.outcomeAfter = outcomeAfter;
    this.detectionDelay = detectionDelay;
    this.detectedAsPerson = detectedAsPerson;
    this.handleTime = handleTime;
    this.wrapUp = wrapUp;
    this.measured = measured;
    this.boundSeat = boundSeat;
  }

  @Override
  public double dialedAt() {
    return dialedAt;
  }
}
