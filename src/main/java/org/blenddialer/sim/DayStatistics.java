package org.blenddialer.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.sim.result.DayResult;
import org.blenddialer.sim.scenario.AgentGroup;

/** Counters and time integrals of one simulated day, over the window after the warm-up. */
final class DayStatistics {

  private final double from;
  private final double to;
  private final double acceptableWait;
  long inboundArrivals;
  long inboundServed;
  long inboundAbandoned;
  long inboundAbandonedInTime;
  long inboundBlocked;
  long inboundBalked;
  long servedInTime;
  double totalWaitServed;
  long outboundDials;
  long liveAnswers;
  long outboundAbandoned;
  long outboundServed;
  private final double[] busyTime;
  private final double[] staffedTime;
  private double inboundQueueArea;
  private int inboundQueue;
  private double inboundQueueSince;
  private double answersWaitingArea;
  private int answersWaiting;
  private double answersWaitingSince;

  DayStatistics(double from, double to, double acceptableWait, int groups) {
    this.from = from;
    this.to = to;
    this.acceptableWait = acceptableWait;
    this.busyTime = new double[groups];
    this.staffedTime = new double[groups];
    this.inboundQueueSince = from;
    this.answersWaitingSince = from;
  }

  void served(Caller caller, double now) {
    if (caller.measured) {
      inboundServed++;
      double wait = now - caller.arrivedAt;
      totalWaitServed += wait;
      if (wait <= acceptableWait) {
        servedInTime++;
      }
    }
  }

  void abandoned(Caller caller, double now) {
    if (caller.measured) {
      inboundAbandoned++;
      if (now - caller.arrivedAt <= acceptableWait) {
        inboundAbandonedInTime++;
      }
    }
  }

  void busy(int group, double start, double end) {
    busyTime[group] += overlap(start, end);
  }

  void staffed(int group, double start, double end) {
    staffedTime[group] += overlap(start, end);
  }

  void inboundQueueChanged(int size, double now) {
    inboundQueueArea += inboundQueue * overlap(inboundQueueSince, now);
    inboundQueue = size;
    inboundQueueSince = Math.max(inboundQueueSince, now);
  }

  void answersWaitingChanged(int delta, double now) {
    answersWaitingArea += answersWaiting * overlap(answersWaitingSince, now);
    answersWaiting += delta;
    answersWaitingSince = Math.max(answersWaitingSince, now);
  }

  private double overlap(double start, double end) {
    return Math.max(0, Math.min(end, to) - Math.max(start, from));
  }

  DayResult result(int day, List<AgentGroup> groups, long events) {
    inboundQueueChanged(inboundQueue, to);
    answersWaitingChanged(0, to);
    double window = to - from;
    Map<String, Double> byGroup = new HashMap<>();
    double busy = 0;
    double staffed = 0;
    for (int g = 0; g < groups.size(); g++) {
      busy += busyTime[g];
      staffed += staffedTime[g];
      byGroup.put(groups.get(g).name(), staffedTime[g] > 0 ? busyTime[g] / staffedTime[g] : 0.0);
    }
    long slBase = inboundServed + inboundAbandoned - inboundAbandonedInTime;
    return new DayResult(
        day,
        inboundArrivals,
        inboundServed,
        inboundAbandoned,
        inboundBlocked,
        inboundBalked,
        slBase > 0 ? (double) servedInTime / slBase : 1.0,
        inboundServed > 0 ? totalWaitServed / inboundServed : 0.0,
        outboundDials,
        liveAnswers,
        outboundAbandoned,
        outboundServed,
        liveAnswers > 0 ? (double) outboundAbandoned / liveAnswers : 0.0,
        staffed > 0 ? busy / staffed : 0.0,
        byGroup,
        staffed > 0 ? outboundServed / (staffed / 3600.0) : 0.0,
        inboundQueueArea / window,
        answersWaitingArea / window,
        events);
  }
}
