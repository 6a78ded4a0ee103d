package org.blenddialer.agents.rest;

import java.util.List;
import org.blenddialer.core.agent.AgentMode;

/** The bodies of agents' live requests. */
public final class AgentRequests {

  private AgentRequests() {}

  /**
   * Log in.
   *
   * @param mode INBOUND, OUTBOUND or BLENDED, as the administrator allows
   * @param queues optionally only some of the agent's inbound queues (Asterisk names)
   */
  public record LogIn(AgentMode mode, List<String> queues) {}

  /**
   * Pause.
   *
   * @param reason a configured pause reason code
   */
  public record Pause(String reason) {}

  /**
   * Change the working mode.
   *
   * @param mode INBOUND, OUTBOUND or BLENDED
   */
  public record Mode(AgentMode mode) {}

  /**
   * A disposition on an answered call.
   *
   * @param code what came of the call
   * @param resolved whether the caller's matter was resolved on this call
   * @param note free text
   */
  public record Disposition(String code, Boolean resolved, String note) {}
}
