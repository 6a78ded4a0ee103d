package org.blenddialer.leads.service;

import java.util.List;
import org.blenddialer.core.leads.LeadTimeZone;
import org.blenddialer.core.leads.PhoneKind;

/**
 * A row that passed validation, ready to be written as a lead.
 *
 * @param line the physical line it started on
 * @param name the name, or null
 * @param postalCode the postal code, or null
 * @param country ISO country of the lead
 * @param phones its valid numbers in mapping order; the first is the lead's main number
 * @param timeZone its time zone and where that came from
 * @param customFields the custom fields as a JSON object, or null
 */
public record LeadDraft(
    long line,
    String name,
    String postalCode,
    String country,
    List<Phone> phones,
    LeadTimeZone timeZone,
    String customFields)
    implements RowOutcome {

  /**
   * One valid number of the row.
   *
   * @param kind which of the lead's numbers it is
   * @param e164 the number in E.164
   * @param type libphonenumber's number type
   */
  public record Phone(PhoneKind kind, String e164, String type) {}

  /** The lead's main number: the first valid one. */
  public Phone main() {
    return phones.get(0);
  }

  /** The same lead with only the given numbers (after a do-not-call scrub). */
  public LeadDraft withPhones(List<Phone> kept) {
    return new LeadDraft(line, name, postalCode, country, kept, timeZone, customFields);
  }
}
