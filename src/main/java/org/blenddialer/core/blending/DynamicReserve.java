package org.blenddialer.core.blending;

import org.blenddialer.core.agent.AgentMode;
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
  private static final double IDLE_MEMORY = 900;
  private static final double IDLE_PRIOR_SECONDS = 120;
  private static final double IDLE_TOLERANCE = 0.02;

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
  private double cachedIdleShare = -1;
  private final UnheldIdleShare unheldIdle = new UnheldIdleShare(IDLE_MEMORY, IDLE_PRIOR_SECONDS);

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
    int idleNotHeld = 0;
    for (AgentView agent : s.agents()) {
      if (agent.skill() != AgentSkill.OUTBOUND_ONLY) {
        inboundCapable++;
      }
      if (agent.isFreeForInbound() && agent.mode() != AgentMode.INBOUND) {
        idleNotHeld++;
      }
      if (agent.callDirection() == CallDirection.INBOUND && agent.state().isWorkingACall()) {
        talkingToCallers++;
      }
    }
    unheldIdle.observe(s.now(), idleNotHeld > s.waitingCallers());
    if (forecast.arrivalRate() <= 0) {
      return Math.max(s.waitingCallers(), extraAgents);
    }
    double share = plannedShare(s.serviceLevelSoFar());
    double idleShare = model == Model.POOLED ? unheldIdle.share() : 0;
    if (stale(s.now(), forecast, inboundCapable)
        || Math.abs(share - cachedShare) > 0.005
        || Math.abs(idleShare - cachedIdleShare) > IDLE_TOLERANCE) {
      cachedShare = share;
      cachedIdleShare = idleShare;
      cachedAt = s.now();
      cachedRate = forecast.arrivalRate();
      cachedHandle = forecast.handleTime();
      cachedPatience = forecast.patience();
      cachedAgents = inboundCapable;
      cachedAnswer =
          model == Model.POOLED
              ? pooledReserve(forecast, inboundCapable, share, idleShare)
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

  /**
   * Smallest idle reserve meeting the share when the whole centre backs it up. A caller who finds
   * an idle agent not held (one waiting for outbound work: the pacer keeps a margin of them) is
   * answered at once whatever the reserve; only the others meet the held agents or wait for the
   * next agent to come free. {@code idleShare} is the share of time such an agent was there, which
   * by Poisson arrivals is the share of callers who find one.
   */
  int pooledReserve(InboundForecast forecast, int agents, double share, double idleShare) {
    int best = 0;
    double bestLevel = -1;
    for (int reserve = 0; reserve < agents; reserve++) {
      double freeing = Math.max(1, agents - reserve) / forecast.handleTime();
      double pooled =
          new PooledReserve(
                  forecast.arrivalRate() * (1 - idleShare), freeing, forecast.patience(), reserve)
              .serviceLevel(target.acceptableWait());
      double level = idleShare + (1 - idleShare) * pooled;
      if (level >= share) {
        return reserve;
      }
      if (level < bestLevel) {
        // past the peak: each agent held also slows the freeing callers wait for
        break;
      }
      best = reserve;
      bestLevel = level;
    }
    return best;
  }

  /** Share of time lately that an idle agent not held was there for a caller (pooled model). */
  double unheldIdleShare() {
    return unheldIdle.share();
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
