package org.blenddialer.compliance.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blenddialer.core.compliance.DialTarget;
import org.blenddialer.core.compliance.NumberType;
import org.blenddialer.core.compliance.ZoneSource;
import org.blenddialer.platform.error.InvalidInputProblem;

/**
 * What the numbering plan says about a number (libphonenumber): E.164 form, country, US state, line
 * type and time zones. A zone given on the lead wins over the number's prefix.
 */
@ApplicationScoped
public class PhoneNumbers {

  private static final Map<String, String> US_STATES =
      Map.ofEntries(
          Map.entry("Alabama", "AL"),
          Map.entry("Alaska", "AK"),
          Map.entry("Arizona", "AZ"),
          Map.entry("Arkansas", "AR"),
          Map.entry("California", "CA"),
          Map.entry("Colorado", "CO"),
          Map.entry("Connecticut", "CT"),
          Map.entry("Delaware", "DE"),
          Map.entry("Florida", "FL"),
          Map.entry("Georgia", "GA"),
          Map.entry("Hawaii", "HI"),
          Map.entry("Idaho", "ID"),
          Map.entry("Illinois", "IL"),
          Map.entry("Indiana", "IN"),
          Map.entry("Iowa", "IA"),
          Map.entry("Kansas", "KS"),
          Map.entry("Kentucky", "KY"),
          Map.entry("Louisiana", "LA"),
          Map.entry("Maine", "ME"),
          Map.entry("Maryland", "MD"),
          Map.entry("Massachusetts", "MA"),
          Map.entry("Michigan", "MI"),
          Map.entry("Minnesota", "MN"),
          Map.entry("Mississippi", "MS"),
          Map.entry("Missouri", "MO"),
          Map.entry("Montana", "MT"),
          Map.entry("Nebraska", "NE"),
          Map.entry("Nevada", "NV"),
          Map.entry("New Hampshire", "NH"),
          Map.entry("New Jersey", "NJ"),
          Map.entry("New Mexico", "NM"),
          Map.entry("New York", "NY"),
          Map.entry("North Carolina", "NC"),
          Map.entry("North Dakota", "ND"),
          Map.entry("Ohio", "OH"),
          Map.entry("Oklahoma", "OK"),
          Map.entry("Oregon", "OR"),
          Map.entry("Pennsylvania", "PA"),
          Map.entry("Rhode Island", "RI"),
          Map.entry("South Carolina", "SC"),
          Map.entry("South Dakota", "SD"),
          Map.entry("Tennessee", "TN"),
          Map.entry("Texas", "TX"),
          Map.entry("Utah", "UT"),
          Map.entry("Vermont", "VT"),
          Map.entry("Virginia", "VA"),
          Map.entry("Washington", "WA"),
          Map.entry("Washington D.C.", "DC"),
          Map.entry("West Virginia", "WV"),
          Map.entry("Wisconsin", "WI"),
          Map.entry("Wyoming", "WY"));

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final PhoneNumberToTimeZonesMapper zones = PhoneNumberToTimeZonesMapper.getInstance();
  private final PhoneNumberOfflineGeocoder geocoder = PhoneNumberOfflineGeocoder.getInstance();

  /** The number in E.164, or a validation problem naming {@code field}. */
  public String e164(String field, String number) {
    return format(parse(field, number));
  }

  /**
   * The dial target for a number. {@code zone} (with its {@code zoneSource}, EXPLICIT or
   * POSTAL_CODE) comes from the lead when known; otherwise the number's prefix decides.
   */
  public DialTarget target(String number, String zone, ZoneSource zoneSource) {
    PhoneNumber parsed = parse("number", number);
    String country = util.getRegionCodeForNumber(parsed);
    List<ZoneId> candidates;
    ZoneSource source;
    if (zone != null && !zone.isBlank()) {
      candidates = List.of(zoneId(zone));
      source = zoneSource == null ? ZoneSource.EXPLICIT : zoneSource;
    } else {
      List<String> ids =
          zones.getTimeZonesForNumber(parsed).stream()
              .filter(id -> !id.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone()))
              .toList();
      if (ids.isEmpty()) {
        throw InvalidInputProblem.ofField(
            "zone", "the number's time zone is unknown: give the called party's zone");
      }
      candidates = ids.stream().map(ZoneId::of).toList();
      source = ZoneSource.NUMBER_PREFIX;
    }
    return new DialTarget(
        format(parsed), country, region(parsed, country), type(parsed), candidates, source);
  }

  private PhoneNumber parse(String field, String number) {
    if (number == null || number.isBlank()) {
      throw InvalidInputProblem.ofField(field, "a phone number in E.164, e.g. +13055550123");
    }
    try {
      PhoneNumber parsed = util.parse(number, "ZZ");
      if (!util.isValidNumber(parsed)) {
        throw InvalidInputProblem.ofField(field, "not a valid phone number: " + number);
      }
      return parsed;
    } catch (NumberParseException e) {
      throw InvalidInputProblem.ofField(field, "not a phone number in E.164: " + number);
    }
  }

  private String format(PhoneNumber parsed) {
    return util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
  }

  private String region(PhoneNumber parsed, String country) {
    if (!"US".equals(country)) {
      return null;
    }
    String place = geocoder.getDescriptionForNumber(parsed, Locale.ENGLISH);
    // Descriptions are "Florida" or "Miami, FL".
    int comma = place.lastIndexOf(", ");
    if (comma >= 0 && place.length() - comma == 4) {
      return "US-" + place.substring(comma + 2);
    }
    String code = US_STATES.get(place);
    return code == null ? null : "US-" + code;
  }

  private NumberType type(PhoneNumber parsed) {
    return switch (util.getNumberType(parsed)) {
      case MOBILE -> NumberType.MOBILE;
      case FIXED_LINE -> NumberType.FIXED_LINE;
      case FIXED_LINE_OR_MOBILE -> NumberType.FIXED_OR_MOBILE;
      case VOIP -> NumberType.VOIP;
      case TOLL_FREE -> NumberType.TOLL_FREE;
      case PREMIUM_RATE -> NumberType.PREMIUM_RATE;
      case UNKNOWN -> NumberType.UNKNOWN;
      default -> NumberType.OTHER;
    };
  }

  private static ZoneId zoneId(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw InvalidInputProblem.ofField("zone", "not an IANA time zone: " + zone);
    }
  }
}
