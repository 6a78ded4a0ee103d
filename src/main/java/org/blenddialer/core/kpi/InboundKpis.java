package org.blenddialer.core.kpi;

import java.time.Duration;

/**
 * The inbound figures the seed material names, for one queue and one period.
 *
 * <p>Definitions (stated, since centres differ): a <em>short abandon</em> is a caller who hung up
 * within the short-abandon threshold and counts neither as offered for the service level nor as
 * abandoned. Service level = answered within the threshold / (answered + abandoned after the short
 * threshold). Abandon rate = abandoned / (answered + abandoned), both without short abandons.
 * Handle time = talk + wrap-up.
 *
 * @param offered calls that entered the queue (short abandons included)
 * @param answered calls an agent answered
 * @param abandoned callers who gave up after the short-abandon threshold
 * @param shortAbandoned callers who gave up within it
 * @param answeredWithinThreshold calls answered within the service-level threshold
 * @param serviceLevel share answered within the threshold (NaN with no qualifying calls)
 * @param abandonRate share abandoned (NaN with no qualifying calls)
 * @param averageSpeedOfAnswer mean wait of answered calls (zero with none)
 * @param averageWait mean wait of all calls, answered or not
 * @param longestWait longest wait of any call
 * @param averageHandleTime mean talk + wrap-up of answered calls (zero with none)
 * @param firstContactResolution resolved / calls with a resolution disposition (NaN with none)
 */
public record InboundKpis(
    long offered,
    long answered,
    long abandoned,
    long shortAbandoned,
    long answeredWithinThreshold,
    double serviceLevel,
    double abandonRate,
    Duration averageSpeedOfAnswer,
    Duration averageWait,
    Duration longestWait,
    Duration averageHandleTime,
    double firstContactResolution) {}
