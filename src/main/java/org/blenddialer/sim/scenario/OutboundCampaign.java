package org.blenddialer.sim.scenario;

import java.util.Objects;
import org.blenddialer.core.estimate.OutboundEstimator.OutboundPrior;
import org.blenddialer.sim.Distribution;

/**
 * One outbound campaign and the people it calls.
 *
 * @param name campaign id
 * @param liveAnswerProbability chance, per period, that a person answers a dial
 * @param ringTime time until the callee (person or machine) answers
 * @param noAnswerTimeout seconds after which an unanswered dial is given up
 * @param machineShare chance that an answering machine picks up
 * @param detectionAccuracy chance that answering-machine detection classifies an answer right
 * @param detectionDelay time detection takes after the answer (constant 0 without detection)
 * @param handleTime talk time of a connect
 * @param wrapUp agent's wrap-up after a connect
 * @param previewTime time an agent looks at a lead before a preview dial
 * @param answeredPatience seconds a live answer waits for an agent before it is abandoned
 * @param dialFrom seconds into the day when dialing may start
 * @param dialUntil seconds into the day when dialing must stop
 * @param maxAbandonRate the abandon cap, e.g. 0.03
 * @param prior what the dialer believes before it has seen any outcome
 */
public record OutboundCampaign(
    String name,
    PerPeriod liveAnswerProbability,
    Distribution ringTime,
    double noAnswerTimeout,
    double machineShare,
    double detectionAccuracy,
    Distribution detectionDelay,
    Distribution handleTime,
    Distribution wrapUp,
    Distribution previewTime,
    double answeredPatience,
    double dialFrom,
    double dialUntil,
    double maxAbandonRate,
    OutboundPrior prior) {

  public OutboundCampaign {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(liveAnswerProbability, "liveAnswerProbability");
    Objects.requireNonNull(ringTime, "ringTime");
    Objects.requireNonNull(handleTime, "handleTime");
    Objects.requireNonNull(prior, "prior");
    detectionDelay = detectionDelay == null ? new Distribution.Constant(0) : detectionDelay;
    wrapUp = wrapUp == null ? new Distribution.Constant(0) : wrapUp;
    previewTime = previewTime == null ? new Distribution.Constant(0) : previewTime;
    if (!(noAnswerTimeout > 0)
        || !(machineShare >= 0 && machineShare <= 1)
        || !(detectionAccuracy >= 0 && detectionAccuracy <= 1)
        || !(answeredPatience >= 0)
        || !(dialUntil >= dialFrom)
        || !(maxAbandonRate >= 0 && maxAbandonRate < 1)) {
      throw new IllegalArgumentException("invalid outbound campaign " + name);
    }
    for (double p : liveAnswerProbability.values()) {
      if (p + machineShare > 1) {
        throw new IllegalArgumentException("live-answer probability plus machine share > 1");
      }
    }
  }
}
