package org.blenddialer.core.blending;

import org.blenddialer.core.agent.AgentView;
import org.blenddialer.core.agent.CallDirection;
import org.blenddialer.core.erlang.Erlang;
import org.blenddialer.core.erlang.ErlangA;
import org.blenddialer.core.estimate.InboundForecast;

/**
 * Holds as many idle agents as the forecast inbound load needs on top of those already talking to
 * callers: the agents inbound needs come from Erlang C, or Erlang A when caller patience is known,
 * at the service-level target, plus a safety margin. Results are cached per rounded load, as the
 * forecast moves slowly and Erlang A costs a little.
 */
public final class DynamicReserve implements BlendingPolicy {

  private final ServiceLevelTarget target;
  private final int extraAgents;
  private double cachedRate = -1;
  private double cachedHandle = -1;
  private double cachedPatience = -1;
  private int cachedAgents;

  /**
   * @param target the inbound service-level goal
   * @param extraAgents agents held on top of what the Erlang formula asks, for forecast error
   */
  public DynamicReserve(ServiceLevelTarget target, int extraAgents) {
    this.target = target;
    if (extraAgents < 0) {
      throw new IllegalArgumentException("extra agents must not be negative");
    }
    this.extraAgents = extraAgents;
  }

  @Override
  public String name() {
    return "dynamic";
  }

  @Override
  public int inboundReserve(BlendingSnapshot s) {
    int needed = agentsNeeded(s.forecast()) + extraAgents;
    int talkingToCallers = 0;
    for (AgentView agent : s.agents()) {
      if (agent.callDirection() == CallDirection.INBOUND && agent.state().isWorkingACall()) {
        talkingToCallers++;
      }
    }
    return Math.max(s.waitingCallers(), needed - talkingToCallers);
  }

  /** Agents the inbound load needs to meet the target. */
  public int agentsNeeded(InboundForecast forecast) {
    if (forecast.arrivalRate() <= 0) {
      return 0;
    }
    if (!closeTo(forecast.arrivalRate(), cachedRate)
        || !closeTo(forecast.handleTime(), cachedHandle)
        || !closeTo(forecast.patience(), cachedPatience)) {
      cachedRate = forecast.arrivalRate();
      cachedHandle = forecast.handleTime();
      cachedPatience = forecast.patience();
      cachedAgents =
          forecast.patienceKnown()
              ? ErlangA.agentsForServiceLevel(
                  forecast.arrivalRate(),
                  forecast.handleTime(),
                  forecast.patience(),
                  target.acceptableWait(),
                  target.share())
              : Erlang.agentsForServiceLevel(
                  forecast.offeredLoad(),
                  forecast.handleTime(),
                  target.acceptableWait(),
                  target.share());
    }
    return cachedAgents;
  }

  private static boolean closeTo(double value, double cached) {
    if (Double.isInfinite(value) || Double.isInfinite(cached)) {
      return value == cached;
    }
    return Math.abs(value - cached) <= 0.01 * Math.abs(cached);
  }
}
