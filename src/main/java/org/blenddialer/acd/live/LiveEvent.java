package org.blenddialer.acd.live;

import java.time.Instant;

/**
 * One update on the live streams.
 *
 * @param type what happened: agent-state, screen-pop, call-ended, queue-changed, mode-switch
 * @param agentId the agent it concerns (their own stream carries it), or null for queue events
 * @param at when
 * @param data the details, an API record
 */
public record LiveEvent(String type, Long agentId, Instant at, Object data) {}
