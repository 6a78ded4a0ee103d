package org.blenddialer.leads.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Phone numbers as libphonenumber reads them: E.164, number type, country and candidate time zones.
 * Thread-safe (libphonenumber's singletons are).
 */
public final class PhoneNumbers {

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final PhoneNumberToTimeZonesMapper zones = PhoneNumberToTimeZonesMapper.getInstance();
  private final Set<String> regions = util.getSupportedRegions();

  /**
   * A number read and validated. Its country and time zones cost further lookups, so they are asked
   * for only where needed (the main number, when nothing else gives the zone).
   *
   * @param e164 the number in E.164, e.g. {@code +4532123456}
   * @param numberType libphonenumber's number type, e.g. MOBILE, FIXED_LINE
   * @param number libphonenumber's parsed form
   */
  public record Parsed(
      String e164, PhoneNumberUtil.PhoneNumberType numberType, PhoneNumber number) {

    /** libphonenumber's number type by name, e.g. MOBILE. */
    public String type() {
      return numberType.name();
    }
  }

  /** Reads a number as written in a file; {@code region} applies when it has no country code. */
  public Optional<Parsed> parse(String text, String region) {
    try {
      PhoneNumber number = util.parse(text, region);
      // A number whose type is known is valid: isValidNumber would run the same pattern matching.
      PhoneNumberUtil.PhoneNumberType type = util.getNumberType(number);
      if (type == PhoneNumberUtil.PhoneNumberType.UNKNOWN) {
        return Optional.empty();
      }
      return Optional.of(new Parsed(util.format(number, PhoneNumberFormat.E164), type, number));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** ISO country of a parsed number, e.g. DK. */
  public String regionOf(Parsed parsed) {
    int countryCode = parsed.number().getCountryCode();
    // Most calling codes have one country; only shared ones (+1, +7, +44...) need the patterns.
    List<String> regions = util.getRegionCodesForCountryCode(countryCode);
    return regions.size() == 1 ? regions.get(0) : util.getRegionCodeForNumber(parsed.number());
  }

  /** Candidate IANA zones of a parsed number (several for a large country's mobiles). */
  public List<String> timeZonesOf(Parsed parsed) {
    // The mapper would work out the number type again; it is known already.
    if (util.isNumberGeographical(parsed.numberType(), parsed.number().getCountryCode())) {
      return zones.getTimeZonesForGeographicalNumber(parsed.number());
    }
    return zones.getTimeZonesForNumber(parsed.number());
  }

  /** Whether libphonenumber knows the ISO 3166 two-letter code (upper case). */
  public boolean isCountry(String code) {
    return regions.contains(code);
  }
}
