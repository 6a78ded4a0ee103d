package org.blenddialer.compliance.service;

import java.time.Instant;
import org.blenddialer.core.compliance.CallPurpose;
import org.blenddialer.core.compliance.ConsentBasis;

/**
 * A grant or revocation to enter into the consent ledger, with its evidence.
 *
 * @param number the number concerned
 * @param personRef the person (lead) concerned, when known, so consent follows them across numbers
 * @param company company consent is given to (revocations: null for every company)
 * @param purpose purpose covered, null for any
 * @param campaignId campaign covered, null for any
 * @param basis kind of permission (grants only)
 * @param channel how it was given or withdrawn: web-form, recorded-call, written, key-press,
 *     agent-disposition, api, compliance-officer
 * @param evidenceText the text shown or said
 * @param evidenceUrl where the text or recording is
 * @param sourceIp the person's IP address (web forms)
 * @param agent the agent who took it (calls)
 * @param occurredAt when the person gave or withdrew it; null means now
 * @param expiresAt end of validity (e.g. NIX: 3 months), or null
 */
public record ConsentCommand(
    String number,
    String personRef,
    String company,
    CallPurpose purpose,
    String campaignId,
    ConsentBasis basis,
    String channel,
    String evidenceText,
    String evidenceUrl,
    String sourceIp,
    String agent,
    Instant occurredAt,
    Instant expiresAt) {}
