package org.blenddialer.campaigns.rest;

import java.time.Instant;
import org.blenddialer.campaigns.persistence.CampaignStateChange;
import org.blenddialer.core.campaign.CampaignState;

/**
 * One lifecycle change of a campaign.
 *
 * @param from state before
 * @param to state after
 * @param by who changed it
 * @param at when (UTC)
 * @param reason why, if given
 */
public record StateChangeView(
    CampaignState from, CampaignState to, String by, Instant at, String reason) {

  /** Maps a change to its view. */
  public static StateChangeView of(CampaignStateChange c) {
    return new StateChangeView(c.fromState, c.toState, c.changedBy, c.changedAt, c.reason);
  }
}
