package org.blenddialer.core.pacing;

import java.util.List;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.core.agent.AgentView;
import org.blenddialer.core.agent.CallDirection;
import org.blenddialer.core.estimate.DurationModel;
import org.blenddialer.core.estimate.OutboundEstimates;

/**
 * Predictive dialing. A call launched now is answered, if at all, about one live-answer ring time
 * from now; it then waits at most the answer window for an agent. Over that horizon:
 *
 * <ul>
 *   <li>agents for the campaign: the free ones, plus each busy outbound-side agent who finishes
 *       with the probability its elapsed handle time gives;
 *   <li>live answers wanting them: those waiting, each unresolved dial with the probability its
 *       elapsed ring time gives, and the new calls;
 *   <li>agents inbound takes first: waiting callers, forecast arrivals and the refill of the
 *       blending reserve, less the idle held agents and inbound-side agents coming free.
 * </ul>
 *
 * With these as independent sums, the policy launches the most calls for which the expected excess
 * of answers over agents stays within the allowed share of the expected answers. That share is the
 * target abandon rate, moved up or down by how much of the day's drop budget is left. The
 * uncertainty of the live-answer probability estimate itself (large early in the day) counts too,
 * as a common error of all unresolved dials.
 *
 * <p>In an outbound-only centre (every agent outbound-only, no inbound forecast, nobody waiting)
 * the sums are counted exactly ({@link CountDistribution}): a normal curve puts the far tail of a
 * few dozen unlikely answers several times too low, and near a small target only the far tail
 * matters. Where agents also take inbound calls the normal approximation stays: counting the
 * inbound take exactly (Poisson callers against the agents held) cost 3-4% of the outbound connects
 * of a 20-agent blended centre at the same abandon rate (docs/core-sim.md, "The exact count").
 */
public final class PredictivePacing implements PacingPolicy {

  private static final int MAX_LAUNCH = 1000;

  private final PredictiveSettings settings;
  private double[] elapsed = new double[0];
  private double[] ending = new double[0];
  private double[] freeing = new double[0];
  private double[] answering = new double[0];
  private final CountDistribution agentsSide = new CountDistribution();
  private final CountDistribution[] balance = {new CountDistribution(), new CountDistribution()};
  private final double[] factors = new double[2];

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
    InboundPressure inbound = s.inbound();
    double inboundEnds = 1 - Math.exp(-horizon / inbound.handleTime());
    double now = s.now();

    double supply = s.freeAgents();
    double variance = 0;
    double heldIdle = 0;
    double inboundSideFreeing = 0;
    double inboundSideVariance = 0;
    List<? extends AgentView> agents = s.agents();
    // Outbound calls still running are observations of the handle time too (at least as long as
    // they have lasted): the chance each ends within the horizon counts them all at once.
    int running = 0;
    if (elapsed.length < agents.size()) {
      elapsed = new double[agents.size()];
      ending = new double[agents.size()];
      freeing = new double[agents.size()];
    }
    for (int i = 0, n = agents.size(); i < n; i++) {
      AgentView agent = agents.get(i);
      if (agent.state().isWorkingACall() && agent.callDirection() == CallDirection.OUTBOUND) {
        elapsed[running++] = now - agent.callStartedAt();
      }
    }
    handle.probabilitiesEndWithin(now, elapsed, running, horizon, ending);
    running = 0;
    int freeingCount = 0;
    boolean inboundCentre = false;
    for (int i = 0, n = agents.size(); i < n; i++) {
      AgentView agent = agents.get(i);
      AgentState state = agent.state();
      boolean inboundSide =
          agent.mode() == AgentMode.INBOUND || agent.skill() == AgentSkill.INBOUND_ONLY;
      inboundCentre |= agent.skill() != AgentSkill.OUTBOUND_ONLY;
      if (state.isWorkingACall()) {
        double r =
            agent.callDirection() == CallDirection.OUTBOUND ? ending[running++] : inboundEnds;
        if (inboundSide) {
          inboundSideFreeing += r;
          inboundSideVariance += r * (1 - r);
        } else {
          supply += r;
          variance += r * (1 - r);
          freeing[freeingCount++] = r;
        }
      } else if (state == AgentState.IDLE && inboundSide) {
        heldIdle++;
      }
    }
    if (!inboundCentre && inbound.arrivalRate() == 0 && inbound.waitingCallers() == 0) {
      return exactCount(s, freeingCount);
    }
    // Inbound takes what the reserve, waiting callers and arrivals need beyond the idle held agents
    // and the inbound-side agents coming free.
    double arrivals = inbound.arrivalRate() * horizon;
    double need =
        inbound.reserve() + inbound.waitingCallers() + arrivals - heldIdle - inboundSideFreeing;
    double needSd = Math.sqrt(arrivals + inboundSideVariance);
    supply -= expectedExcess(need, needSd);
    variance += (arrivals + inboundSideVariance) * Normal.cdf(need / Math.max(needSd, 1e-9));
    double demand = s.answeredWaiting();
    var inFlight = s.callsInFlight();
    for (int i = 0, size = inFlight.size(); i < size; i++) {
      double q = estimates.liveAnswerProbabilityAfter(now - inFlight.get(i).dialedAt());
      demand += q;
      variance += q * (1 - q);
    }
    // The live-answer probability is itself uncertain (a prior and few outcomes at the start of the
    // day): an error in it moves every unresolved dial's chance together, so it adds the square of
    // the unresolved answers, not their sum, to the variance. Without it a fresh day's first burst
    // of dials is sized on a guess and the drops it causes weigh on the whole day's budget.
    double relativeSpread = estimates.liveAnswerProbabilityVariance() / (p * p);
    double allowed = allowedRate(s.dropBudget());
    int limit = Math.min(s.leadsAvailable(), MAX_LAUNCH);
    int n = 0;
    while (n < limit) {
      int next = n + 1;
      double answers = demand + next * p;
      double unresolved = answers - s.answeredWaiting();
      double excess =
          expectedExcess(
              answers - supply,
              Math.sqrt(variance + next * p * (1 - p) + unresolved * unresolved * relativeSpread));
      if (!(excess <= allowed * answers)) {
        break;
      }
      n = next;
    }
    return n;
  }

  /**
   * The launch count on the exact balance, for a campaign whose agents inbound does not claim: the
   * answers waiting, from ringing dials and from new ones, less the free agents and the {@code
   * freeingCount} agents in {@code freeing} coming free, kept as a whole-number distribution.
   */
  private int exactCount(PacingSnapshot s, int freeingCount) {
    OutboundEstimates estimates = s.estimates();
    double p = estimates.liveAnswerProbability();
    double now = s.now();
    agentsSide.reset(s.answeredWaiting() - s.freeAgents());
    for (int i = 0; i < freeingCount; i++) {
      agentsSide.subtractBernoulli(freeing[i]);
    }
    var inFlight = s.callsInFlight();
    int ringing = inFlight.size();
    if (answering.length < ringing) {
      answering = new double[Math.max(ringing, 2 * answering.length)];
    }
    double demand = s.answeredWaiting();
    for (int i = 0; i < ringing; i++) {
      answering[i] = estimates.liveAnswerProbabilityAfter(now - inFlight.get(i).dialedAt());
      demand += answering[i];
    }
    // The error of the live-answer estimate moves every unresolved dial's chance together: the
    // balance is averaged over the estimate one spread below and one above (the two-point
    // Gauss-Hermite rule, which keeps the error's mean and variance).
    double spread = Math.sqrt(estimates.liveAnswerProbabilityVariance()) / p;
    int points = spread > 0 ? 2 : 1;
    for (int k = 0; k < points; k++) {
      double factor = points == 1 ? 1 : Math.max(0, 1 + (2 * k - 1) * spread);
      CountDistribution b = balance[k];
      b.copyFrom(agentsSide);
      for (int i = 0; i < ringing; i++) {
        b.addBernoulli(Math.min(1, answering[i] * factor));
      }
      factors[k] = factor;
    }
    double allowed = allowedRate(s.dropBudget());
    int limit = Math.min(s.leadsAvailable(), MAX_LAUNCH);
    int n = 0;
    while (n < limit) {
      double excess = 0;
      for (int k = 0; k < points; k++) {
        balance[k].addBernoulli(Math.min(1, p * factors[k]));
        excess += balance[k].expectedExcess() / points;
      }
      // written so that a broken estimate (NaN) stops dialing rather than dialing the limit
      if (!(excess <= allowed * (demand + (n + 1) * p))) {
        break;
      }
      n++;
    }
    return n;
  }

  /**
   * The abandon rate to plan for now. The day's rate so far (pulled towards the target early in the
   * day, while few answers are counted) above the target lowers it exponentially, below the target
   * raises it: integral action, so a bias of the model cannot carry the day's rate away from the
   * target.
   */
  double allowedRate(DropBudget budget) {
    double target = settings.targetAbandonRate();
    double smoothing = settings.budgetSmoothing();
    double rate = (budget.abandoned() + target * smoothing) / (budget.liveAnswers() + smoothing);
    double allowed = target * Math.exp(-settings.budgetGain() * (rate - target) / target);
    return Math.max(target / 20, Math.min(allowed, 10 * Math.max(target, budget.maxAbandonRate())));
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
