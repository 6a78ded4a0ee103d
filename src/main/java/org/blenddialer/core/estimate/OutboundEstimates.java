package org.blenddialer.core.estimate;

/** What pacing needs to know about a campaign's calls, learned from its own outcomes. */
public interface OutboundEstimates {

  /** Probability that a dial ends in a live person waiting for an agent. */
  double liveAnswerProbability();

  /**
   * Variance of the live-answer probability estimate itself: large while it rests on a prior and a
   * few outcomes (start of day), small once many outcomes are in. 0 when it is taken as known.
   */
  default double liveAnswerProbabilityVariance() {
    return 0;
  }

  /** Time from dial to live answer, for dials that are answered live. */
  DurationModel timeToLiveAnswer();

  /** Agent time per connect: talk plus wrap-up. */
  DurationModel handleTime();

  /**
   * Probability that a dial still unresolved after {@code elapsed} seconds will become a live
   * answer (Bayes on the two outcome-time distributions).
   */
  double liveAnswerProbabilityAfter(double elapsed);
}
