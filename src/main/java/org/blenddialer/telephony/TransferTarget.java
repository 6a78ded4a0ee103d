package org.blenddialer.telephony;

import java.util.Objects;

/**
 * Where a call control command dials: an agent's phone (its Asterisk interface), a queue (by its
 * Asterisk name) or an external number (E.164, dialled through a trunk).
 *
 * @param kind AGENT, QUEUE or EXTERNAL
 * @param address the interface, the queue name, or the number
 * @param trunk the trunk an external number goes out on (empty otherwise)
 */
public record TransferTarget(Kind kind, String address, String trunk) {

  /** What a target is. */
  public enum Kind {
    AGENT,
    QUEUE,
    EXTERNAL
  }

  public TransferTarget {
    Objects.requireNonNull(kind, "kind");
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("a transfer target needs an address");
    }
    if (address.contains(",") || address.contains("\n") || address.contains("\r")) {
      // It goes into AMI headers and dialplan arguments.
      throw new IllegalArgumentException("a transfer target may not contain , or line breaks");
    }
    trunk = trunk == null ? "" : trunk;
  }
}
