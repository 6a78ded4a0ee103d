package org.blenddialer.core.engine;

import java.util.Objects;
import org.blenddialer.core.agent.AgentMode;

/**
 * Something the engine wants done; the service carries it out on the PBX, the simulator in time.
 */
public sealed interface DialerCommand {

  /** Put an agent in another mode (blending). */
  record SwitchMode(String agentId, AgentMode mode) implements DialerCommand {
    public SwitchMode {
      Objects.requireNonNull(agentId, "agentId");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /** Place {@code count} new dials for a campaign. */
  record LaunchCalls(String campaignId, int count) implements DialerCommand {
    public LaunchCalls {
      Objects.requireNonNull(campaignId, "campaignId");
      if (count < 1) {
        throw new IllegalArgumentException("launch at least one call: " + count);
      }
    }
  }

  /** Reserve an agent and have them preview and dial one lead of a campaign. */
  record PreviewCall(String campaignId, String agentId) implements DialerCommand {
    public PreviewCall {
      Objects.requireNonNull(campaignId, "campaignId");
      Objects.requireNonNull(agentId, "agentId");
    }
  }
}
