package org.blenddialer.core.blending;

import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.AgentView;
import org.blenddialer.core.agent.CallDirection;
import org.blenddialer.core.erlang.Erlang;
import org.blenddialer.core.erlang.ErlangA;
import org.blenddialer.core.erlang.PooledReserve;
import org.blenddialer.core.estimate.InboundForecast;

/**
 * Holds as many idle agents for inbound as the forecast load needs to meet the service-level
 * target, recomputed as the forecast moves (cached: at most once a minute unless it moves by more
 * than 2%).
 *
 * <p>Two models. {@link Model#POOLED} (the default) treats the centre as it works when blended:
 * callers are answered by a held idle agent, or wait for the next agent of the whole centre to come
 * free, since waiting callers come before outbound work; the reserve is the smallest that meets the
 * target ({@link PooledReserve}, Erlang-A-like when patience is known). {@link Model#DEDICATED}
 * sizes a dedicated inbound team with Erlang C (Erlang A when patience is known) and holds what
 * that team lacks beyond the agents already talking to callers: simpler, but it ignores that
 * outbound agents also come free for callers, so it holds more than needed.
 */
public final class DynamicReserve implements BlendingPolicy {

  /** How the reserve is sized. */
  public enum Model {
    POOLED,
    DEDICATED
  }

  private static final double RECOMPUTE_AFTER = 60;
  private static final double TOLERANCE = 0.02;
  private static final double FEEDBACK_GAIN = 8.0;

  private final ServiceLevelTarget target;
  private final int extraAgents;
  private final Model model;
  private final boolean answersFirstWhileOnTarget;
  private double cachedAt = Double.NEGATIVE_INFINITY;
  private double cachedRate = -1;
  private double cachedHandle = -1;
  private double cachedPatience = -1;
  private double cachedShare = -1;
  private int cachedAgents = -1;
  private int cachedAnswer;

  /**
   * @param target the inbound service-level goal
   * @param extraAgents agents held on top of what the model asks, for forecast error
   * @param model how the reserve is sized
   */
  public DynamicReserve(ServiceLevelTarget target, int extraAgents, Model model) {
    this(target, extraAgents, model, false);
  }

  /**
   * @param target the inbound service-level goal
   * @param extraAgents agents held on top of what the model asks, for forecast error
   * @param model how the reserve is sized
   * @param answersFirstWhileOnTarget whether agents not held take a live answer before a waiting
   *     caller while today's service level meets the target (see {@link #freeAgentPriority})
   */
  public DynamicReserve(
      ServiceLevelTarget target, int extraAgents, Model model, boolean answersFirstWhileOnTarget) {
    this.target = target;
    if (extraAgents < 0) {
      throw new IllegalArgumentException("extra agents must not be negative");
    }
    this.extraAgents = extraAgents;
    this.model = model;
    this.answersFirstWhileOnTarget = answersFirstWhileOnTarget;
  }

  @Override
  public String name() {
    return "dynamic";
  }

  @Override
  public int inboundReserve(BlendingSnapshot s) {
    InboundForecast forecast = s.forecast();
    int inboundCapable = 0;
    int talkingToCallers = 0;
    for (AgentView agent : s.agents()) {
      if (agent.skill() != AgentSkill.OUTBOUND_ONLY) {
        inboundCapable++;
      }
      if (agent.callDirection() == CallDirection.INBOUND && agent.state().isWorkingACall()) {
        talkingToCallers++;
      }
    }
    if (forecast.arrivalRate() <= 0) {
      return Math.max(s.waitingCallers(), extraAgents);
    }
    double share = plannedShare(s.serviceLevelSoFar());
    if (stale(s.now(), forecast, inboundCapable) || Math.abs(share - cachedShare) > 0.005) {
      cachedShare = share;
      cachedAt = s.now();
      cachedRate = forecast.arrivalRate();
      cachedHandle = forecast.handleTime();
      cachedPatience = forecast.patience();
      cachedAgents = inboundCapable;
      cachedAnswer =
          model == Model.POOLED
              ? pooledReserve(forecast, inboundCapable, share)
              : agentsNeeded(forecast, share);
    }
    int reserve =
        model == Model.POOLED ? cachedAnswer : Math.max(0, cachedAnswer - talkingToCallers);
    return Math.max(s.waitingCallers(), reserve + extraAgents);
  }

  /**
   * Live answers first while today's service level meets the target, waiting callers first while it
   * does not. A live answer not taken within its window (2 s) is lost, and with it a connect and a
   * share of the abandon budget; a caller it goes before waits for the next agent to come free
   * (handle time / agents, about a second in a 200-agent centre), which the service level can
   * afford while it is above target. Before anyone is counted, the target is taken as met. Only
   * when constructed so; otherwise agents keep the mode routing gave them.
   */
  @Override
  public FreeAgentPriority freeAgentPriority(BlendingSnapshot s) {
    if (!answersFirstWhileOnTarget) {
      return FreeAgentPriority.AS_ROUTED;
    }
    return s.serviceLevelSoFar().share() >= target.share()
        ? FreeAgentPriority.LIVE_ANSWERS
        : FreeAgentPriority.WAITING_CALLERS;
  }

  /**
   * The share to plan for: the target, lowered while today's service level runs above it and raised
   * while it runs below (weighted by how many callers are counted), so the model's own pessimism or
   * optimism does not hold agents back for nothing or starve inbound.
   */
  double plannedShare(ServiceLevelSoFar soFar) {
    double weight = soFar.counted() / (soFar.counted() + 200.0);
    double planned = target.share() - FEEDBACK_GAIN * weight * (soFar.share() - target.share());
    return Math.max(0.3, Math.min(0.995, planned));
  }

  /** Smallest idle reserve meeting the share when the whole centre backs it up. */
  int pooledReserve(InboundForecast forecast, int agents, double share) {
    for (int reserve = 0; reserve < agents; reserve++) {
      double freeing = Math.max(1, agents - reserve) / forecast.handleTime();
      double level =
          new PooledReserve(forecast.arrivalRate(), freeing, forecast.patience(), reserve)
              .serviceLevel(target.acceptableWait());
      if (level >= share) {
        return reserve;
      }
    }
    return agents;
  }

  /** Agents a dedicated inbound team needs to meet the target (Erlang C or A). */
  public int agentsNeeded(InboundForecast forecast) {
    return agentsNeeded(forecast, target.share());
  }

  private int agentsNeeded(InboundForecast forecast, double share) {
    if (forecast.arrivalRate() <= 0) {
      return 0;
    }
    return forecast.patienceKnown()
        ? ErlangA.agentsForServiceLevel(
            forecast.arrivalRate(),
            forecast.handleTime(),
            forecast.patience(),
            target.acceptableWait(),
            share)
        : Erlang.agentsForServiceLevel(
            forecast.offeredLoad(), forecast.handleTime(), target.acceptableWait(), share);
  }

  private boolean stale(double now, InboundForecast forecast, int agents) {
    return now - cachedAt >= RECOMPUTE_AFTER
        || agents != cachedAgents
        || moved(forecast.arrivalRate(), cachedRate)
        || moved(forecast.handleTime(), cachedHandle)
        || moved(forecast.patience(), cachedPatience);
  }

  private static boolean moved(double value, double cached) {
    if (Double.isInfinite(value) || Double.isInfinite(cached)) {
      return value != cached;
    }
    return Math.abs(value - cached) > TOLERANCE * Math.abs(cached);
  }
}
