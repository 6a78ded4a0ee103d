package org.blenddialer.audit.service;

import java.time.Instant;

/**
 * The result of verifying the audit trail's hash chain end to end.
 *
 * @param intact true when every record's hash and link checks out
 * @param recordsChecked how many records were read
 * @param firstBrokenSeq sequence number of the first record that does not check out, or null
 * @param problem what is wrong with it, or null
 * @param verifiedAt when the verification ran
 */
public record ChainVerification(
    boolean intact, long recordsChecked, Long firstBrokenSeq, String problem, Instant verifiedAt) {}
