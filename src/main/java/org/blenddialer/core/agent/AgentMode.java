package org.blenddialer.core.agent;

/**
 * The kind of work an idle agent is offered right now; blending moves blend agents between them.
 */
public enum AgentMode {
  /** Held for inbound callers: no outbound connects. */
  INBOUND,
  /** Released to outbound campaigns: inbound callers only when they would otherwise wait. */
  OUTBOUND,
  /** Offered both, inbound or outbound first as routing says. */
  BLENDED
}
