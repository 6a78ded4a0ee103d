package org.blenddialer.callcontrol.rest;

/**
 * Where a transfer, consultation or conference goes: exactly one of an agent, a queue or a number.
 *
 * @param agentId the receiving agent's id
 * @param queue an inbound queue's Asterisk name
 * @param number an external number (E.164)
 * @param note what the receiving agent sees on their screen pop
 */
public record CallControlRequests(Long agentId, String queue, String number, String note) {}
