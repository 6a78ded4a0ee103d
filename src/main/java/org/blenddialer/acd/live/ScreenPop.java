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

/**
 * What an agent's screen shows when a caller reaches them: the number and what we know about the
 * caller from earlier calls and the dispositions set on them.
 */
@ApplicationScoped
public class ScreenPop {

  private static final int EARLIER_CALLS = 5;

  private final LiveFeed feed;
  private final InstantSource clock;

  ScreenPop(LiveFeed feed, InstantSource clock) {
    this.feed = feed;
    this.clock = clock;
  }

  /**
   * The screen pop.
   *
   * @param callId the PBX's id of the call
   * @param queue the queue it came through
   * @param callerNumber who is calling
   * @param earlierCalls the caller's last calls, newest first
   */
  public record Pop(
      String callId, String queue, String callerNumber, List<EarlierCall> earlierCalls) {}

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
    List<EarlierCall> earlier =
        callerNumber == null || callerNumber.isBlank() ? List.of() : earlierCalls(callerNumber);
    feed.publish(
        new LiveEvent(
            "screen-pop", agentId, clock.instant(), new Pop(callId, queue, callerNumber, earlier)));
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
