package org.blenddialer.leads.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.blenddialer.core.leads.CustomFieldsJson;
import org.blenddialer.core.leads.LeadTimeZone;
import org.blenddialer.core.leads.PostalCodeTimeZones;
import org.blenddialer.core.leads.RejectReason;
import org.blenddialer.core.leads.ResolvedMapping;
import org.blenddialer.leads.importing.SourceRow;

/**
 * Turns one row of a lead file into a lead draft or a rejection: numbers into E.164 with type and
 * time zone, country and time zone checked, lengths checked against the columns they go to. A row
 * keeps the numbers that are valid; it is rejected only when none is.
 */
public final class RowNormaliser {

  static final int MAX_NAME = 255;
  static final int MAX_POSTAL_CODE = 20;
  static final int MAX_CUSTOM_FIELDS = 60_000;

  private final ResolvedMapping mapping;
  private final List<String> headers;
  private final String defaultCountry;
  private final PhoneNumbers numbers;
  private final char delimiter;

  /**
   * @param mapping the mapping fitted to this file
   * @param headers the header row, or null when the file has none
   * @param defaultCountry the list's country for numbers written without a country code
   * @param numbers the phone number reader
   * @param delimiter the file's delimiter, for writing a ragged row back whole
   */
  public RowNormaliser(
      ResolvedMapping mapping,
      List<String> headers,
      String defaultCountry,
      PhoneNumbers numbers,
      char delimiter) {
    this.mapping = mapping;
    this.headers = headers;
    this.defaultCountry = defaultCountry;
    this.numbers = numbers;
    this.delimiter = delimiter;
  }

  /** The verdict on one row (which must not be blank). */
  public RowOutcome normalise(SourceRow row) {
    long line = row.line();
    String[] values = row.values();
    int width = mapping.headerWidth();
    if (width > 0 && values.length > width) {
      for (int i = width; i < values.length; i++) {
        if (!values[i].isBlank()) {
          return new Rejection(
              line,
              null,
              clip(row.raw(delimiter)),
              RejectReason.RAGGED_ROW,
              "the row has " + values.length + " fields, the header " + width);
        }
      }
    }
    String country = null;
    if (mapping.country() >= 0) {
      String raw = value(values, mapping.country());
      if (!raw.isEmpty()) {
        country = raw.toUpperCase(Locale.ROOT);
        if (!numbers.isCountry(country)) {
          return Rejection.of(line, label(mapping.country()), raw, RejectReason.INVALID_COUNTRY);
        }
      }
    }
    String region = country != null ? country : defaultCountry;
    List<LeadDraft.Phone> phones = new ArrayList<>(mapping.phones().length);
    PhoneNumbers.Parsed main = null;
    Rejection firstInvalid = null;
    for (int p = 0; p < mapping.phones().length; p++) {
      String raw = value(values, mapping.phones()[p]);
      if (raw.isEmpty()) {
        continue;
      }
      Optional<PhoneNumbers.Parsed> parsed = numbers.parse(raw, region);
      if (parsed.isEmpty()) {
        if (firstInvalid == null) {
          firstInvalid =
              Rejection.of(line, label(mapping.phones()[p]), clip(raw), RejectReason.INVALID_PHONE);
        }
        continue;
      }
      PhoneNumbers.Parsed number = parsed.get();
      if (phones.stream().anyMatch(known -> known.e164().equals(number.e164()))) {
        continue;
      }
      if (phones.isEmpty()) {
        main = number;
      }
      phones.add(new LeadDraft.Phone(mapping.phoneKinds()[p], number.e164(), number.type()));
    }
    if (phones.isEmpty()) {
      return firstInvalid != null
          ? firstInvalid
          : Rejection.of(line, label(mapping.phones()[0]), "", RejectReason.MISSING_PHONE);
    }
    String explicitZone = null;
    if (mapping.timeZone() >= 0) {
      String raw = value(values, mapping.timeZone());
      if (!raw.isEmpty()) {
        Optional<String> zone = LeadTimeZone.parse(raw);
        if (zone.isEmpty()) {
          return Rejection.of(
              line, label(mapping.timeZone()), clip(raw), RejectReason.INVALID_TIME_ZONE);
        }
        explicitZone = zone.get();
      }
    }
    String name = joinName(values);
    if (name != null && name.length() > MAX_NAME) {
      return tooLong(line, label(mapping.name()[0]), name, MAX_NAME);
    }
    String postalCode = mapping.postalCode() >= 0 ? value(values, mapping.postalCode()) : "";
    if (postalCode.length() > MAX_POSTAL_CODE) {
      return tooLong(line, label(mapping.postalCode()), postalCode, MAX_POSTAL_CODE);
    }
    String leadCountry = country;
    if (leadCountry == null) {
      String numberRegion = numbers.regionOf(main);
      leadCountry = numberRegion != null ? numberRegion : defaultCountry;
    }
    Optional<String> postalZone = PostalCodeTimeZones.zoneOf(leadCountry, postalCode);
    List<String> numberZones =
        explicitZone != null || postalZone.isPresent() ? List.of() : numbers.timeZonesOf(main);
    LeadTimeZone zone = LeadTimeZone.choose(explicitZone, postalZone, numberZones);
    String custom = customFields(values);
    if (custom != null && custom.length() > MAX_CUSTOM_FIELDS) {
      return tooLong(line, "custom fields", custom, MAX_CUSTOM_FIELDS);
    }
    return new LeadDraft(
        line,
        name,
        postalCode.isEmpty() ? null : postalCode,
        leadCountry,
        List.copyOf(phones),
        zone,
        custom);
  }

  private String joinName(String[] values) {
    StringBuilder name = null;
    for (int index : mapping.name()) {
      String part = value(values, index);
      if (!part.isEmpty()) {
        name = name == null ? new StringBuilder(part) : name.append(' ').append(part);
      }
    }
    return name == null ? null : name.toString();
  }

  private String customFields(String[] values) {
    int[] custom = mapping.custom();
    if (custom.length == 0) {
      return null;
    }
    String[] fieldValues = new String[custom.length];
    for (int i = 0; i < custom.length; i++) {
      fieldValues[i] = value(values, custom[i]);
    }
    return CustomFieldsJson.write(mapping.customNames(), fieldValues);
  }

  private static Rejection tooLong(long line, String field, String raw, int max) {
    return new Rejection(
        line, field, clip(raw), RejectReason.TOO_LONG, "longer than " + max + " characters");
  }

  /** A short row (Excel drops trailing empty cells) reads as empty in its missing columns. */
  private static String value(String[] values, int index) {
    return index < values.length ? values[index].trim() : "";
  }

  private String label(int index) {
    return headers != null && index < headers.size() && !headers.get(index).isBlank()
        ? headers.get(index).trim()
        : "#" + (index + 1);
  }

  /** Report values are cut to the report column's size. */
  static String clip(String raw) {
    return raw.length() <= 1000 ? raw : raw.substring(0, 997) + "...";
  }
}
