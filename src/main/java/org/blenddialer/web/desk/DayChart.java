package org.blenddialer.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.acd.kpi.InboundKpiService;
import org.blenddialer.acd.kpi.KpiFigures;
import org.blenddialer.acd.live.InboundCallTracker;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.core.kpi.QueueLength;
import org.blenddialer.web.LocalFormats;

/**
 * The wallboard's chart of today: service level per queue and callers waiting (on average, all
 * inbound queues) per half hour, from the call records and the calls in flight.
 */
@ApplicationScoped
public class DayChart {

  static final Duration INTERVAL = Duration.ofMinutes(30);

  private final InboundKpiService kpis;
  private final InboundCallTracker calls;
  private final QueueDirectory queues;
  private final DeskReader reader;
  private final InstantSource clock;

  DayChart(
      InboundKpiService kpis,
      InboundCallTracker calls,
      QueueDirectory queues,
      DeskReader reader,
      InstantSource clock) {
    this.kpis = kpis;
    this.calls = calls;
    this.queues = queues;
    this.reader = reader;
    this.clock = clock;
  }

  /**
   * The chart's data.
   *
   * @param labels the start of each half hour, as the user writes times
   * @param serviceLevel one line per queue: percent per half hour, null where no call counted
   * @param waiting callers waiting on average per half hour
   * @param target the strictest service-level target among the queues, in percent
   */
  public record Data(
      List<String> labels, List<Series> serviceLevel, List<Double> waiting, Integer target) {}

  /**
   * One queue's line.
   *
   * @param queue the queue's name
   * @param values percent per half hour
   */
  public record Series(String queue, List<Double> values) {}

  /** Today (since midnight UTC, as the board's "today") until now. */
  public Data today(LocalFormats fmt) {
    Instant now = clock.instant();
    Instant midnight = now.truncatedTo(ChronoUnit.DAYS);
    Instant end = now.plusMillis(1);
    List<QueueLength.Wait> waits = new ArrayList<>(reader.waitsSince(midnight));
    for (InboundCallTracker.CallView c : calls.inFlight()) {
      waits.add(new QueueLength.Wait(c.enteredAt(), c.answeredAt()));
    }
    double[] waiting = QueueLength.averagePerInterval(waits, midnight, end, INTERVAL);
    ZoneId zone = ZoneId.of(fmt.zone());
    List<String> labels = new ArrayList<>();
    List<Double> waitingList = new ArrayList<>();
    for (int i = 0; i < waiting.length; i++) {
      Instant start = midnight.plus(INTERVAL.multipliedBy(i));
      labels.add(fmt.time(LocalTime.ofInstant(start, zone)));
      waitingList.add(Math.round(waiting[i] * 100) / 100.0);
    }
    List<Series> lines = new ArrayList<>();
    Integer target = null;
    for (QueueDirectory.QueueInfo q : queues.inboundQueues().values()) {
      Map<Instant, Double> byStart = new HashMap<>();
      for (KpiFigures k : kpis.perInterval(q.asteriskQueue(), midnight, end, INTERVAL)) {
        if (k.serviceLevel() != null) {
          byStart.put(k.from(), Math.round(k.serviceLevel() * 1000) / 10.0);
        }
      }
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < waiting.length; i++) {
        values.add(byStart.get(midnight.plus(INTERVAL.multipliedBy(i))));
      }
      lines.add(new Series(q.name(), values));
      target = target == null ? q.serviceLevelPercent() : Math.max(target, q.serviceLevelPercent());
    }
    lines.sort((a, b) -> a.queue().compareTo(b.queue()));
    return new Data(labels, lines, waitingList, target);
  }
}
