package org.blenddialer.core.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * The dial being asked about: which number, for which campaign, in which mode, when.
 *
 * @param target the number and what is known about it
 * @param campaign the campaign placing the call
 * @param mode how the call would be placed
 * @param now the moment of the dial
 */
public record DialRequest(DialTarget target, CampaignFacts campaign, DialMode mode, Instant now) {

  public DialRequest {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(now, "now");
  }
}
