package org.blenddialer.leads.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import org.blenddialer.leads.persistence.Lead;

/**
 * A lead as the API shows it.
 *
 * @param id the lead
 * @param listId its list
 * @param line the line of the file it came from
 * @param name the name
 * @param postalCode the postal code
 * @param country ISO country
 * @param phones its numbers, main number first
 * @param timeZone IANA time zone, null when unknown
 * @param timeZoneSource EXPLICIT, POSTAL_CODE, NUMBER or UNKNOWN
 * @param customFields the custom fields (a JSON object)
 * @param status READY, DIALING, DONE, ...
 * @param nextCallAt when it is due
 * @param attempts call attempts so far
 */
public record LeadView(
    long id,
    long listId,
    long line,
    String name,
    String postalCode,
    String country,
    List<Phone> phones,
    String timeZone,
    String timeZoneSource,
    @JsonRawValue String customFields,
    String status,
    Instant nextCallAt,
    int attempts) {

  /**
   * One number of a lead.
   *
   * @param kind MOBILE, HOME, WORK or OTHER
   * @param e164 the number in E.164
   * @param type libphonenumber's type, e.g. MOBILE, FIXED_LINE
   */
  public record Phone(String kind, String e164, String type) {}

  static LeadView of(Lead lead) {
    return new LeadView(
        lead.id,
        lead.listId,
        lead.lineNumber,
        lead.name,
        lead.postalCode,
        lead.country,
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(
                    new Phone(lead.phoneKind, lead.phoneE164, lead.phoneType)),
                lead.otherPhones.stream().map(p -> new Phone(p.kind, p.e164, p.numberType)))
            .toList(),
        lead.timeZone,
        lead.timeZoneSource,
        lead.customFields,
        lead.status,
        lead.nextCallAt,
        lead.attempts);
  }
}
