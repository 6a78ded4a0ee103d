package org.blenddialer.web.desk;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.blenddialer.acd.persistence.CallDisposition;
import org.blenddialer.acd.persistence.InboundCallRecord;
import org.blenddialer.campaigns.persistence.Campaign;
import org.blenddialer.core.kpi.QueueLength;

/** What the agent desk reads from the database: the agent's last call and a campaign's script. */
@ApplicationScoped
public class DeskReader {

  /**
   * A call the agent answered and that is over, with the disposition last set on it.
   *
   * @param callId the PBX's id of the call
   * @param queue the queue
   * @param callerNumber who called
   * @param answeredAt when the agent answered
   * @param endedAt when it ended
   * @param talkSeconds how long they talked
   * @param disposition the disposition code last set, or null
   * @param resolved whether it said the matter was resolved
   * @param note the note written with it
   * @param dispositionAt when it was set
   */
  @TemplateData
  public record LastCall(
      String callId,
      String queue,
      String callerNumber,
      Instant answeredAt,
      Instant endedAt,
      double talkSeconds,
      String disposition,
      Boolean resolved,
      String note,
      Instant dispositionAt) {}

  /** The last call the agent answered, if any. */
  @Transactional
  public Optional<LastCall> lastCall(long agentId) {
    InboundCallRecord r =
        InboundCallRecord.<InboundCallRecord>find(
                "agentId = ?1 and answeredAt is not null",
                Sort.descending("endedAt", "id"),
                agentId)
            .firstResult();
    if (r == null) {
      return Optional.empty();
    }
    return Optional.of(withDisposition(r));
  }

  /** One call the agent answered, by id, if it is over. */
  @Transactional
  public Optional<LastCall> answeredCall(long agentId, String callId) {
    InboundCallRecord r =
        InboundCallRecord.<InboundCallRecord>find("agentId = ?1 and callId = ?2", agentId, callId)
            .firstResult();
    return Optional.ofNullable(r).map(DeskReader::withDisposition);
  }

  private static LastCall withDisposition(InboundCallRecord r) {
    CallDisposition d =
        CallDisposition.<CallDisposition>find(
                "pbxServer = ?1 and callId = ?2",
                Sort.descending("setAt", "id"),
                r.pbxServer,
                r.callId)
            .firstResult();
    return new LastCall(
        r.callId,
        r.queue,
        r.callerNumber,
        r.answeredAt,
        r.endedAt,
        r.talkSeconds,
        d == null ? null : d.code,
        d == null ? null : d.resolved,
        d == null ? null : d.note,
        d == null ? null : d.setAt);
  }

  /** The waits of the inbound calls recorded since a time (in queue until answered or gone). */
  @Transactional
  public List<QueueLength.Wait> waitsSince(Instant from) {
    return InboundCallRecord.<InboundCallRecord>find("enteredAt >= ?1", from).stream()
        .map(
            r ->
                new QueueLength.Wait(
                    r.enteredAt,
                    r.answeredAt != null
                        ? r.answeredAt
                        : r.endedAt == null || r.endedAt.isBefore(r.enteredAt)
                            ? r.enteredAt
                            : r.endedAt))
        .toList();
  }

  /** A campaign's agent script, if it has one. */
  @Transactional
  public Optional<String> script(long campaignId) {
    Campaign c = Campaign.findById(campaignId);
    return c == null || c.script == null || c.script.isBlank()
        ? Optional.empty()
        : Optional.of(c.script);
  }
}
