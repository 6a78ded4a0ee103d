package org.blenddialer.acd.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.blenddialer.acd.InboundOutcome;
import org.blenddialer.acd.persistence.CallDisposition;
import org.blenddialer.acd.persistence.InboundCallRecord;
import org.jboss.logging.Logger;

/**
 * What an agent's screen shows when a caller reaches them: the number and what we know about the
 * caller from earlier calls and the dispositions set on them, their leads, the DNC lists their
 * number is on and their consent.
 */
@ApplicationScoped
public class ScreenPop {

  private static final Logger LOG = Logger.getLogger(ScreenPop.class);
  private static final int EARLIER_CALLS = 5;

  private final LiveFeed feed;
  private final InstantSource clock;
  private final CallerLookup callers;

  private final CallHandovers handovers;

  ScreenPop(LiveFeed feed, InstantSource clock, CallerLookup callers, CallHandovers handovers) {
    this.feed = feed;
    this.clock = clock;
    this.callers = callers;
    this.handovers = handovers;
  }

  /**
   * The screen pop.
   *
   * @param callId the PBX's id of the call
   * @param queue the queue it came through
   * @param callerNumber who is calling
   * @param earlierCalls the caller's last calls, newest first
   * @param caller the caller's leads, DNC lists and consent (each part "unknown" when unreadable)
   * @param handover who handed the call over and their note, when it was transferred (or null)
   */
  public record Pop(
      String callId,
      String queue,
      String callerNumber,
      List<EarlierCall> earlierCalls,
      CallerLookup.CallerInfo caller,
      CallHandovers.Handover handover) {}

  /**
   * One earlier call of the same caller.
   *
   * @param enteredAt when it came in
   * @param queue the queue
   * @param outcome how it ended
   * @param agentId who answered, if anyone
   * @param disposition the last disposition set on it, if any
   * @param resolved whether that disposition said the matter was resolved
   */
  public record EarlierCall(
      Instant enteredAt,
      String queue,
      InboundOutcome outcome,
      Long agentId,
      String disposition,
      Boolean resolved) {}

  /** Sends the pop to the agent's own stream. */
  public void show(long agentId, String callId, String queue, String callerNumber) {
    feed.publish(
        new LiveEvent("screen-pop", agentId, clock.instant(), pop(callId, queue, callerNumber)));
  }

  /** The pop of a call: the caller's record, earlier calls and any handover. */
  public Pop pop(String callId, String queue, String callerNumber) {
    List<EarlierCall> earlier = List.of();
    if (callerNumber != null && !callerNumber.isBlank()) {
      try {
        earlier = earlierCalls(callerNumber);
      } catch (RuntimeException e) {
        // the pop still goes out: the number and the caller's other facts matter more
        LOG.warnf("screen pop: earlier calls could not be read: %s", e.getMessage());
      }
    }
    return new Pop(
        callId,
        queue,
        callerNumber,
        earlier,
        callers.lookUp(callerNumber),
        handovers.of(callId).orElse(null));
  }

  /** The caller's last calls with their dispositions. */
  public List<EarlierCall> earlierCalls(String callerNumber) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                InboundCallRecord.<InboundCallRecord>find(
                        "callerNumber", Sort.descending("enteredAt"), callerNumber)
                    .page(Page.ofSize(EARLIER_CALLS))
                    .list()
                    .stream()
                    .map(
                        r -> {
                          CallDisposition d =
                              CallDisposition.<CallDisposition>find(
                                      "pbxServer = ?1 and callId = ?2",
                                      Sort.descending("setAt"),
                                      r.pbxServer,
                                      r.callId)
                                  .firstResult();
                          return new EarlierCall(
                              r.enteredAt,
                              r.queue,
                              r.outcome,
                              r.agentId,
                              d == null ? null : d.code,
                              d == null ? null : d.resolved);
                        })
                    .toList());
  }
}
