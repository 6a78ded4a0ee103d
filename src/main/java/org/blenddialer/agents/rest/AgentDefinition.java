package org.blenddialer.agents.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.blenddialer.core.agent.AgentMode;

/**
 * An agent as an administrator defines them.
 *
 * @param userId the user who logs in as this agent (must hold the AGENT role)
 * @param displayName name supervisors see
 * @param device the Asterisk interface of the agent's phone, e.g. PJSIP/1001
 * @param allowedModes modes the agent may choose at login
 * @param skills queues the agent serves, each with a penalty
 */
public record AgentDefinition(
    @NotNull Long userId,
    @NotBlank @Size(max = 128) String displayName,
    @NotNull
        @Pattern(
            regexp = "[A-Za-z0-9]+/[A-Za-z0-9@._/+-]{1,110}",
            message = "must be an Asterisk interface such as PJSIP/1001")
        String device,
    @NotEmpty Set<@NotNull AgentMode> allowedModes,
    @NotNull List<@Valid @NotNull Skill> skills) {

  /**
   * One queue the agent serves.
   *
   * @param queueId the queue
   * @param penalty 0 is rung first; higher penalties later
   */
  public record Skill(@NotNull Long queueId, @Min(0) @Max(100) int penalty) {}
}
