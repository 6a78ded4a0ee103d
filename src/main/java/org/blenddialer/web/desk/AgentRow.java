package org.blenddialer.web.desk;

import io.quarkus.qute.TemplateData;
import org.blenddialer.core.agent.AgentMode;

/**
 * One logged-in agent in the wallboard's grid.
 *
 * @param agentId the agent
 * @param username login name (element ids)
 * @param displayName name shown
 * @param state where the agent is in the call cycle
 * @param stateSinceMillis when they entered it (the page's clock counts from there)
 * @param inState time in state when the page was made, m:ss
 * @param pauseReason the pause reason code while paused, or null
 * @param workMode the mode chosen by the agent or a supervisor
 * @param mode the work blending gives them now
 * @param callerNumber who they are ringing for or talking to, or null
 * @param calls calls handled in this session
 * @param occupancyPercent share of available time busy, or null at first
 */
@TemplateData
public record AgentRow(
    long agentId,
    String username,
    String displayName,
    String state,
    long stateSinceMillis,
    String inState,
    String pauseReason,
    AgentMode workMode,
    AgentMode mode,
    String callerNumber,
    int calls,
    Long occupancyPercent) {}
