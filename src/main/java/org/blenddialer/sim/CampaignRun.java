package org.blenddialer.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.SplittableRandom;
import org.blenddialer.core.estimate.OutboundEstimator;
import org.blenddialer.sim.scenario.OutboundCampaign;

/** One outbound campaign during a simulated day: its dials, waiting answers and estimates. */
final class CampaignRun {
  final OutboundCampaign spec;
  final OutboundEstimator estimator;
  final ArrayList<Dial> inFlight = new ArrayList<>();
  final ArrayDeque<Dial> answeredWaiting = new ArrayDeque<>();
  final SplittableRandom answers;
  final SplittableRandom ringTimes;
  final SplittableRandom detection;
  final SplittableRandom handleTimes;
  final SplittableRandom previews;
  int waiting;
  int agentsOnCalls;
  long liveAnswersSeen;
  long abandonedSeen;

  CampaignRun(OutboundCampaign spec, RandomStreams streams) {
    this.spec = spec;
    this.estimator = new OutboundEstimator(spec.prior());
    this.answers = streams.stream("answer:" + spec.name());
    this.ringTimes = streams.stream("ring:" + spec.name());
    this.detection = streams.stream("detection:" + spec.name());
    this.handleTimes = streams.stream("outbound-handle:" + spec.name());
    this.previews = streams.stream("preview:" + spec.name());
  }

  void addInFlight(Dial dial) {
    dial.inFlightIndex = inFlight.size();
    inFlight.add(dial);
  }

  void removeInFlight(Dial dial) {
    int i = dial.inFlightIndex;
    Dial last = inFlight.remove(inFlight.size() - 1);
    if (last != dial) {
      inFlight.set(i, last);
      last.inFlightIndex = i;
    }
    dial.inFlightIndex = -1;
  }

  /** The next live answer still waiting for an agent, or {@code null}. */
  Dial pollWaiting() {
    while (!answeredWaiting.isEmpty()) {
      Dial dial = answeredWaiting.pollFirst();
      if (!dial.done) {
        waiting--;
        return dial;
      }
    }
    return null;
  }
}
