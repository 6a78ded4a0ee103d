package org.blenddialer.web.desk;

import io.quarkus.qute.TemplateData;
import java.time.Instant;

/**
 * The call an agent's phone rings for or is on, as the API's agent status shows it (read through
 * its JSON form, the API's contract, since the live model's own type is not public).
 *
 * @param callId the PBX's id of the call
 * @param queue the queue it came through
 * @param callerNumber who is calling
 * @param inbound whether it is an inbound call
 * @param since when the phone began to ring
 * @param answeredAt when the agent answered, null while ringing
 */
@TemplateData
public record CallNow(
    String callId,
    String queue,
    String callerNumber,
    boolean inbound,
    Instant since,
    Instant answeredAt) {}
