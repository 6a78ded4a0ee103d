package org.blenddialer.acd.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an agent handing a call over (a transfer or consultation) passes to the next agent's screen
 * pop: who hands it over and their note. Kept while the call lasts.
 */
@ApplicationScoped
public class CallHandovers {

  /**
   * A handover.
   *
   * @param fromAgentId the agent handing the call over
   * @param fromAgentName their name
   * @param note what they wrote for the next agent (may be empty)
   * @param at when
   */
  public record Handover(long fromAgentId, String fromAgentName, String note, Instant at) {}

  private final Map<String, Handover> byCall = new ConcurrentHashMap<>();

  public void put(String callId, Handover handover) {
    byCall.put(callId, handover);
  }

  public Optional<Handover> of(String callId) {
    return callId == null ? Optional.empty() : Optional.ofNullable(byCall.get(callId));
  }

  public void forget(String callId) {
    byCall.remove(callId);
  }
}
