package org.blenddialer.sim.result;

import java.util.List;
import java.util.Map;

/**
 * One policy's results on one scenario, over the replicated days, with 95% confidence intervals.
 *
 * @param scenario scenario name
 * @param policy policy name
 * @param days the daily results
 * @param inboundArrivals callers per day
 * @param inboundServed answered callers per day
 * @param inboundAbandoned abandoned callers per day
 * @param serviceLevel daily service level
 * @param averageSpeedOfAnswer daily ASA, seconds
 * @param outboundDials dials per day
 * @param liveAnswers live answers per day
 * @param outboundAbandoned abandoned live answers per day
 * @param outboundServed outbound connects per day
 * @param outboundAbandonRate daily abandon rate
 * @param overallAbandonRate abandoned over live answers, all days pooled
 * @param daysWithinAbandonCap share of days at or under the campaign's abandon cap
 * @param daysMeetingServiceLevel share of days at or over the service-level target
 * @param occupancy daily occupancy, all agents
 * @param occupancyByGroup daily occupancy per group
 * @param connectsPerAgentHour daily outbound connects per agent-hour
 * @param averageInboundQueue daily time-average callers waiting
 * @param averageAnswersWaiting daily time-average live answers waiting
 * @param events events processed, all days
 */
public record PolicyResult(
    String scenario,
    String policy,
    List<DayResult> days,
    Estimate inboundArrivals,
    Estimate inboundServed,
    Estimate inboundAbandoned,
    Estimate serviceLevel,
    Estimate averageSpeedOfAnswer,
    Estimate outboundDials,
    Estimate liveAnswers,
    Estimate outboundAbandoned,
    Estimate outboundServed,
    Estimate outboundAbandonRate,
    double overallAbandonRate,
    double daysWithinAbandonCap,
    double daysMeetingServiceLevel,
    Estimate occupancy,
    Map<String, Estimate> occupancyByGroup,
    Estimate connectsPerAgentHour,
    Estimate averageInboundQueue,
    Estimate averageAnswersWaiting,
    long events) {

  public PolicyResult {
    days = List.copyOf(days);
    occupancyByGroup = Map.copyOf(occupancyByGroup);
  }
}
