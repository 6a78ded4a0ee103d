package org.blenddialer.acd.kpi;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.blenddialer.acd.config.AcdConfig;
import org.blenddialer.acd.persistence.CallDisposition;
import org.blenddialer.acd.persistence.InboundCallRecord;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.core.kpi.InboundCall;
import org.blenddialer.core.kpi.InboundKpiCalculator;
import org.blenddialer.platform.error.InvalidInputProblem;

/**
 * The inbound KPIs from our own call records, per queue, per agent and per interval, computed by
 * the core calculator with each queue's own service-level threshold.
 */
@ApplicationScoped
public class InboundKpiService {

  private final QueueDirectory queues;
  private final Duration shortAbandon;

  InboundKpiService(QueueDirectory queues, AcdConfig config) {
    this.queues = queues;
    this.shortAbandon = config.kpi().shortAbandon();
  }

  /** One call as the KPIs see it, with the agent who answered. */
  private record Row(InboundCall call, Long agentId) {}

  /** KPIs per queue over [from, to). */
  public Map<String, KpiFigures> byQueue(Instant from, Instant to) {
    check(from, to);
    Map<String, List<InboundCall>> grouped = new TreeMap<>();
    queues.inboundQueues().keySet().forEach(q -> grouped.put(q, new ArrayList<>()));
    for (Row r : rows(from, to)) {
      grouped.computeIfAbsent(r.call().queue(), q -> new ArrayList<>()).add(r.call());
    }
    Map<String, KpiFigures> out = new LinkedHashMap<>();
    grouped.forEach((q, calls) -> out.put(q, KpiFigures.of(from, to, calculator(q).over(calls))));
    return out;
  }

  /** KPIs of one queue per interval (15 or 30 minutes, say) over [from, to). */
  public List<KpiFigures> perInterval(String queue, Instant from, Instant to, Duration interval) {
    check(from, to);
    if (interval.compareTo(Duration.ofMinutes(1)) < 0
        || interval.compareTo(Duration.ofDays(1)) > 0) {
      throw InvalidInputProblem.ofField("interval", "between PT1M and P1D");
    }
    List<InboundCall> calls =
        rows(from, to).stream().map(Row::call).filter(c -> c.queue().equals(queue)).toList();
    List<KpiFigures> out = new ArrayList<>();
    calculator(queue)
        .perInterval(calls, interval)
        .forEach((start, k) -> out.add(KpiFigures.of(start, start.plus(interval), k)));
    return out;
  }

  /** KPIs of the calls each agent answered over [from, to), by agent id. */
  public Map<Long, KpiFigures> byAgent(Instant from, Instant to) {
    check(from, to);
    Map<Long, List<InboundCall>> grouped = new TreeMap<>();
    for (Row r : rows(from, to)) {
      if (r.agentId() != null) {
        grouped.computeIfAbsent(r.agentId(), a -> new ArrayList<>()).add(r.call());
      }
    }
    Map<Long, KpiFigures> out = new LinkedHashMap<>();
    InboundKpiCalculator calc = new InboundKpiCalculator(Duration.ofSeconds(20), shortAbandon);
    grouped.forEach((agent, calls) -> out.put(agent, KpiFigures.of(from, to, calc.over(calls))));
    return out;
  }

  private InboundKpiCalculator calculator(String queue) {
    int threshold =
        queues.inbound(queue).map(QueueDirectory.QueueInfo::serviceLevelSeconds).orElse(20);
    return new InboundKpiCalculator(Duration.ofSeconds(threshold), shortAbandon);
  }

  private static void check(Instant from, Instant to) {
    if (from == null || to == null || !from.isBefore(to)) {
      throw InvalidInputProblem.ofField("from", "from must come before to");
    }
    if (Duration.between(from, to).compareTo(Duration.ofDays(93)) > 0) {
      throw InvalidInputProblem.ofField("to", "at most 93 days at a time");
    }
  }

  private static List<Row> rows(Instant from, Instant to) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<InboundCallRecord> records =
                  InboundCallRecord.list("enteredAt >= ?1 and enteredAt < ?2", from, to);
              Map<String, Boolean> resolved = new HashMap<>();
              List<CallDisposition> dispositions =
                  CallDisposition.list("setAt >= ?1 order by setAt, id", from);
              for (CallDisposition d : dispositions) {
                resolved.put(d.pbxServer + "/" + d.callId, d.resolved);
              }
              List<Row> rows = new ArrayList<>(records.size());
              for (InboundCallRecord r : records) {
                Instant answered = r.answeredAt;
                Instant ended = r.endedAt.isBefore(r.enteredAt) ? r.enteredAt : r.endedAt;
                if (answered != null && answered.isAfter(ended)) {
                  answered = ended;
                }
                rows.add(
                    new Row(
                        new InboundCall(
                            r.queue,
                            r.enteredAt,
                            answered,
                            ended,
                            Duration.ofMillis((long) (r.wrapUpSeconds * 1000)),
                            resolved.get(r.pbxServer + "/" + r.callId)),
                        r.agentId));
              }
              return rows;
            });
  }
}
