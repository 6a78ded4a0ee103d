package org.blenddialer.acd.blending;

import java.util.List;
import java.util.Map;
import org.blenddialer.core.engine.CampaignState;
import org.blenddialer.core.engine.DialerCommand;
import org.blenddialer.core.pacing.PacingPolicy;

/**
 * The outbound side the blending controller paces in the same decision as blending, so one place
 * decides both how many agents work outbound and how many calls each campaign launches. The dialer
 * implements it; with no implementation, blending runs alone.
 */
public interface OutboundDialing {

  /** The campaigns that may dial, as the engine sees them now ({@code now}: epoch seconds). */
  List<CampaignState> campaigns(double now);

  /** One pacing policy per campaign id above (kept between decisions: some learn). */
  Map<String, PacingPolicy> pacing();

  /** Carries out launch and preview commands; must return at once. */
  void carryOut(List<DialerCommand> commands);
}
