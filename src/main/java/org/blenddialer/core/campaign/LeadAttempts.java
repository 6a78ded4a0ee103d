package org.blenddialer.core.campaign;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a lead has been through so far: attempts in all, attempts today (in the lead's own time
 * zone), and how many attempts ended in each outcome.
 *
 * @param total attempts so far
 * @param today attempts so far on the lead's current local day
 * @param byOutcome attempts per outcome
 */
public record LeadAttempts(int total, int today, Map<AttemptOutcome, Integer> byOutcome) {

  public LeadAttempts {
    if (total < 0 || today < 0 || today > total) {
      throw new IllegalArgumentException("attempt counts must satisfy 0 <= today <= total");
    }
    byOutcome = byOutcome.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byOutcome));
  }

  /** A lead never dialed. */
  public static LeadAttempts none() {
    return new LeadAttempts(0, 0, Map.of());
  }

  /** Attempts that ended in the outcome. */
  public int endedIn(AttemptOutcome outcome) {
    return byOutcome.getOrDefault(outcome, 0);
  }

  /** The counts after one more attempt ending in the outcome. */
  public LeadAttempts plus(AttemptOutcome outcome) {
    Map<AttemptOutcome, Integer> next = new EnumMap<>(AttemptOutcome.class);
    next.putAll(byOutcome);
    next.merge(outcome, 1, Integer::sum);
    return new LeadAttempts(total + 1, today + 1, next);
  }
}
