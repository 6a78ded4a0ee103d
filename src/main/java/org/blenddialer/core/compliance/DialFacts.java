package org.blenddialer.core.compliance;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the dial-time check consults, gathered by the caller just before the decision.
 *
 * @param packs the policy packs that apply to this call (from {@link PackSelection})
 * @param lists DNC answers by list id: {@code internal}, {@code campaign:<id>} and every registry
 *     the packs name ({@link DialCheck#listsNeeded})
 * @param consent the consent ledger entries for this number and person
 * @param history earlier attempts to this person
 * @param abandonFigures the campaign's abandon figures per window
 * @param reassigned the reassigned-numbers database's answer, or null when none was asked
 */
public record DialFacts(
    Fact<List<PolicyPack>> packs,
    Map<String, ListAnswer> lists,
    Fact<List<ConsentEvent>> consent,
    Fact<List<PastAttempt>> history,
    Fact<List<AbandonFigures>> abandonFigures,
    ReassignedAnswer reassigned) {

  public DialFacts {
    Objects.requireNonNull(packs, "packs");
    lists = Map.copyOf(Objects.requireNonNull(lists, "lists"));
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(abandonFigures, "abandonFigures");
  }
}
