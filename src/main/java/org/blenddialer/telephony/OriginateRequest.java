package org.blenddialer.telephony;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request to dial one lead for one call attempt.
 *
 * @param server the PBX server to dial through
 * @param attemptId the call attempt's id: travels as the ActionID and as the channel variable
 *     {@code DIALER_ATTEMPT_ID}, and comes back on every event of the call
 * @param number the number to dial (digits, optionally with a leading +)
 * @param trunk the configured trunk of that server to dial through
 * @param campaignQueue the queue a live answer is sent to (channel variable {@code DIALER_QUEUE})
 * @param callerId the number presented to the called person
 * @param ringTimeout how long to let it ring
 * @param variables further channel variables for the dialplan
 */
public record OriginateRequest(
    String server,
    String attemptId,
    String number,
    String trunk,
    String campaignQueue,
    String callerId,
    Duration ringTimeout,
    Map<String, String> variables) {

  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{2,20}");
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  public OriginateRequest {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(trunk, "trunk");
    Objects.requireNonNull(campaignQueue, "campaignQueue");
    if (attemptId == null || !SAFE_ID.matcher(attemptId).matches()) {
      throw new IllegalArgumentException("attempt id must be 1-64 of [A-Za-z0-9._:-]");
    }
    if (number == null || !NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException("not a dialable number: " + number);
    }
    if (ringTimeout == null || ringTimeout.isNegative() || ringTimeout.isZero()) {
      throw new IllegalArgumentException("ring timeout must be positive");
    }
    callerId = callerId == null ? "" : callerId;
    variables = Map.copyOf(variables == null ? Map.of() : variables);
  }
}
