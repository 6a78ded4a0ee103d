package org.blenddialer.core.pacing;

import org.blenddialer.core.agent.AgentView;
import org.blenddialer.core.estimate.DurationModel;
import org.blenddialer.core.estimate.OutboundEstimates;

/**
 * Predictive dialing. A call launched now is answered, if at all, about one live-answer ring time
 * from now. By then the agents available are the free ones plus each busy agent who finishes
 * (within the answer window) with the probability its elapsed handle time gives; the live answers
 * wanting them are those waiting, each unresolved dial with the probability its elapsed ring time
 * gives, and the new calls. With these as independent Bernoulli sums (normal approximation), the
 * policy launches the most calls for which the expected excess of answers over agents stays within
 * the allowed share of the expected answers. That share is the target abandon rate, moved up or
 * down by how much of the day's drop budget is left.
 */
public final class PredictivePacing implements PacingPolicy {

  private static final int MAX_LAUNCH = 1000;

  private final PredictiveSettings settings;

  public PredictivePacing(PredictiveSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "predictive";
  }

  @Override
  public int callsToLaunch(PacingSnapshot s) {
    OutboundEstimates estimates = s.estimates();
    double p = estimates.liveAnswerProbability();
    if (p <= 0) {
      return ProgressivePacing.clamp(s.freeAgents() - s.pendingCalls(), s);
    }
    double horizon = estimates.timeToLiveAnswer().mean() + settings.answerWindow();
    DurationModel handle = estimates.handleTime();
    double now = s.now();

    double supply = s.freeAgents();
    double variance = 0;
    for (AgentView agent : s.agents()) {
      if (agent.returnsToOutbound()) {
        double r = handle.probabilityEndsWithin(now - agent.callStartedAt(), horizon);
        supply += r;
        variance += r * (1 - r);
      }
    }
    double demand = s.answeredWaiting();
    var inFlight = s.callsInFlight();
    for (int i = 0, size = inFlight.size(); i < size; i++) {
      double q = estimates.liveAnswerProbabilityAfter(now - inFlight.get(i).dialedAt());
      demand += q;
      variance += q * (1 - q);
    }
    double allowed = allowedRate(s.dropBudget());
    int limit = Math.min(s.leadsAvailable(), MAX_LAUNCH);
    int n = 0;
    while (n < limit) {
      int next = n + 1;
      double answers = demand + next * p;
      double excess = expectedExcess(answers - supply, Math.sqrt(variance + next * p * (1 - p)));
      if (excess > allowed * answers) {
        break;
      }
      n = next;
    }
    return n;
  }

  /** The abandon rate to plan for now, given the drops the day has used so far. */
  double allowedRate(DropBudget budget) {
    double target = settings.targetAbandonRate();
    double slack = target * budget.liveAnswers() - budget.abandoned();
    double rate =
        target
            + settings.budgetGain() * slack / (budget.liveAnswers() + settings.budgetSmoothing());
    return Math.max(target * 0.05, Math.min(rate, 2 * Math.max(target, budget.maxAbandonRate())));
  }

  /** E[max(0, X)] for X normal with the given mean and standard deviation. */
  static double expectedExcess(double mean, double sd) {
    if (sd < 1e-9) {
      return Math.max(0, mean);
    }
    double z = mean / sd;
    return sd * Normal.density(z) + mean * Normal.cdf(z);
  }
}
