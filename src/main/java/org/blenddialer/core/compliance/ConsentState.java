package org.blenddialer.core.compliance;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The consent state for one call, derived from the append-only ledger: nothing in the ledger is
 * ever changed, so the current state is whatever the events, read in order, add up to.
 */
public final class ConsentState {

  private final List<ConsentEvent> relevant;
  private final Instant now;

  private ConsentState(List<ConsentEvent> relevant, Instant now) {
    this.relevant = relevant;
    this.now = now;
  }

  /** The state for a call by this company, purpose and campaign at {@code now}. */
  public static ConsentState of(
      List<ConsentEvent> ledger,
      String company,
      CallPurpose purpose,
      String campaignId,
      Instant now) {
    List<ConsentEvent> relevant =
        ledger.stream()
            .filter(e -> !e.at().isAfter(now))
            .filter(e -> e.covers(company, purpose, campaignId))
            .sorted(Comparator.comparing(ConsentEvent::at).thenComparingLong(ConsentEvent::id))
            .toList();
    return new ConsentState(relevant, now);
  }

  /**
   * The revocation in force: the latest event covering the call is a revocation (a later grant
   * would have restored consent).
   */
  public Optional<ConsentEvent> revocation() {
    if (relevant.isEmpty()) {
      return Optional.empty();
    }
    ConsentEvent last = relevant.get(relevant.size() - 1);
    return last.kind() == ConsentEvent.Kind.REVOCATION ? Optional.of(last) : Optional.empty();
  }

  /**
   * The latest grant in force with one of the accepted bases, no older than {@code maxAge} (null
   * for any age): not expired and not followed by a revocation covering the call.
   */
  public Optional<ConsentEvent> grant(Set<ConsentBasis> accepted, Period maxAge) {
    Instant oldest = maxAge == null ? null : now.atOffset(ZoneOffset.UTC).minus(maxAge).toInstant();
    ConsentEvent best = null;
    for (int i = 0; i < relevant.size(); i++) {
      ConsentEvent e = relevant.get(i);
      if (e.kind() != ConsentEvent.Kind.GRANT
          || !accepted.contains(e.basis())
          || (e.expiresAt() != null && !now.isBefore(e.expiresAt()))
          || (oldest != null && e.at().isBefore(oldest))
          || revokedAfter(i)) {
        continue;
      }
      best = e;
    }
    return Optional.ofNullable(best);
  }

  private boolean revokedAfter(int index) {
    for (int j = index + 1; j < relevant.size(); j++) {
      if (relevant.get(j).kind() == ConsentEvent.Kind.REVOCATION) {
        return true;
      }
    }
    return false;
  }
}
