package org.blenddialer.core.campaign;

import java.util.Set;

/** A lifecycle action the campaign's current state does not accept. */
public final class IllegalCampaignTransition extends RuntimeException {

  private final transient Set<CampaignAction> allowed;

  IllegalCampaignTransition(
      CampaignState from, CampaignAction action, Set<CampaignAction> allowed) {
    super(
        "A "
            + from
            + " campaign cannot "
            + action.name().toLowerCase(java.util.Locale.ROOT)
            + (allowed.isEmpty() ? "; it accepts no action" : "; it accepts " + allowed));
    this.allowed = Set.copyOf(allowed);
  }

  /** The actions the campaign would have accepted. */
  public Set<CampaignAction> allowed() {
    return allowed;
  }
}
