package org.blenddialer.core.compliance;

import java.time.Duration;

/**
 * How an allowed call must be placed, merged over all applicable packs (the strictest wins).
 *
 * @param minimumRing ring at least this long before giving up (zero when no rule says)
 * @param abandonMessage an information message must be played on abandoned calls
 * @param abandonMessageWithin the message starts within this time of the answer, or null
 * @param amdDecisionWithin answering-machine detection decides within this, or null
 * @param callerIdShown a returnable caller ID must be presented
 * @param identifyAtOnce the caller states name and commercial purpose at once
 */
public record CallConduct(
    Duration minimumRing,
    boolean abandonMessage,
    Duration abandonMessageWithin,
    Duration amdDecisionWithin,
    boolean callerIdShown,
    boolean identifyAtOnce) {

  /** No requirement at all. */
  public static final CallConduct NONE =
      new CallConduct(Duration.ZERO, false, null, null, false, false);
}
