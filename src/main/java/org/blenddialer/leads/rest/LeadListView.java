package org.blenddialer.leads.rest;

import java.time.Instant;
import org.blenddialer.leads.persistence.LeadList;

/**
 * A lead list as the API shows it.
 *
 * @param id the list
 * @param campaignId its campaign
 * @param name its name
 * @param defaultCountry country for numbers without a country code
 * @param duplicatePolicy the duplicate policy of its import
 * @param state IMPORTING or ACTIVE
 * @param leadCount leads it holds
 * @param createdBy who imported it
 * @param createdAt when the import started
 * @param activatedAt when the import completed
 */
public record LeadListView(
    long id,
    long campaignId,
    String name,
    String defaultCountry,
    String duplicatePolicy,
    String state,
    int leadCount,
    String createdBy,
    Instant createdAt,
    Instant activatedAt) {

  static LeadListView of(LeadList list) {
    return new LeadListView(
        list.id,
        list.campaignId,
        list.name,
        list.defaultCountry,
        list.duplicatePolicy,
        list.state,
        list.leadCount,
        list.createdBy,
        list.createdAt,
        list.activatedAt);
  }
}
