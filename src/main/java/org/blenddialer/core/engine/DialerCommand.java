package org.blenddialer.core.engine;

import java.util.Objects;
import org.blenddialer.core.agent.AgentMode;

/**
 * Something the engine wants done; the service carries it out on the PBX, the simulator in time.
 */
public sealed interface DialerCommand {

  /**
   * Put an agent in another mode (blending), for the reason given: to hold or release an idle agent
   * for the inbound reserve, or to set which work an agent on a call takes first when free.
   */
  record SwitchMode(String agentId, AgentMode mode, Why why) implements DialerCommand {
    public SwitchMode {
      Objects.requireNonNull(agentId, "agentId");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(why, "why");
    }

    /** A switch for the inbound reserve (an idle agent held or released). */
    public SwitchMode(String agentId, AgentMode mode) {
      this(agentId, mode, Why.RESERVE);
    }

    /** Why blending moves an agent. */
    public enum Why {
      /** An idle agent held for inbound, or released to outbound, for the reserve. */
      RESERVE,
      /** An agent on a call set to take a live answer first when free (inbound on target). */
      LIVE_ANSWERS_FIRST,
      /** An agent on a call set to take a waiting caller first when free (inbound below target). */
      WAITING_CALLERS_FIRST
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
