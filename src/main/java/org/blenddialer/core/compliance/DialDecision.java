package org.blenddialer.core.compliance;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "may we dial this number now, and why": every rule consulted, the first that
 * denied, and the versions of everything the answer relied on.
 *
 * @param allowed true when no rule denied
 * @param denyingRule the first rule that denied, null when allowed
 * @param consulted every rule consulted, in order, with its outcome
 * @param packs the packs relied on, as {@code id@version}
 * @param lists the DNC lists consulted with their versions and dates
 * @param consentIds consent ledger entries relied on
 * @param localTimes the called party's local time in each candidate zone
 * @param zoneSource where the zones came from
 * @param conduct how the call must be placed if allowed
 * @param fallbackMode a dial mode in which the call would be allowed (when only the abandon cap
 *     denied: progressive), or null
 * @param decidedAt the moment the decision is for
 */
public record DialDecision(
    boolean allowed,
    RuleVerdict denyingRule,
    List<RuleVerdict> consulted,
    List<String> packs,
    List<ListAnswer> lists,
    List<Long> consentIds,
    List<String> localTimes,
    ZoneSource zoneSource,
    CallConduct conduct,
    DialMode fallbackMode,
    Instant decidedAt) {

  public DialDecision {
    consulted = List.copyOf(consulted);
    packs = List.copyOf(packs);
    lists = List.copyOf(lists);
    consentIds = List.copyOf(consentIds);
    localTimes = List.copyOf(localTimes);
  }
}
