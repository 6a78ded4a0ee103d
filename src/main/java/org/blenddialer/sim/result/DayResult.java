package org.blenddialer.sim.result;

import java.util.Map;

/**
 * What one simulated day produced, counted after the warm-up.
 *
 * @param day replication number
 * @param inboundArrivals callers who arrived (balked and blocked ones included)
 * @param inboundServed callers answered by an agent
 * @param inboundAbandoned callers who hung up while waiting
 * @param inboundBlocked callers refused because the queue was full
 * @param inboundBalked callers who would not wait
 * @param serviceLevel answered within the acceptable wait over answered plus abandoned after it
 * @param averageSpeedOfAnswer mean wait of answered callers, seconds
 * @param outboundDials dials placed
 * @param liveAnswers dials answered by a person
 * @param outboundAbandoned live answers with no agent in time, or hung up on as machines
 * @param outboundServed live answers connected to an agent
 * @param outboundAbandonRate abandoned over live answers
 * @param occupancy agents' talk and wrap-up time over their logged-in time
 * @param occupancyByGroup the same per agent group
 * @param connectsPerAgentHour outbound connects per logged-in agent-hour
 * @param averageInboundQueue time-average number of callers waiting
 * @param averageAnswersWaiting time-average number of live answers waiting for an agent
 * @param events events the simulator processed for this day (warm-up included)
 */
public record DayResult(
    int day,
    long inboundArrivals,
    long inboundServed,
    long inboundAbandoned,
    long inboundBlocked,
    long inboundBalked,
    double serviceLevel,
    double averageSpeedOfAnswer,
    long outboundDials,
    long liveAnswers,
    long outboundAbandoned,
    long outboundServed,
    double outboundAbandonRate,
    double occupancy,
    Map<String, Double> occupancyByGroup,
    double connectsPerAgentHour,
    double averageInboundQueue,
    double averageAnswersWaiting,
    long events) {

  public DayResult {
    occupancyByGroup = Map.copyOf(occupancyByGroup);
  }
}
