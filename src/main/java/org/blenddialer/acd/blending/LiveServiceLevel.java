package org.blenddialer.acd.blending;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import org.blenddialer.acd.config.AcdConfig;
import org.blenddialer.acd.persistence.InboundCallRecord;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.core.blending.ServiceLevelSoFar;
import org.jboss.logging.Logger;

/**
 * Today's service level over all inbound queues, for the blending policy's feedback: kept as
 * running counters fed by the call tracker's finished calls, rebuilt once from today's {@code
 * inbound_call} records on first use (so ticks never query the database).
 */
@ApplicationScoped
public class LiveServiceLevel {

  private static final Logger LOG = Logger.getLogger(LiveServiceLevel.class);

  private final QueueDirectory queues;
  private final InstantSource clock;
  private final ServiceLevelToday today;
  private boolean rebuilt;

  LiveServiceLevel(AcdConfig config, QueueDirectory queues, InstantSource clock) {
    this.queues = queues;
    this.clock = clock;
    this.today =
        new ServiceLevelToday(ZoneId.of(config.kpi().dayZone()), config.kpi().shortAbandon());
  }

  /**
   * Counts one finished inbound call.
   *
   * @param queue its queue
   * @param enteredAt when the caller joined
   * @param answeredAt when an agent answered, null if none did
   * @param endedAt when it ended
   */
  public synchronized void callFinished(
      String queue, Instant enteredAt, Instant answeredAt, Instant endedAt) {
    rebuildOnce();
    count(queue, enteredAt, answeredAt, endedAt);
  }

  /** Reads today's records at startup rather than on the first tick. */
  void onStart(@Observes StartupEvent event) {
    soFar();
  }

  /** Today's service level so far. */
  public synchronized ServiceLevelSoFar soFar() {
    rebuildOnce();
    return today.soFar(clock.instant());
  }

  private void count(String queue, Instant enteredAt, Instant answeredAt, Instant endedAt) {
    Instant until = answeredAt != null ? answeredAt : endedAt;
    Duration waited =
        until.isBefore(enteredAt) ? Duration.ZERO : Duration.between(enteredAt, until);
    int threshold =
        queues.inbound(queue).map(QueueDirectory.QueueInfo::serviceLevelSeconds).orElse(20);
    today.count(enteredAt, waited, answeredAt != null, Duration.ofSeconds(threshold));
  }

  /** Today's calls recorded before this service (re)started count too; read once. */
  private void rebuildOnce() {
    if (rebuilt) {
      return;
    }
    rebuilt = true;
    Instant now = clock.instant();
    today.soFar(now);
    try {
      List<InboundCallRecord> records =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      InboundCallRecord.<InboundCallRecord>list(
                          "enteredAt >= ?1", today.startOfDay(now)));
      for (InboundCallRecord r : records) {
        count(r.queue, r.enteredAt, r.answeredAt, r.endedAt);
      }
    } catch (RuntimeException e) {
      LOG.warnf("today's inbound calls could not be read; service level starts empty: %s", e);
    }
  }
}
