package org.blenddialer.telephony;

import java.util.Objects;

/**
 * An agent's phone as a member of one queue.
 *
 * @param queue the queue's name
 * @param agentInterface the phone's interface, e.g. {@code PJSIP/agent7}
 * @param memberName the name supervisors see
 * @param penalty lower is rung first
 * @param paused whether the membership starts paused
 */
public record QueueMembership(
    String queue, String agentInterface, String memberName, int penalty, boolean paused) {

  public QueueMembership {
    if (queue == null || queue.isBlank()) {
      throw new IllegalArgumentException("queue missing");
    }
    if (agentInterface == null || agentInterface.indexOf('/') <= 0) {
      throw new IllegalArgumentException("agent interface must look like TECH/resource");
    }
    if (penalty < 0) {
      throw new IllegalArgumentException("penalty must not be negative");
    }
    memberName = memberName == null || memberName.isBlank() ? agentInterface : memberName;
    Objects.requireNonNull(memberName);
  }
}
