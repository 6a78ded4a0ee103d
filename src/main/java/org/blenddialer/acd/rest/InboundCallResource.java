package org.blenddialer.acd.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.blenddialer.acd.InboundOutcome;
import org.blenddialer.acd.persistence.InboundCallRecord;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inbound call records: who called which queue, how long they waited, who answered. */
@Path("/api/v1/acd/calls")
@Tag(name = "Inbound KPIs")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class InboundCallResource {

  private static final int MAX = 1000;

  private final InstantSource clock;

  InboundCallResource(InstantSource clock) {
    this.clock = clock;
  }

  /**
   * Calls that entered a queue in [from, to) (today so far by default), newest first, at most 1000.
   */
  @GET
  @Transactional
  public List<CallRecordView> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("queue") String queue) {
    Instant start =
        from == null || from.isBlank()
            ? clock.instant().truncatedTo(ChronoUnit.DAYS)
            : parse("from", from);
    Instant end = to == null || to.isBlank() ? clock.instant().plusMillis(1) : parse("to", to);
    Parameters p = Parameters.with("from", start).and("to", end);
    String where = "enteredAt >= :from and enteredAt < :to";
    if (queue != null && !queue.isBlank()) {
      where += " and queue = :queue";
      p = p.and("queue", queue);
    }
    return InboundCallRecord.<InboundCallRecord>find(where, Sort.descending("enteredAt", "id"), p)
        .page(Page.ofSize(MAX))
        .list()
        .stream()
        .map(CallRecordView::of)
        .toList();
  }

  /**
   * One inbound call record.
   *
   * @param callId the PBX's id of the caller's channel
   * @param queue Asterisk queue
   * @param callerNumber who called
   * @param enteredAt when they joined the queue
   * @param answeredAt when an agent answered, if one did
   * @param endedAt when the call or the wait ended
   * @param waitSeconds wait until answered or given up
   * @param talkSeconds talk time
   * @param agentId who answered
   * @param outcome how it ended
   * @param recordingRef the recording's file, when recorded
   */
  public record CallRecordView(
      String callId,
      String queue,
      String callerNumber,
      Instant enteredAt,
      Instant answeredAt,
      Instant endedAt,
      double waitSeconds,
      double talkSeconds,
      Long agentId,
      InboundOutcome outcome,
      String recordingRef) {

    static CallRecordView of(InboundCallRecord r) {
      return new CallRecordView(
          r.callId,
          r.queue,
          r.callerNumber,
          r.enteredAt,
          r.answeredAt,
          r.endedAt,
          r.waitSeconds,
          r.talkSeconds,
          r.agentId,
          r.outcome,
          r.recordingRef);
    }
  }

  private static Instant parse(String field, String text) {
    try {
      return Instant.parse(text);
    } catch (RuntimeException e) {
      throw InvalidInputProblem.ofField(field, "an ISO instant like 2026-01-31T08:00:00Z");
    }
  }
}
