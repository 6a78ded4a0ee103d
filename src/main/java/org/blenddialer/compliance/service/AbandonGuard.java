package org.blenddialer.compliance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.core.compliance.AbandonFigures;
import org.blenddialer.core.compliance.DialMode;
import org.blenddialer.core.compliance.DropBudget;
import org.blenddialer.core.compliance.PolicyPack;
import org.blenddialer.platform.error.NotFoundProblem;

/**
 * The abandon guard pacing asks on every tick: the remaining drop budget of a campaign under its
 * packs' caps, and the dial mode to use. At a cap, power and predictive dialing fall back to
 * progressive; each switch (and the switch back) is audited once.
 */
@ApplicationScoped
public class AbandonGuard {

  private final PolicyPackCatalogue catalogue;
  private final AuditTrail audit;
  private final Map<String, DialMode> fallenBack = new ConcurrentHashMap<>();

  AbandonGuard(PolicyPackCatalogue catalogue, AuditTrail audit) {
    this.catalogue = catalogue;
    this.audit = audit;
  }

  /**
   * What pacing may do for a campaign now.
   *
   * @param mode the mode to dial in: the requested one, or PROGRESSIVE at a cap
   * @param budgets the remaining budget under every cap
   */
  public record Guidance(DialMode mode, List<DropBudget> budgets) {}

  /**
   * Guidance for a campaign dialing under {@code packIds} (its declared pack, or the packs of the
   * numbers it calls) in {@code requested} mode with these measured figures.
   */
  @Transactional
  public Guidance guide(
      String campaignId, List<String> packIds, DialMode requested, List<AbandonFigures> figures) {
    List<PolicyPack> packs =
        packIds.stream()
            .map(
                id -> {
                  PolicyPack p = catalogue.packs().get(id);
                  if (p == null) {
                    throw new NotFoundProblem("Policy pack", id);
                  }
                  return p;
                })
            .toList();
    List<DropBudget> budgets = DropBudget.all(packs, figures);
    DropBudget atCap = budgets.stream().filter(DropBudget::atCap).findFirst().orElse(null);
    boolean fallBack = requested.mayAbandon() && atCap != null;
    DialMode mode = fallBack ? DialMode.PROGRESSIVE : requested;
    if (fallBack && fallenBack.putIfAbsent(campaignId, requested) == null) {
      audit.append(
          AuditEntry.of("dialer", "campaign.mode.fallback")
              .campaign(campaignId)
              .rule(atCap.ruleId())
              .detail("from", requested)
              .detail("to", DialMode.PROGRESSIVE)
              .detail("abandoned", atCap.counted())
              .detail("liveCalls", atCap.liveCalls())
              .detail("window", atCap.window()));
    } else if (!fallBack && fallenBack.remove(campaignId) != null) {
      audit.append(
          AuditEntry.of("dialer", "campaign.mode.restored")
              .campaign(campaignId)
              .detail("to", requested));
    }
    return new Guidance(mode, budgets);
  }
}
